// One place for what differs between deployments: base path, repository, sample or real data.
import { z } from 'astro/zod';
import { nonEmpty } from './common.ts';

export const settingsSchema = z.strictObject({
  title: nonEmpty,
  description: nonEmpty,
  publisher: nonEmpty,
  repository: z.url({ message: 'must be a full web address starting https://' }),
  branch: nonEmpty,
  base: z.string().regex(/^\/([\w.-]+\/)*$/, 'must start and end with "/", like "/" or "/partnership-atlas/"'),
  // demo: the fictional demonstration set (examples/demo), which carries a banner on every page.
  data: z.enum(['sample', 'real', 'demo']),
  licence: z.strictObject({ name: nonEmpty, url: z.url() }),
});

export type Settings = z.infer<typeof settingsSchema>;
