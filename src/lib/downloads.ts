// What each open-data file holds, defined once: the endpoints write these rows and the /data/ page documents these columns.
import { LEVELS, type Level } from '../schemas/common.ts';
import type { LevelCounts } from './tally.ts';
import { LEVEL_LABEL } from './format.ts';
import type { CsvValue } from './csv.ts';

export interface DimensionLike {
  id: string;
  number: number;
  title: string;
  short: string;
  examples?: string[] | undefined;
  descriptors: { low: string; medium: string; high: string };
  notes?: { low?: string | undefined; medium?: string | undefined; high?: string | undefined } | undefined;
}
export interface StrandLike {
  id: 'organisation' | 'activity';
  title: string;
  dimensions: readonly DimensionLike[];
}
export interface BoroughLike {
  name: string;
  slug: string;
  anonymised: boolean;
  assessment: { round: string; date: string; source: string };
  summary?: string | undefined;
  ratings: Record<string, { level: Level; evidence?: string | undefined }>;
}

export interface ColumnDoc {
  key: string;
  description: string;
}

export const RATINGS_COLUMNS = [
  { key: 'borough', description: 'The borough’s name, for example “Borough C”.' },
  { key: 'slug', description: 'The borough’s id, as in its page address /boroughs/<slug>/.' },
  { key: 'anonymised', description: '“true” for an anonymised sample borough (A to R), “false” for a real one.' },
  { key: 'strand', description: '“organisation” or “activity”: which half of the grid the dimension belongs to.' },
  { key: 'dimension', description: 'The dimension’s stable id, for example “data-sharing”. Ids never change.' },
  { key: 'number', description: 'The dimension’s number within its strand, as printed: 1 to 11 for organisation, 1 to 16 for activity.' },
  { key: 'title', description: 'The dimension’s title.' },
  { key: 'level', description: '“low”, “medium”, “high” or “not-mentioned” (the evidence was silent, which is not the same as low).' },
  { key: 'evidence', description: 'What the rating rests on, where given; empty otherwise. For sample boroughs it is illustrative.' },
] as const satisfies readonly ColumnDoc[];

export const GRID_COLUMNS = [
  { key: 'strand', description: '“organisation” or “activity”.' },
  { key: 'strand_title', description: 'The strand’s title, for example “Partnership activity”.' },
  { key: 'dimension', description: 'The dimension’s stable id, as in ratings.csv.' },
  { key: 'number', description: 'The dimension’s number within its strand.' },
  { key: 'title', description: 'The dimension’s full title.' },
  { key: 'short', description: 'The short title used to head a column of the grid.' },
  { key: 'low', description: 'The Low descriptor, word for word from the source.' },
  { key: 'medium', description: 'The Medium descriptor, word for word.' },
  { key: 'high', description: 'The High descriptor, word for word.' },
  { key: 'examples', description: 'Examples the source gives, separated by “; ”; empty if none.' },
  { key: 'source_note', description: 'Our note where the printed source is doubtful, prefixed by the level it concerns; empty if none.' },
] as const satisfies readonly ColumnDoc[];

export const TALLY_COLUMNS = [
  { key: 'strand', description: '“organisation” or “activity”.' },
  { key: 'dimension', description: 'The dimension’s stable id.' },
  { key: 'number', description: 'The dimension’s number within its strand.' },
  { key: 'title', description: 'The dimension’s title.' },
  { key: 'level', description: '“low”, “medium”, “high” or “not-mentioned”. Four rows per dimension.' },
  { key: 'published', description: 'Boroughs at this level in the published 2013 table (the printed count).' },
  { key: 'counted', description: 'Boroughs at this level counted from the profiles of the 2012–13 round on this site.' },
  { key: 'tally_marks', description: 'Where the source’s tally marks disagree with its printed count, the number of marks; empty where they agree.' },
] as const satisfies readonly ColumnDoc[];

type Keys<C extends readonly ColumnDoc[]> = C[number]['key'];
export type RatingRow = Record<Keys<typeof RATINGS_COLUMNS>, CsvValue>;
export type GridRow = Record<Keys<typeof GRID_COLUMNS>, CsvValue>;
export type TallyRow = Record<Keys<typeof TALLY_COLUMNS>, CsvValue>;

export const keys = <C extends readonly ColumnDoc[]>(columns: C): Keys<C>[] => columns.map((c) => c.key);

/** One row per borough and dimension, boroughs in the order given, dimensions in grid order. */
export function ratingRows(strands: readonly StrandLike[], boroughs: readonly BoroughLike[]): RatingRow[] {
  return boroughs.flatMap((b) =>
    strands.flatMap((s) =>
      s.dimensions.map((d) => ({
        borough: b.name,
        slug: b.slug,
        anonymised: b.anonymised,
        strand: s.id,
        dimension: d.id,
        number: d.number,
        title: d.title,
        level: b.ratings[d.id]!.level,
        evidence: b.ratings[d.id]!.evidence ?? '',
      })),
    ),
  );
}

/** The rubric: one row per dimension with its three descriptors. */
export function gridRows(strands: readonly StrandLike[]): GridRow[] {
  return strands.flatMap((s) =>
    s.dimensions.map((d) => ({
      strand: s.id,
      strand_title: s.title,
      dimension: d.id,
      number: d.number,
      title: d.title,
      short: d.short,
      low: d.descriptors.low,
      medium: d.descriptors.medium,
      high: d.descriptors.high,
      examples: (d.examples ?? []).join('; '),
      source_note: Object.entries(d.notes ?? {}).filter(([, note]) => note).map(([level, note]) => `${LEVEL_LABEL[level as Level]}: ${note}`).join(' '),
    })),
  );
}

/** Published and counted boroughs per dimension and level, side by side. */
export function tallyRows(
  strands: readonly StrandLike[],
  published: Record<string, LevelCounts & { tallies?: { [L in Level]?: number | undefined } | undefined }>,
  counted: Record<string, LevelCounts>,
): TallyRow[] {
  return strands.flatMap((s) =>
    s.dimensions.flatMap((d) =>
      LEVELS.map((level) => ({
        strand: s.id,
        dimension: d.id,
        number: d.number,
        title: d.title,
        level,
        published: published[d.id]![level],
        counted: counted[d.id]![level],
        tally_marks: published[d.id]!.tallies?.[level] ?? '',
      })),
    ),
  );
}

/** The whole dataset as one JSON document: the grid's shape, then every borough with its ratings. */
export function ratingsJson(
  meta: { title: string; publisher: string; licence: { name: string; url: string }; notice: string | undefined },
  strands: readonly StrandLike[],
  boroughs: readonly BoroughLike[],
): string {
  const doc = {
    title: meta.title,
    publisher: meta.publisher,
    licence: meta.licence,
    ...(meta.notice ? { notice: meta.notice } : {}),
    levels: LEVELS.map((id) => ({ id, label: LEVEL_LABEL[id] })),
    strands: strands.map((s) => ({ id: s.id, title: s.title, dimensions: s.dimensions.map((d) => ({ id: d.id, number: d.number, title: d.title, short: d.short })) })),
    boroughs: boroughs.map((b) => ({
      name: b.name,
      slug: b.slug,
      anonymised: b.anonymised,
      assessment: b.assessment,
      ratings: Object.fromEntries(
        strands.flatMap((s) => s.dimensions.map((d) => {
          const r = b.ratings[d.id]!;
          return [d.id, r.evidence ? { level: r.level, evidence: r.evidence } : { level: r.level }];
        })),
      ),
    })),
  };
  return JSON.stringify(doc, null, 2) + '\n';
}

export interface Download {
  /** Path from the site root, for href(). */
  path: string;
  label: string;
  format: string;
  summary: string;
  columns?: readonly ColumnDoc[];
}

export const DOWNLOADS: Download[] = [
  { path: 'data/ratings.csv', label: 'ratings.csv', format: 'CSV', summary: 'Every rating: one row per borough and dimension, with the evidence.', columns: RATINGS_COLUMNS },
  { path: 'data/ratings.json', label: 'ratings.json', format: 'JSON', summary: 'The same ratings as one JSON document: the grid’s strands and dimensions, then each borough with its assessment and a rating per dimension id.' },
  { path: 'data/grid.csv', label: 'grid.csv', format: 'CSV', summary: 'The analytical grid itself: one row per dimension with its Low, Medium and High descriptors.', columns: GRID_COLUMNS },
  { path: 'data/tallies.csv', label: 'tallies.csv', format: 'CSV', summary: 'The published London-wide counts beside the counts from this site’s profiles, per dimension and level.', columns: TALLY_COLUMNS },
  { path: 'grid.svg', label: 'grid.svg', format: 'SVG', summary: 'The grid as a picture, for printing and for papers, with a text description of every row inside it.' },
];

/** Travels with the data wherever it goes (JSON, SVG), as SampleNotice does on the pages. */
export const SAMPLE_NOTICE_LINES = [
  'Boroughs A to R are anonymised reconstructions: together they reproduce the published London-wide counts exactly,',
  'but their individual ratings and evidence are illustrative, not the research’s borough-level data.',
];
export const SAMPLE_NOTICE = SAMPLE_NOTICE_LINES.join(' ');
