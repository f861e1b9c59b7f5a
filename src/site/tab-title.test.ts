import { expect, test } from 'vitest';
import { cutTabTitle, siteTabTitle } from './tab-title.ts';

test('a site page is "Page – Site" while that fits 70 characters as written, entities counted', () => {
  expect(siteTabTitle('Grid', 'Partnership Atlas')).toBe('Grid – Partnership Atlas');
  expect(siteTabTitle('Partnership Atlas', 'Partnership Atlas')).toBe('Partnership Atlas');
  const long = 'Partnerships & plans'.padEnd(50, 'x');
  expect(siteTabTitle(long, 'Partnership Atlas')).toBe(long);
});

test('an embed title is cut at a word with … until it fits', () => {
  const cut = cutTabTitle('Working collaboratively beyond borough boundaries: boroughs at each level, in the research');
  expect(cut).toBe('Working collaboratively beyond borough boundaries: boroughs at each…');
  expect(cutTabTitle('Short & sweet')).toBe('Short & sweet');
});
