// Small shared building blocks, so every schema words the same rule the same way.
import { z } from 'astro/zod';

export const LEVELS = ['low', 'medium', 'high', 'not-mentioned'] as const;
export type Level = (typeof LEVELS)[number];
export const levelSchema = z.enum(LEVELS);

export const RATED_LEVELS = ['low', 'medium', 'high'] as const;

export const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens, like "data-sharing"');

/** YAML readers differ on dates (js-yaml makes a Date, yaml keeps a string): accept both, keep the text. */
export const isoDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'number' ? String(value) : value),
  z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be a date written as YYYY, YYYY-MM or YYYY-MM-DD'),
);

export const sourceRef = z.strictObject({
  document: kebabId,
  section: z.string().min(1).optional(),
});

export const nonEmpty = z.string().trim().min(1, 'must not be empty');
