// Astro's collections, derived from the content registry (src/content/registry.ts): each kind's folder, pattern and schema
// are stated there once, and data files are read with the registry's reader, the same one the checker uses.
// Assessments have no collection: src/content/load.ts reads them through the registry, out of Astro's content store.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { KINDS, type DataOf, type Kind } from './content/registry.ts';
import { yamlData } from './content/read-content.ts';
import { refuseContentLinks } from './content/files.ts';
import { contentRoot } from './content/content-root.ts';
import { glossaryEntrySchema } from './content/schemas/glossary.ts';
import { dimensionSchema, gridSchema } from './content/schemas/grid.ts';
import { releaseSchema } from './content/schemas/release.ts';
import { roundSchema } from './content/schemas/round.ts';
import { settingsSchema } from './content/schemas/settings.ts';
import { sourceSchema } from './content/schemas/sources.ts';

const root = contentRoot();
// Astro's loaders follow symbolic links; none is content, and one out of the project would publish that file.
refuseContentLinks(root);
const at = (k: Kind) => join(root, k.dir, k.pattern);
const grid = gridSchema.parse(yamlData(readFileSync(at(KINDS.grid), 'utf8')));
const dimensionIds = grid.strands.flatMap((s) => s.dimensions.map((d) => d.id));
const schemaOf = <S extends z.ZodType>(k: Kind<S>): S => k.schema({ dimensionIds });

/** A folder of entries, one per file. */
const folder = <S extends z.ZodType>(k: Kind<S>) => defineCollection({ loader: glob({ pattern: k.pattern, base: join(root, k.dir) }), schema: schemaOf(k) });
/** One file as one entry, named by the file. */
const single = <S extends z.ZodType>(k: Kind<S>) => {
  const id = k.pattern.replace(/\.[^.]*$/, '');
  return defineCollection({ loader: file(at(k), { parser: (text) => ({ [id]: yamlData(text) as Record<string, unknown> }) }), schema: schemaOf(k) });
};

export const collections = {
  // The grid file feeds one entry per dimension, each knowing its strand.
  dimensions: defineCollection({
    loader: file(at(KINDS.grid), {
      parser: (text) =>
        gridSchema.parse(yamlData(text)).strands.flatMap((s) => s.dimensions.map((d) => ({ ...d, strand: s.id, strandTitle: s.title }))),
    }),
    schema: dimensionSchema.extend({ strand: z.enum(['organisation', 'activity']), strandTitle: z.string() }),
  }),
  published: folder(KINDS.published),
  settings: defineCollection({
    loader: file(at(KINDS.settings), { parser: (text) => [{ id: 'site', ...(yamlData(text) as object) }] }),
    schema: settingsSchema.extend({ id: z.string() }),
  }),
  releases: defineCollection({
    loader: file(at(KINDS.releases), { parser: (text) => (yamlData(text) as DataOf<'releases'>).map((r) => ({ id: r.version, ...r })) }),
    schema: releaseSchema.extend({ id: z.string() }),
  }),
  sources: defineCollection({ loader: file(at(KINDS.sources), { parser: (text) => yamlData(text) as DataOf<'sources'> }), schema: sourceSchema }),
  boardPapers: folder(KINDS['board-paper']),
  boroughs: folder(KINDS.borough),
  rounds: defineCollection({ loader: file(at(KINDS.rounds), { parser: (text) => yamlData(text) as DataOf<'rounds'> }), schema: roundSchema }),
  caseStudies: folder(KINDS['case-study']),
  models: folder(KINDS.model),
  glossary: defineCollection({
    loader: file(at(KINDS.glossary), { parser: (text) => Object.fromEntries((yamlData(text) as DataOf<'glossary'>).map((e) => [e.term, e])) }),
    schema: glossaryEntrySchema,
  }),
  pages: folder(KINDS.page),
  questionnaire: single(KINDS.questionnaire),
  findings: single(KINDS.findings),
  history: single(KINDS.history),
  planElements: single(KINDS['plan-elements']),
  annex1: single(KINDS['annex-1']),
  volunteers: single(KINDS.volunteers),
} satisfies Record<string, ReturnType<typeof defineCollection>>;

// The registry names each kind's collection; a kind without its collection here would be checked and never published.
for (const k of Object.values(KINDS)) {
  if (k.collection !== null && !(k.collection in collections)) throw new Error(`src/content.config.ts has no "${k.collection}" collection for the files in ${k.dir}/${k.pattern}`);
}
