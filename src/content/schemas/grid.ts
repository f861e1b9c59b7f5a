// The analytical grid is the spine of the site: every rating, page and count is keyed by its ids.
import { z } from 'astro/zod';
import { kebabId, nonEmpty, sourceRef } from './common.ts';

const levelText = z.strictObject({ low: nonEmpty, medium: nonEmpty, high: nonEmpty });

export const dimensionSchema = z.strictObject({
  id: kebabId,
  number: z.number().int().positive(),
  title: nonEmpty,
  short: nonEmpty.max(18, 'must be 18 characters or fewer: it heads a column of the grid'),
  examples: z.array(nonEmpty).optional(),
  descriptors: levelText,
  notes: levelText.partial().optional(),
});

export const strandSchema = z.strictObject({
  id: z.enum(['organisation', 'activity']),
  title: nonEmpty,
  printedTitle: nonEmpty,
  dimensions: z.array(dimensionSchema).min(1),
});

export const gridSchema = z.strictObject({
  source: sourceRef,
  strands: z.array(strandSchema).length(2),
});

export type Dimension = z.infer<typeof dimensionSchema>;
export type Strand = z.infer<typeof strandSchema>;
export type Grid = z.infer<typeof gridSchema>;
export type StrandId = Strand['id'];
