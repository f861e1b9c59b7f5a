// The open data's version history: each release says what changed in the published figures, so users can trust a version number.
import { z } from 'astro/zod';
import { isoDate, nonEmpty } from './common.ts';

/** What a release changed, in the words a data user looks for. */
export const CHANGE_KINDS = ['ratings', 'counts', 'corrections', 'files'] as const;

const day = isoDate.refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value), 'must be a full date written as YYYY-MM-DD');

export const releaseSchema = z.strictObject({
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a version written MAJOR.MINOR.PATCH, like "1.2.0"'),
  date: day,
  summary: nonEmpty,
  changes: z.array(z.strictObject({ kind: z.enum(CHANGE_KINDS), text: nonEmpty })).min(1, 'must say what changed'),
});

/** Oldest first; versions rise and dates never go back. */
export const releasesSchema = z
  .array(releaseSchema)
  .min(1, 'must list at least one release')
  .superRefine((list, ctx) => {
    const n = (v: string) => v.split('.').map(Number) as [number, number, number];
    const later = (a: string, b: string) => {
      const [x, y] = [n(a), n(b)];
      return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
    };
    list.forEach((r, i) => {
      const prev = list[i - 1];
      if (!prev) return;
      if (later(r.version, prev.version) <= 0) ctx.addIssue({ code: 'custom', path: [i, 'version'], message: `must be higher than the release before it (${prev.version})` });
      if (r.date < prev.date) ctx.addIssue({ code: 'custom', path: [i, 'date'], message: `must not be earlier than the release before it (${prev.date})` });
    });
  });

export type Release = z.infer<typeof releaseSchema>;
