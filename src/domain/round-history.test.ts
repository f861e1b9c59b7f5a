// Movement between rounds and each borough's latest assessment: the rules behind every change the site shows.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent, formatProblem } from '../content/checker/index.ts';
import { contentWithFixture } from '../../tests/support/fixture-site.ts';
import { latestBoroughs, movement, movementBetween, type AssessmentRecord } from './round-history.ts';
import type { Round } from '../content/schemas/round.ts';
import { changesMarkdown, summariseChanges } from '../../scripts/lib/change-summary.ts';

const round = (id: string, from: string): Round => ({ id, title: id, period: { from, to: from }, kind: 'self-assessment', measured: 'x' });
const rounds = [round('r1', '2013-01'), round('r2', '2020-01'), round('r3', '2025-01')];
const a = (r: string, borough: string, levels: Record<string, AssessmentRecord['ratings'][string]['level']>): AssessmentRecord => ({
  round: r, borough, date: '2020', source: 's', ratings: Object.fromEntries(Object.entries(levels).map(([d, level]) => [d, { level }])),
});

describe('movement', () => {
  test('up and down follow Low < Medium < High; Not mentioned is neither', () => {
    expect(movement('low', 'high')).toBe('up');
    expect(movement('high', 'medium')).toBe('down');
    expect(movement('medium', 'medium')).toBe('same');
    expect(movement('not-mentioned', 'not-mentioned')).toBe('same');
    expect(movement(undefined, 'low')).toBe('new');
    expect(movement('not-mentioned', 'low')).toBe('new');
    expect(movement('high', 'not-mentioned')).toBe('unrated');
  });

  test('between two rounds, only boroughs in both are counted', () => {
    const list = [a('r1', 'x', { d: 'low' }), a('r2', 'x', { d: 'high' }), a('r1', 'y', { d: 'high' }), a('r2', 'y', { d: 'high' }), a('r2', 'z', { d: 'low' })];
    expect(movementBetween('r1', 'r2', list, ['d'], (slug) => slug.toUpperCase())).toEqual({
      boroughs: 2,
      counts: { d: { up: 1, down: 0, same: 1, new: 0, unrated: 0 } },
      moved: [{ slug: 'x', name: 'X', up: 1, down: 0, changed: 1 }, { slug: 'y', name: 'Y', up: 0, down: 0, changed: 0 }],
    });
  });

  test('two rounds with no borough in common have no movement, not a movement of zeros', () => {
    const list = [a('r1', 'x', { d: 'low' }), a('r2', 'z', { d: 'high' })];
    expect(movementBetween('r1', 'r2', list, ['d'])).toMatchObject({ boroughs: 0, moved: [] });
  });
});

describe('latest assessment', () => {
  test('is the one in the latest round the borough took part in, in rounds.yaml order', () => {
    const list = [a('r3', 'x', { d: 'high' }), a('r1', 'x', { d: 'low' }), a('r1', 'y', { d: 'medium' })];
    const latest = latestBoroughs([{ name: 'X', slug: 'x', anonymised: false }, { name: 'Y', slug: 'y', anonymised: false }], list, rounds);
    expect(latest.map((b) => [b.slug, b.assessment.round, b.ratings.d!.level])).toEqual([['x', 'r3', 'high'], ['y', 'r1', 'medium']]);
  });
});

describe('the change summary', () => {
  const grid = { strands: [{ id: 'organisation', title: 'Organisation', dimensions: [{ id: 'd', number: 1, title: 'Data', short: 'Data', descriptors: { low: 'l', medium: 'm', high: 'h' } }] }] } as never;
  const state = (assessments: AssessmentRecord[]) => ({ boroughs: latestBoroughs([{ name: 'X', slug: 'x', anonymised: false }], assessments, rounds), assessments, rounds, problems: [] });

  test('names what moved in a new assessment, and flags an edit to an earlier round as history', () => {
    const base = [a('r1', 'x', { d: 'low' }), a('r2', 'x', { d: 'medium' })];
    const added = summariseChanges(state(base), state([...base, a('r3', 'x', { d: 'high' })]), grid);
    expect(added.assessed).toEqual(['X · r3']);
    expect(added.moved).toEqual(['X · Data: moved up, Medium → High (since r2)']);
    expect(added.history).toEqual([]);
    const edited = summariseChanges(state(base), state([a('r1', 'x', { d: 'high' }), base[1]!]), grid);
    expect(edited.history).toEqual(['X · r1 · Data: low → high']);
    expect(changesMarkdown(edited, [])).toContain('### Changes to history');
  });

  test("London's counts are the reference round's: a first self-assessment in another round shifts none of them", () => {
    const withReference = rounds.map((r, i) => (i === 0 ? { ...r, reference: true as const } : r));
    const at = (assessments: AssessmentRecord[]) => ({ ...state(assessments), rounds: withReference });
    const base = [a('r1', 'x', { d: 'low' })];
    const head = [...base, a('r3', 'newham', { d: 'high' })];
    expect(summariseChanges(at(base), at(head), grid).counts).toEqual([]);
    expect(summariseChanges(at(base), at([a('r1', 'x', { d: 'medium' })]), grid).counts).toEqual(['Data, Low: 1 → 0', 'Data, Medium: 0 → 1']);
  });
});

describe('the round that stands for London', () => {
  const check = (edit: (yaml: string) => string) => {
    const root = contentWithFixture('none');
    try {
      const path = join(root, 'data/rounds.yaml');
      writeFileSync(path, edit(readFileSync(path, 'utf8')));
      return checkContent(root).problems.map(formatProblem).filter((p) => p.startsWith('data/rounds.yaml'));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  };

  test('is declared on exactly one round, which must have assessments, said as file:line:col field message', () => {
    const none = check((y) => y.replace('  reference: true\n', ''));
    expect(none).toHaveLength(1);
    expect(none[0]).toMatch(/^data\/rounds\.yaml:\d+:3 {2}\[0\] {2}no round says "reference: true"; exactly one round must stand for London, the round whose boroughs every figure counts and every other round is compared with; put it on one round with assessments: ioe-2012-13$/);
    const [twice, empty] = [
      check((y) => y.replace('  open: true\n', '  open: true\n  reference: true\n')),
      check((y) => y.replace('  reference: true\n', '').replace('  open: true\n', '  open: true\n  reference: true\n')),
    ];
    expect(twice).toHaveLength(1);
    expect(twice[0]).toMatch(/^data\/rounds\.yaml:\d+:3 {2}\[1\]\.reference {2}round 1 \(ioe-2012-13\) is already the reference round; only one round can stand for London, so remove "reference: true" here$/);
    expect(empty).toHaveLength(1);
    expect(empty[0]).toMatch(/^data\/rounds\.yaml:\d+:3 {2}\[1\]\.reference {2}the reference round "self-assessment-2026-27" has no assessments in content\/assessments\/self-assessment-2026-27\/; the round that stands for London must have boroughs; put it on one round with assessments: ioe-2012-13$/);
  });
});
