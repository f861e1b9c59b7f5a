// The words a comparison uses, so /compare/ states every difference the same way (one rule, one place).
import type { Level } from '../../domain/levels.ts';
import { LEVEL_WEIGHT as WEIGHT } from '../../domain/levels.ts';

/** How another borough's level differs from the chosen one's: "one level higher", "the same"; "" when either was not mentioned. */
export function gapWords(mine: Level, theirs: Level): string {
  if (theirs === 'not-mentioned' || mine === 'not-mentioned') return '';
  const gap = WEIGHT[theirs] - WEIGHT[mine];
  if (gap === 0) return 'the same';
  return `${Math.abs(gap) === 1 ? 'one level' : 'two levels'} ${gap > 0 ? 'higher' : 'lower'}`;
}

/** The chosen borough against London's median weight: "above", "at" or "below" the median. */
export function medianGap(mine: Level, medianWeight: number | undefined): 'above' | 'at' | 'below' | undefined {
  if (mine === 'not-mentioned' || medianWeight === undefined) return undefined;
  const gap = WEIGHT[mine] - medianWeight;
  return gap > 0 ? 'above' : gap < 0 ? 'below' : 'at';
}

/** One sentence on how `other` compares with `name` over every dimension both were rated on. */
export function summaryWords(name: string, other: string, pairs: readonly { mine: Level; theirs: Level }[]): string {
  const rated = pairs.filter((p) => p.mine !== 'not-mentioned' && p.theirs !== 'not-mentioned');
  const higher = rated.filter((p) => WEIGHT[p.theirs] > WEIGHT[p.mine]).length;
  const lower = rated.filter((p) => WEIGHT[p.theirs] < WEIGHT[p.mine]).length;
  const skipped = pairs.length - rated.length;
  return `${other} is higher than ${name} on ${higher}, the same on ${rated.length - higher - lower} and lower on ${lower}` +
    (skipped ? ` of the ${pairs.length} dimensions; ${skipped} cannot be compared because one or the other was not mentioned.` : ` of the ${pairs.length} dimensions.`);
}

/** One sentence on the chosen borough against a median on each dimension: London's, or the reference round's said as such. */
export function londonSummaryWords(name: string, gaps: readonly ('above' | 'at' | 'below' | undefined)[], median = 'the London median'): string {
  const n = (g: string) => gaps.filter((x) => x === g).length;
  const silent = gaps.filter((x) => x === undefined).length;
  return `${name} is above ${median} on ${n('above')}, at it on ${n('at')} and below it on ${n('below')} of the ${gaps.length} dimensions` +
    (silent ? `; on ${silent} its evidence did not mention the dimension.` : '.');
}

/** The boroughs nearest to one by a score (e.g. depth): the company a comparison starts with. */
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
export function parseWith(value: string, known: readonly string[], chosen: string): string[] {
  return [...new Set(value.split(',').map((s) => s.trim()))].filter((s) => s !== chosen && known.includes(s)).slice(0, 3);
}
