// What a borough lead sees: every borough and dimension page, the right levels, and counts that add up.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { readProfiles } from '../support/profiles.ts';
import { allRoutes, COPY_HELPER_SCRIPT, readPage, readText, spokenText, visibleText } from '../support/site.ts';

const LABEL_TO_LEVEL: Record<string, string> = { Low: 'low', Medium: 'medium', High: 'high', 'Not mentioned': 'not-mentioned' };
const published = parse(readFileSync('data/published/extent-2013.yaml', 'utf8'));
const grid = parse(readFileSync('data/grid.yaml', 'utf8'));
const dimensionIds: string[] = grid.strands.flatMap((s: { dimensions: { id: string }[] }) => s.dimensions.map((d) => d.id));

const profiles = readProfiles();

/** The level a rubric page shows for a dimension, read from the words on the page. */
function shownLevel(route: string, dimensionId: string): string {
  const $ = readPage(route);
  const block = $(`section#${dimensionId}`);
  const text = spokenText(block.find('p.reached .reached-level'));
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

  test('a rubric page marks the borough’s level with words and a shape, folds away the other descriptors, and shows London’s spread', () => {
    const c = profiles.find((p) => p.slug === 'borough-c')!;
    const $ = readPage('/boroughs/borough-c/');
    for (const id of ['data-sharing', 'partnership-history']) {
      const level = c.ratings[id]!.level;
      expect(shownLevel('/boroughs/borough-c/', id)).toBe(level);
      const block = $(`section#${id}`);
      const dimension = grid.strands.flatMap((st: { dimensions: { id: string }[] }) => st.dimensions).find((d: { id: string }) => d.id === id);
      // The descriptor reached is in the open, with a lettered swatch; the other two are in <details>.
      expect(block.find('p.reached .swatch').text()).toMatch(/^[LMH–]$/);
      const folded = block.find('details.other-descriptors');
      expect(folded).toHaveLength(1);
      expect(folded.attr('open')).toBeUndefined();
      const others = ['low', 'medium', 'high'].filter((l) => l !== level);
      for (const l of others) expect(visibleText(folded)).toContain(dimension.descriptors[l]);
      if (level !== 'not-mentioned') {
        expect(visibleText(block.find('p.reached'))).toContain(dimension.descriptors[level]);
        expect(visibleText(folded)).not.toContain(dimension.descriptors[level]);
      }
      const counts = published.counts[id];
      const spread = visibleText(block.find('.distribution'));
      for (const [label, l] of Object.entries(LABEL_TO_LEVEL)) if (counts[l] > 0) expect(spread).toContain(`${label} ${counts[l]}`);
      expect(spread).toMatch(/median (Low|Medium|High|between \w+ and \w+)\./);
      const others_ = counts[level] - 1;
      expect(spread).toContain(others_ > 0 ? `Borough C is ${level === 'not-mentioned' ? 'one of' : 'at'} ${block.find('.level').text().replace(/^[LMH–]/, '')} with ${others_} other` : 'alone');
      // The inline figure: a segment per level with a count, the borough's own marked.
      const segments = block.find('.spread-seg');
      expect(segments.map((_, el) => Number($(el).contents().first().text())).get().reduce((a: number, b: number) => a + b, 0)).toBe(18);
      expect(block.find('.spread-seg.is-mine').contents().first().text()).toBe(String(counts[level]));
    }
  });

  test('the headline states breadth and depth in one sentence, the place in London, and where the borough is above and below the median', () => {
    const weight: Record<string, number> = { low: 1, medium: 2, high: 3, 'not-mentioned': 0 };
    const depth = (p: (typeof profiles)[number]) => Object.values(p.ratings).reduce((n, r) => n + weight[r.level]!, 0);
    for (const p of profiles) {
      const $ = readPage(`/boroughs/${p.slug}/`);
      const sentence = visibleText($('.headline-sentence'));
      const breadth = Object.values(p.ratings).filter((r) => r.level === 'medium' || r.level === 'high').length;
      const rank = 1 + profiles.filter((o) => depth(o) > depth(p)).length;
      expect(sentence, p.slug).toContain(`${p.name} reaches Medium or High on ${breadth} of 27 dimensions, with a depth score of ${depth(p)} out of 81`);
      expect(sentence, p.slug).toMatch(new RegExp(`: (joint )?${rank}(st|nd|rd|th) of 18 boroughs in London`));
      expect(visibleText($('.relative')), p.slug).toMatch(/Above the London median \(\d+\):.*Below the London median \(\d+\):/);
      // One chart, both strands on the same 16-column scale: a square per dimension.
      expect($('.strand-chart .sc-units').map((_, el) => $(el).find('.sc-unit').length).get()).toEqual([11, 16]);
      // The depth score is explained where it appears, as the site's own summary.
      expect(visibleText($('.scores-explained'))).toMatch(/this site's own summaries, not the research's/);
      expect($('.scores-explained a').attr('href')).toMatch(/\/glossary\/#term-depth-score$/);
    }
  });

  test('the glossary explains the breadth and depth scores as the site’s own', () => {
    const $ = readPage('/glossary/');
    expect(visibleText($('#term-depth-score'))).toMatch(/High 3, Medium 2, Low 1 and Not mentioned 0.*the 2013 research published no such score/);
    expect(visibleText($('#term-breadth-score'))).toMatch(/Medium or High.*the 2013 research published no such score/);
  });

  test('every page showing sample boroughs says they are anonymised reconstructions, the profile once and at the top', () => {
    for (const route of ['/boroughs/', '/dimensions/rpa/', '/compare/', '/compare/borough-c/']) {
      expect(visibleText(readPage(route)('.sample-notice')), route).toMatch(/anonymised reconstructions/);
    }
    for (const p of profiles) {
      const $ = readPage(`/boroughs/${p.slug}/`);
      expect($('.sample-notice'), p.slug).toHaveLength(1);
      expect(visibleText($('.sample-notice'))).toMatch(new RegExp(`${p.name} is not a real borough.*anonymised reconstructions`));
      expect($('main h1').next().is('.sample-notice')).toBe(true);
      // No per-dimension boilerplate: nothing said 27 times.
      expect(visibleText($('main')), p.slug).not.toMatch(/Illustrative only/);
      expect($('.evidence'), p.slug).toHaveLength(0);
    }
  });

  test('dates are written as people write them', () => {
    expect(visibleText(readPage('/boroughs/borough-c/')('.assessment'))).toMatch(/^Rated December 2012\./);
    expect(readText('/boroughs/borough-c/')).not.toContain('2012-12');
  });

  test('all 18 borough pages have the same shape: headline, contents, two strands, a narrative section, a comparison link', () => {
    const shape = (slug: string) => {
      const $ = readPage(`/boroughs/${slug}/`);
      return [
        $('main h2').not('.prose h2').map((_, h) => $(h).attr('id')).get().join(' '),
        $('section.dimension-block').length,
        $('.contents a').map((_, a) => $(a).attr('href')).get().join(' '),
        $(`a[href$="/compare/${slug}/"]`).length,
      ];
    };
    const first = shape('borough-a');
    expect(first).toEqual(['contents-h strand-organisation strand-activity narrative', 27, '#strand-organisation #strand-activity #narrative', 1]);
    for (const p of profiles) expect(shape(p.slug), p.slug).toEqual(first);
  });

  test('a rubric page is complete without JavaScript: no script but the copy helper, narrative and pager present', () => {
    const $ = readPage('/boroughs/borough-c/');
    expect($('script').map((_, el) => $(el).attr('src')).get()).toEqual([expect.stringMatching(COPY_HELPER_SCRIPT)]);
    expect($('section.dimension-block')).toHaveLength(27);
    expect(visibleText($('.narrative'))).toMatch(/one of eighteen anonymised sample profiles/);
    expect($('a[rel=prev]').attr('href')).toMatch(/\/boroughs\/borough-b\/$/);
    expect($('a[rel=next]').attr('href')).toMatch(/\/boroughs\/borough-d\/$/);
    expect($('a:contains("Edit this page")').attr('href')).toMatch(/\/edit\/main\/content\/boroughs\/borough-c\.md$/);
  });

  test('a YAML-only profile gets the same page, its narrative section saying there is none', () => {
    const $ = readPage('/boroughs/borough-b/');
    expect($('section.dimension-block')).toHaveLength(27);
    expect(visibleText($('.narrative p'))).toBe("Borough B's profile has no narrative: the ratings above are the whole profile.");
    expect($('.strand-chart figcaption').text()).toMatch(/one square per dimension, both strands to the same scale/);
  });

  test('the PDF footer names the borough and the page, from a same-origin stylesheet', () => {
    const $ = readPage('/boroughs/borough-c/');
    const href = $('link[rel=stylesheet][media=print]').attr('href')!;
    expect(href).toMatch(/\/boroughs\/borough-c\/print\.css$/);
    expect(readText('/boroughs/borough-c/print.css')).toContain('content: "Borough C · page " counter(page) " of " counter(pages)');
  });

  test('a dimension page lists the boroughs at each level, linked to their rubric', () => {
    const $ = readPage('/dimensions/data-sharing/');
    for (const [label, level] of Object.entries(LABEL_TO_LEVEL)) {
      const expected = profiles.filter((p) => p.ratings['data-sharing']!.level === level).map((p) => p.name).sort();
      const heading = $('h3').filter((_, el) => spokenText($(el)).startsWith(label));
      const names = heading.parent().find('li a').map((_, a) => $(a).text()).get().sort();
      expect(names, label).toEqual(expected);
    }
    const bars = $('figure.chart .bars li').map((_, li) => `${$(li).find('.bar-label').text()}: ${$(li).find('.bar-value').text()}`).get();
    expect(bars.join('; ')).toBe('Low: 0; Medium: 10; High: 3; Not mentioned: 5');
  });
});
