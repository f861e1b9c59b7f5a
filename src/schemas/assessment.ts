// One borough's ratings in one round: content/assessments/<round-id>/<borough-slug>.yaml (round and borough come from the path).
import { z } from 'astro/zod';
import { isoDate, nonEmpty } from './common.ts';
import { ratingSchema } from './borough.ts';
import { EVIDENCE_MAX_LENGTH } from '../lib/evidence-limit.ts';

export { EVIDENCE_MAX_LENGTH };

/** Only a first self-assessment by a borough without a profile may state its identity here. */
export const inlineBoroughSchema = z.strictObject({
  name: nonEmpty,
  anonymised: z.boolean(),
  summary: nonEmpty.optional(),
});

export function assessmentSchema(dimensionIds: readonly string[]) {
  const ratings = Object.fromEntries(dimensionIds.map((id) => [id, ratingSchema]));
  return z.strictObject({
    date: isoDate,
    source: nonEmpty,
    borough: inlineBoroughSchema.optional(),
    ratings: z.strictObject(ratings),
  });
}

export type Assessment = Omit<z.infer<ReturnType<typeof assessmentSchema>>, 'ratings'> & {
  ratings: Record<string, z.infer<typeof ratingSchema>>;
};
