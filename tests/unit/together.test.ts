// Assessing together: partners' answers travel sealed and are refused by name when they do not belong; spreads,
// the disagreement rule and the order of discussion; the agreed file and its checked spread; the action plan.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { decodeMeeting, encodeMeeting, gaps, nextLevel, planMarkdown, type Meeting } from '../../src/features/self-assessment/action-plan.ts';
import { assessmentFile, gridVersion, type Answer, type Answers, type SaStrand } from '../../src/features/self-assessment/answers.ts';
import { agreedSentence, decodeInvite, decodeResponse, disagreement, discussionOrder, encodeInvite, encodeResponse, mostCommon, publishableSpread, spreads, spreadWords, type Group, type Response, type Role } from '../../src/features/self-assessment/together-answers.ts';
import { assessmentSchema } from '../../src/content/schemas/assessment.ts';
import { gridSchema } from '../../src/content/schemas/grid.ts';

const grid = gridSchema.parse(parse(readFileSync('data/grid.yaml', 'utf8')));
const strands: SaStrand[] = grid.strands;
const all = strands.flatMap((s) => s.dimensions);
const version = gridVersion(strands);
const group: Group = { round: 'self-assessment-2026-27', borough: { name: 'Thamesmead Vale', slug: 'thamesmead-vale', isNew: true }, reply: 'link' };

const answering = (levels: Record<string, Answer>, fill: Answer = 'medium'): Answers => ({ levels: Object.fromEntries(all.map((d) => [d.id, levels[d.id] ?? fill])), evidence: {} });
function response(role: Role, levels: Record<string, Answer>, fill?: Answer): Response {
  const text = encodeResponse(version, strands, { round: group.round, borough: group.borough.slug, role, answers: answering(levels, fill) });
  const r = decodeResponse(`https://atlas.example/self-assessment/together/#${text}`, 'x', version, strands, group);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

describe('invitation and answers as links', () => {
  test('an invitation carries the group, and a partner’s answers come back whole with their role', () => {
    const invite = decodeInvite(encodeInvite(version, group), version);
    expect(invite).toEqual({ ok: true, value: group });
    const r = response('school', { structure: 'high' });
    expect(r.role).toBe('school');
    expect(r.answers.levels.structure).toBe('high');
    expect(r.who).toBeUndefined();
  });

  test('each wrong input is refused with a message naming it', () => {
    const good = encodeResponse(version, strands, { round: group.round, borough: group.borough.slug, role: 'college', answers: answering({}) });
    const other = encodeResponse(version, strands, { round: group.round, borough: 'riverside', role: 'college', answers: answering({}) });
    const oldGrid = encodeResponse('0badc0de', strands, { round: group.round, borough: group.borough.slug, role: 'college', answers: answering({}) });
    const read = (text: string, label: string) => decodeResponse(text, label, version, strands, group);
    expect(read(good, 'A')).toMatchObject({ ok: true });
    expect(read(other, '“riverside.txt”')).toEqual({ ok: false, error: '“riverside.txt” is another borough’s answers (riverside), not Thamesmead Vale’s.' });
    expect(read(oldGrid, 'Pasted link 2')).toEqual({ ok: false, error: expect.stringMatching(/^Pasted link 2 was answered against another version of the grid/) });
    expect(read(good.slice(0, good.length / 2), 'Pasted link 3')).toEqual({ ok: false, error: expect.stringMatching(/^Pasted link 3 is incomplete/) });
    expect(read('date: 2026-01-01\nratings:\n', '“notes.yaml”')).toEqual({ ok: false, error: expect.stringMatching(/^“notes.yaml” is not a partner’s answers/) });
  });
});

describe('spreads, disagreement and order', () => {
  // 5 partners: on structure two levels apart; on leadership no majority; on ceiag all agree on Low.
  const responses = [
    response('school', { structure: 'high', leadership: 'low', ceiag: 'low' }),
    response('school', { structure: 'high', leadership: 'medium', ceiag: 'low' }),
    response('college', { structure: 'low', leadership: 'high', ceiag: 'low' }),
    response('employer', { structure: 'high', leadership: 'not-mentioned', ceiag: 'low' }),
    response('employer', { structure: 'medium', leadership: 'low', ceiag: 'low' }),
  ];
  const list = spreads(strands, responses);
  const of = (id: string) => list.find((s) => s.id === id)!;

  test('counts each answer overall and by role', () => {
    expect(of('structure').counts).toEqual({ low: 1, medium: 1, high: 3, 'not-mentioned': 0 });
    expect(of('structure').byRole).toEqual([
      { role: 'school', counts: { low: 0, medium: 0, high: 2, 'not-mentioned': 0 } },
      { role: 'college', counts: { low: 1, medium: 0, high: 0, 'not-mentioned': 0 } },
      { role: 'employer', counts: { low: 0, medium: 1, high: 1, 'not-mentioned': 0 } },
    ]);
    expect(spreadWords(of('structure').counts)).toBe('3 High, 1 Medium, 1 Low');
  });

  test('the rule: two levels apart, or no answer given by more than half', () => {
    expect(disagreement(of('structure').counts)).toMatchObject({ disagree: true, apart: 2, reason: 'answers two levels apart' });
    expect(disagreement(of('leadership').counts)).toMatchObject({ disagree: true, reason: 'answers two levels apart and no answer given by more than half' });
    expect(disagreement({ low: 0, medium: 2, high: 2, 'not-mentioned': 0 })).toMatchObject({ disagree: true, apart: 1, reason: 'no answer given by more than half' });
    expect(disagreement(of('ceiag').counts).disagree).toBe(false);
  });

  test('disagreements first, widest first; then furthest below the reference round’s median', () => {
    const medians = Object.fromEntries(all.map((d) => [d.id, 2])) as Record<string, number | null>;
    medians.ceiag = 3;
    const order = discussionOrder(strands, list, medians).map((s) => s.id);
    expect(order.slice(0, 3)).toEqual(['leadership', 'structure', 'ceiag']);
  });

  test('the meeting starts from the most common answer; a tie goes to the lower level', () => {
    expect(mostCommon(of('structure').counts)).toBe('high');
    expect(mostCommon({ low: 2, medium: 0, high: 2, 'not-mentioned': 1 })).toBe('low');
  });

  test('no spread from fewer than 3 partners', () => {
    expect(publishableSpread(2, spreads(strands, responses.slice(0, 2)))).toBeUndefined();
    expect(publishableSpread(5, list)?.spread.structure).toEqual({ low: 1, medium: 1, high: 3, 'not-mentioned': 0 });
  });

  test('the agreed file records respondents and spreads, passes the schema, and the borough page’s words follow', () => {
    const ids = all.map((d) => d.id);
    const levels = Object.fromEntries(list.map((s) => [s.id, mostCommon(s.counts)!]));
    const text = assessmentFile({ round: group.round, roundTitle: 'Borough self-assessment 2026–27', borough: group.borough, date: '2026-12-06', responses: publishableSpread(5, list) }, strands, { levels, evidence: {} });
    const data = parse(text);
    expect(data.respondents).toBe(5);
    expect(data.ratings.structure).toEqual({ level: 'high', spread: { high: 3, medium: 1, low: 1 } });
    expect(assessmentSchema(ids).safeParse(data).success).toBe(true);
    expect(agreedSentence('high', data.ratings.structure.spread)).toBe('Agreed High; 5 partners answered: 3 High, 1 Medium, 1 Low.');
    const small = parse(assessmentFile({ round: group.round, roundTitle: 'r', borough: group.borough, date: '2026-12-06', responses: publishableSpread(2, spreads(strands, responses.slice(0, 2))) }, strands, { levels, evidence: {} }));
    expect(small.respondents).toBeUndefined();
    expect(JSON.stringify(small)).not.toContain('spread');
  });

  test('the schema refuses a spread from 2 partners, one that does not add up, and a spread without respondents', () => {
    const ids = all.map((d) => d.id);
    const base = { date: '2026-12-06', source: 'x', ratings: Object.fromEntries(ids.map((id) => [id, { level: 'low', spread: { low: 2 } }])) };
    const two = assessmentSchema(ids).safeParse({ ...base, respondents: 2 });
    expect(!two.success && two.error.issues[0]!.message).toMatch(/must be at least 3/);
    const wrong = assessmentSchema(ids).safeParse({ ...base, respondents: 3 });
    expect(!wrong.success && wrong.error.issues[0]).toMatchObject({ path: ['ratings', ids[0], 'spread'], message: expect.stringContaining('counts 2 answers, but respondents is 3') });
    const none = assessmentSchema(ids).safeParse(base);
    expect(!none.success && none.error.issues[0]!.message).toMatch(/a spread needs "respondents:"/);
  });
});

describe('the action plan', () => {
  const agreed = Object.fromEntries(all.map((d, i) => [d.id, i < 5 ? (['not-mentioned', 'low', 'medium', 'low', 'medium'] as Answer[])[i]! : 'high'])) as Record<string, Answer>;
  test('targets default to the next level up, never straight to High', () => {
    expect(nextLevel('not-mentioned')).toBe('low');
    expect(nextLevel('low')).toBe('medium');
    expect(nextLevel('high')).toBeUndefined();
    expect(gaps(strands, agreed, {}).map((g) => [g.dimension.id, g.target])).toEqual(all.slice(0, 5).map((d, i) => [d.id, ['low', 'medium', 'high', 'medium', 'high'][i]]));
    expect(gaps(strands, agreed, { [all[0]!.id]: '' })).toHaveLength(4);
  });

  test('the Markdown checklist holds each action with its owner and date', () => {
    const actions = { [all[1]!.id]: [{ text: 'Agree terms of reference', owner: 'local-authority' as const, due: '2027-03-31' }] };
    const md = planMarkdown('Action plan: Thamesmead Vale', strands, agreed, {}, actions);
    expect(md).toContain(`### ${all[1]!.number}. ${all[1]!.title}: Low → Medium\n\nGoal: ${all[1]!.descriptors.medium}\n\n- [ ] Agree terms of reference (owner: Local authority) by 2027-03-31`);
    expect(md.match(/^### /gm)).toHaveLength(5);
  });

  test('the meeting travels as a sealed link, with no spread from fewer than 3', () => {
    const m: Meeting = { round: group.round, borough: group.borough, respondents: 2, spread: { structure: { high: 2 } }, agreed, evidence: {}, targets: {}, actions: {} };
    const back = decodeMeeting(encodeMeeting(version, m), version);
    expect(back.ok && back.value.spread).toEqual({});
    expect(decodeMeeting(encodeMeeting(version, m).slice(0, 40), version).ok).toBe(false);
  });
});
