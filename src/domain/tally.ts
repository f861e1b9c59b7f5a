// Counts boroughs per level per dimension: the one computation behind every count the site shows.
import { rollup, sum } from 'd3-array';
import { emptyCounts, LEVELS, type Level, type LevelCounts } from './levels.ts';

export interface Rated {
  ratings: Record<string, { level: Level }>;
}

/** Counts for each dimension id, always with all four levels present. */
export function tallyByDimension(boroughs: readonly Rated[], dimensionIds: readonly string[]): Record<string, LevelCounts> {
  const pairs = boroughs.flatMap((b) => Object.entries(b.ratings).map(([dimension, r]) => ({ dimension, level: r.level })));
  const rolled = rollup(pairs, (v) => v.length, (d) => d.dimension, (d) => d.level);
  return Object.fromEntries(
    dimensionIds.map((id) => {
      const counts = emptyCounts();
      for (const level of LEVELS) counts[level] = rolled.get(id)?.get(level) ?? 0;
      return [id, counts];
    }),
  );
}

/** Sum of several rows of counts, level by level (a strand's header totals). */
export function totalCounts(rows: readonly LevelCounts[]): LevelCounts {
  const total = emptyCounts();
  for (const level of LEVELS) total[level] = sum(rows, (r) => r[level]);
  return total;
}

export function rowTotal(counts: LevelCounts): number {
  return sum(LEVELS, (level) => counts[level]);
}
