// The round the self-assessment pages compare with, as plain data for the browser: worked out at build time from
// the loader's boroughs, so no page recomputes London in the browser.
import { depthScore, londonMedians } from './borough.ts';
import type { Round } from '../schemas/round.ts';
import type { ReferenceRound } from './self-assessment.ts';

type Rated = { ratings: Record<string, { level: 'low' | 'medium' | 'high' | 'not-mentioned' }> };

const KIND_WORD: Record<Round['kind'], string> = { research: 'research', 'self-assessment': 'self-assessment', 'peer-review': 'peer-review' };

/** "the 2012–13 research round", each borough's depth, and the median level (as a weight) per dimension. */
export function referenceRound(round: Round, boroughs: readonly Rated[]): ReferenceRound & { medians: Record<string, number | null> } {
  const [a, b] = [round.period.from.slice(0, 4), round.period.to.slice(0, 4)];
  const ids = Object.keys(boroughs[0]?.ratings ?? {});
  const medians = londonMedians(boroughs, ids);
  return {
    label: `the ${a === b ? a : `${a}–${b.slice(2)}`} ${KIND_WORD[round.kind]} round`,
    depths: boroughs.map((x) => depthScore(x)).sort((x, y) => x - y),
    medians: Object.fromEntries(ids.map((id) => [id, medians[id] ?? null])),
  };
}
