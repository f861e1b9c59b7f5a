// Assessing together: each partner's answers as a sealed link, the spread of their answers per dimension, where they
// disagree (one stated rule), what to discuss first, and the meeting's agreed levels. Pure and value-light, so the
// together page's script and the tests run the same code; nothing here is sent anywhere.
import { ANSWERS, ANSWER_LABEL, fingerprint, INCOMPLETE_LINK, seal, unseal, type Answer, type Answers, type SaStrand } from './answers.ts';
import { EVIDENCE_MAX_LENGTH } from '../../domain/evidence-limit.ts';
import { LEVEL_WEIGHT } from '../../domain/levels.ts';

/** The roles a partner names, from the short list; no individual is named unless they choose to be. */
export const ROLES = ['local-authority', 'school', 'college', 'training-provider', 'employer', 'youth-service', 'other'] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_LABEL: Record<Role, string> = {
  'local-authority': 'Local authority',
  school: 'School',
  college: 'College',
  'training-provider': 'Training provider',
  employer: 'Employer',
  'youth-service': 'Youth service',
  other: 'Other',
};

/** Fewer partners than this and a spread is never published: one partner's answer could be read off it. */
export const MIN_PUBLISHED_RESPONDENTS = 3;

const CODE: Record<Answer, string> = { low: 'l', medium: 'm', high: 'h', 'not-mentioned': 'n' };
const BY_CODE = Object.fromEntries(ANSWERS.map((a) => [CODE[a], a])) as Record<string, Answer>;
const dims = (strands: readonly SaStrand[]) => strands.flatMap((s) => s.dimensions);

/** The group a lead starts: which borough's assessment, for which round, and how partners send answers back. */
export interface Group {
  round: string;
  borough: { name: string; slug: string; isNew: boolean };
  reply: 'link' | 'file';
}

/** The invitation link's fragment: the self-assessment page opens in respondent mode for this group. */
export function encodeInvite(version: string, group: Group): string {
  return seal(new URLSearchParams({ invite: group.round, grid: version, borough: group.borough.slug, name: group.borough.name, new: group.borough.isNew ? '1' : '0', reply: group.reply }));
}

export const isInviteFragment = (hash: string) => /^#?invite=/.test(hash);

export function decodeInvite(fragment: string, version: string): { ok: true; value: Group } | { ok: false; error: string } {
  const p = unseal(fragment);
  if (!p) return { ok: false, error: INCOMPLETE_LINK.replace('This link', 'This invitation') };
  if (p.get('grid') !== version) return { ok: false, error: 'This invitation was made against another version of the grid, so its questions may not match these. Ask the person who invited you for a new invitation.' };
  const name = p.get('name') ?? '';
  const slug = p.get('borough') ?? '';
  return { ok: true, value: { round: p.get('invite')!, borough: { name, slug, isNew: p.get('new') === '1' }, reply: p.get('reply') === 'file' ? 'file' : 'link' } };
}

/** One partner's answers as they travel back to the lead. */
export interface Response {
  round: string;
  borough: string;
  role: Role;
  /** Only if the partner chose to give it. */
  who?: string | undefined;
  answers: Answers;
  /** The link's own check: the same answers loaded twice are one response. */
  id: string;
  /** A random mark made once per partner, so two partners who answer alike are still two. */
  nonce?: string | undefined;
}

/** A partner's answers as a fragment for /self-assessment/together/ (the file holds the same text). */
export function encodeResponse(version: string, strands: readonly SaStrand[], r: Omit<Response, 'id'>): string {
  const p = new URLSearchParams({ response: r.round, grid: version, borough: r.borough, role: r.role, answers: dims(strands).map((d) => (r.answers.levels[d.id] ? CODE[r.answers.levels[d.id]!] : '-')).join('') });
  if (r.who?.trim()) p.set('who', r.who.trim());
  if (r.nonce) p.set('n', r.nonce);
  for (const d of dims(strands)) if (r.answers.evidence[d.id]?.trim()) p.set(`evidence.${d.id}`, r.answers.evidence[d.id]!.trim().slice(0, EVIDENCE_MAX_LENGTH));
  return seal(p);
}

/**
 * Reads one pasted link or file, refusing with a message that names it (`label`): not a respondent's answers, cut or
 * edited, another grid version, another round, or another borough's.
 */
export function decodeResponse(text: string, label: string, version: string, strands: readonly SaStrand[], group: Pick<Group, 'round' | 'borough'>): { ok: true; value: Response } | { ok: false; error: string } {
  const fragment = text.trim().replace(/^[^#]*#/, '');
  if (!/(^|&)response=/.test(fragment)) return { ok: false, error: `${label} is not a partner’s answers: it should be a link or file made by “Send your answers” on the self-assessment page.` };
  const p = unseal(fragment);
  if (!p) return { ok: false, error: `${label} is incomplete or has been changed since it was made (its check does not match), so it was probably cut short when it was copied. Ask for it again.` };
  if (p.get('grid') !== version) return { ok: false, error: `${label} was answered against another version of the grid (version ${p.get('grid') || 'missing'}; this page uses ${version}), so its answers may not match these questions.` };
  if (p.get('response') !== group.round) return { ok: false, error: `${label} answers for another round (${p.get('response')}), not this meeting’s (${group.round}).` };
  if (p.get('borough') !== group.borough.slug) return { ok: false, error: `${label} is another borough’s answers (${p.get('borough')}), not ${group.borough.name}’s.` };
  const role = p.get('role') as Role;
  if (!ROLES.includes(role)) return { ok: false, error: `${label} does not name a role from the list.` };
  const codes = p.get('answers') ?? '';
  const all = dims(strands);
  if (codes.length !== all.length || [...codes].some((c) => c !== '-' && !BY_CODE[c])) return { ok: false, error: `${label} does not hold one answer for each of the ${all.length} questions.` };
  const answers: Answers = { levels: {}, evidence: {} };
  all.forEach((d, i) => {
    if (BY_CODE[codes[i]!]) answers.levels[d.id] = BY_CODE[codes[i]!]!;
    const e = p.get(`evidence.${d.id}`);
    if (e) answers.evidence[d.id] = e.slice(0, EVIDENCE_MAX_LENGTH);
  });
  return { ok: true, value: { round: group.round, borough: group.borough.slug, role, who: p.get('who') ?? undefined, answers, id: fingerprint(fragment) } };
}

export type Counts = Record<Answer, number>;
const zero = (): Counts => ({ low: 0, medium: 0, high: 0, 'not-mentioned': 0 });

export interface Spread {
  id: string;
  counts: Counts;
  answered: number;
  byRole: { role: Role; counts: Counts }[];
}

/** How many partners gave each answer on each dimension, overall and by role (roles in the list's order). */
export function spreads(strands: readonly SaStrand[], responses: readonly Response[]): Spread[] {
  return dims(strands).map((d) => {
    const counts = zero();
    const roles = new Map<Role, Counts>();
    for (const r of responses) {
      const a = r.answers.levels[d.id];
      if (!a) continue;
      counts[a]++;
      if (!roles.has(r.role)) roles.set(r.role, zero());
      roles.get(r.role)![a]++;
    }
    return { id: d.id, counts, answered: ANSWERS.reduce((n, a) => n + counts[a], 0), byRole: ROLES.filter((x) => roles.has(x)).map((role) => ({ role, counts: roles.get(role)! })) };
  });
}

/** "3 High, 2 Medium": the answers given, most first (ties High first), none left out. */
export function spreadWords(c: Counts): string {
  const order: Answer[] = ['high', 'medium', 'low', 'not-mentioned'];
  const parts = order.filter((a) => c[a] > 0).sort((a, b) => c[b] - c[a]);
  return parts.map((a) => `${c[a]} ${a === 'not-mentioned' ? 'not covered' : ANSWER_LABEL[a]}`).join(', ') || 'no answers';
}

export const DISAGREEMENT_RULE = 'Partners disagree on a dimension when their answers are two levels apart (someone said Low and someone High), or when no answer was given by more than half of them.';

export interface Disagreement {
  disagree: boolean;
  /** 2 when Low and High were both given, 1 for neighbouring levels, 0 for one level. */
  apart: number;
  /** The share of partners behind the most common answer. */
  majority: number;
  reason: string;
}

/** The stated rule, applied to one dimension's spread. */
export function disagreement(c: Counts): Disagreement {
  const total = ANSWERS.reduce((n, a) => n + c[a], 0);
  const rated = (['low', 'medium', 'high'] as const).filter((a) => c[a] > 0).map((a) => LEVEL_WEIGHT[a]);
  const apart = rated.length ? Math.max(...rated) - Math.min(...rated) : 0;
  const top = Math.max(...ANSWERS.map((a) => c[a]));
  const majority = total ? top / total : 1;
  const noMajority = total > 1 && top * 2 <= total;
  const reasons = [apart >= 2 && 'answers two levels apart', noMajority && 'no answer given by more than half'].filter(Boolean);
  return { disagree: reasons.length > 0, apart, majority, reason: reasons.join(' and ') };
}

/** The most common answer, where the meeting starts; a tie goes to the lower level, so no one is talked up. */
export function mostCommon(c: Counts): Answer | undefined {
  const order: Answer[] = ['not-mentioned', 'low', 'medium', 'high'];
  let best: Answer | undefined;
  for (const a of order) if (c[a] > 0 && (!best || c[a] > c[best])) best = a;
  return best;
}

/** How far the partners' most common answer sits below the reference round's median (0 when level or above). */
export function belowReference(c: Counts, median: number | null | undefined): number {
  const common = mostCommon(c);
  if (median == null || !common) return 0;
  return Math.max(0, median - LEVEL_WEIGHT[common]);
}

/**
 * What to discuss first: dimensions where partners disagree, widest first (levels apart, then the weakest majority);
 * then the rest by how far they sit below the reference round's median; ties keep the grid's order.
 */
export function discussionOrder(strands: readonly SaStrand[], list: readonly Spread[], medians: Record<string, number | null>) {
  const number = new Map(dims(strands).map((d) => [d.id, d.number]));
  return list
    .map((s) => ({ ...s, ...disagreement(s.counts), below: belowReference(s.counts, medians[s.id]) }))
    .sort((a, b) => Number(b.disagree) - Number(a.disagree) || (a.disagree ? b.apart - a.apart || a.majority - b.majority : 0) || b.below - a.below || number.get(a.id)! - number.get(b.id)!);
}

/** The spreads a published file may carry: none from fewer than 3 partners, so no one answer can be read off. */
export function publishableSpread(respondents: number, list: readonly Spread[]) {
  if (respondents < MIN_PUBLISHED_RESPONDENTS) return undefined;
  return { respondents, spread: Object.fromEntries(list.map((s) => [s.id, s.counts])) };
}

/** "Agreed High; 5 partners answered: 3 High, 2 Medium", as the borough page says how a group reached a rating. */
export function agreedSentence(level: Answer, spread: { [A in Answer]?: number | undefined }): string {
  const c = zero();
  for (const a of ANSWERS) c[a] = spread[a] ?? 0;
  const n = ANSWERS.reduce((x, a) => x + c[a], 0);
  return `Agreed ${level === 'not-mentioned' ? 'not covered' : ANSWER_LABEL[level]}; ${n} partners answered: ${spreadWords(c)}.`;
}
