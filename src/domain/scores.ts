// Per-borough summaries: counts per strand, the site's breadth and depth scores, and where a borough sits in London.
import { median } from 'd3-array';
import { LEVELS, type Level, type LevelCounts, emptyCounts, LEVEL_WEIGHT } from './levels.ts';
import type { Dimension, Strand } from '../content/schemas/grid.ts';

/** Any strand-shaped value: the schema's id and title with at least the ids of its dimensions. */
type StrandLike = Pick<Strand, 'id' | 'title'> & { dimensions: readonly Pick<Dimension, 'id'>[] };

type Ratings = Record<string, { level: (typeof LEVELS)[number] }>;

export function strandCounts(borough: { ratings: Ratings }, strands: readonly StrandLike[]) {
  return strands.map((s) => {
    const counts: LevelCounts = emptyCounts();
    for (const d of s.dimensions) {
      const level = borough.ratings[d.id]?.level;
      if (level) counts[level]++;
    }
    return { id: s.id, title: s.title, counts, total: s.dimensions.length };
  });
}

/** A single "depth" score for ordering: High 3, Medium 2, Low 1, Not mentioned 0. */
export function depthScore(borough: { ratings: Ratings }): number {
  return Object.values(borough.ratings).reduce((sum, r) => sum + LEVEL_WEIGHT[r.level], 0);
}

/** "Breadth": on how many dimensions the partnership reaches Medium or High. */
export function breadthScore(borough: { ratings: Ratings }): number {
  return Object.values(borough.ratings).filter((r) => r.level === 'medium' || r.level === 'high').length;
}

/** A place ("3rd of 18") is said only within one round of at least this many boroughs: among fewer it says little. */
export const RANK_MIN_BOROUGHS = 10;

/** Position by depth among all boroughs: 1 + how many score more, and how many share the score. */
export function depthRank(depth: number, all: readonly number[]): { rank: number; tied: number; of: number } {
  return { rank: 1 + all.filter((d) => d > depth).length, tied: all.filter((d) => d === depth).length, of: all.length };
}

/**
 * London's median level on each dimension, as a weight (1 Low … 3 High, halves between), over the boroughs whose
 * evidence rated it: "not mentioned" is not a level, so it neither pulls the median down nor counts as below it.
 */
export function londonMedians(boroughs: readonly { ratings: Ratings }[], dimensionIds: readonly string[]): Record<string, number | undefined> {
  return Object.fromEntries(
    dimensionIds.map((id) => [id, median(boroughs.map((b) => b.ratings[id]?.level).filter((l): l is Level => !!l && l !== 'not-mentioned'), (l) => LEVEL_WEIGHT[l])]),
  );
}

/** The median weight in words: "Medium", or "between Low and Medium". */
export function medianLabel(weight: number | undefined, label: Record<Level, string>): string {
  if (weight === undefined) return 'none (no borough rated)';
  const byWeight = (w: number) => label[LEVELS.find((l) => l !== 'not-mentioned' && LEVEL_WEIGHT[l] === w)!];
  return Number.isInteger(weight) ? byWeight(weight) : `between ${byWeight(Math.floor(weight))} and ${byWeight(Math.ceil(weight))}`;
}

/**
 * The dimensions where a borough is furthest above and below London's median, biggest gap first (ties keep grid order).
 */
export function strengths<D extends { id: string }>(ratings: Ratings, medians: Record<string, number | undefined>, dimensions: readonly D[]) {
  const gaps = dimensions.flatMap((d) => {
    const level = ratings[d.id]?.level;
    const m = medians[d.id];
    if (!level || level === 'not-mentioned' || m === undefined) return [];
    return [{ dimension: d, level, gap: LEVEL_WEIGHT[level] - m }];
  });
  return {
    above: gaps.filter((g) => g.gap > 0).sort((a, b) => b.gap - a.gap),
    below: gaps.filter((g) => g.gap < 0).sort((a, b) => a.gap - b.gap),
  };
}

/** "1st", "2nd", "joint 3rd". */
export function ordinal(n: number): string {
  const s = ['th', 'st', 'nd', 'rd'];
  const v = n % 100;
  return n + (s[(v - 20) % 10] ?? s[v] ?? s[0]!);
}

/** Everything the headline says about one borough against all boroughs (the London counts are over `all`). */
/** London as every borough is measured against it: each borough's depth and the median level per dimension. Worked
 * out once per build, not once per page (per page it would grow with the square of the boroughs). */
export function londonOf(all: readonly { ratings: Ratings }[], dimensionIds: readonly string[]) {
  const depths = all.map((b) => depthScore(b));
  return { depths, medianDepth: median(depths) ?? 0, medianBreadth: median(all, (b) => breadthScore(b)) ?? 0, medians: londonMedians(all, dimensionIds) };
}
export type London = ReturnType<typeof londonOf>;

export function standing<D extends { id: string; title: string }>(
  ratings: Ratings,
  london: London,
  strands: readonly (StrandLike & { dimensions: readonly D[] })[],
) {
  const dimensions = strands.flatMap((s) => s.dimensions);
  const depth = depthScore({ ratings });
  return {
    breadth: breadthScore({ ratings }),
    depth,
    maxDepth: dimensions.length * LEVEL_WEIGHT.high,
    dimensionCount: dimensions.length,
    rank: depthRank(depth, london.depths),
    medianDepth: london.medianDepth,
    medians: london.medians,
    strands: strandCounts({ ratings }, strands),
    ...strengths(ratings, london.medians, dimensions),
  };
}
export type Standing = ReturnType<typeof standing>;
