// The self-assessment's text formats: the profile file round-trips, share links carry the answers and refuse
// another grid or an edited level, and uploads that are not profiles are refused with a reason.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import {
  ANSWERS,
  assessmentFile,
  decodeShare,
  encodeShare,
  gridVersion,
  EVIDENCE_MAX_LENGTH,
  evidenceCount,
  INCOMPLETE_LINK,
  MAX_GITHUB_URL,
  resultSentence,
  seal,
  nameProblem,
  parseAssessmentFile,
  proposeUrl,
  unanswered,
  type Answers,
  type SaStrand,
} from './answers.ts';
import { gridSchema } from '../../content/schemas/grid.ts';
import { EVIDENCE_MAX_LENGTH as SCHEMA_EVIDENCE_MAX_LENGTH } from '../../content/schemas/assessment.ts';

const grid = gridSchema.parse(parse(readFileSync('data/grid.yaml', 'utf8')));
const strands: SaStrand[] = grid.strands;
const all = strands.flatMap((s) => s.dimensions);

/** Every question answered, cycling through the four answers, with evidence that needs quoting. */
function fullAnswers(): Answers {
  const answers: Answers = { levels: {}, evidence: {} };
  all.forEach((d, i) => (answers.levels[d.id] = ANSWERS[i % 4]!));
  answers.evidence['structure'] = 'Board minutes: "14-19 strategy group", 2026 # not a comment';
  answers.evidence['leadership'] = 'Two lines\nof evidence – with an en dash';
  return answers;
}

const opts = { round: 'self-assessment-2026-27', roundTitle: 'Borough self-assessment 2026–27', borough: { name: "King's Vale", slug: 'kings-vale', isNew: true }, date: '2026-11-29' };

describe('the assessment file', () => {
  test('names its path on the first line, quotes every descriptor, and reads as the answers given', () => {
    const answers = fullAnswers();
    const text = assessmentFile(opts, strands, answers);
    expect(text.split('\n')[0]).toBe('# Save as content/assessments/self-assessment-2026-27/kings-vale.yaml');
    for (const d of all) for (const l of ['low', 'medium', 'high'] as const) expect(text).toContain(`${d.descriptors[l]}\n`);
    const data = parse(text);
    expect(data.borough).toEqual({ name: "King's Vale", anonymised: false });
    expect(data.date).toBe('2026-11-29');
    expect(Object.keys(data.ratings)).toEqual(all.map((d) => d.id));
    for (const d of all) expect(data.ratings[d.id].level).toBe(answers.levels[d.id]);
    expect(data.ratings.structure.evidence).toBe(answers.evidence.structure);
    expect(data.ratings.leadership.evidence).toBe(answers.evidence.leadership);
    expect(data.ratings['partnership-history']).toEqual({ level: 'low' });
  });

  test('an existing borough states no identity: its file is ratings only', () => {
    const text = assessmentFile({ ...opts, borough: { ...opts.borough, isNew: false } }, strands, fullAnswers());
    expect(parse(text).borough).toBeUndefined();
  });

  test('the short form for a link has the same data without the descriptor comments', () => {
    const answers = fullAnswers();
    const short = assessmentFile({ ...opts, descriptors: false }, strands, answers);
    expect(parse(short)).toEqual(parse(assessmentFile(opts, strands, answers)));
    expect(short).not.toContain(all[0]!.descriptors.low);
  });

  test('reads back what it wrote, name and all', () => {
    const answers = fullAnswers();
    const loaded = parseAssessmentFile(assessmentFile(opts, strands, answers), strands);
    expect(loaded).toEqual({ ok: true, notes: [], value: { answers, name: "King's Vale", slug: 'kings-vale', round: 'self-assessment-2026-27' } });
  });

  test('reads a hand-written flow borough block and single-quoted or plain evidence', () => {
    const text = `borough: { name: 'Riverside', anonymised: false }\nratings:\n  structure:\n    level: high\n    evidence: 'It''s minuted'\n  leadership:\n    level: low # a comment\n    evidence: plain words\n`;
    const loaded = parseAssessmentFile(text, strands);
    expect(loaded.ok && loaded.value).toMatchObject({ name: 'Riverside', answers: { levels: { structure: 'high', leadership: 'low' }, evidence: { structure: "It's minuted", leadership: 'plain words' } } });
    expect(loaded.ok && loaded.notes).toEqual(['25 of the 27 questions were not in the file and are still to answer.']);
  });

  test('refuses a file that is not a profile, and one with an unknown level, saying where', () => {
    expect(parseAssessmentFile('%PDF-1.7 binary', strands)).toEqual({ ok: false, errors: [expect.stringContaining('This file is not a self-assessment profile')] });
    expect(parseAssessmentFile('name: Borough C\nslug: borough-c\nanonymised: true\n', strands).ok).toBe(false);
    const bad = assessmentFile(opts, strands, fullAnswers()).replace(/(  structure:\n    level: )\S+/, '$1excellent');
    const result = parseAssessmentFile(bad, strands);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([expect.stringMatching(/^line \d+: the level of Structure is “excellent”; it must be low, medium, high or not-mentioned$/)]);
  });
});

describe('the share link', () => {
  const version = gridVersion(strands);

  test('carries every answer and the evidence, stamped with the grid version', () => {
    const answers = fullAnswers();
    const fragment = encodeShare(version, strands, answers);
    expect(fragment).toMatch(new RegExp(`^grid=${version}&answers=[lmhn]{27}&`));
    expect(decodeShare('#' + fragment, version, strands)).toEqual({ ok: true, value: answers, notes: [] });
  });

  test('keeps unanswered questions unanswered', () => {
    const answers: Answers = { levels: { structure: 'high' }, evidence: {} };
    const decoded = decodeShare(encodeShare(version, strands, answers), version, strands);
    expect(decoded.ok && unanswered(strands, decoded.value)).toHaveLength(26);
  });

  test('the version changes when a descriptor changes, and a link from another version says so', () => {
    const edited = structuredClone(strands) as SaStrand[];
    (edited[0]!.dimensions[0]!.descriptors as { low: string }).low += ' (revised)';
    const other = gridVersion(edited);
    expect(other).not.toBe(version);
    const result = decodeShare(encodeShare(other, edited, fullAnswers()), version, strands);
    expect(result).toEqual({ ok: false, errors: [expect.stringContaining('This link was made against another version of the grid')] });
  });

  test('a hand-edited link with an unknown level (its check made again) is refused, naming the question', () => {
    const fragment = seal(new URLSearchParams(encodeShare(version, strands, fullAnswers()).replace(/answers=(\w)/, 'answers=x')));
    expect(decodeShare(fragment, version, strands)).toEqual({ ok: false, errors: [`Question 1 (${all[0]!.title}) has the answer “x” in the link, which is not a level: each answer must be l (Low), m (Medium), h (High), n (not covered) or - (not answered).`] });
  });

  test('a link with too few answers (its check made again) is refused', () => {
    const fragment = seal(new URLSearchParams(encodeShare(version, strands, { levels: {}, evidence: {} }).replace(/-{5}&/, '&')));
    const result = decodeShare(fragment, version, strands);
    expect(!result.ok && result.errors[0]).toContain('The link has 22 answers; this grid has 27 questions');
  });

  test('a link cut at any of 20 places spread over its whole length is refused as incomplete', () => {
    const answers = fullAnswers();
    for (const d of all.slice(0, 6)) answers.evidence[d.id] = `Minutes of the board, ${d.title}: “agreed” & reviewed – 2026 #${d.number}`;
    const link = `https://atlas.example/self-assessment/#${encodeShare(version, strands, answers)}`;
    const fragment = link.slice(link.indexOf('#'));
    const cuts = Array.from({ length: 20 }, (_, i) => Math.round(((i + 1) * (fragment.length - 1)) / 21));
    expect(new Set(cuts).size).toBe(20);
    for (const at of cuts) expect(decodeShare(fragment.slice(0, at), version, strands), `cut at ${at} of ${fragment.length}`).toEqual({ ok: false, errors: [INCOMPLETE_LINK] });
    expect(decodeShare(fragment.slice(0, -1), version, strands).ok).toBe(false);
    expect(decodeShare(fragment, version, strands).ok).toBe(true);
  });

  test('evidence over the limit is refused from a link, and the counter says how far over', () => {
    const answers = fullAnswers();
    answers.evidence.structure = 'x'.repeat(EVIDENCE_MAX_LENGTH + 20);
    const result = decodeShare(encodeShare(version, strands, answers), version, strands);
    expect(!result.ok && result.errors).toEqual([expect.stringContaining('is 20 characters too long: keep it within 1500 characters')]);
    expect(evidenceCount('x'.repeat(EVIDENCE_MAX_LENGTH + 20))).toBe('You have 20 characters too many');
    expect(evidenceCount('abc')).toBe('You have 1,497 characters remaining');
    expect(EVIDENCE_MAX_LENGTH).toBe(SCHEMA_EVIDENCE_MAX_LENGTH);
  });
});

describe('the result’s first sentence', () => {
  const reference = { label: 'the 2012–13 research round', depths: [10, 20, 30, 30, 40] };
  test('gives breadth and depth as the borough page does, and compares with the reference round without ranking', () => {
    const levels = Object.fromEntries(all.map((d, i) => [d.id, i < 10 ? 'medium' : 'not-mentioned'])) as Answers['levels'];
    expect(resultSentence(levels, 27, reference)).toBe(
      'These answers reach Medium or High on 10 of 27 dimensions, with a depth score of 20 out of 81: deeper than 1 of the 5 boroughs in the 2012–13 research round, level with 1, less deep than 3. This is a comparison, not a place among them: those boroughs were rated by researchers from evidence, and these answers are your partnership’s own view.',
    );
    expect(resultSentence(levels, 27, reference)).not.toMatch(/\d(st|nd|rd|th)\b|rank/);
  });
});

describe('the borough name', () => {
  const boroughs = [
    { name: 'Borough C', slug: 'borough-c', anonymised: true },
    { name: 'Riverside', slug: 'riverside', anonymised: false },
  ];
  test('a new name is accepted; a sample borough’s name never is; an existing borough is chosen from the list', () => {
    expect(nameProblem('Hackney', boroughs)).toBeNull();
    expect(nameProblem('borough c', boroughs)).toBe('“borough c” is the name of an anonymised sample borough; enter your borough’s real name');
    expect(nameProblem('Riverside', boroughs)).toBe('Riverside already has a profile: choose it from the list of existing boroughs');
    expect(nameProblem('  ', boroughs)).toBe('Enter the name of your borough');
  });
});

describe('Propose on GitHub', () => {
  test('fills in the path and content on the new-file page, or gives way to the download when too long', () => {
    const url = proposeUrl('https://github.com/london-ypes/partnership-atlas', 'main', 'content/assessments/r/x.yaml', 'a: "b & c"\n');
    expect(url).toBe('https://github.com/london-ypes/partnership-atlas/new/main?filename=content%2Fassessments%2Fr%2Fx.yaml&value=a%3A%20%22b%20%26%20c%22%0A');
    expect(proposeUrl('https://github.com/o/r', 'main', 'x.yaml', 'x'.repeat(MAX_GITHUB_URL))).toBeNull();
  });

  test('names the round’s folder inside filename, never in the URL’s path, so a folder not yet in the repository is created', () => {
    const url = new URL(proposeUrl('https://github.com/o/r', 'main', 'content/assessments/a-round-with-no-folder/x.yaml', 'a: b\n')!);
    expect(url.pathname).toBe('/o/r/new/main');
    expect(url.searchParams.get('filename')).toBe('content/assessments/a-round-with-no-folder/x.yaml');
  });
});
