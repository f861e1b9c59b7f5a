// The reference round as plain data for the self-assessment pages' scripts: its label, each borough's depth and the
// median level per dimension, taken from the loader's figures for that round (computed once per build, never again).
import type { RoundLondon } from '../../content/load.ts';
import type { Round } from '../../content/schemas/round.ts';
import type { ReferenceRound } from './answers.ts';

const KIND_WORD: Record<Round['kind'], string> = { research: 'research', 'self-assessment': 'self-assessment', 'peer-review': 'peer-review' };

/** "the 2012–13 research round", each borough's depth (ascending), and the median level (as a weight) per dimension. */
export function referenceForBrowser(london: RoundLondon): ReferenceRound & { medians: Record<string, number | null> } {
  const { round } = london;
  const [a, b] = [round.period.from.slice(0, 4), round.period.to.slice(0, 4)];
  return {
    label: `the ${a === b ? a : `${a}–${b.slice(2)}`} ${KIND_WORD[round.kind]} round`,
    depths: [...london.depths].sort((x, y) => x - y),
    medians: Object.fromEntries(Object.entries(london.medians).map(([id, m]) => [id, m ?? null])),
  };
}
