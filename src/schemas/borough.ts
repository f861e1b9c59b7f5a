// A borough profile must rate every dimension of the grid, so its schema is built from the grid's ids.
import { z } from 'astro/zod';
import { isoDate, kebabId, levelSchema, nonEmpty } from './common.ts';

export const ratingSchema = z.strictObject({
  level: levelSchema,
  evidence: nonEmpty.optional(),
});

export const assessmentSchema = z.strictObject({
  round: kebabId,
  date: isoDate,
  source: nonEmpty,
});

export function boroughSchema(dimensionIds: readonly string[]) {
  const ratings = Object.fromEntries(dimensionIds.map((id) => [id, ratingSchema]));
  return z.strictObject({
    name: nonEmpty,
    slug: kebabId,
    anonymised: z.boolean(),
    assessment: assessmentSchema,
    summary: nonEmpty.optional(),
    ratings: z.strictObject(ratings),
  });
}

export type Rating = z.infer<typeof ratingSchema>;
export type Borough = Omit<z.infer<ReturnType<typeof boroughSchema>>, 'ratings'> & {
  ratings: Record<string, Rating>;
};
