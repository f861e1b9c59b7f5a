// Loads the collections once and derives what pages share: the grid in order, boroughs, counts.
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { Published } from '../schemas/published.ts';
import type { Borough } from '../schemas/borough.ts';
import type { Round } from '../schemas/round.ts';
import { tallyByDimension, totalCounts } from './tally.ts';
import { asBorough, historyOf, movementBetween, roundsWithData, tallyRound, type AssessmentRecord, type MovementCounts } from './rounds.ts';
import { LEVELS, type Level, type LevelCounts } from './levels.ts';

export type DimensionEntry = CollectionEntry<'dimensions'>['data'];
/** A borough's entry with its latest assessment merged into `data`, the shape every page reads. */
export type BoroughEntry = Omit<CollectionEntry<'boroughs'>, 'data'> & { data: Borough };
export interface RoundMovement {
  from: Round;
  to: Round;
  /** Boroughs assessed in both rounds. */
  boroughs: number;
  counts: Record<string, MovementCounts>;
}

export interface StrandView {
  id: 'organisation' | 'activity';
  title: string;
  dimensions: DimensionEntry[];
}

export interface Atlas {
  strands: StrandView[];
  dimensions: DimensionEntry[];
  boroughs: BoroughEntry[];
  published: Published;
  /** Counts over each borough's latest assessment: London's current state on this site. */
  counted: Record<string, LevelCounts>;
  /** Counts over the profiles of the published round only: what is reconciled with the published table. */
  countedInRound: Record<string, LevelCounts>;
  /** Strand totals: as printed, as corrected (printed with any correction applied) and as counted. */
  totals: Record<StrandView['id'], { printed: LevelCounts; corrected: LevelCounts; counted: LevelCounts; notes: { level: Level; note: string }[] }>;
  settings: CollectionEntry<'settings'>['data'];
  /** This site shows the anonymised sample (Boroughs A to R): every page that shows them says so. */
  isSample: boolean;
  /** How many boroughs were assessed in the published round: the boroughs reconciled with the published table. */
  inPublishedRound: number;
  /** Where the published round's counts differ from the published table, cell by cell (empty when they agree). */
  differences: { dimension: DimensionEntry; level: Level; published: number; counted: number }[];
  /** Every round in data/rounds.yaml, in order. */
  rounds: Round[];
  /** The rounds that have assessments, in order: the rounds that are data. */
  dataRounds: Round[];
  /** The latest round with assessments: what /grid/ shows. */
  latestRound: Round | undefined;
  assessments: AssessmentRecord[];
  /** A borough's assessments in round order. */
  historyOf: (slug: string) => AssessmentRecord[];
  /** Boroughs as assessed in one round (identity plus that round's ratings). */
  boroughsIn: (round: string) => BoroughEntry[];
  /** Counts per round: round id → dimension id → level counts. */
  byRound: Record<string, Record<string, LevelCounts>>;
  /** Movement between each pair of consecutive rounds with data. */
  movements: RoundMovement[];
}

let cached: Promise<Atlas> | undefined;

export function loadAtlas(): Promise<Atlas> {
  cached ??= build();
  return cached;
}

async function build(): Promise<Atlas> {
  const dimensions = (await getCollection('dimensions')).map((e) => e.data);
  const strands: StrandView[] = (['organisation', 'activity'] as const).map((id) => {
    const dims = dimensions.filter((d) => d.strand === id).sort((a, b) => a.number - b.number);
    return { id, title: dims[0]?.strandTitle ?? id, dimensions: dims };
  });
  const ordered = strands.flatMap((s) => s.dimensions);
  // The content store does not keep the file's order; rounds.yaml is oldest first (the checker holds it to that).
  const rounds = (await getCollection('rounds')).map((e) => e.data).sort((a, b) => a.period.from.localeCompare(b.period.from) || a.period.to.localeCompare(b.period.to));
  const assessments: AssessmentRecord[] = (await getCollection('assessments')).map((e) => {
    const [round = '', borough = ''] = e.id.split('/');
    return { round, borough, date: e.data.date, source: e.data.source, ratings: e.data.ratings };
  });
  const history = (slug: string) => historyOf(slug, rounds, assessments);
  // A borough's identity is its profile, or (first self-assessment only) the borough: block of its assessment.
  const profiles = await getCollection('boroughs');
  const identities = [
    ...profiles,
    ...(await getCollection('assessments'))
      .filter((e) => e.data.borough && !profiles.some((p) => p.id === e.id.split('/')[1]))
      .map((e) => ({ ...e, id: e.id.split('/')[1]!, collection: 'boroughs' as const, body: undefined, rendered: undefined, data: { ...e.data.borough!, slug: e.id.split('/')[1]! } })),
  ];
  const merge = (entry: (typeof identities)[number], a: AssessmentRecord): BoroughEntry => ({ ...entry, data: asBorough(entry.data, a) }) as BoroughEntry;
  const byName = (a: BoroughEntry, b: BoroughEntry) => a.data.name.localeCompare(b.data.name, 'en-GB', { numeric: true });
  const boroughs = identities.flatMap((e) => {
    const latest = history(e.id).at(-1);
    return latest ? [merge(e, latest)] : [];
  }).sort(byName);
  const boroughsIn = (round: string) =>
    identities.flatMap((e) => {
      const a = assessments.find((x) => x.round === round && x.borough === e.id);
      return a ? [merge(e, a)] : [];
    }).sort(byName);
  const published = (await getCollection('published'))[0]!.data;
  const settings = (await getEntry('settings', 'site'))!.data;
  const ids = ordered.map((d) => d.id);
  const counted = tallyByDimension(boroughs.map((b) => b.data), ids);
  const countedInRound = tallyRound(published.round, assessments, ids);
  const dataRounds = roundsWithData(rounds, assessments);
  const byRound = Object.fromEntries(dataRounds.map((r) => [r.id, tallyRound(r.id, assessments, ids)]));
  const movements = dataRounds.slice(1).map((to, i) => ({ from: dataRounds[i]!, to, ...movementBetween(dataRounds[i]!.id, to.id, assessments, ids) }));
  const totals = Object.fromEntries(
    strands.map((s) => {
      const header = published.strands[s.id];
      const corrected = { ...header.printed };
      for (const c of header.corrections ?? []) corrected[c.level] = c.corrected;
      return [s.id, {
        printed: header.printed,
        corrected,
        counted: totalCounts(s.dimensions.map((d) => countedInRound[d.id]!)),
        notes: (header.corrections ?? []).map((c) => ({ level: c.level, note: c.note })),
      }];
    }),
  ) as Atlas['totals'];
  return {
    strands,
    dimensions: ordered,
    boroughs,
    published,
    counted,
    countedInRound,
    totals,
    settings,
    isSample: settings.data === 'sample',
    inPublishedRound: assessments.filter((a) => a.round === published.round).length,
    differences: ordered.flatMap((dimension) =>
      LEVELS.filter((level) => countedInRound[dimension.id]![level] !== published.counts[dimension.id]![level]).map((level) => ({
        dimension,
        level,
        published: published.counts[dimension.id]![level],
        counted: countedInRound[dimension.id]![level],
      })),
    ),
    rounds,
    dataRounds,
    latestRound: dataRounds.at(-1),
    assessments,
    historyOf: history,
    boroughsIn,
    byRound,
    movements,
  };
}
