// The content registry: for each kind of content, where its files live, how they are read and which schema rules them.
// src/content.config.ts, the checker and the command-line scripts are all derived from this list, so they cannot drift.
import type { z } from 'astro/zod';
import { boardPaperSchema } from './schemas/board-paper.ts';
import { boroughSchema } from './schemas/borough.ts';
import { assessmentSchema } from './schemas/assessment.ts';
import { roundsSchema } from './schemas/round.ts';
import { caseStudySchema } from './schemas/case-study.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { gridSchema } from './schemas/grid.ts';
import { learningPartnershipsSchema } from './schemas/history.ts';
import { modelSchema } from './schemas/model.ts';
import { pageSchema } from './schemas/page.ts';
import { annex1Schema, planElementsSchema, volunteerPartnershipsSchema } from './schemas/plan.ts';
import { publishedSchema } from './schemas/published.ts';
import { releasesSchema } from './schemas/release.ts';
import { findingsSchema, questionnaireSchema } from './schemas/research.ts';
import { settingsSchema } from './schemas/settings.ts';
import { sourcesSchema } from './schemas/sources.ts';

/** What a schema may depend on: only the grid's dimension ids (a borough rates every one). */
export interface SchemaContext {
  dimensionIds: readonly string[];
}

/** Site components an MDX body may use, with the props each takes. */
export type Components = Readonly<Record<string, readonly string[]>>;

export interface Kind<S extends z.ZodType = z.ZodType> {
  /** Plural label for the summary line. */
  label: string;
  /** Folder relative to the content root, without a trailing slash. */
  dir: string;
  /** A file name (one file) or a pattern of `*`, `{a,b}` and `/`, relative to `dir`, as Astro's glob() takes it. */
  pattern: string;
  /** The Astro collection the files feed; null where src/content/load.ts reads them itself (read-assessments.ts). */
  collection: string | null;
  /** Whole-file schema: what the checker validates and what the scripts read. */
  schema: (ctx: SchemaContext) => S;
  /** Components an MDX body may use (none unless listed). */
  components?: Components;
}

const fixed = <S extends z.ZodType>(schema: S) => () => schema;
const kind = <S extends z.ZodType>(k: Kind<S>): Kind<S> => k;

/** The site's MDX components for board papers: ParaRef and Anchor are resolved by the numbering plugin, GridAnnex is passed in src/pages/board-papers/[slug].astro. */
export const BOARD_PAPER_COMPONENTS: Components = { ParaRef: ['to'], Anchor: ['id'], GridAnnex: ['id', 'label'] };

export const KINDS = {
  grid: kind({ label: 'grid', dir: 'data', pattern: 'grid.yaml', collection: 'dimensions', schema: fixed(gridSchema) }),
  published: kind({ label: 'published tables', dir: 'data/published', pattern: '*.yaml', collection: 'published', schema: fixed(publishedSchema) }),
  releases: kind({ label: 'release lists', dir: 'data', pattern: 'releases.yaml', collection: 'releases', schema: fixed(releasesSchema) }),
  settings: kind({ label: 'settings', dir: 'data', pattern: 'site.yaml', collection: 'settings', schema: fixed(settingsSchema) }),
  sources: kind({ label: 'source lists', dir: 'data', pattern: 'sources.yaml', collection: 'sources', schema: fixed(sourcesSchema) }),
  borough: kind({ label: 'boroughs', dir: 'content/boroughs', pattern: '*.{md,yaml}', collection: 'boroughs', schema: ({ dimensionIds }) => boroughSchema(dimensionIds) }),
  rounds: kind({ label: 'round lists', dir: 'data', pattern: 'rounds.yaml', collection: 'rounds', schema: fixed(roundsSchema) }),
  assessment: kind({ label: 'assessments', dir: 'content/assessments', pattern: '*/*.yaml', collection: null, schema: ({ dimensionIds }) => assessmentSchema(dimensionIds) }),
  'board-paper': kind({ label: 'board papers', dir: 'content/board-papers', pattern: '*.mdx', collection: 'boardPapers', schema: fixed(boardPaperSchema), components: BOARD_PAPER_COMPONENTS }),
  'case-study': kind({ label: 'case studies', dir: 'content/case-studies', pattern: '*.md', collection: 'caseStudies', schema: fixed(caseStudySchema) }),
  model: kind({ label: 'models', dir: 'content/models', pattern: '*.yaml', collection: 'models', schema: fixed(modelSchema) }),
  glossary: kind({ label: 'glossaries', dir: 'content', pattern: 'glossary.yaml', collection: 'glossary', schema: fixed(glossarySchema) }),
  page: kind({ label: 'pages', dir: 'content/pages', pattern: '*.mdx', collection: 'pages', schema: fixed(pageSchema) }),
  questionnaire: kind({ label: 'questionnaires', dir: 'data/research', pattern: 'questionnaire-2012.yaml', collection: 'questionnaire', schema: fixed(questionnaireSchema) }),
  findings: kind({ label: 'findings', dir: 'data/research', pattern: 'findings.yaml', collection: 'findings', schema: fixed(findingsSchema) }),
  history: kind({ label: 'history datasets', dir: 'data/history', pattern: 'learning-partnerships-2000.yaml', collection: 'history', schema: fixed(learningPartnershipsSchema) }),
  'plan-elements': kind({ label: 'plan elements', dir: 'data/plans', pattern: 'plan-elements.yaml', collection: 'planElements', schema: fixed(planElementsSchema) }),
  'annex-1': kind({ label: 'plan annexes', dir: 'data/plans', pattern: 'annex-1.yaml', collection: 'annex1', schema: fixed(annex1Schema) }),
  volunteers: kind({ label: 'volunteer lists', dir: 'data/plans', pattern: 'volunteer-partnerships.yaml', collection: 'volunteers', schema: fixed(volunteerPartnershipsSchema) }),
};

export type KindName = keyof typeof KINDS;
/** The data of one file of a kind, as its schema outputs it. */
export type DataOf<N extends KindName> = z.output<ReturnType<(typeof KINDS)[N]['schema']>>;

export const KIND_NAMES = Object.keys(KINDS) as KindName[];

/** Whether a kind is one file (Astro's file() loader) rather than a folder of entries (glob()). */
export const isSingleFile = (k: Kind) => !/[*{]/.test(k.pattern);

/** The pattern as a regular expression over root-relative paths; `*` never crosses a folder. */
export function patternRegExp(k: Kind): RegExp {
  const body = k.pattern
    .replace(/[.+^$()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '[^/]+')
    .replace(/\{([^}]*)\}/g, (_, alts: string) => `(?:${alts.split(',').join('|')})`);
  return new RegExp(`^${k.dir.replace(/[.]/g, '\\.')}/${body}$`);
}

const MATCHERS = KIND_NAMES.map((name) => [name, patternRegExp(KINDS[name])] as const);

export function kindOf(path: string): KindName | undefined {
  return MATCHERS.find(([, re]) => re.test(path))?.[0];
}

/** The extensions a kind's files may have, for "rename it to …" messages. */
export function extensionsOf(k: Kind): string[] {
  const m = /\.(?:\{([^}]*)\}|([\w]+))$/.exec(k.pattern);
  return m ? (m[1]?.split(',') ?? [m[2]!]) : [];
}
