// What each open-data table holds, defined once: the CSV, JSON and XLSX writers, the Data Package and the /data/ page all read these.
// Rows come from assessments (a borough in a round), so adding rounds changes only what datasetInput() is given.
import { tallyByDimension } from '../domain/tally.ts';
import type { CsvValue } from './csv.ts';
import { LEVELS, type Level, type LevelCounts, LEVEL_LABEL } from '../domain/levels.ts';
import type { Borough } from '../content/schemas/borough.ts';
import type { Dimension, Strand } from '../content/schemas/grid.ts';

/** A strand as the tables need it: the schema's strand without its printed title. */
export type StrandLike = Pick<Strand, 'id' | 'title'> & { dimensions: readonly Dimension[] };
export type Ratings = Record<string, { level: Level; evidence?: string | undefined }>;
/** One borough's ratings in one assessment round: the unit every ratings row comes from. */
export interface AssessmentLike {
  round: string;
  borough: { name: string; slug: string; anonymised: boolean };
  date: string;
  source: string;
  ratings: Ratings;
}
export interface RoundLike {
  id: string;
  title: string;
  kind: string;
  /** YYYY-MM. */
  from: string;
  to: string;
}
type PublishedCounts = Record<string, LevelCounts & { tallies?: { [L in Level]?: number | undefined } | undefined }>;
export interface DatasetInput {
  strands: readonly StrandLike[];
  /** In chronological order. */
  rounds: readonly RoundLike[];
  /** In round order, then borough order. */
  assessments: readonly AssessmentLike[];
  /** The printed London-wide counts, for the rounds that have a published table. */
  published: Record<string, PublishedCounts>;
}

/** One assessment row per borough as assessed in a round (identity plus that round's ratings, date and source, as `boroughsIn` gives them). */
export function assessmentsOf(boroughs: readonly Borough[]): AssessmentLike[] {
  return boroughs.map((b) => ({
    round: b.assessment.round,
    borough: { name: b.name, slug: b.slug, anonymised: b.anonymised },
    date: b.assessment.date,
    source: b.assessment.source,
    ratings: b.ratings,
  }));
}

export type FieldType = 'string' | 'integer' | 'boolean' | 'yearmonth';
export interface ColumnDoc {
  key: string;
  /** A header for people: the spreadsheet's column heading and the Table Schema's title. */
  title: string;
  description: string;
  type?: FieldType;
  /** The only values allowed (Table Schema enum constraint). */
  values?: readonly string[];
  /** Must not be empty. */
  required?: boolean;
}

const ROUND = { key: 'round', title: 'Round', description: 'The assessment round’s id, as in rounds.csv.', required: true } as const;
const STRAND = { key: 'strand', title: 'Strand', description: '“organisation” or “activity”: which half of the grid the dimension belongs to.', values: ['organisation', 'activity'], required: true } as const;
const LEVEL_DOC = '“low”, “medium”, “high” or “not-mentioned” (the evidence was silent, which is not the same as low).';

export const RATINGS_COLUMNS = [
  ROUND,
  { key: 'borough', title: 'Borough', description: 'The borough’s name.', required: true },
  { key: 'slug', title: 'Borough id', description: 'The borough’s id, as in its page address /boroughs/<slug>/.', required: true },
  { key: 'anonymised', title: 'Anonymised', description: '“true” for an anonymised sample borough, “false” for any other.', type: 'boolean', required: true },
  STRAND,
  { key: 'dimension', title: 'Dimension id', description: 'The dimension’s stable id, for example “data-sharing”. Ids never change.', required: true },
  { key: 'number', title: 'Number', description: 'The dimension’s number within its strand, as printed: 1 to 11 for organisation, 1 to 16 for activity.', type: 'integer', required: true },
  { key: 'title', title: 'Dimension', description: 'The dimension’s title.', required: true },
  { key: 'level', title: 'Level', description: LEVEL_DOC, values: LEVELS, required: true },
  { key: 'evidence', title: 'Evidence', description: 'What the rating rests on, where given; empty otherwise. For sample boroughs it is illustrative.' },
] as const satisfies readonly ColumnDoc[];

export const GRID_COLUMNS = [
  STRAND,
  { key: 'strand_title', title: 'Strand title', description: 'The strand’s title, for example “Partnership activity”.', required: true },
  { key: 'dimension', title: 'Dimension id', description: 'The dimension’s stable id, as in ratings.csv.', required: true },
  { key: 'number', title: 'Number', description: 'The dimension’s number within its strand.', type: 'integer', required: true },
  { key: 'title', title: 'Dimension', description: 'The dimension’s full title.', required: true },
  { key: 'short', title: 'Short title', description: 'The short title used to head a column of the grid.', required: true },
  { key: 'low', title: 'Low', description: 'The Low descriptor, word for word from the source.', required: true },
  { key: 'medium', title: 'Medium', description: 'The Medium descriptor, word for word.', required: true },
  { key: 'high', title: 'High', description: 'The High descriptor, word for word.', required: true },
  { key: 'examples', title: 'Examples', description: 'Examples the source gives, separated by “; ”; empty if none.' },
  { key: 'source_note', title: 'Note on the source', description: 'Our note where the printed source is doubtful, prefixed by the level it concerns; empty if none.' },
] as const satisfies readonly ColumnDoc[];

export const TALLY_COLUMNS = [
  ROUND,
  STRAND,
  { key: 'dimension', title: 'Dimension id', description: 'The dimension’s stable id.', required: true },
  { key: 'number', title: 'Number', description: 'The dimension’s number within its strand.', type: 'integer', required: true },
  { key: 'title', title: 'Dimension', description: 'The dimension’s title.', required: true },
  { key: 'level', title: 'Level', description: `${LEVEL_DOC} Four rows per dimension and round.`, values: LEVELS, required: true },
  { key: 'published', title: 'Published count', description: 'Boroughs at this level in the round’s published table (the printed count); empty for a round with no published table.', type: 'integer' },
  { key: 'counted', title: 'Counted on this site', description: 'Boroughs at this level counted from the assessments of this round on this site.', type: 'integer', required: true },
  { key: 'tally_marks', title: 'Tally marks in the source', description: 'Where the source’s tally marks disagree with its printed count, the number of marks; empty where they agree.', type: 'integer' },
] as const satisfies readonly ColumnDoc[];

export const ROUND_COLUMNS = [
  ROUND,
  { key: 'title', title: 'Title', description: 'What the round was.', required: true },
  { key: 'kind', title: 'Kind', description: '“research”, “self-assessment” or “peer-review”.', values: ['research', 'self-assessment', 'peer-review'], required: true },
  { key: 'from', title: 'From', description: 'The month the round’s assessments began, YYYY-MM.', type: 'yearmonth', required: true },
  { key: 'to', title: 'To', description: 'The month they ended, YYYY-MM.', type: 'yearmonth', required: true },
  { key: 'boroughs', title: 'Boroughs', description: 'How many boroughs were assessed in the round.', type: 'integer', required: true },
] as const satisfies readonly ColumnDoc[];

const WIDE_FIXED = [
  ROUND,
  { key: 'borough', title: 'Borough', description: 'The borough’s name.', required: true },
  { key: 'slug', title: 'Borough id', description: 'The borough’s id, as in ratings.csv.', required: true },
  { key: 'anonymised', title: 'Anonymised', description: '“true” for an anonymised sample borough.', type: 'boolean', required: true },
] as const satisfies readonly ColumnDoc[];

/** grid-wide.csv: the fixed columns, then one column per dimension in grid order, headed by its id. */
export function wideColumns(strands: readonly StrandLike[]): ColumnDoc[] {
  return [
    ...WIDE_FIXED,
    ...strands.flatMap((s) =>
      s.dimensions.map((d) => ({
        key: d.id,
        title: `${s.id === 'organisation' ? 'O' : 'A'}${d.number} ${d.short}`,
        description: `The level for ${s.title.toLowerCase()} dimension ${d.number}, ${d.title}: ${LEVELS.join(', ')}.`,
        values: LEVELS,
        required: true,
      })),
    ),
  ];
}

type Keys<C extends readonly ColumnDoc[]> = C[number]['key'];
export type RatingRow = Record<Keys<typeof RATINGS_COLUMNS>, CsvValue>;
export type GridRow = Record<Keys<typeof GRID_COLUMNS>, CsvValue>;
export type TallyRow = Record<Keys<typeof TALLY_COLUMNS>, CsvValue>;
export type RoundRow = Record<Keys<typeof ROUND_COLUMNS>, CsvValue>;
export type Row = Record<string, CsvValue>;

export const keys = <C extends readonly ColumnDoc[]>(columns: C): Keys<C>[] => columns.map((c) => c.key);

const dimensionsOf = (strands: readonly StrandLike[]) => strands.flatMap((s) => s.dimensions.map((d) => ({ s, d })));

/** One row per assessment and dimension, assessments in the order given, dimensions in grid order. */
export function ratingRows(strands: readonly StrandLike[], assessments: readonly AssessmentLike[]): RatingRow[] {
  return assessments.flatMap((a) =>
    dimensionsOf(strands).map(({ s, d }) => ({
      round: a.round,
      borough: a.borough.name,
      slug: a.borough.slug,
      anonymised: a.borough.anonymised,
      strand: s.id,
      dimension: d.id,
      number: d.number,
      title: d.title,
      level: a.ratings[d.id]!.level,
      evidence: a.ratings[d.id]!.evidence ?? '',
    })),
  );
}

/** One row per assessment, one column per dimension; `label` turns a level into what the cell shows. */
export function wideRows(strands: readonly StrandLike[], assessments: readonly AssessmentLike[], label: (level: Level) => string = (l) => l): Row[] {
  return assessments.map((a) => ({
    round: a.round,
    borough: a.borough.name,
    slug: a.borough.slug,
    anonymised: a.borough.anonymised,
    ...Object.fromEntries(dimensionsOf(strands).map(({ d }) => [d.id, label(a.ratings[d.id]!.level)])),
  }));
}

/** The rubric: one row per dimension with its three descriptors. */
export function gridRows(strands: readonly StrandLike[]): GridRow[] {
  return dimensionsOf(strands).map(({ s, d }) => ({
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
  }));
}

/** Per round, dimension and level: the published count (where the round has a table) beside the count of its assessments. */
export function tallyRows(input: Pick<DatasetInput, 'strands' | 'rounds' | 'assessments' | 'published'>): TallyRow[] {
  const ids = dimensionsOf(input.strands).map(({ d }) => d.id);
  return input.rounds.flatMap((round) => {
    const counted = tallyByDimension(input.assessments.filter((a) => a.round === round.id), ids);
    const published = input.published[round.id];
    return dimensionsOf(input.strands).flatMap(({ s, d }) =>
      LEVELS.map((level) => ({
        round: round.id,
        strand: s.id,
        dimension: d.id,
        number: d.number,
        title: d.title,
        level,
        published: published?.[d.id]?.[level] ?? '',
        counted: counted[d.id]![level],
        tally_marks: published?.[d.id]?.tallies?.[level] ?? '',
      })),
    );
  });
}

export function roundRows(input: Pick<DatasetInput, 'rounds' | 'assessments'>): RoundRow[] {
  return input.rounds.map((r) => ({
    round: r.id,
    title: r.title,
    kind: r.kind,
    from: r.from,
    to: r.to,
    boroughs: new Set(input.assessments.filter((a) => a.round === r.id).map((a) => a.borough.slug)).size,
  }));
}

export interface ForeignKey {
  fields: string[];
  reference: { resource: string; fields: string[] };
}
/** A CSV download: its columns, rows and keys, which the Data Package, the spreadsheet and the /data/ page all describe. */
export interface Table {
  name: string;
  path: string;
  title: string;
  summary: string;
  columns: readonly ColumnDoc[];
  rows: readonly Row[];
  primaryKey: string[];
  foreignKeys: ForeignKey[];
}
const fk = (fields: string[], resource: string, to = fields): ForeignKey => ({ fields, reference: { resource, fields: to } });

/** Every CSV table, in the order the /data/ page, the Data Package and the spreadsheet list them. */
export function tables(input: DatasetInput): Table[] {
  return [
    { name: 'ratings', path: 'data/ratings.csv', title: 'Ratings', summary: 'Every rating: one row per borough, round and dimension, with the evidence.', columns: RATINGS_COLUMNS, rows: ratingRows(input.strands, input.assessments), primaryKey: ['round', 'slug', 'dimension'], foreignKeys: [fk(['dimension'], 'grid'), fk(['round'], 'rounds'), fk(['round', 'slug'], 'grid-wide')] },
    { name: 'grid-wide', path: 'data/grid-wide.csv', title: 'Grid (wide)', summary: 'The grid as one wide table: one row per borough and round, one column per dimension, as the grid page shows it.', columns: wideColumns(input.strands), rows: wideRows(input.strands, input.assessments), primaryKey: ['round', 'slug'], foreignKeys: [fk(['round'], 'rounds')] },
    { name: 'tallies', path: 'data/tallies.csv', title: 'Tallies', summary: 'The published London-wide counts beside the counts from this site’s boroughs, per round, dimension and level.', columns: TALLY_COLUMNS, rows: tallyRows(input), primaryKey: ['round', 'dimension', 'level'], foreignKeys: [fk(['dimension'], 'grid'), fk(['round'], 'rounds')] },
    { name: 'grid', path: 'data/grid.csv', title: 'Dimensions', summary: 'The analytical grid itself: one row per dimension with its Low, Medium and High descriptors.', columns: GRID_COLUMNS, rows: gridRows(input.strands), primaryKey: ['dimension'], foreignKeys: [] },
    { name: 'rounds', path: 'data/rounds.csv', title: 'Rounds', summary: 'The assessment rounds: what each was, when, and how many boroughs took part.', columns: ROUND_COLUMNS, rows: roundRows(input), primaryKey: ['round'], foreignKeys: [] },
  ];
}

/** The whole dataset as one JSON document: the grid's shape, the rounds, then every borough with its assessments. */
export function ratingsJson(
  meta: { title: string; publisher: string; licence: { name: string; url: string }; notice: string | undefined; version: string },
  input: DatasetInput,
): string {
  const { strands, assessments } = input;
  const slugs = [...new Set(assessments.map((a) => a.borough.slug))];
  const doc = {
    title: meta.title,
    publisher: meta.publisher,
    licence: meta.licence,
    version: meta.version,
    ...(meta.notice ? { notice: meta.notice } : {}),
    levels: LEVELS.map((id) => ({ id, label: LEVEL_LABEL[id] })),
    strands: strands.map((s) => ({ id: s.id, title: s.title, dimensions: s.dimensions.map((d) => ({ id: d.id, number: d.number, title: d.title, short: d.short })) })),
    rounds: input.rounds.map((r) => ({ id: r.id, title: r.title, kind: r.kind, from: r.from, to: r.to })),
    boroughs: slugs.map((slug) => {
      const own = assessments.filter((a) => a.borough.slug === slug);
      const { name, anonymised } = own[0]!.borough;
      return {
        name,
        slug,
        anonymised,
        assessments: own.map((a) => ({
          round: a.round,
          date: a.date,
          source: a.source,
          ratings: Object.fromEntries(
            dimensionsOf(strands).map(({ d }) => {
              const r = a.ratings[d.id]!;
              return [d.id, r.evidence ? { level: r.level, evidence: r.evidence } : { level: r.level }];
            }),
          ),
        })),
      };
    }),
  };
  return JSON.stringify(doc, null, 2) + '\n';
}

export interface Download {
  /** Path from the site root, for href(). */
  path: string;
  label: string;
  format: string;
  /** IANA media type, for the Data Package and schema.org's encodingFormat. */
  mediaType: string;
  summary: string;
}

const CSV_TYPE = 'text/csv';
/** Every file on /data/, CSVs first (from tables()), then the other forms. */
export function downloads(tableList: readonly Table[]): Download[] {
  return [
    { path: 'data/partnership-atlas.xlsx', label: 'partnership-atlas.xlsx', format: 'Excel spreadsheet', mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', summary: 'Everything in one spreadsheet for people: a cover sheet, notes on the source’s errors, then one table per sheet. Levels are written as words.' },
    ...tableList.map((t) => ({ path: t.path, label: t.path.replace(/^data\//, ''), format: 'CSV', mediaType: CSV_TYPE, summary: t.summary })),
    { path: 'data/ratings.json', label: 'ratings.json', format: 'JSON', mediaType: 'application/json', summary: 'The same ratings as one JSON document: the grid’s strands and dimensions, the rounds, then each borough with its assessments and a rating per dimension id.' },
    { path: 'data/datapackage.json', label: 'datapackage.json', format: 'Frictionless Data Package', mediaType: 'application/json', summary: 'A machine-readable description of the CSV files: each column’s type and meaning, the allowed levels, the keys that join the tables, the licence, the sources and the version. Frictionless tools load the tables typed from it.' },
    { path: 'grid.svg', label: 'grid.svg', format: 'SVG', mediaType: 'image/svg+xml', summary: 'The grid as a picture, for printing and for papers, with a text description of every row inside it.' },
  ];
}

/** The downloads the grid page lists (it has no content to hand: the file list does not depend on it). */
export const DOWNLOADS: Download[] = downloads(tables({ strands: [], rounds: [], assessments: [], published: {} }));

/** Travels with the data wherever it goes (JSON, SVG, XLSX), as SampleNotice does on the pages. */
export const SAMPLE_NOTICE_LINES = [
  'Boroughs A to R are anonymised reconstructions: together they reproduce the published London-wide counts exactly,',
  'but their individual ratings and evidence are illustrative, not the research’s borough-level data.',
];
export const SAMPLE_NOTICE = SAMPLE_NOTICE_LINES.join(' ');
