// Says what a change does to London: boroughs added or removed, ratings moved, evidence edited, counts shifted.
import type { Grid } from '../../src/content/schemas/grid.ts';
import type { Borough } from '../../src/content/schemas/borough.ts';
import type { Round } from '../../src/content/schemas/round.ts';
import { historyOf, movement, MOVEMENT_WORDS, tallyRound, type AssessmentRecord } from '../../src/domain/round-history.ts';
import { referenceRound } from '../../src/domain/assessment-identity.ts';
import { tallyByDimension } from '../../src/domain/tally.ts';
import { LEVELS, LEVEL_LABEL } from '../../src/domain/levels.ts';

export interface ContentState {
  /** Each borough with its latest assessment: London's current state. */
  boroughs: readonly Borough[];
  /** Every assessment of every round. */
  assessments: readonly AssessmentRecord[];
  rounds: readonly Round[];
  /** Problems as printed by the checker, without positions (positions move when lines are added). */
  problems: readonly string[];
}

export interface ChangeSummary {
  added: Borough[];
  removed: Borough[];
  /** New assessments: "Borough C · Borough self-assessment 2026–27". */
  assessed: string[];
  /** For each new assessment, each dimension that moved since the borough's previous round. */
  moved: string[];
  /** Ratings changed in a round that is history (neither the latest round nor open), each named. */
  history: string[];
  ratings: string[];
  evidence: string[];
  counts: string[];
  newProblems: string[];
}

export function summariseChanges(base: ContentState, head: ContentState, grid: Grid): ChangeSummary {
  const dims = grid.strands.flatMap((s) => s.dimensions);
  const bySlug = (list: readonly Borough[]) => new Map(list.map((b) => [b.slug, b]));
  const before = bySlug(base.boroughs);
  const after = bySlug(head.boroughs);
  const summary: ChangeSummary = { added: [], removed: [], assessed: [], moved: [], history: [], ratings: [], evidence: [], counts: [], newProblems: [] };
  for (const [slug, b] of after) if (!before.has(slug)) summary.added.push(b);
  for (const [slug, b] of before) if (!after.has(slug)) summary.removed.push(b);
  // The latest round and any open round are current; every earlier round is history, so an edit there is flagged.
  const rounds = head.rounds.length ? head.rounds : base.rounds;
  const current = new Set(rounds.filter((r, i) => r.open || i === rounds.length - 1).map((r) => r.id));
  const order = (id: string) => rounds.findIndex((r) => r.id === id);
  const title = (id: string) => rounds.find((r) => r.id === id)?.title ?? id;
  const name = (slug: string) => after.get(slug)?.name ?? before.get(slug)?.name ?? slug;
  const key = (a: AssessmentRecord) => `${a.round}/${a.borough}`;
  const was = new Map(base.assessments.map((a) => [key(a), a]));
  for (const now of head.assessments) {
    const old = was.get(key(now));
    if (!old) {
      summary.assessed.push(`${name(now.borough)} · ${title(now.round)}`);
      const previous = historyOf(now.borough, rounds, head.assessments).filter((a) => order(a.round) < order(now.round)).at(-1);
      for (const d of previous ? dims : []) {
        const [a, b] = [previous!.ratings[d.id]?.level, now.ratings[d.id]?.level];
        if (a !== b && b) summary.moved.push(`${name(now.borough)} · ${d.title}: ${MOVEMENT_WORDS[movement(a, b)]}, ${a ? LEVEL_LABEL[a] : '(none)'} → ${LEVEL_LABEL[b]} (since ${title(previous!.round)})`);
      }
      continue;
    }
    for (const d of dims) {
      const [r0, r1] = [old.ratings[d.id], now.ratings[d.id]];
      const where = `${name(now.borough)} · ${title(now.round)} · ${d.title}`;
      if (r0?.level !== r1?.level) (current.has(now.round) ? summary.ratings : summary.history).push(`${where}: ${r0?.level ?? '(none)'} → ${r1?.level ?? '(none)'}`);
      if ((r0?.evidence ?? '') !== (r1?.evidence ?? '')) summary.evidence.push(where);
    }
  }
  const kept = new Set(head.assessments.map(key));
  for (const old of base.assessments) if (!kept.has(key(old)) && !current.has(old.round)) summary.history.push(`${name(old.borough)} · ${title(old.round)}: the whole assessment was removed`);
  const ids = dims.map((d) => d.id);
  // London is the reference round only: a self-assessment added in another round never shifts London's counts.
  const reference = referenceRound(head.rounds) ?? referenceRound(base.rounds);
  const tally = (state: ContentState) => (reference ? tallyRound(reference.id, state.assessments, ids) : tallyByDimension(state.boroughs, ids));
  const [t0, t1] = [tally(base), tally(head)];
  for (const d of dims) {
    for (const level of LEVELS) {
      const [a, b] = [t0[d.id]![level], t1[d.id]![level]];
      if (a !== b) summary.counts.push(`${d.title}, ${LEVEL_LABEL[level]}: ${a} → ${b}`);
    }
  }
  const known = new Set(base.problems);
  summary.newProblems = head.problems.filter((p) => !known.has(p));
  return summary;
}

export function changesMarkdown(s: ChangeSummary, headProblems: readonly string[]): string {
  const out: string[] = ['## What this change does to London', ''];
  const section = (title: string, items: readonly string[]) => {
    if (items.length) out.push(`### ${title}`, '', ...items.map((i) => `- ${i}`), '');
  };
  section('Boroughs added', s.added.map((b) => `${b.name} (${b.slug})`));
  section('Boroughs removed', s.removed.map((b) => `${b.name} (${b.slug})`));
  if (s.history.length) out.push('### Changes to history', '', '**These edit the ratings of a round that is already history.** Check that each one corrects an error in the record.', '', ...s.history.map((i) => `- ${i}`), '');
  section('Assessments added', s.assessed);
  section('What moved in the new assessments', s.moved);
  section('Ratings changed', s.ratings);
  section('Evidence edited', s.evidence);
  section('London counts', s.counts);
  if (!s.added.length && !s.removed.length && !s.assessed.length && !s.history.length && !s.ratings.length && !s.evidence.length) out.push('No borough ratings or evidence changed.', '');
  section('New check errors', s.newProblems.map((p) => '`' + p.replace(/`/g, "'") + '`'));
  out.push(headProblems.length ? `✗ The content check reports ${headProblems.length} problem${headProblems.length === 1 ? '' : 's'}; the site will not build until they are fixed.` : '✓ The content check passes.');
  return out.join('\n') + '\n';
}
