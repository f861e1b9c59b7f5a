// One borough's ratings in one round: content/assessments/<round-id>/<borough-slug>.yaml (round and borough come from the path).
import { z } from 'astro/zod';
import { isoDate, levelSchema, nonEmpty } from './common.ts';

/**
 * The most characters one answer's evidence may hold (as JavaScript and a textarea's maxlength count them). The
 * checker, the build and the self-assessment form's counter all use this one number: a paragraph or two, which keeps a
 * borough page readable and a whole assessment within a share link.
 */
export const EVIDENCE_MAX_LENGTH = 1500;

const evidenceSchema = nonEmpty.max(EVIDENCE_MAX_LENGTH, {
  error: (issue) => {
    const length = typeof issue.input === 'string' ? issue.input.length : 0;
    const n = (x: number) => x.toLocaleString('en-GB');
    return `is ${n(length)} characters long, over the limit of ${n(EVIDENCE_MAX_LENGTH)} for one answer's evidence; shorten it by ${n(length - EVIDENCE_MAX_LENGTH)} character${length - EVIDENCE_MAX_LENGTH === 1 ? '' : 's'}`;
  },
});

export const ratingSchema = z.strictObject({
  level: levelSchema,
  evidence: evidenceSchema.optional(),
});

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
