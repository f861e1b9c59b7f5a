// The published London-wide counts, kept exactly as printed so the site can show and correct them.
import { z } from 'astro/zod';
import { kebabId, levelCountsSchema as levelCounts, levelSchema, nonEmpty, sourceRef } from './common.ts';

const count = z.number().int().nonnegative();

export const publishedSchema = z.strictObject({
  source: sourceRef,
  round: kebabId,
  boroughs: z.number().int().positive(),
  strands: z.strictObject({
    organisation: z.strictObject({
      printed: levelCounts,
      corrections: z.array(z.strictObject({ level: levelSchema, corrected: count, note: nonEmpty })).optional(),
    }),
    activity: z.strictObject({
      printed: levelCounts,
      corrections: z.array(z.strictObject({ level: levelSchema, corrected: count, note: nonEmpty })).optional(),
    }),
  }),
  tallyNote: nonEmpty.optional(),
  counts: z.record(kebabId, levelCounts.extend({ tallies: levelCounts.partial().optional() })),
});

export type Published = z.infer<typeof publishedSchema>;
