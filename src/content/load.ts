// The one place the site reads its content: the only caller of getCollection/getEntry (tests/unit/one-loader.test.ts).
// Each collection is read once per build and cached; loadAtlas() derives what pages share: the grid in order, boroughs,
// each round's London, counts. Assessments are not in Astro's content store: they are read through the registry
// (read-assessments.ts) when the atlas is first built.
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { Published } from './schemas/published.ts';
import type { Borough } from './schemas/borough.ts';
import type { Round } from './schemas/round.ts';
import type { Release } from './schemas/release.ts';
import { compareTerms } from './schemas/glossary.ts';
import { contentRoot } from './content-root.ts';
import { readAssessments, watchAssessments } from './read-assessments.ts';
import { totalCounts } from '../domain/tally.ts';
import { asBorough, historyOf, movementBetween, roundsWithData, tallyRound, type AssessmentRecord, type MovedBorough, type MovementCounts } from '../domain/round-history.ts';
import { londonOf, RANK_MIN_BOROUGHS, type London } from '../domain/scores.ts';
import { identitiesOf, identityFromBlock, referenceRound } from '../domain/assessment-identity.ts';
import { LEVELS, type Level, type LevelCounts } from '../domain/levels.ts';

const forgetters: (() => void)[] = [];

/**
 * A reader (or anything worked out from the content) run on first use and remembered for the build. In `astro dev`
 * it is forgotten whenever a content file changes, so no restart is needed: Astro reloads the browser for a file in
 * its content store; after editing an assessment, reload the page.
 */
export function once<T>(read: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  forgetters.push(() => (value = undefined));
  return () => (value ??= read());
}

if (import.meta.hot) {
  const forget = () => forgetters.forEach((f) => f());
  // Astro says when a file in its content store changes; assessments are not in it, so their folder is watched.
  import.meta.hot.on('astro:content-changed', forget);
  const watcher = watchAssessments(contentRoot(), forget);
  import.meta.hot.dispose(() => watcher.close());
}

export type Settings = CollectionEntry<'settings'>['data'];
export type SourceEntry = CollectionEntry<'sources'>['data'];
export type BoardPaperEntry = CollectionEntry<'boardPapers'>;
export type CaseStudyEntry = CollectionEntry<'caseStudies'>;
export type ModelEntry = CollectionEntry<'models'>['data'];
export type PageEntry = CollectionEntry<'pages'>;

/** data/site.yaml. */
export const loadSettings = once(async () => (await getEntry('settings', 'site'))!.data);
/** data/rounds.yaml, oldest first. The content store does not keep the file's order; the checker holds the file to it. */
export const loadRounds = once(async () => (await getCollection('rounds')).map((e) => e.data).sort((a, b) => a.period.from.localeCompare(b.period.from) || a.period.to.localeCompare(b.period.to)));
/** data/releases.yaml, oldest first: the last is the current version. */
export const loadReleases = once(async (): Promise<Release[]> =>
  (await getCollection('releases')).map(({ data: { id: _id, ...r } }) => r).sort((a, b) => a.date.localeCompare(b.date) || a.version.localeCompare(b.version, 'en', { numeric: true })));
/** data/sources.yaml, in the file's order. */
export const loadSources = once(async (): Promise<SourceEntry[]> => (await getCollection('sources')).map((e) => e.data));
/** content/glossary.yaml, in the glossary's order. */
export const loadGlossary = once(async () => (await getCollection('glossary')).map((e) => e.data).sort((a, b) => compareTerms(a.term, b.term)));
/** content/board-papers/, newest meeting first, then by item number. */
export const loadBoardPapers = once(async (): Promise<BoardPaperEntry[]> =>
  (await getCollection('boardPapers')).sort((a, b) => b.data.meetingDate.localeCompare(a.data.meetingDate) || a.data.item - b.data.item));
/** content/case-studies/, as the content store lists them (load-guidance.ts puts them in order). */
export const loadCaseStudies = once(async (): Promise<CaseStudyEntry[]> => getCollection('caseStudies'));
/** content/models/, as the content store lists them (load-guidance.ts puts them in order). */
export const loadModels = once(async (): Promise<ModelEntry[]> => (await getCollection('models')).map((e) => e.data));
/** content/pages/: the prose of the research, history and plans pages. */
export const loadPages = once(async (): Promise<PageEntry[]> => getCollection('pages'));
/** One prose page of content/pages/, by its file's name. */
export const loadPage = async (id: string): Promise<PageEntry> => (await loadPages()).find((p) => p.id === id)!;
/** data/research/: the 2012 questionnaire and the interim findings. */
export const loadResearch = once(async () => ({
  questionnaire: (await getEntry('questionnaire', 'questionnaire-2012'))!.data,
  findings: (await getEntry('findings', 'findings'))!.data,
}));
/** data/history/: the 2000 Learning Partnerships report's figures. */
export const loadHistory = once(async () => (await getEntry('history', 'learning-partnerships-2000'))!.data);
/** data/plans/: the 2008 guidance's plan elements, its Annex 1 and the volunteers' pointers. */
export const loadPlans = once(async () => ({
  elements: (await getEntry('planElements', 'plan-elements'))!.data,
  annex: (await getEntry('annex1', 'annex-1'))!.data,
  volunteers: (await getEntry('volunteers', 'volunteer-partnerships'))!.data,
}));

export type DimensionEntry = CollectionEntry<'dimensions'>['data'];
/** A borough's entry with its latest assessment merged into `data`, the shape every page reads. */
export type BoroughEntry = Omit<CollectionEntry<'boroughs'>, 'data'> & { data: Borough };
export interface RoundMovement {
  from: Round;
  to: Round;
  /** Boroughs assessed in both rounds (0: the rounds share no borough, so there is no movement to show). */
  boroughs: number;
  counts: Record<string, MovementCounts>;
  /** Each borough assessed in both, by name, with how many dimensions moved up and down. */
  moved: MovedBorough[];
}

/** One round's London: only that round's assessments are counted, ranked or given a median. */
export interface RoundLondon extends London {
  round: Round;
  /** The boroughs assessed in this round (identity plus this round's ratings), by name. */
  boroughs: BoroughEntry[];
  /** Dimension id → boroughs at each level, in this round only. */
  counts: Record<string, LevelCounts>;
  /** A place in the round is said only when the round has at least RANK_MIN_BOROUGHS boroughs. */
  ranked: boolean;
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
  /** The round that stands for London (`reference: true` in data/rounds.yaml): what /grid/, dimension pages and ranks count. */
  reference: Round;
  /** Every round with data, its own London: counts, depths, medians, ranked or not. */
  london: Record<string, RoundLondon>;
  /** The reference round's London (never each borough's latest assessment, which would mix rounds and kinds). */
  referenceLondon: RoundLondon;
  /** The reference round's counts, per dimension. */
  counted: Record<string, LevelCounts>;
  /** Counts over the published round's assessments only: what is reconciled with the published table. */
  countedInRound: Record<string, LevelCounts>;
  /** Strand totals: as printed, as corrected (printed with any correction applied) and as counted. */
  totals: Record<StrandView['id'], { printed: LevelCounts; corrected: LevelCounts; counted: LevelCounts; notes: { level: Level; note: string }[] }>;
  settings: Settings;
  /** The source documents (data/sources.yaml). */
  sources: SourceEntry[];
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
  /** The latest round with assessments. */
  latestRound: Round | undefined;
  /** A borough's latest assessment's round: the round its page shows. */
  roundOfBorough: (slug: string) => Round;
  assessments: AssessmentRecord[];
  /** A borough's assessments in round order. */
  historyOf: (slug: string) => AssessmentRecord[];
  /** Boroughs as assessed in one round (identity plus that round's ratings). */
  boroughsIn: (round: string) => BoroughEntry[];
  /** Counts per round: round id → dimension id → level counts. */
  byRound: Record<string, Record<string, LevelCounts>>;
  /** Movement between each pair of consecutive rounds with data (`boroughs` 0 when they share none). */
  movements: RoundMovement[];
  /** The movement into a round from the round before, when the two share at least one borough. */
  movementInto: (round: string) => RoundMovement | undefined;
}

export const loadAtlas = once(build);

async function build(): Promise<Atlas> {
  const dimensions = (await getCollection('dimensions')).map((e) => e.data);
  const strands: StrandView[] = (['organisation', 'activity'] as const).map((id) => {
    const dims = dimensions.filter((d) => d.strand === id).sort((a, b) => a.number - b.number);
    return { id, title: dims[0]?.strandTitle ?? id, dimensions: dims };
  });
  const ordered = strands.flatMap((s) => s.dimensions);
  const rounds = await loadRounds();
  // Read once: an assessment's round and borough come from its path, by the rule the checker and scripts share.
  const titleOf = new Map(ordered.map((d) => [d.id, d.title]));
  const assessmentFiles = readAssessments(contentRoot(), { dimensionIds: ordered.map((d) => d.id), dimensionTitle: (id) => titleOf.get(id) });
  const assessments: AssessmentRecord[] = assessmentFiles.map(({ round, borough, data }) => ({ round, borough, date: data.date, source: data.source, ratings: data.ratings }));
  const history = (slug: string) => historyOf(slug, rounds, assessments);
  // A borough's identity is its profile, or (first self-assessment only) the borough: block of its assessment, whose
  // file its page's "Edit this page" opens.
  const profiles = (await getCollection('boroughs')).map((e) => ({ slug: e.id, entry: e }));
  const blocks = assessmentFiles.flatMap(({ borough, filePath, data }) => data.borough
    ? [{ slug: borough, entry: { id: borough, collection: 'boroughs' as const, filePath, body: undefined, rendered: undefined, data: identityFromBlock(borough, data.borough) } }]
    : []);
  const identities = identitiesOf(profiles, blocks).map((i) => i.entry);
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
  const settings = await loadSettings();
  const sources = await loadSources();
  const ids = ordered.map((d) => d.id);
  const countedInRound = tallyRound(published.round, assessments, ids);
  const dataRounds = roundsWithData(rounds, assessments);
  const byRound = Object.fromEntries(dataRounds.map((r) => [r.id, tallyRound(r.id, assessments, ids)]));
  const london: Record<string, RoundLondon> = Object.fromEntries(dataRounds.map((round) => {
    const inRound = boroughsIn(round.id);
    return [round.id, { round, boroughs: inRound, counts: byRound[round.id]!, ranked: inRound.length >= RANK_MIN_BOROUGHS, ...londonOf(inRound.map((b) => b.data), ids) }];
  }));
  // The checker holds rounds.yaml to exactly one reference round with assessments; the fallbacks keep a partial build honest.
  const reference = referenceRound(dataRounds) ?? dataRounds.find((r) => r.id === published.round) ?? dataRounds[0]!;
  const nameOf = new Map(identities.map((e) => [e.id, e.data.name]));
  const movements = dataRounds.slice(1).map((to, i) => ({ from: dataRounds[i]!, to, ...movementBetween(dataRounds[i]!.id, to.id, assessments, ids, (slug) => nameOf.get(slug) ?? slug) }));
  const roundById = new Map(rounds.map((r) => [r.id, r]));
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
    reference,
    london,
    referenceLondon: london[reference.id]!,
    counted: byRound[reference.id]!,
    countedInRound,
    totals,
    settings,
    sources,
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
    roundOfBorough: (slug) => roundById.get(history(slug).at(-1)!.round)!,
    assessments,
    historyOf: history,
    boroughsIn,
    byRound,
    movements,
    movementInto: (round) => movements.find((m) => m.to.id === round && m.boroughs > 0),
  };
}
