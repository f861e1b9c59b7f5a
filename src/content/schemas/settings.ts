// One place for what differs between deployments: base path, repository, sample or real data.
import { z } from 'astro/zod';
import { nonEmpty } from './common.ts';

export const settingsSchema = z.strictObject({
  title: nonEmpty,
  description: nonEmpty,
  publisher: nonEmpty,
  /**
   * Where readers write about accessibility or anything else: shown on the accessibility statement. Optional so that
   * nobody invents one: while it is unset the site points readers to the repository's issues, and the publish
   * workflow refuses to publish (scripts/require-contact.ts).
   */
  contact: z.email({ message: 'must be an email address readers can write to, like "atlas@example.gov.uk"' }).optional(),
  repository: z.url({ message: 'must be a full web address starting https://' }),
  branch: nonEmpty,
  base: z.string().regex(/^\/([\w.-]+\/)*$/, 'must start and end with "/", like "/" or "/partnership-atlas/"'),
  // demo: the fictional demonstration set (examples/demo), which carries a banner on every page.
  data: z.enum(['sample', 'real', 'demo']),
  licence: z.strictObject({ name: nonEmpty, url: z.url() }),
});

export type Settings = z.infer<typeof settingsSchema>;
