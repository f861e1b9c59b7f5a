// Which round stands for London: the one data/rounds.yaml marks `reference: true`, else the round the published table counts.
// WHY one helper: every view that says "London" must agree on the round it counts.
import type { Round } from '../schemas/round.ts';

export function referenceRound(rounds: readonly Round[], published: { round: string }): Round | undefined {
  const declared = rounds.find((r) => (r as Round & { reference?: boolean }).reference === true);
  return declared ?? rounds.find((r) => r.id === published.round);
}
