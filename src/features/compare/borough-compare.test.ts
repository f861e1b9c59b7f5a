// The rules behind a borough's headline and its comparisons: ranks, London medians, strengths, words and dates.
import { describe, expect, test } from 'vitest';
import { breadthScore, depthRank, depthScore, londonMedians, londonOf, medianLabel, ordinal, standing, strengths } from '../../domain/scores.ts';
import { gapWords, londonSummaryWords, medianGap, nearest, parseWith, summaryWords } from './compare-words.ts';
import { writtenDate } from '../../domain/format.ts';
import { LEVEL_LABEL, type Level } from '../../domain/levels.ts';

const b = (...levels: Level[]) => ({ ratings: Object.fromEntries(levels.map((level, i) => [`d${i}`, { level }])) });
const dims = [{ id: 'd0', title: 'Zero' }, { id: 'd1', title: 'One' }, { id: 'd2', title: 'Two' }];

describe('borough scores', () => {
  test('breadth counts Medium and High; depth weighs High 3, Medium 2, Low 1, Not mentioned 0', () => {
    expect(breadthScore(b('high', 'medium', 'low', 'not-mentioned'))).toBe(2);
    expect(depthScore(b('high', 'medium', 'low', 'not-mentioned'))).toBe(6);
  });

  test('rank counts those above, and says how many share the score', () => {
    expect(depthRank(40, [50, 40, 40, 10])).toEqual({ rank: 2, tied: 2, of: 4 });
    expect(depthRank(50, [50, 40])).toEqual({ rank: 1, tied: 1, of: 2 });
    expect([1, 2, 3, 4, 11, 12, 13, 18, 21, 22].map(ordinal)).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '18th', '21st', '22nd']);
  });

  test('London’s median leaves out boroughs whose evidence did not mention the dimension, and may fall between two levels', () => {
    const all = [b('low', 'high'), b('medium', 'high'), b('not-mentioned', 'low'), b('not-mentioned', 'not-mentioned')];
    const m = londonMedians(all, ['d0', 'd1']);
    expect(m).toEqual({ d0: 1.5, d1: 3 });
    expect(medianLabel(m.d0, LEVEL_LABEL)).toBe('between Low and Medium');
    expect(medianLabel(m.d1, LEVEL_LABEL)).toBe('High');
    expect(medianLabel(undefined, LEVEL_LABEL)).toBe('none (no borough rated)');
  });

  test('strengths and weaknesses are measured against the median, biggest gap first, never counting Not mentioned', () => {
    const s = strengths(b('high', 'low', 'not-mentioned').ratings, { d0: 1, d1: 2, d2: 2 }, dims);
    expect(s.above.map((g) => [g.dimension.id, g.gap])).toEqual([['d0', 2]]);
    expect(s.below.map((g) => [g.dimension.id, g.gap])).toEqual([['d1', -1]]);
  });

  test('standing puts it together over all boroughs', () => {
    const all = [b('high', 'high', 'high'), b('low', 'low', 'low'), b('medium', 'medium', 'medium')];
    const s = standing(all[2]!.ratings, londonOf(all, dims.map((d) => d.id)), [{ id: 'organisation', title: 'X', dimensions: dims }]);
    expect(s).toMatchObject({ breadth: 3, depth: 6, maxDepth: 9, dimensionCount: 3, rank: { rank: 2, tied: 1, of: 3 }, medianDepth: 6 });
    expect(s.above).toEqual([]);
    expect(s.below).toEqual([]);
  });
});

describe('comparison words', () => {
  test('a difference is said in levels, and Not mentioned is never compared', () => {
    expect(gapWords('low', 'high')).toBe('two levels higher');
    expect(gapWords('medium', 'low')).toBe('one level lower');
    expect(gapWords('medium', 'medium')).toBe('the same');
    expect(gapWords('not-mentioned', 'high')).toBe('');
    expect(gapWords('high', 'not-mentioned')).toBe('');
    expect([medianGap('high', 2), medianGap('medium', 2), medianGap('low', 1.5), medianGap('not-mentioned', 2), medianGap('low', undefined)]).toEqual(['above', 'at', 'below', undefined, undefined]);
  });

  test('summaries count what can be compared and say what cannot', () => {
    expect(summaryWords('C', 'A', [{ mine: 'low', theirs: 'high' }, { mine: 'low', theirs: 'low' }, { mine: 'not-mentioned', theirs: 'low' }])).toBe(
      'A is higher than C on 1, the same on 1 and lower on 0 of the 3 dimensions; 1 cannot be compared because one or the other was not mentioned.',
    );
    expect(londonSummaryWords('C', ['above', 'below', 'below', undefined])).toBe('C is above the London median on 1, at it on 0 and below it on 2 of the 4 dimensions; on 1 its evidence did not mention the dimension.');
  });

  test('the default company is the nearest by score; ?with= keeps at most three known, other boroughs', () => {
    const all = [{ slug: 'a', score: 10 }, { slug: 'b', score: 30 }, { slug: 'c', score: 31 }, { slug: 'd', score: 20 }, { slug: 'e', score: 50 }];
    expect(nearest('c', all).map((x) => x.slug)).toEqual(['b', 'd', 'e']);
    expect(nearest('a', [{ slug: 'a', score: 5 }, { slug: 'b', score: 7 }, { slug: 'c', score: 3 }], 1).map((x) => x.slug)).toEqual(['b']); // a tie keeps list order
    expect(parseWith('b,c,x,b,d,e,a', ['a', 'b', 'c', 'd', 'e'], 'c')).toEqual(['b', 'd', 'e']);
    expect(parseWith('', ['a'], 'c')).toEqual([]);
  });
});

test('dates are written as people write them', () => {
  expect(writtenDate('2012-12')).toBe('December 2012');
  expect(writtenDate('2013-03-05')).toBe('5 March 2013');
  expect(writtenDate('2013')).toBe('2013');
});
