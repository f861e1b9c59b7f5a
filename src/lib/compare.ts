// The words a comparison uses, shared by the static /compare/ pages and the <atlas-compare> element (one rule, one place).
import type { Level } from '../schemas/common.ts';
import { LEVEL_LABEL, LEVEL_WEIGHT as WEIGHT } from './format.ts';

/** How another borough's level differs from the chosen one's, in words: "Borough A is one level lower (Low)". */
export function differenceWords(other: string, mine: Level, theirs: Level): string {
  if (theirs === 'not-mentioned') return `${other}: not mentioned in the evidence`;
  if (mine === 'not-mentioned') return `${other}: ${LEVEL_LABEL[theirs]} (no level here to compare)`;
  const gap = WEIGHT[theirs] - WEIGHT[mine];
  if (gap === 0) return `${other}: the same (${LEVEL_LABEL[theirs]})`;
  return `${other}: ${Math.abs(gap) === 1 ? 'one level' : 'two levels'} ${gap > 0 ? 'higher' : 'lower'} (${LEVEL_LABEL[theirs]})`;
}

/** The chosen borough against London's median weight, in words. */
export function londonWords(name: string, mine: Level, medianWeight: number | undefined): string {
  if (mine === 'not-mentioned') return `${name}'s evidence did not mention this`;
  if (medianWeight === undefined) return 'no London borough was rated on this';
  const gap = WEIGHT[mine] - medianWeight;
  return gap > 0 ? `${name} is above the London median` : gap < 0 ? `${name} is below the London median` : `${name} is at the London median`;
}

/** The boroughs nearest to one by a score (e.g. depth): the default company for a comparison. */
export function nearest<T extends { slug: string; score: number }>(slug: string, all: readonly T[], n = 3): T[] {
  const me = all.find((b) => b.slug === slug);
  if (!me) return [];
  return all
    .filter((b) => b.slug !== slug)
    .map((b, i) => ({ b, i, d: Math.abs(b.score - me.score) }))
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .slice(0, n)
    .map((x) => x.b);
}

/** Reads "?with=borough-a,borough-f" into at most three known slugs other than the chosen one, in order, without repeats. */
export function parseWith(value: string | null, known: readonly string[], chosen: string): string[] {
  if (!value) return [];
  return [...new Set(value.split(',').map((s) => s.trim()))].filter((s) => s !== chosen && known.includes(s)).slice(0, 3);
}
