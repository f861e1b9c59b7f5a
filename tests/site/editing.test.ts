// The "Editing this site" page shows officers the checker's real messages.
import { expect, test } from 'vitest';
import { formatProblem } from '../../src/content/checker/index.ts';
import { checkContent } from '../../src/content/checker/index.ts';
import { contentWithFixture } from '../support/fixture-site.ts';
import { readPage } from '../support/site.ts';

test('the guide page shows an error message exactly as the checker prints it', () => {
  const $ = readPage('/editing/');
  expect($('h1').text()).toBe('Editing this site');
  const shown = $('pre').map((_, el) => $(el).text().trim()).get();
  const real = checkContent(contentWithFixture('bad-level')).problems.map(formatProblem).join('\n');
  expect(shown).toContain(real);
});

test('the guide starts with the browser-only route (edit on GitHub) and keeps the command line for those with Node', () => {
  const $ = readPage('/editing/');
  const headings = $('main h2').map((_, h) => $(h).text().trim()).get();
  expect(headings[0]).toMatch(/browser.*GitHub/i);
  const commandLine = headings.findIndex((h) => /command line/i.test(h));
  expect(commandLine).toBeGreaterThan(0);
  // Nothing before the command-line section asks the reader to install or run anything.
  const intro = $('main h2').eq(commandLine).prevAll().map((_, el) => $(el).text()).get().join(' ');
  expect(intro).not.toMatch(/\bnpm\b|\bNode\b|install Node/);
  expect($('main').text()).toContain('npm run check');
});
