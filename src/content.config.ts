// Wires each content folder to its schema; the rules themselves live in src/schemas/.
import { readFileSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { boroughSchema } from './schemas/borough.ts';
import { dimensionSchema, gridSchema } from './schemas/grid.ts';
import { publishedSchema } from './schemas/published.ts';
import { settingsSchema } from './schemas/settings.ts';
import { sourceSchema } from './schemas/sources.ts';

const grid = gridSchema.parse(parse(readFileSync('data/grid.yaml', 'utf8')));
const dimensionIds = grid.strands.flatMap((s) => s.dimensions.map((d) => d.id));

export const collections = {
  dimensions: defineCollection({
    loader: file('data/grid.yaml', {
      parser: (text) =>
        gridSchema.parse(parse(text)).strands.flatMap((s) => s.dimensions.map((d) => ({ ...d, strand: s.id, strandTitle: s.title }))),
    }),
    schema: dimensionSchema.extend({ strand: z.enum(['organisation', 'activity']), strandTitle: z.string() }),
  }),
  published: defineCollection({ loader: glob({ pattern: '*.yaml', base: './data/published' }), schema: publishedSchema }),
  settings: defineCollection({
    loader: file('data/site.yaml', { parser: (text) => [{ id: 'site', ...parse(text) }] }),
    schema: settingsSchema.extend({ id: z.string() }),
  }),
  sources: defineCollection({ loader: file('data/sources.yaml'), schema: sourceSchema }),
  boroughs: defineCollection({ loader: glob({ pattern: '*.{mdx,yaml}', base: './content/boroughs' }), schema: boroughSchema(dimensionIds) }),
};
