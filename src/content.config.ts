// Wires each content folder to its schema; the rules themselves live in src/schemas/.
import { readFileSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { boardPaperSchema } from './schemas/board-paper.ts';
import { boroughSchema } from './schemas/borough.ts';
import { assessmentSchema } from './schemas/assessment.ts';
import { roundSchema } from './schemas/round.ts';
import { atRoot } from './lib/content-root.ts';
import { caseStudySchema } from './schemas/case-study.ts';
import { glossaryEntrySchema, type Glossary } from './schemas/glossary.ts';
import { dimensionSchema, gridSchema } from './schemas/grid.ts';
import { learningPartnershipsSchema } from './schemas/history.ts';
import { modelSchema } from './schemas/model.ts';
import { pageSchema } from './schemas/page.ts';
import { annex1Schema, planElementsSchema, volunteerPartnershipsSchema } from './schemas/plan.ts';
import { publishedSchema } from './schemas/published.ts';
import { releaseSchema } from './schemas/release.ts';
import { findingsSchema, questionnaireSchema } from './schemas/research.ts';
import { settingsSchema } from './schemas/settings.ts';
import { sourceSchema } from './schemas/sources.ts';

const grid = gridSchema.parse(parse(readFileSync(atRoot('data/grid.yaml'), 'utf8')));
const dimensionIds = grid.strands.flatMap((s) => s.dimensions.map((d) => d.id));

/** A data file that is one whole document: one entry, named by `id`. */
const single = (path: string, id: string) => file(atRoot(path), { parser: (text) => ({ [id]: parse(text) }) });

export const collections = {
  dimensions: defineCollection({
    loader: file(atRoot('data/grid.yaml'), {
      parser: (text) =>
        gridSchema.parse(parse(text)).strands.flatMap((s) => s.dimensions.map((d) => ({ ...d, strand: s.id, strandTitle: s.title }))),
    }),
    schema: dimensionSchema.extend({ strand: z.enum(['organisation', 'activity']), strandTitle: z.string() }),
  }),
  published: defineCollection({ loader: glob({ pattern: '*.yaml', base: atRoot('data/published') }), schema: publishedSchema }),
  settings: defineCollection({
    loader: file(atRoot('data/site.yaml'), { parser: (text) => [{ id: 'site', ...parse(text) }] }),
    schema: settingsSchema.extend({ id: z.string() }),
  }),
  releases: defineCollection({ loader: file(atRoot('data/releases.yaml'), { parser: (text) => (parse(text) as { version: string }[]).map((r) => ({ id: r.version, ...r })) }), schema: releaseSchema.extend({ id: z.string() }) }),
  sources: defineCollection({ loader: file(atRoot('data/sources.yaml')), schema: sourceSchema }),
  boardPapers: defineCollection({ loader: glob({ pattern: '*.mdx', base: atRoot('content/board-papers') }), schema: boardPaperSchema }),
  boroughs: defineCollection({ loader: glob({ pattern: '*.{mdx,yaml}', base: atRoot('content/boroughs') }), schema: boroughSchema(dimensionIds) }),
  rounds: defineCollection({ loader: file(atRoot('data/rounds.yaml')), schema: roundSchema }),
  assessments: defineCollection({ loader: glob({ pattern: '*/*.yaml', base: atRoot('content/assessments') }), schema: assessmentSchema(dimensionIds) }),
  caseStudies: defineCollection({ loader: glob({ pattern: '*.mdx', base: atRoot('content/case-studies') }), schema: caseStudySchema }),
  models: defineCollection({ loader: glob({ pattern: '*.yaml', base: atRoot('content/models') }), schema: modelSchema }),
  glossary: defineCollection({
    loader: file(atRoot('content/glossary.yaml'), { parser: (text) => Object.fromEntries((parse(text) as Glossary).map((e) => [e.term, e])) }),
    schema: glossaryEntrySchema,
  }),
  pages: defineCollection({ loader: glob({ pattern: '*.mdx', base: atRoot('content/pages') }), schema: pageSchema }),
  questionnaire: defineCollection({ loader: single('data/research/questionnaire-2012.yaml', 'questionnaire-2012'), schema: questionnaireSchema }),
  findings: defineCollection({ loader: single('data/research/findings.yaml', 'findings'), schema: findingsSchema }),
  history: defineCollection({ loader: single('data/history/learning-partnerships-2000.yaml', 'learning-partnerships-2000'), schema: learningPartnershipsSchema }),
  planElements: defineCollection({ loader: single('data/plans/plan-elements.yaml', 'plan-elements'), schema: planElementsSchema }),
  annex1: defineCollection({ loader: single('data/plans/annex-1.yaml', 'annex-1'), schema: annex1Schema }),
  volunteers: defineCollection({ loader: single('data/plans/volunteer-partnerships.yaml', 'volunteer-partnerships'), schema: volunteerPartnershipsSchema }),
};
