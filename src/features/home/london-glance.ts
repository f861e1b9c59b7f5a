// The home page's "London at a glance": the reference round's counts per dimension, laid out as stacked bars, and
// a one-sentence reading of where London was strongest and weakest. Counts come from the loader's per-round tallies.
import { scaleLinear } from 'd3-scale';
import { LEVEL_LABEL, type Level, type LevelCounts } from '../../domain/levels.ts';
import { rowTotal } from '../../domain/tally.ts';
import { roundShort } from '../rounds/round-words.ts';
import type { Atlas } from '../../content/load.ts';

/** The order a row reads in, strongest first, as the issue and the legend say it. */
export const GLANCE_ORDER = ['high', 'medium', 'low', 'not-mentioned'] as const satisfies readonly Level[];

interface DimensionLike {
  id: string;
  number: number;
  title: string;
  short: string;
}
interface StrandLike {
  id: string;
  title: string;
  dimensions: readonly DimensionLike[];
}

export interface GlanceSegment {
  level: Level;
  count: number;
  /** Left edge and width as a percentage of the bar (0–100). */
  x: number;
  width: number;
}

export interface GlanceRow {
  id: string;
  number: number;
  title: string;
  short: string;
  counts: LevelCounts;
  segments: GlanceSegment[];
  /** Boroughs at Medium or High: the site's "breadth", per dimension. */
  reach: number;
}

export interface Glance {
  boroughs: number;
  dimensions: number;
  strands: { id: string; title: string; rows: GlanceRow[] }[];
  strongest: GlanceRow[];
  weakest: GlanceRow[];
  /** One sentence, worked out from the counts. */
  reading: string;
}

const pct = (n: number) => Math.round(n * 100) / 100;

function segmentsOf(counts: LevelCounts, boroughs: number): GlanceSegment[] {
  const x = scaleLinear().domain([0, boroughs || 1]).range([0, 100]);
  let start = 0;
  return GLANCE_ORDER.map((level) => {
    const seg = { level, count: counts[level], x: pct(x(start)), width: pct(x(start + counts[level]) - x(start)) };
    start += counts[level];
    return seg;
  });
}

/** "A", "A and B", "A, B and C". */
export function listWords(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** Rows that share the highest value of the first key, ties broken by the next keys, in grid order. */
function best(rows: readonly GlanceRow[], ...keys: ((r: GlanceRow) => number)[]): GlanceRow[] {
  return keys.reduce<readonly GlanceRow[]>((left, key) => {
    const top = Math.max(...left.map(key));
    return left.filter((r) => key(r) === top);
  }, rows) as GlanceRow[];
}

/**
 * Strongest: the most boroughs at Medium or High (then the most at High); weakest: the fewest (then the fewest at High,
 * then the most not mentioned), so tied dimensions share every figure the sentence gives.
 * `when` names the round in the sentence, e.g. "In the research study 2012–13".
 */
export function londonAtAGlance(strands: readonly StrandLike[], counts: Record<string, LevelCounts>, boroughs: number, when: string): Glance {
  const built = strands.map((s) => ({
    id: s.id,
    title: s.title,
    rows: s.dimensions.map((d) => {
      const c = counts[d.id]!;
      if (rowTotal(c) !== boroughs) throw new Error(`${d.id}: counts add up to ${rowTotal(c)}, not the round's ${boroughs} boroughs`);
      return { id: d.id, number: d.number, title: d.title, short: d.short, counts: c, segments: segmentsOf(c, boroughs), reach: c.high + c.medium };
    }),
  }));
  const rows = built.flatMap((s) => s.rows);
  const strongest = best(rows, (r) => r.reach, (r) => r.counts.high);
  const weakest = best(rows, (r) => -r.reach, (r) => -r.counts.high, (r) => r.counts['not-mentioned']);
  const names = (list: GlanceRow[]) => listWords(list.map((r) => r.title));
  const withWord = (list: GlanceRow[]) => (list.length > 1 ? 'each with' : 'with');
  // The rest of the weakest row: how many the evidence never mentioned, or else how many were at Low.
  const silent = (r: GlanceRow) =>
    r.counts['not-mentioned'] > 0 ? `and ${r.counts['not-mentioned']} ${LEVEL_LABEL['not-mentioned'].toLowerCase()}` : `(${r.counts.low === boroughs ? 'all ' : ''}${r.counts.low} at ${LEVEL_LABEL.low})`;
  const top = strongest[0]!;
  const low = weakest[0]!;
  const reading =
    top.reach === low.reach
      ? `${when}, London was as broad on every dimension: ${top.reach} of ${boroughs} boroughs at Medium or High on each.`
      : `${when}, London was strongest on ${names(strongest)}, ${withWord(strongest)} ${top.reach === boroughs ? `all ${boroughs} of its boroughs` : `${top.reach} of its ${boroughs} boroughs`} at Medium or High (${top.counts.high} at High), ` +
        `and weakest on ${names(weakest)}, ${withWord(weakest)} ${low.reach} at Medium or High ${silent(low)}.`;
  return { boroughs, dimensions: rows.length, strands: built, strongest, weakest, reading };
}

/** London at a glance for the reference round, as the home page shows it and its downloads draw it; undefined when the round has no boroughs. */
export function referenceGlance(atlas: Pick<Atlas, 'reference' | 'boroughsIn' | 'strands' | 'byRound'>): Glance | undefined {
  const round = atlas.reference;
  const counted = round ? atlas.boroughsIn(round.id).length : 0;
  return round && counted > 0 ? londonAtAGlance(atlas.strands, atlas.byRound[round.id]!, counted, `In the ${roundShort(round)}`) : undefined;
}

/** Where the open self-assessment round stands: its assessments so far, counted on their own. */
export function openRoundStatus<R extends { id: string; kind: string; open?: boolean | undefined }>(rounds: readonly R[], assessments: readonly { round: string }[]) {
  const round = rounds.find((r) => r.kind === 'self-assessment' && r.open);
  return round ? { round, assessed: assessments.filter((a) => a.round === round.id).length } : undefined;
}
