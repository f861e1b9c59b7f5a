// What a borough lead sees: every borough and dimension page, the right levels, and counts that add up.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { readProfiles } from '../support/profiles.ts';
import { allRoutes, readPage, spokenText, visibleText } from '../support/site.ts';

const LABEL_TO_LEVEL: Record<string, string> = { Low: 'low', Medium: 'medium', High: 'high', 'Not mentioned': 'not-mentioned' };
const published = parse(readFileSync('data/published/extent-2013.yaml', 'utf8'));
const grid = parse(readFileSync('data/grid.yaml', 'utf8'));
const dimensionIds: string[] = grid.strands.flatMap((s: { dimensions: { id: string }[] }) => s.dimensions.map((d) => d.id));

const profiles = readProfiles();

/** The level a rubric page shows for a dimension, read from the words on the page. */
function shownLevel(route: string, dimensionId: string): string {
  const $ = readPage(route);
  const block = $(`section#${dimensionId}`);
  const text = spokenText(block.find('p').first());
  const label = /: (Low|Medium|High|Not mentioned)$/.exec(text)?.[1];
  if (!label) throw new Error(`no level shown for ${dimensionId} on ${route}: "${text}"`);
  return LABEL_TO_LEVEL[label]!;
}

describe('borough and dimension pages', () => {
  test('one rubric page per borough and one page per dimension are built', () => {
    const routes = allRoutes();
    expect(routes.filter((r) => /^\/boroughs\/[^/]+\/$/.test(r))).toHaveLength(18);
    expect(routes.filter((r) => /^\/dimensions\/[^/]+\/$/.test(r))).toHaveLength(27);
  });

  test('counting the levels shown on the built borough pages gives the published table', () => {
    const counted: Record<string, Record<string, number>> = {};
    for (const p of profiles) {
      for (const id of dimensionIds) {
        const level = shownLevel(`/boroughs/${p.slug}/`, id);
        counted[id] ??= { low: 0, medium: 0, high: 0, 'not-mentioned': 0 };
        counted[id]![level]!++;
      }
    }
    for (const id of dimensionIds) {
      const { tallies: _, ...row } = published.counts[id];
      expect(counted[id], id).toEqual(row);
    }
  });

  test('a rubric page marks the borough’s level with words and a shape, and shows London’s spread', () => {
    const c = profiles.find((p) => p.slug === 'borough-c')!;
    const level = c.ratings['data-sharing']!.level;
    expect(shownLevel('/boroughs/borough-c/', 'data-sharing')).toBe(level);
    const $ = readPage('/boroughs/borough-c/');
    const block = $('section#data-sharing');
    if (level !== 'not-mentioned') {
      const marked = block.find('li.is-rated');
      expect(marked).toHaveLength(1);
      expect(visibleText(marked)).toMatch(/^✓ \w+: Borough C is here/);
      const descriptor = grid.strands[1].dimensions[1].descriptors[level];
      expect(visibleText(marked)).toContain(descriptor);
    }
    const n = published.counts['data-sharing'][level];
    expect(visibleText(block.find('.distribution'))).toContain(`${n} of 18 boroughs`);
  });

  test('every page showing sample boroughs says they are anonymised reconstructions', () => {
    for (const route of ['/boroughs/', '/boroughs/borough-a/', '/boroughs/borough-r/', '/dimensions/rpa/']) {
      expect(visibleText(readPage(route)('.sample-notice')), route).toMatch(/anonymised reconstructions/);
    }
  });

  test('a rubric page is complete without JavaScript: no scripts, narrative and pager present', () => {
    const $ = readPage('/boroughs/borough-c/');
    expect($('script')).toHaveLength(0);
    expect($('section.dimension-block')).toHaveLength(27);
    expect(visibleText($('.narrative'))).toMatch(/one of eighteen anonymised sample profiles/);
    expect($('a[rel=prev]').attr('href')).toMatch(/\/boroughs\/borough-b\/$/);
    expect($('a[rel=next]').attr('href')).toMatch(/\/boroughs\/borough-d\/$/);
    expect($('a:contains("Edit this page")').attr('href')).toMatch(/\/edit\/main\/content\/boroughs\/borough-c\.mdx$/);
  });

  test('a YAML-only profile still gets a complete page', () => {
    const $ = readPage('/boroughs/borough-b/');
    expect($('section.dimension-block')).toHaveLength(27);
    expect($('.narrative')).toHaveLength(0);
    expect($('figure.chart svg title').length).toBeGreaterThan(0);
  });

  test('a dimension page lists the boroughs at each level, linked to their rubric', () => {
    const $ = readPage('/dimensions/data-sharing/');
    for (const [label, level] of Object.entries(LABEL_TO_LEVEL)) {
      const expected = profiles.filter((p) => p.ratings['data-sharing']!.level === level).map((p) => p.name).sort();
      const heading = $('h3').filter((_, el) => spokenText($(el)).startsWith(label));
      const names = heading.parent().find('li a').map((_, a) => $(a).text()).get().sort();
      expect(names, label).toEqual(expected);
    }
    expect(visibleText($('figure.chart desc'))).toBe('Low: 0; Medium: 10; High: 3; Not mentioned: 5');
  });
});
