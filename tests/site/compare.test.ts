// /compare/ without JavaScript: a link per borough, each comparison complete in HTML, differences written in words.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { weighPage } from '../../scripts/lib/page-weight.ts';
import { readProfiles } from '../support/profiles.ts';
import { readPage, SITE_DIR, visibleText } from '../support/site.ts';

const profiles = readProfiles();
const weight: Record<string, number> = { low: 1, medium: 2, high: 3, 'not-mentioned': 0 };
const LABEL: Record<string, string> = { low: 'Low', medium: 'Medium', high: 'High', 'not-mentioned': 'Not mentioned' };

describe('compare without JavaScript', () => {
  test('/compare/ links to a comparison for every borough, and every borough page links to its own', () => {
    const $ = readPage('/compare/');
    const links = $('main a[href*="/compare/borough-"]').map((_, a) => $(a).attr('href')).get();
    expect(links).toEqual(profiles.map((p) => `/compare/${p.slug}/`).sort());
    for (const p of profiles) {
      const page = readPage(`/boroughs/${p.slug}/`);
      expect(visibleText(page(`a[href="/compare/${p.slug}/"]`))).toBe(`Compare ${p.name} with London and other boroughs`);
    }
  });

  test('a comparison shows the borough beside London and three others, each difference in words', () => {
    const $ = readPage('/compare/borough-c/');
    const c = profiles.find((p) => p.slug === 'borough-c')!;
    const shown = $('.compare-table thead th:not([hidden])').map((_, th) => visibleText($(th))).get();
    expect(shown.slice(0, 3)).toEqual(['Dimension', 'Borough C', 'London median']);
    expect(shown).toHaveLength(6);
    // The three shown are those nearest in depth score.
    const depth = (p: (typeof profiles)[number]) => Object.values(p.ratings).reduce((n, r) => n + weight[r.level]!, 0);
    const gaps = profiles.filter((p) => p !== c).map((p) => Math.abs(depth(p) - depth(c))).sort((a, b) => a - b);
    for (const name of shown.slice(3)) expect(Math.abs(depth(profiles.find((p) => p.name === name)!) - depth(c))).toBeLessThanOrEqual(gaps[2]!);
    expect(visibleText($('.compare-static-note'))).toContain(`nearest Borough C in depth score (${shown[3]}, ${shown[4]} and ${shown[5]})`);
    // Row by row: levels and the difference in words.
    const other = profiles.find((p) => p.name === shown[3])!;
    const rows = $('.compare-table tbody tr:not(.compare-strand)');
    expect(rows).toHaveLength(27);
    let differences = 0;
    rows.each((_, tr) => {
      const id = $(tr).find('th a').attr('href')!.split('#')[1]!;
      const mine = c.ratings[id]!.level;
      const theirs = other.ratings[id]!.level;
      expect(visibleText($(tr).find('td').first())).toBe(LABEL[mine]);
      const cell = visibleText($(tr).find(`td[data-col="${other.slug}"]`));
      if (mine === 'not-mentioned' || theirs === 'not-mentioned') return void expect(cell).toBe(LABEL[theirs]);
      const gap = weight[theirs]! - weight[mine]!;
      const words = gap === 0 ? 'the same' : `${Math.abs(gap) === 1 ? 'one level' : 'two levels'} ${gap > 0 ? 'higher' : 'lower'}`;
      expect(cell, id).toBe(`${LABEL[theirs]}, ${words}`);
      if (gap !== 0) differences++;
    });
    expect(differences).toBeGreaterThan(0);
    const summary = $('.compare-summary li').filter((_, li) => !('hidden' in li.attribs)).map((_, li) => visibleText($(li))).get();
    expect(summary[0]).toMatch(/^Borough C is above the London median on \d+, at it on \d+ and below it on \d+ of the 27 dimensions/);
    expect(summary.slice(1).map((s) => s.split(' is higher')[0])).toEqual(shown.slice(3));
  });
});

test('the compare element ships under 6 KB of JS, brotli; the pages it enhances are complete without it', () => {
  const w = weighPage(SITE_DIR, 'compare/borough-c/');
  expect(w.js.raw).toBeGreaterThan(0);
  expect(w.js.brotli).toBeLessThanOrEqual(6 * 1024);
  // /compare/ carries only what every page does (the copy-to-clipboard helper of "Cite this page"), not the compare element.
  expect(weighPage(SITE_DIR, 'compare/').js.raw).toBe(weighPage(SITE_DIR, 'glossary/').js.raw);
});

test('a compare page carries only its own columns, so pages do not grow with the number of boroughs; the others come from one file', () => {
  const $ = readPage('/compare/borough-c/');
  expect($('.compare-table thead th')).toHaveLength(6);
  expect($('.compare-options input')).toHaveLength(0);
  const levels = JSON.parse(readFileSync(`${SITE_DIR}/compare/levels.json`, 'utf8')) as { dimensions: string[]; boroughs: { slug: string; levels: string[] }[] };
  expect(levels.boroughs.map((b) => b.slug).sort()).toEqual(profiles.map((p) => p.slug).sort());
  for (const b of levels.boroughs) expect(b.levels).toEqual(levels.dimensions.map((id) => profiles.find((p) => p.slug === b.slug)!.ratings[id]!.level));
});

