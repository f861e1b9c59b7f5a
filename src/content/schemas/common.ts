// Small shared building blocks, so every schema words the same rule the same way.
import { z } from 'astro/zod';
import { LEVELS } from '../../domain/levels.ts';

export const levelSchema = z.enum(LEVELS);

const count = z.number().int().nonnegative();
/** How many boroughs stand at each level: the shape of every published and computed tally. */
export const levelCountsSchema = z.strictObject({ low: count, medium: count, high: count, 'not-mentioned': count });

export const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens, like "data-sharing"');

/** Whether YYYY, YYYY-MM or YYYY-MM-DD names a month or day the calendar has (2013-02-30 does not). */
export function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2] ?? 1), Number(m[3] ?? 1)];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * The build reads YAML with js-yaml, which makes an unquoted YYYY-MM-DD a Date (and rolls an impossible day over:
 * the checker reports those from the reader); quoted dates stay text and are calendar-checked here.
 */
const DATE_FORM = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export const isoDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'number' ? String(value) : value),
  z
    .string()
    .regex(DATE_FORM, 'must be a date written as YYYY, YYYY-MM or YYYY-MM-DD')
    .refine((value) => !DATE_FORM.test(value) || isCalendarDate(value), 'is not a date in the calendar; correct the day'),
);

export const sourceRef = z.strictObject({
  document: kebabId,
  section: z.string().min(1).optional(),
});

export const nonEmpty = z.string().trim().min(1, 'must not be empty');
