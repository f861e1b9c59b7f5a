// The home figure's view model: bars that add up to the round, and a reading that names every tied dimension with figures they all share.
import { describe, expect, test } from 'vitest';
import { londonAtAGlance, openRoundStatus } from '../../src/features/home/london-glance.ts';

const dim = (id: string, number: number) => ({ id, number, title: id.toUpperCase(), short: id });
const strands = [
  { id: 'organisation', title: 'Partnership organisation', dimensions: [dim('a', 1), dim('b', 2)] },
  { id: 'activity', title: 'Partnership activity', dimensions: [dim('c', 1), dim('d', 2)] },
];
const c = (high: number, medium: number, low: number, nm: number) => ({ high, medium, low, 'not-mentioned': nm });

describe('londonAtAGlance', () => {
  test('lays each row out High, Medium, Low, Not mentioned, as shares of the round', () => {
    const g = londonAtAGlance(strands, { a: c(1, 2, 1, 0), b: c(0, 0, 4, 0), c: c(2, 2, 0, 0), d: c(0, 1, 1, 2) }, 4, 'In the study');
    expect(g.strands[0]!.rows[0]!.segments).toEqual([
      { level: 'high', count: 1, x: 0, width: 25 },
      { level: 'medium', count: 2, x: 25, width: 50 },
      { level: 'low', count: 1, x: 75, width: 25 },
      { level: 'not-mentioned', count: 0, x: 100, width: 0 },
    ]);
    expect(g.reading).toBe('In the study, London was strongest on C, with all 4 of its boroughs at Medium or High (2 at High), and weakest on B, with 0 at Medium or High (all 4 at Low).');
  });

  test('names every dimension tied on all the figures it gives', () => {
    const g = londonAtAGlance(strands, { a: c(2, 1, 0, 0), b: c(2, 1, 0, 0), c: c(0, 1, 0, 2), d: c(0, 1, 0, 2) }, 3, 'In 2013');
    expect(g.strongest.map((r) => r.id)).toEqual(['a', 'b']);
    expect(g.weakest.map((r) => r.id)).toEqual(['c', 'd']);
    expect(g.reading).toBe('In 2013, London was strongest on A and B, each with all 3 of its boroughs at Medium or High (2 at High), and weakest on C and D, each with 1 at Medium or High and 2 not mentioned.');
  });

  test('refuses counts that do not add up to the round', () => {
    expect(() => londonAtAGlance(strands, { a: c(1, 1, 1, 0), b: c(0, 0, 4, 0), c: c(2, 2, 0, 0), d: c(0, 1, 1, 2) }, 4, 'x')).toThrow(/a: counts add up to 3, not the round's 4/);
  });
});

describe('openRoundStatus', () => {
  test("counts only the open self-assessment round's assessments", () => {
    const rounds = [{ id: 'r1', kind: 'research' }, { id: 's1', kind: 'self-assessment', open: true }];
    expect(openRoundStatus(rounds, [{ round: 'r1' }, { round: 's1' }, { round: 'r1' }])).toEqual({ round: rounds[1], assessed: 1 });
    expect(openRoundStatus([rounds[0]!], [])).toBeUndefined();
  });
});
