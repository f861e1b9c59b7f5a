// A borough's identity, stated once in content/boroughs/<slug>.(yaml|md); its ratings live per round in content/assessments/.
import { z } from 'astro/zod';
import { kebabId, nonEmpty } from './common.ts';
import type { ratingSchema } from './assessment.ts';

export const boroughIdentitySchema = z.strictObject({
  name: nonEmpty,
  slug: kebabId,
  anonymised: z.boolean(),
  summary: nonEmpty.optional(),
});

/** Kept as a function of the grid's ids so every kind is made the same way; identity does not depend on the grid. */
export function boroughSchema(_dimensionIds: readonly string[] = []) {
  return boroughIdentitySchema;
}

export type Rating = z.infer<typeof ratingSchema>;
export type BoroughIdentity = z.infer<typeof boroughIdentitySchema>;

/** A borough as pages and downloads see it: its identity with one assessment (by default its latest). */
export interface Borough extends BoroughIdentity {
  assessment: { round: string; date: string; source: string };
  ratings: Record<string, Rating>;
}
