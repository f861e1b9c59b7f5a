// One borough's ratings in one round: content/assessments/<round-id>/<borough-slug>.yaml (round and borough come from the path).
import { z } from 'astro/zod';
import { isoDate, levelSchema, nonEmpty } from './common.ts';

// The limit lives in a value-only module so the self-assessment's browser script can import it without Zod.
import { EVIDENCE_MAX_LENGTH } from '../../domain/evidence-limit.ts';

export { EVIDENCE_MAX_LENGTH };

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

/** Fewer partners than this and no spread is published: one partner's answer could be read off it. */
export const MIN_PUBLISHED_RESPONDENTS = 3;

const answered = z.number().int().nonnegative();
/** How many partners gave each answer before the meeting agreed the level, e.g. { high: 3, medium: 2 }. */
export const spreadSchema = z.strictObject({ low: answered.optional(), medium: answered.optional(), high: answered.optional(), 'not-mentioned': answered.optional() });
/** A rating in an assessment file: a profile's rating, and its spread where a group agreed it. */
export const assessedRatingSchema = ratingSchema.extend({ spread: spreadSchema.optional() });
export type Spread = z.infer<typeof spreadSchema>;
export type AssessedRating = z.infer<typeof assessedRatingSchema>;

export function assessmentSchema(dimensionIds: readonly string[]) {
  const ratings = Object.fromEntries(dimensionIds.map((id) => [id, assessedRatingSchema]));
  return z
    .strictObject({
      date: isoDate,
      source: nonEmpty,
      borough: inlineBoroughSchema.optional(),
      /** Partners who answered separately before a meeting agreed these ratings (3 or more; each rating then has its spread). */
      respondents: z.number().int().min(MIN_PUBLISHED_RESPONDENTS, `must be at least ${MIN_PUBLISHED_RESPONDENTS}: a spread from fewer partners would let one partner's answer be read off, so leave out respondents and every spread`).optional(),
      ratings: z.strictObject(ratings),
    })
    .superRefine((a, ctx) => {
      for (const [id, r] of Object.entries(a.ratings as Record<string, AssessedRating>)) {
        const path = ['ratings', id, 'spread'];
        if (a.respondents === undefined) {
          if (r.spread) ctx.addIssue({ code: 'custom', path, message: 'a spread needs "respondents:" (how many partners answered) at the top of the file' });
          continue;
        }
        if (!r.spread) {
          ctx.addIssue({ code: 'custom', path: ['ratings', id], message: `needs "spread:" (how the ${a.respondents} respondents answered), since the file gives respondents` });
          continue;
        }
        const sum = Object.values(r.spread).reduce((n: number, x) => n + (x ?? 0), 0);
        if (sum !== a.respondents) ctx.addIssue({ code: 'custom', path, message: `counts ${sum} ${sum === 1 ? 'answer' : 'answers'}, but respondents is ${a.respondents}: each partner gives one answer per dimension, so the counts must add up to ${a.respondents}` });
      }
    });
}

export type Assessment = Omit<z.infer<ReturnType<typeof assessmentSchema>>, 'ratings'> & {
  ratings: Record<string, AssessedRating>;
};
