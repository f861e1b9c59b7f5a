// How rounds and their kinds are named on pages, so every assessment says whose view it is in the same words.
import { KIND_LABEL, type Round } from '../../content/schemas/round.ts';
import { writtenDate } from '../../domain/format.ts';
import { MOVEMENTS, type Movement, type MovementCounts } from '../../domain/round-history.ts';

/** Whose view one assessment is, with its month: "Newham's own self-assessment, November 2026". */
export function whoseView(name: string, round: Round, date: string): string {
  const when = /^\d{4}-\d{2}/.test(date) ? writtenDate(date.slice(0, 7)) : date;
  switch (round.kind) {
    case 'self-assessment':
      return `${name}'s own self-assessment, ${when}`;
    case 'peer-review':
      return `a peer review of ${name} by other partnerships, ${when}`;
    case 'research':
      return `${name} as rated by an external research study, ${when}`;
  }
}

export function periodText(round: Round): string {
  return round.period.from === round.period.to ? writtenDate(round.period.from) : `${writtenDate(round.period.from)} to ${writtenDate(round.period.to)}`;
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

/** Said wherever a borough outside the reference round is set against it: whose view it is, and that this is no place among them. */
export function comparisonCaveat(name: string, round: Round, reference: { round: Round; boroughs: number }): string {
  const whose = round.kind === 'self-assessment' ? `This is ${name}'s own view` : `This is a ${round.kind === 'peer-review' ? 'peer review' : 'research study'}`;
  return `${whose}, from the ${roundShort(round)}; the ${reference.boroughs} boroughs were rated in the ${roundShort(reference.round)}. Different kinds of assessment are not measured the same way, so this is a comparison, not a place among them.`;
}

const SHORT: Record<Movement, string> = { up: 'up', down: 'down', same: 'same', new: 'new', unrated: 'not mentioned' };

/** "1 up, 2 same, 1 not mentioned": the counts that are not zero, short enough for a chart label at 320 px. */
export function movementSummary(c: MovementCounts): string {
  const parts = MOVEMENTS.filter((m) => c[m] > 0).map((m) => `${c[m]} ${SHORT[m]}`);
  return parts.length ? parts.join(', ') : 'no boroughs';
}

/** A round in a few words for page titles (which must stay short): "research study 2012–13". */
export function roundShort(round: Round): string {
  const [a, b] = [round.period.from.slice(0, 4), round.period.to.slice(0, 4)];
  return `${KIND_LABEL[round.kind]} ${a === b ? a : `${a}–${b.slice(2)}`}`;
}
