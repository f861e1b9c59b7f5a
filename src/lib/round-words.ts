// How rounds and their kinds are named on pages, so every assessment says whose view it is in the same words.
import { KIND_LABEL, type Round } from '../schemas/round.ts';
import { MOVEMENTS, MOVEMENT_WORDS, type MovementCounts } from './rounds.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const month = (ym: string) => `${MONTHS[Number(ym.slice(5, 7)) - 1]} ${ym.slice(0, 4)}`;

export function periodText(round: Round): string {
  return round.period.from === round.period.to ? month(round.period.from) : `${month(round.period.from)} to ${month(round.period.to)}`;
}

/** "Institute of Education study … (research study, September 2012 to March 2013)". */
export function roundName(round: Round): string {
  return `${round.title} (${KIND_LABEL[round.kind]}, ${periodText(round)})`;
}

/** Whose view an assessment in this round is: a self-assessment is never the research's finding. */
export function kindSentence(round: Round): string {
  switch (round.kind) {
    case 'research':
      return 'an external research study';
    case 'peer-review':
      return 'a peer review by other partnerships';
    case 'self-assessment':
      return "the borough's own self-assessment, not a research finding";
  }
}

export function movementSummary(c: MovementCounts): string {
  const parts = MOVEMENTS.filter((m) => c[m] > 0 || m === 'up' || m === 'down' || m === 'same').map((m) => `${c[m]} ${MOVEMENT_WORDS[m].replace('stayed the same', 'same').replace('moved ', '')}`);
  return parts.join(', ');
}
