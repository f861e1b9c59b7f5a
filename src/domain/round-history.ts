// Rounds over time: each borough's latest assessment, per-round counts, and how ratings moved between rounds.
import type { Borough, BoroughIdentity, Rating } from '../content/schemas/borough.ts';
import type { Round } from '../content/schemas/round.ts';
import { tallyByDimension } from './tally.ts';
import type { Level, LevelCounts } from './levels.ts';

export interface AssessmentRecord {
  round: string;
  borough: string;
  date: string;
  source: string;
  ratings: Record<string, Rating>;
}

export const MOVEMENTS = ['up', 'down', 'same', 'new', 'unrated'] as const;
export type Movement = (typeof MOVEMENTS)[number];

/** Order on the grid. Not mentioned means no evidence, so a move to or from it is neither up nor down. */
const RANK: Record<Level, number | undefined> = { low: 1, medium: 2, high: 3, 'not-mentioned': undefined };

/**
 * How a rating moved from one assessment to the next: "new" when there was no earlier rating (no assessment, or Not
 * mentioned), "unrated" when a rated dimension is Not mentioned now.
 */
export function movement(before: Level | undefined, after: Level): Movement {
  if (before === after) return 'same';
  const [a, b] = [before === undefined ? undefined : RANK[before], RANK[after]];
  if (a === undefined) return 'new';
  if (b === undefined) return 'unrated';
  return b > a ? 'up' : 'down';
}

export const MOVEMENT_WORDS: Record<Movement, string> = {
  up: 'moved up',
  down: 'moved down',
  same: 'stayed the same',
  new: 'new',
  unrated: 'not mentioned this time',
};

export const MOVEMENT_HEADINGS: Record<Movement, string> = {
  up: 'Moved up',
  down: 'Moved down',
  same: 'Stayed the same',
  new: 'Newly rated',
  unrated: 'No longer mentioned',
};

/** A borough's assessments in round order (rounds.yaml order). */
export function historyOf(slug: string, rounds: readonly Round[], assessments: readonly AssessmentRecord[]): AssessmentRecord[] {
  const order = new Map(rounds.map((r, i) => [r.id, i]));
  return assessments.filter((a) => a.borough === slug).sort((a, b) => order.get(a.round)! - order.get(b.round)!);
}

/** Identity plus one assessment: the shape every page and download already reads. */
export function asBorough(identity: BoroughIdentity, a: AssessmentRecord): Borough {
  return { ...identity, assessment: { round: a.round, date: a.date, source: a.source }, ratings: a.ratings };
}

/** Rounds that have at least one assessment, in order: the rounds that are data (an open round with none is not). */
export function roundsWithData(rounds: readonly Round[], assessments: readonly AssessmentRecord[]): Round[] {
  const used = new Set(assessments.map((a) => a.round));
  return rounds.filter((r) => used.has(r.id));
}

export function tallyRound(round: string, assessments: readonly AssessmentRecord[], dimensionIds: readonly string[]): Record<string, LevelCounts> {
  return tallyByDimension(assessments.filter((a) => a.round === round), dimensionIds);
}

export type MovementCounts = Record<Movement, number>;

/**
 * Between two rounds, per dimension: how many boroughs assessed in both moved up, moved down, stayed, or were newly
 * rated or no longer mentioned. Boroughs in only one of the two rounds are not counted.
 */
export function movementBetween(
  from: string,
  to: string,
  assessments: readonly AssessmentRecord[],
  dimensionIds: readonly string[],
  nameOf: (slug: string) => string = (slug) => slug,
): { boroughs: number; counts: Record<string, MovementCounts>; moved: MovedBorough[] } {
  const before = new Map(assessments.filter((a) => a.round === from).map((a) => [a.borough, a]));
  const pairs = assessments.filter((a) => a.round === to && before.has(a.borough)).map((a) => [before.get(a.borough)!, a] as const);
  const counts = Object.fromEntries(
    dimensionIds.map((id) => {
      const c = Object.fromEntries(MOVEMENTS.map((m) => [m, 0])) as MovementCounts;
      for (const [a, b] of pairs) c[movement(a.ratings[id]?.level, b.ratings[id]!.level)]++;
      return [id, c];
    }),
  );
  const moved = pairs
    .map(([a, b]) => ({ slug: b.borough, name: nameOf(b.borough), ...movedCounts(a, b, dimensionIds) }))
    .sort((x, y) => x.name.localeCompare(y.name, 'en-GB', { numeric: true }));
  return { boroughs: pairs.length, counts, moved };
}

/** One borough between two of its assessments: how many dimensions moved up, moved down, or moved at all. */
export interface MovedBorough {
  slug: string;
  name: string;
  up: number;
  down: number;
  /** Dimensions whose level changed in any way (up, down, newly rated or no longer mentioned). */
  changed: number;
}

/** How many of the dimensions moved up and down between two assessments of one borough. */
export function movedCounts(before: Pick<AssessmentRecord, 'ratings'> | undefined, after: Pick<AssessmentRecord, 'ratings'>, dimensionIds: readonly string[]): Omit<MovedBorough, 'slug' | 'name'> {
  const moves = dimensionIds.map((id) => movement(before?.ratings[id]?.level, after.ratings[id]!.level));
  return { up: moves.filter((m) => m === 'up').length, down: moves.filter((m) => m === 'down').length, changed: moves.filter((m) => m !== 'same').length };
}

/** Each borough with its latest assessment, from identities and assessments as the checker reads them. */
export function latestBoroughs(identities: readonly BoroughIdentity[], assessments: readonly AssessmentRecord[], rounds: readonly Round[]): Borough[] {
  return identities.flatMap((b) => {
    const latest = historyOf(b.slug, rounds, assessments).at(-1);
    return latest ? [asBorough(b, latest)] : [];
  });
}
