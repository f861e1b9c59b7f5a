// The home page, as built: London at a glance counts exactly what tallies.csv counts for the reference round, its
// reading names the dimensions those counts make strongest and weakest, and every way in works without JavaScript.
import type { Round } from '../../src/content/schemas/round.ts';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { referenceRound } from '../../src/domain/assessment-identity.ts';
import { parseTable } from '../support/table-schema.ts';
import { COPY_HELPER_SCRIPT, pagePath, readPage, SITE_DIR, visibleText } from '../support/site.ts';

const rounds = parse(readFileSync('data/rounds.yaml', 'utf8'));
const published = parse(readFileSync('data/published/extent-2013.yaml', 'utf8'));
const grid = parse(readFileSync('data/grid.yaml', 'utf8'));
const reference = referenceRound(rounds as Round[])!;
const titleOf = new Map<string, string>(grid.strands.flatMap((s: { dimensions: { id: string; title: string }[] }) => s.dimensions.map((d) => [d.id, d.title])));
const tallies = parseTable(readFileSync(join(SITE_DIR, 'data/tallies.csv'), 'utf8')).rows.filter((r) => r.round === reference.id);
const count = (dimension: string, level: string) => Number(tallies.find((r) => r.dimension === dimension && r.level === level)!.counted);
const $ = readPage('/');
const figure = $('#london-at-a-glance');

describe('London at a glance', () => {
  test('counts the reference round, and says so', () => {
    expect(reference.id).toBe('ioe-2012-13');
    expect(figure.attr('data-round')).toBe(reference.id);
    const caption = visibleText(figure.find('figcaption'));
    expect(caption).toContain(reference.title);
    expect(caption).toContain('anonymised reconstructions');
    expect(caption).toContain(`Counted over the ${published.boroughs} boroughs`);
  });

  test("its counts equal tallies.csv's rows for the reference round, every dimension and level", () => {
    const shown = figure.find('tr[data-dimension]').map((_, tr) => {
      const row = $(tr);
      return row.find('td[data-level]').map((_, td) => ({ dimension: row.attr('data-dimension')!, level: $(td).attr('data-level')!, count: Number(visibleText($(td))) })).get();
    }).get();
    expect(tallies).toHaveLength(27 * 4);
    expect(shown).toHaveLength(tallies.length);
    expect(shown.map((s) => `${s.dimension} ${s.level} ${s.count}`).sort()).toEqual(tallies.map((r) => `${r.dimension} ${r.level} ${r.counted}`).sort());
    // …which are the published counts, since the sample reproduces them.
    expect(tallies.every((r) => r.published === r.counted)).toBe(true);
  });

  test('shows the 27 dimensions in their two strands', () => {
    const strands = figure.find('table[data-strand]').map((_, t) => ({ id: $(t).attr('data-strand'), rows: $(t).find('tbody tr').length })).get();
    expect(strands).toEqual([{ id: 'organisation', rows: 11 }, { id: 'activity', rows: 16 }]);
    expect(figure.find('thead th').map((_, th) => visibleText($(th))).get().slice(1, 5)).toEqual(['HHigh', 'MMedium', 'LLow', '–Not mentioned']);
  });

  test('its reading names the strongest and weakest dimensions, worked out here from tallies.csv', () => {
    const ids = [...new Set(tallies.map((r) => r.dimension!))];
    const reach = (id: string) => count(id, 'high') + count(id, 'medium');
    const most = Math.max(...ids.map(reach));
    const least = Math.min(...ids.map(reach));
    const strongest = ids.filter((id) => reach(id) === most);
    const weakest = ids.filter((id) => reach(id) === least);
    expect([strongest, weakest]).toEqual([['leadership'], ['progression-to-he']]);
    const reading = visibleText(figure.find('.glance-reading'));
    expect(reading).toBe(
      `In the research study 2012–13, London was strongest on ${titleOf.get('leadership')}, with all ${most} of its boroughs at Medium or High (${count('leadership', 'high')} at High), ` +
        `and weakest on ${titleOf.get('progression-to-he')}, with ${least} at Medium or High and ${count('progression-to-he', 'not-mentioned')} not mentioned.`,
    );
  });
});

describe('the ways in, without JavaScript', () => {
  test('the home page loads no script but the copy-to-clipboard helper: everything on it is a link, a details menu or a form', () => {
    // "Cite this" and "Use and share" offer a Copy button where the clipboard is available; the text boxes work without it.
    expect($('script').map((_, el) => $(el).attr('src')).get()).toEqual([expect.stringMatching(COPY_HELPER_SCRIPT)]);
    expect($('main button, main input').map((_, el) => $(el).closest('form').length).get().every((inForm) => inForm === 1)).toBe(true);
  });

  test("the borough menu is a list of links to every borough's page, each of which exists", () => {
    const links = $('details.borough-menu a').map((_, a) => $(a).attr('href')!).get();
    const built = readdirSync(join(SITE_DIR, 'boroughs'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `/boroughs/${d.name}/`);
    expect(links.sort()).toEqual(built.sort());
    for (const href of links) expect(existsSync(pagePath(href))).toBe(true);
  });

  test('the open self-assessment round says where it stands, counted apart from the research, and the start link works', () => {
    const open = rounds.find((r: { open?: boolean; kind: string }) => r.open && r.kind === 'self-assessment');
    const submitted = existsSync(join('content/assessments', open.id)) ? readdirSync(join('content/assessments', open.id)).length : 0;
    const status = visibleText($('.open-round'));
    expect(status).toContain(`${open.title} is open`);
    expect(submitted).toBe(0);
    expect(status).toContain('No borough has published its self-assessment in it yet.');
    expect(status).toContain('never with the research');
    const start = $('a.button-link');
    expect(visibleText(start)).toBe('Start a self-assessment');
    expect(existsSync(pagePath(start.attr('href')!))).toBe(true);
  });

  test('the research facts follow, each said once', () => {
    const about = visibleText($('.home-about'));
    expect(about).toContain(reference.measured.replace(/\s+/g, ' ').trim());
    const page = visibleText($('main'));
    // "18 boroughs" and "27 dimensions" are the figure's to say; the facts below do not repeat them as figures.
    expect($('.home-about .figures li').map((_, li) => visibleText($(li))).get().filter((t) => /dimensions on the grid|boroughs in the published table/.test(t))).toEqual([]);
    expect(page.match(/placed 18 London boroughs/g)).toHaveLength(1);
  });
});
