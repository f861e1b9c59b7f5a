// The action plan a meeting leaves with: per dimension a target one level up (not straight to High), actions with an
// owner's role and a date, as a Markdown checklist for a GitHub issue; and the meeting's state as a sealed link.
import { ANSWER_LABEL, seal, unseal, type Answer, type SaStrand } from './answers.ts';
import { ROLE_LABEL, ROLES, type Role } from './together-answers.ts';

export type Target = 'low' | 'medium' | 'high';
export interface Action {
  text: string;
  owner: Role | '';
  /** YYYY-MM-DD, or '' while not set. */
  due: string;
}
export interface PlanItem {
  id: string;
  target: Target;
  actions: Action[];
}

const ORDER: Answer[] = ['not-mentioned', 'low', 'medium', 'high'];

/** The next level up: where a plan aims by default. High has none. */
export function nextLevel(level: Answer | undefined): Target | undefined {
  const i = ORDER.indexOf(level ?? 'not-mentioned');
  return (ORDER[i + 1] as Target | undefined) ?? undefined;
}

/** The gaps: every dimension whose target is above its agreed level, in grid order. */
export function gaps(strands: readonly SaStrand[], agreed: Record<string, Answer>, targets: Record<string, Target | ''>) {
  return strands
    .flatMap((s) => s.dimensions)
    .flatMap((d) => {
      const target = d.id in targets ? targets[d.id] : nextLevel(agreed[d.id]);
      return target && ORDER.indexOf(target) > ORDER.indexOf(agreed[d.id] ?? 'not-mentioned') ? [{ dimension: d, from: agreed[d.id] ?? 'not-mentioned', target }] : [];
    });
}

/** The plan as a Markdown checklist to paste into a GitHub issue: one heading per gap, one box per action. */
export function planMarkdown(title: string, strands: readonly SaStrand[], agreed: Record<string, Answer>, targets: Record<string, Target | ''>, actions: Record<string, Action[]>): string {
  const out = [`## ${title}`, ''];
  for (const g of gaps(strands, agreed, targets)) {
    const d = g.dimension;
    out.push(`### ${d.number}. ${d.title}: ${ANSWER_LABEL[g.from]} → ${ANSWER_LABEL[g.target]}`, '', `Goal: ${d.descriptors[g.target]}`, '');
    const list = (actions[d.id] ?? []).filter((a) => a.text.trim());
    if (!list.length) out.push('- [ ] Agree the actions for this dimension');
    for (const a of list) out.push(`- [ ] ${a.text.trim()}${a.owner ? ` (owner: ${ROLE_LABEL[a.owner]})` : ''}${a.due ? ` by ${a.due}` : ''}`);
    out.push('');
  }
  return out.join('\n');
}

/** What a meeting has agreed, as it travels in a link: no partner's individual answers, only counts of 3 or more. */
export interface Meeting {
  round: string;
  borough: { name: string; slug: string; isNew: boolean };
  respondents: number;
  spread: Record<string, Partial<Record<Answer, number>>>;
  agreed: Record<string, Answer>;
  evidence: Record<string, string>;
  targets: Record<string, Target | ''>;
  actions: Record<string, Action[]>;
}

export function encodeMeeting(version: string, m: Meeting): string {
  const safe = m.respondents >= 3 ? m : { ...m, spread: {} };
  return seal(new URLSearchParams({ meeting: m.round, grid: version, m: JSON.stringify(safe) }));
}

export const isMeetingFragment = (hash: string) => /^#?meeting=/.test(hash);

/** A meeting link back, or why not (cut, another grid, or not a meeting's link). */
export function decodeMeeting(fragment: string, version: string): { ok: true; value: Meeting } | { ok: false; error: string } {
  const p = unseal(fragment);
  if (!p) return { ok: false, error: 'This meeting link is incomplete or has been changed since it was made, so it was probably cut short when it was copied. Nothing has been loaded.' };
  if (p.get('grid') !== version) return { ok: false, error: 'This meeting link was made against another version of the grid. Nothing has been loaded.' };
  try {
    const m = JSON.parse(p.get('m') ?? '') as Meeting;
    for (const list of Object.values(m.actions ?? {})) for (const a of list) if (a.owner && !ROLES.includes(a.owner)) a.owner = '';
    return { ok: true, value: m };
  } catch {
    return { ok: false, error: 'This link is not a meeting’s agreed assessment. Nothing has been loaded.' };
  }
}
