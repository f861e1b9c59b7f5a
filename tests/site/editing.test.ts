// The "Editing this site" page shows officers the checker's real messages.
import { expect, test } from 'vitest';
import { formatProblem } from '../../src/checker/index.ts';
import { checkContent } from '../../src/checker/index.ts';
import { contentWithFixture } from '../support/fixture-site.ts';
import { readPage } from '../support/site.ts';

test('the guide page shows an error message exactly as the checker prints it', () => {
  const $ = readPage('/editing/');
  expect($('h1').text()).toBe('Editing this site');
  const shown = $('pre').map((_, el) => $(el).text().trim()).get();
  const real = checkContent(contentWithFixture('bad-level')).problems.map(formatProblem).join('\n');
  expect(shown).toContain(real);
});
