// WHY: every figure on the site listed once: its id, title, page and anchor, the round it counts, its reading, its
// data rows and its drawing. The "Use and share" panels, /figures/ downloads, /embed/ pages and oEmbed files all read this.
import type { Atlas, DimensionEntry, RoundMovement } from '../../content/load.ts';
import { loadAtlas, once } from '../../content/load.ts';
import { loadDataset } from '../../open-data/dataset.ts';
import { citeSource, loadGuidance, type Guidance, type ModelEntry } from '../../content/load-guidance.ts';
import { SAMPLE_NOTICE, type ColumnDoc, type Row as CsvRow } from '../../open-data/tables.ts';
import { drawDistribution, drawGlance, drawHeatmap, drawModel, drawMovement, drawStrands, type DrawnFigure, type FrameText } from './figure-svg.ts';
import { strandCounts } from '../../domain/scores.ts';
import { LEVELS, LEVEL_LABEL, type Level, type LevelCounts } from '../../domain/levels.ts';
import { MOVEMENTS, MOVEMENT_HEADINGS, type MovementCounts } from '../../domain/round-history.ts';
import { movementSummary, roundName } from '../rounds/round-words.ts';
import type { Round } from '../../content/schemas/round.ts';
import { describeStructure } from '../guidance/model-diagram.ts';
import type { Release } from './citation.ts';
import { GLANCE_ORDER, referenceGlance } from '../home/london-glance.ts';

export type FigureKind = 'heatmap' | 'strands' | 'distribution' | 'movement' | 'model' | 'home';

export interface FigureTable {
  columns: readonly ColumnDoc[];
  rows: CsvRow[];
  primaryKey: string[];
}

export interface Figure {
  /** Stable, lower case with hyphens: names its files and its /embed/<id>/ page. */
  id: string;
  kind: FigureKind;
  title: string;
  /** The page it is on, relative to the base path ("boroughs/borough-a/"), and the id of the element holding it there. */
  page: string;
  anchor: string;
  /** The round it counts, or undefined for a figure that counts none (a model diagram). */
  round: Round | undefined;
  /** Which round it counts, said for a reader ("Counts: …"), or what it shows when it counts none. */
  counts: string;
  /** One or two sentences worked out from its data: its text equivalent. */
  reading: string;
  /** Where the figures come from. */
  source: string;
  /** Shows the anonymised sample boroughs (or figures counted from them): every view of it says so. */
  sample: boolean;
  table: FigureTable;
  /** The picture for downloads, drawn on first use. */
  draw: () => DrawnFigure;
}

export interface FigureContext {
  atlas: Atlas;
  guidance: Guidance;
  release: Release;
}

/** A maker adds the figures of one kind. The home page's figure joins the site by one more entry in FIGURE_MAKERS. */
export type FigureMaker = (ctx: FigureContext) => Figure[];

const ROUND_COL = { key: 'round', title: 'Round', description: 'The assessment round’s id, as in rounds.csv.', required: true } as const;
const LEVEL_COL = { key: 'level', title: 'Level', description: '“low”, “medium”, “high” or “not-mentioned”.', values: LEVELS, required: true } as const;
const COUNT_COL = (description: string) => ({ key: 'count', title: 'Boroughs', description, type: 'integer', required: true }) as const;
const STRAND_COL = { key: 'strand', title: 'Strand', description: '“organisation” or “activity”.', values: ['organisation', 'activity'], required: true } as const;
const DIMENSION_COLS = [
  { key: 'dimension', title: 'Dimension id', description: 'The dimension’s stable id, as in grid.csv.', required: true },
  { key: 'number', title: 'Number', description: 'The dimension’s number within its strand.', type: 'integer', required: true },
  { key: 'title', title: 'Dimension', description: 'The dimension’s title.', required: true },
] as const;
const BOROUGH_COLS = [
  { key: 'slug', title: 'Borough id', description: 'The borough’s id, as in its page address /boroughs/<slug>/.', required: true },
  { key: 'borough', title: 'Borough', description: 'The borough’s name.', required: true },
  { key: 'anonymised', title: 'Anonymised', description: '“true” for an anonymised sample borough (A to R), “false” for a real one.', type: 'boolean', required: true },
] as const;

const HIGH_FIRST: Level[] = ['high', 'medium', 'low', 'not-mentioned'];

function memo<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/** "Institute of Education study … (research study, September 2012 to March 2013)": every figure says which round it counts. */
const countsRound = (round: Round) => `Counts one round: ${roundName(round)}.`;

function sourceOf(ctx: FigureContext, round: Round): string {
  if (round.kind === 'self-assessment') return `The boroughs’ own self-assessments in ${round.title}: their view, not a research finding.`;
  if (round.kind === 'peer-review') return `Peer reviews in ${round.title}.`;
  const doc = round.source ?? ctx.atlas.published.source.document;
  return `${citeSource(ctx.guidance.source(doc), doc)}.`;
}

function footer(ctx: FigureContext, fig: Pick<Figure, 'source' | 'sample' | 'page' | 'anchor'>): string[] {
  const { settings } = ctx.atlas;
  return [
    ...(settings.data === 'demo' ? ['Fictional, for demonstration only: invented places and figures, not real data.'] : []),
    ...(fig.sample ? [SAMPLE_NOTICE] : []),
    `Source: ${fig.source}`,
    `${settings.title}, ${settings.publisher}. Data version ${ctx.release.version} (${ctx.release.date}). ${settings.licence.name}.`,
  ];
}

function meta(ctx: FigureContext, fig: Omit<Figure, 'draw'>): FrameText {
  return { title: fig.title, subtitle: fig.counts, footer: footer(ctx, fig), description: fig.reading };
}

/** The first dimension (grid order) with the most boroughs at `level`. */
function mostAt(dimensions: readonly DimensionEntry[], counts: Record<string, LevelCounts>, level: Level) {
  let best = dimensions[0]!;
  for (const d of dimensions) if (counts[d.id]![level] > counts[best.id]![level]) best = d;
  return { dimension: best, count: counts[best.id]![level] };
}

/** The round /grid/ shows: London's reference round. */
export function gridRound(atlas: Atlas): Round | undefined {
  return atlas.reference;
}

const heatmapFigures: FigureMaker = (ctx) => {
  const { atlas } = ctx;
  const round = gridRound(atlas);
  if (!round) return [];
  const boroughs = atlas.boroughsIn(round.id).map((b) => b.data);
  const counts = atlas.byRound[round.id]!;
  const high = mostAt(atlas.dimensions, counts, 'high');
  const silent = mostAt(atlas.dimensions, counts, 'not-mentioned');
  const base = {
    id: `grid-${round.id}`,
    kind: 'heatmap' as const,
    title: `London on the 14–19 partnership grid: ${boroughs.length} boroughs, ${atlas.dimensions.length} dimensions`,
    page: 'grid/',
    anchor: `figure-grid-${round.id}`,
    round,
    counts: countsRound(round),
    reading: `Of the ${boroughs.length} boroughs, the most at High are on ${high.dimension.title} (${high.count}); the evidence was most often silent on ${silent.dimension.title} (${silent.count} Not mentioned).`,
    source: sourceOf(ctx, round),
    sample: boroughs.some((b) => b.anonymised),
    table: {
      columns: [ROUND_COL, ...BOROUGH_COLS, STRAND_COL, ...DIMENSION_COLS, LEVEL_COL],
      rows: boroughs.flatMap((b) => atlas.dimensions.map((d) => ({ round: round.id, slug: b.slug, borough: b.name, anonymised: b.anonymised, strand: d.strand, dimension: d.id, number: d.number, title: d.title, level: b.ratings[d.id]!.level }))),
      primaryKey: ['round', 'slug', 'dimension'],
    },
  };
  const input = { strands: atlas.strands.map((s) => ({ title: s.title, dimensions: s.dimensions })), rows: boroughs.map((b) => ({ name: b.name, levels: atlas.dimensions.map((d) => b.ratings[d.id]!.level) })) };
  return [{ ...base, draw: memo(() => drawHeatmap(input, meta(ctx, base))) }];
};

const strandFigures: FigureMaker = (ctx) => {
  const { atlas } = ctx;
  return atlas.boroughs.map((entry) => {
    const b = entry.data;
    const round = atlas.rounds.find((r) => r.id === b.assessment.round)!;
    const strands = strandCounts(b, atlas.strands);
    const reached = (c: LevelCounts) => c.high + c.medium;
    const base = {
      id: `strands-${entry.id}`,
      kind: 'strands' as const,
      title: `${b.name}: its ${atlas.dimensions.length} dimensions, by level`,
      page: `boroughs/${entry.id}/`,
      anchor: `figure-strands-${entry.id}`,
      round,
      counts: countsRound(round),
      reading: `${b.name} reaches Medium or High on ${strands.reduce((n, s) => n + reached(s.counts), 0)} of ${atlas.dimensions.length} dimensions: ${strands.map((s) => `${reached(s.counts)} of ${s.total} in ${s.title.toLowerCase()}`).join(' and ')}. ${strands.map((s) => `${s.title}: ${HIGH_FIRST.filter((l) => s.counts[l] > 0).map((l) => `${s.counts[l]} ${LEVEL_LABEL[l]}`).join(', ')}`).join('; ')}.`,
      source: sourceOf(ctx, round),
      sample: b.anonymised,
      table: {
        columns: [ROUND_COL, ...BOROUGH_COLS, STRAND_COL, LEVEL_COL, COUNT_COL('How many of the strand’s dimensions the borough is at this level on.')],
        rows: strands.flatMap((s) => LEVELS.map((l) => ({ round: round.id, slug: entry.id, borough: b.name, anonymised: b.anonymised, strand: s.id, level: l, count: s.counts[l] }))),
        primaryKey: ['strand', 'level'],
      },
    };
    return { ...base, draw: memo(() => drawStrands({ strands }, meta(ctx, base))) };
  });
};

const distributionFigures: FigureMaker = (ctx) => {
  const { atlas } = ctx;
  const round = gridRound(atlas);
  if (!round) return [];
  const of = atlas.boroughsIn(round.id).length;
  const sample = atlas.boroughsIn(round.id).some((b) => b.data.anonymised);
  return atlas.dimensions.map((d) => {
    const counts = atlas.byRound[round.id]![d.id]!;
    const top = LEVELS.reduce((a, l) => (counts[l] > counts[a] ? l : a), LEVELS[0]);
    const base = {
      id: `distribution-${d.id}`,
      kind: 'distribution' as const,
      title: `${d.title}: boroughs at each level (of ${of})`,
      page: `dimensions/${d.id}/`,
      anchor: `figure-distribution-${d.id}`,
      round,
      counts: countsRound(round),
      reading: `On ${d.title}, ${LEVEL_LABEL[top]} is the most common level: ${counts[top]} of ${of} boroughs. ${HIGH_FIRST.map((l) => `${LEVEL_LABEL[l]} ${counts[l]}`).join(', ')}.`,
      source: sourceOf(ctx, round),
      sample,
      table: {
        columns: [ROUND_COL, STRAND_COL, ...DIMENSION_COLS, LEVEL_COL, COUNT_COL('How many boroughs are at this level.'), { key: 'of', title: 'Of', description: 'How many boroughs the round rated.', type: 'integer', required: true } as const],
        rows: LEVELS.map((l) => ({ round: round.id, strand: d.strand, dimension: d.id, number: d.number, title: d.title, level: l, count: counts[l], of })),
        primaryKey: ['level'],
      },
    };
    return { ...base, draw: memo(() => drawDistribution({ of, counts }, meta(ctx, base))) };
  });
};

const movementFigures: FigureMaker = (ctx) => {
  const { atlas } = ctx;
  return atlas.movements.flatMap((move: RoundMovement) =>
    atlas.strands.map((s) => {
      const counts = (m: (typeof MOVEMENTS)[number]) => s.dimensions.reduce((n, d) => n + move.counts[d.id]![m], 0);
      const most = s.dimensions.reduce((a, d) => (move.counts[d.id]!.up > move.counts[a.id]!.up ? d : a), s.dimensions[0]!);
      const base = {
        id: `movement-${move.to.id}-${s.id}`,
        kind: 'movement' as const,
        title: `${s.title}: how ratings moved into ${move.to.title}`,
        page: `grid/${move.to.id}/movement/`,
        anchor: `figure-movement-${move.to.id}-${s.id}`,
        round: move.to,
        counts: `Counts one round against the one before: ${roundName(move.to)}, against ${roundName(move.from)}; the ${move.boroughs} borough${move.boroughs === 1 ? '' : 's'} assessed in both.`,
        reading: `Across the ${s.dimensions.length} dimensions, ratings moved up ${counts('up')} times and down ${counts('down')} times${counts('up') ? `; most moved up on ${most.title} (${move.counts[most.id]!.up})` : ''}.`,
        source: sourceOf(ctx, move.to),
        sample: atlas.boroughsIn(move.to.id).some((b) => b.data.anonymised),
        table: {
          columns: [{ key: 'from_round', title: 'From round', description: 'The earlier round’s id.', required: true }, ROUND_COL, STRAND_COL, ...DIMENSION_COLS, ...MOVEMENTS.map((m) => ({ key: m, title: MOVEMENT_HEADINGS[m], description: `Boroughs whose rating ${MOVEMENT_HEADINGS[m].toLowerCase()}.`, type: 'integer' as const, required: true }))],
          rows: s.dimensions.map((d) => ({ from_round: move.from.id, round: move.to.id, strand: s.id, dimension: d.id, number: d.number, title: d.title, ...(move.counts[d.id] as MovementCounts) })),
          primaryKey: ['dimension'],
        },
      };
      const rows = s.dimensions.map((d) => ({ label: `${d.number}. ${d.short}`, counts: move.counts[d.id]! }));
      return { ...base, draw: memo(() => drawMovement({ boroughs: move.boroughs, rows, say: movementSummary }, meta(ctx, base))) };
    }),
  );
};

const modelFigures: FigureMaker = (ctx) =>
  ctx.guidance.models.map((m: ModelEntry) => {
    const structure = m.structure;
    const tiers = [
      { tier: 'commissions', heading: 'Who commissions', text: structure.commissions },
      { tier: 'strategic', heading: 'Strategic partnership', text: structure.strategic },
      { tier: 'groups', heading: structure.groups.count ? `${structure.groups.count} × ${structure.groups.label}` : structure.groups.label, text: structure.groups.members },
      ...(structure.links ?? []).map((l, i) => ({ tier: `link-${i + 1}`, heading: 'Linked with', text: l })),
    ];
    const base = {
      id: `model-${m.id}`,
      kind: 'model' as const,
      title: `${m.title}: structure`,
      page: 'models/',
      anchor: `figure-model-${m.id}`,
      round: undefined,
      counts: 'Counts no round: a model of organisation from the 2008 national guidance, not an assessment.',
      reading: describeStructure(structure),
      source: `${citeSource(ctx.guidance.source(m.source.document), m.source.document)}, section “${m.source.section}”.`,
      sample: false,
      table: {
        columns: [
          { key: 'model', title: 'Model id', description: 'The model’s id.', required: true },
          { key: 'tier', title: 'Tier', description: 'commissions, strategic, groups or link-<n>, from the top of the diagram down.', required: true },
          { key: 'heading', title: 'Heading', description: 'The box’s heading.', required: true },
          { key: 'text', title: 'Text', description: 'What the box says.', required: true },
        ],
        rows: tiers.map((t) => ({ model: m.id, ...t })),
        primaryKey: ['tier'],
      },
    };
    return { ...base, draw: memo(() => drawModel(structure, meta(ctx, base))) };
  });

/** The home page's London at a glance: the reference round's counts per dimension, from the view-model the page shows. */
const homeFigures: FigureMaker = (ctx) => {
  const { atlas } = ctx;
  const round = gridRound(atlas);
  const glance = referenceGlance(atlas);
  if (!round || !glance) return [];
  const strandOf = new Map(atlas.dimensions.map((d) => [d.id, d.strand]));
  const base = {
    id: `home-${round.id}`,
    kind: 'home' as const,
    title: `London at a glance: boroughs at each level on each of the ${glance.dimensions} dimensions`,
    page: '',
    anchor: 'figure-london-at-a-glance',
    round,
    counts: countsRound(round),
    reading: glance.reading,
    source: sourceOf(ctx, round),
    sample: atlas.boroughsIn(round.id).some((b) => b.data.anonymised),
    table: {
      columns: [ROUND_COL, STRAND_COL, ...DIMENSION_COLS, LEVEL_COL, COUNT_COL('How many of the round’s boroughs are at this level on the dimension.'), { key: 'of', title: 'Of', description: 'How many boroughs the round rated.', type: 'integer', required: true } as const],
      rows: glance.strands.flatMap((s) => s.rows.flatMap((r) => GLANCE_ORDER.map((l) => ({ round: round.id, strand: strandOf.get(r.id)!, dimension: r.id, number: r.number, title: r.title, level: l, count: r.counts[l], of: glance.boroughs })))),
      primaryKey: ['dimension', 'level'],
    },
  };
  const input = { of: glance.boroughs, strands: glance.strands.map((s) => ({ title: s.title, rows: s.rows.map((r) => ({ label: `${r.number}. ${r.short}`, counts: r.counts })) })) };
  return [{ ...base, draw: memo(() => drawGlance(input, meta(ctx, base))) }];
};

/** Every kind of figure on the site. Add a kind with one more entry. */
export const FIGURE_MAKERS: FigureMaker[] = [homeFigures, heatmapFigures, strandFigures, distributionFigures, movementFigures, modelFigures];

export interface Figures {
  list: Figure[];
  byId: Map<string, Figure>;
  release: Release;
}

export const loadFigures = once(async (): Promise<Figures> => {
  const [atlas, guidance, dataset] = await Promise.all([loadAtlas(), loadGuidance(), loadDataset()]);
  const latest = dataset.releases.at(-1)!;
  const ctx: FigureContext = { atlas, guidance, release: { version: latest.version, date: latest.date } };
  const list = FIGURE_MAKERS.flatMap((make) => make(ctx));
  return { list, byId: new Map(list.map((f) => [f.id, f])), release: ctx.release };
});

/** Where a figure's downloads live, named after the figure and the data version. */
export function figureFiles(figure: Pick<Figure, 'id'>, version: string) {
  const stem = `figures/${figure.id}-${version}`;
  return { svg: `${stem}.svg`, png: `${stem}.png`, csv: `${stem}.csv`, schema: `${stem}.schema.json`, embed: `embed/${figure.id}/`, oembed: `embed/${figure.id}/oembed.json` };
}

/** PNGs are drawn at twice the SVG's size: sharp in print, and text at 9 pt or more across an A4 column. */
export const PNG_SCALE = 2;
