// The source documents every figure cites; pages link a figure to its document by id.
import { z } from 'astro/zod';
import { isoDate, kebabId, nonEmpty } from './common.ts';

export const sourceSchema = z.strictObject({
  id: kebabId,
  title: nonEmpty,
  publisher: nonEmpty,
  date: isoDate,
  kind: nonEmpty,
  file: nonEmpty,
});

export const sourcesSchema = z.array(sourceSchema).min(1);
export type Source = z.infer<typeof sourceSchema>;
