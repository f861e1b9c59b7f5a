// A partnership model from the 2008 DCSF guidance: its lists as printed (in our words) and the structure its build-time diagram is drawn from.
import { z } from 'astro/zod';
import { kebabId, nonEmpty } from './common.ts';
import { citation } from './page.ts';

export const modelStructureSchema = z.strictObject({
  /** The top body. */
  strategic: nonEmpty,
  /** The level beneath it. */
  groups: z.strictObject({
    label: nonEmpty,
    /** Only when the source gives the number. */
    count: z.number().int().positive().optional(),
    members: nonEmpty,
  }),
  commissions: nonEmpty,
  /** Bodies alongside the partnership, such as a neighbouring LA. */
  links: z.array(nonEmpty).min(1).optional(),
});

export const modelSchema = z.strictObject({
  id: kebabId,
  title: nonEmpty,
  summary: nonEmpty,
  features: z.array(nonEmpty).min(1),
  benefits: z.array(nonEmpty).min(1),
  /** Empty only when the source gives no concerns. */
  concerns: z.array(nonEmpty),
  caseStudy: kebabId.optional(),
  structure: modelStructureSchema,
  source: citation,
});

export type Model = z.infer<typeof modelSchema>;
