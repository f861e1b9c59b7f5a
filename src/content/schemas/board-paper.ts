// A board paper must print as the board received it, so its header block is checked data and its body carries no typed numbers.
import { z } from 'astro/zod';
import { isoDate, nonEmpty, sourceRef } from './common.ts';

/** A full day, YYYY-MM-DD: a paper is dated to the day. */
const day = isoDate.refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value), 'must be a full date written as YYYY-MM-DD');

export const boardPaperSchema = z.strictObject({
  board: nonEmpty,
  meetingDate: day,
  item: z.number().int().positive(),
  title: nonEmpty,
  reportBy: nonEmpty,
  jobTitle: nonEmpty,
  date: day,
  contact: nonEmpty,
  telephone: z.string().regex(/^\+?[\d ]{6,20}$/, 'must be a telephone number written with digits and spaces, like "020 7934 9743"'),
  email: z.email({ message: 'must be an email address, like "name@londoncouncils.gov.uk"' }),
  summary: nonEmpty,
  recommendation: nonEmpty,
  source: sourceRef,
  /** true when the paper is printed with the regenerated analytical-grid annex. */
  annex: z.boolean().default(false),
});

