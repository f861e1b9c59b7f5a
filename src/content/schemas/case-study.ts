// A case study keeps its key facts as data, so pages can show and count them, and names the model and grid dimensions it illustrates.
import { z } from 'astro/zod';
import { kebabId, nonEmpty } from './common.ts';
import { citation } from './page.ts';

export const factSchema = z.strictObject({
  label: nonEmpty,
  value: z.number().nonnegative(),
  /** Words printed before the figure, e.g. "about" for an approximate one. */
  qualifier: nonEmpty.optional(),
});

export const caseStudySchema = z.strictObject({
  title: nonEmpty,
  slug: kebabId,
  /** Only where the source presents the case as that model's case study. */
  model: kebabId.optional(),
  theme: nonEmpty,
  summary: nonEmpty,
  facts: z.array(factSchema).min(1, 'must list at least one key fact'),
  source: citation,
  dimensions: z
    .array(kebabId)
    .min(2, 'must name at least 2 grid dimensions')
    .max(6, 'must name at most 6 grid dimensions')
    .refine((ids) => new Set(ids).size === ids.length, 'must name each dimension once'),
});

export type Fact = z.infer<typeof factSchema>;
export type CaseStudy = z.infer<typeof caseStudySchema>;
