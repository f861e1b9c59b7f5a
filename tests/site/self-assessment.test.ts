// /self-assessment/ as built: every question a fieldset with the descriptors word for word, the grid version stamped,
// and its script loaded on this page only, within 12 KB compressed.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { weighPage } from '../../scripts/lib/page-weight.ts';
import { gridVersion } from '../../src/features/self-assessment/answers.ts';
import { gridSchema } from '../../src/content/schemas/grid.ts';
import { allRoutes, readPage, SITE_DIR } from '../support/site.ts';

const grid = gridSchema.parse(parse(readFileSync('data/grid.yaml', 'utf8')));
const dims = grid.strands.flatMap((s) => s.dimensions);

test('27 questions in two strands, each a fieldset whose legend names it, with Low, Medium, High word for word and “Not covered”', () => {
  const $ = readPage('/self-assessment/');
  expect($('.sa-strand').map((_, s) => $(s).attr('data-title')).get()).toEqual(grid.strands.map((s) => s.title));
  const fieldsets = $('fieldset.sa-q');
  expect(fieldsets).toHaveLength(27);
  fieldsets.each((i, f) => {
    const d = dims[i]!;
    expect($(f).children('legend').text()).toBe(`${d.number}. ${d.title}`);
    const labels = $(f).find('input[type=radio]').map((_, r) => $(`label[for="${$(r).attr('id')}"]`).text().replace(/\s+/g, ' ')).get();
    expect(labels).toEqual([`Low: ${d.descriptors.low}`, `Medium: ${d.descriptors.medium}`, `High: ${d.descriptors.high}`, 'Not covered / don’t know']);
    expect($(f).find('input[type=radio]').map((_, r) => $(r).attr('name')).get()).toEqual([d.id, d.id, d.id, d.id]);
    expect($(`label[for="${$(f).find('textarea').attr('id')}"]`).text()).toBe(`Evidence for ${d.title} (optional)`);
  });
});

test('the page is stamped with the version of the grid it was built from', () => {
  expect(readPage('/self-assessment/')('self-assessment').attr('data-version')).toBe(gridVersion(grid.strands));
});

test('its script is an external module within 12 KB brotli, loaded on no other page', () => {
  const w = weighPage(SITE_DIR, 'self-assessment/');
  expect(w.js.raw).toBeGreaterThan(0);
  expect(w.js.brotli).toBeLessThanOrEqual(12 * 1024);
  const src = readPage('/self-assessment/')('script[type=module][src]').attr('src')!;
  expect(src).toMatch(/SelfAssessment/);
  const elsewhere = allRoutes().filter((r) => r !== '/self-assessment/' && readFileSync(`${SITE_DIR}${r}index.html`, 'utf8').includes(src));
  expect(elsewhere).toEqual([]);
});

test('the worksheet’s tally sets each strand beside the average London borough, from the published counts', () => {
  const $ = readPage('/self-assessment/');
  const published = parse(readFileSync('data/published/extent-2013.yaml', 'utf8'));
  const tables = $('.sa-tally table');
  expect(tables).toHaveLength(2);
  grid.strands.forEach((strand, i) => {
    const sum = (f: (c: Record<string, number>) => number) => (strand.dimensions.reduce((n, d) => n + f(published.counts[d.id]), 0) / published.boroughs).toFixed(1);
    const rows = tables.eq(i).find('tbody tr').map((_, tr) => [[$(tr).find('th').text(), $(tr).find('td').eq(0).text(), $(tr).find('td').eq(1).text()]]).get();
    expect(rows).toEqual([
      ['High', '', sum((c) => c.high!)],
      ['Medium', '', sum((c) => c.medium!)],
      ['Low', '', sum((c) => c.low!)],
      ['Not covered / not mentioned', '', sum((c) => c['not-mentioned']!)],
      ['Breadth', '', `${sum((c) => c.low! + c.medium! + c.high!)} of ${strand.dimensions.length}`],
      ['Depth', '', `${sum((c) => c.low! + 2 * c.medium! + 3 * c.high!)} of ${strand.dimensions.length * 3}`],
    ]);
  });
});
