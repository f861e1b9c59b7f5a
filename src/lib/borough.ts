// Per-borough summaries: how many of a strand's dimensions sit at each level.
import { LEVELS } from '../schemas/common.ts';
import type { LevelCounts } from './tally.ts';
import { emptyCounts } from './tally.ts';

export interface StrandLike {
  id: string;
  title: string;
  dimensions: readonly { id: string }[];
}

export function strandCounts(borough: { ratings: Record<string, { level: (typeof LEVELS)[number] }> }, strands: readonly StrandLike[]) {
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
export function depthScore(borough: { ratings: Record<string, { level: (typeof LEVELS)[number] }> }): number {
  const weight = { low: 1, medium: 2, high: 3, 'not-mentioned': 0 } as const;
  return Object.values(borough.ratings).reduce((sum, r) => sum + weight[r.level], 0);
}
