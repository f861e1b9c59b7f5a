// Deals a dimension's published counts out to boroughs so that stronger boroughs tend to rate higher.
import type { Level, LevelCounts } from './levels.ts';

/**
 * Returns a level per borough (same order as `strength`) whose counts equal `counts` exactly.
 * `noise` jitters each borough's strength per dimension; `random` picks who is "not mentioned".
 */
export function assignLevels(strength: readonly number[], counts: LevelCounts, noise: () => number, random: () => number): Level[] {
  const n = strength.length;
  const total = counts.low + counts.medium + counts.high + counts['not-mentioned'];
  if (total !== n) throw new Error(`counts add up to ${total}, not ${n}`);
  const levels = new Array<Level>(n);
  // Silence in the evidence leans slightly towards weaker partnerships, but can fall anywhere.
  const silence = strength.map((s, i) => ({ i, key: random() + (s > 0 ? 0.25 : 0) })).sort((a, b) => a.key - b.key);
  const silent = new Set(silence.slice(0, counts['not-mentioned']).map((d) => d.i));
  const rated = strength
    .map((s, i) => ({ i, score: s + noise() }))
    .filter((d) => !silent.has(d.i))
    .sort((a, b) => a.score - b.score);
  for (const i of silent) levels[i] = 'not-mentioned';
  rated.forEach((d, rank) => {
    levels[d.i] = rank < counts.low ? 'low' : rank < counts.low + counts.medium ? 'medium' : 'high';
  });
  return levels;
}
