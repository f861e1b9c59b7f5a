// What a reader of /grid/ and /data/ gets, checked against the content files read independently, never the page's own code.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { siteSettings } from '../../scripts/lib/site-settings.ts';
import { readProfiles } from '../support/profiles.ts';
import { COPY_HELPER_SCRIPT, readPage, readText, spokenText, visibleText } from '../support/site.ts';

type Level = 'low' | 'medium' | 'high' | 'not-mentioned';
interface Profile { name: string; slug: string; anonymised: boolean; assessment: { round: string }; ratings: Record<string, { level: Level; evidence?: string }> }
interface Dim { id: string; number: number; title: string; short: string; strand: string; descriptors: { low: string; medium: string; high: string }; examples?: string[] }

const LABEL: Record<Level, string> = { low: 'Low', medium: 'Medium', high: 'High', 'not-mentioned': 'Not mentioned' };
const LEVELS: Level[] = ['low', 'medium', 'high', 'not-mentioned'];
const grid = parse(readFileSync('data/grid.yaml', 'utf8'));
const published = parse(readFileSync('data/published/extent-2013.yaml', 'utf8'));
const site = siteSettings();
const dims: Dim[] = grid.strands.flatMap((s: { id: string; dimensions: Dim[] }) => s.dimensions.map((d) => ({ ...d, strand: s.id })));
const profiles: Profile[] = (readProfiles() as unknown as Profile[])
  .sort((a, b) => a.name.localeCompare(b.name, 'en-GB', { numeric: true }));
const bySlug = new Map(profiles.map((p) => [p.slug, p]));
const firstNumber = (text: string) => Number(/^\d+/.exec(text)?.[0] ?? NaN);
const parseCsv = (route: string) => {
  const text = readText(route);
  expect(text.charCodeAt(0), `${route} starts with a BOM`).toBe(0xfeff);
  return Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
};
/** What a spreadsheet-safe CSV holds for a text value. */
const guarded = (v: string) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v);

describe('/grid/: the heatmap table', () => {
  const $ = readPage('/grid/');
  const table = $('table.heatmap-table');
  const rows = table.find('tbody tr');

  test('is one table with a caption, 18 borough rows and 27 level cells in each', () => {
    expect(table).toHaveLength(1);
    expect(visibleText(table.find('caption'))).toMatch(/18 boroughs by 27 dimensions/);
    expect(rows).toHaveLength(18);
    rows.each((_, tr) => {
      expect($(tr).find('td.cell')).toHaveLength(27);
      expect($(tr).find('th[scope="row"]')).toHaveLength(1);
    });
  });

  test('without JavaScript the rows are in name order and both strands are shown', () => {
    expect(rows.map((_, tr) => visibleText($(tr).find('th'))).get()).toEqual(profiles.map((p) => p.name));
    expect($('.heatmap-controls').attr('hidden')).toBeDefined();
    expect($('#hm-sort option[selected]').attr('value')).toBe('name');
    expect($('button[aria-pressed="true"]').attr('value')).toBe('both');
    expect($('#hm-borough').attr('aria-sort')).toBe('ascending');
  });

  test('column headers give number and short title, link to the dimension, and carry the full title', () => {
    const heads = table.find('thead th.col-head');
    expect(heads).toHaveLength(27);
    heads.each((i, th) => {
      const d = dims[i]!;
      const a = $(th).find('a');
      expect($(th).attr('scope')).toBe('col');
      expect(a.attr('href')).toBe(`/dimensions/${d.id}/`);
      expect(a.attr('title')).toContain(d.title);
      const seen = a.clone();
      seen.find('.visually-hidden').remove();
      expect(visibleText(seen)).toBe(`${d.number} ${d.short}`);
      expect(spokenText(a)).toContain(d.title);
      expect($(th).attr('data-strand')).toBe(d.strand);
    });
    const strands = table.find('thead th[scope="colgroup"]');
    expect(strands.map((_, th) => [[visibleText($(th)), $(th).attr('colspan')]]).get()).toEqual([['Partnership organisation', '11'], ['Partnership activity', '16']]);
  });

  test('row headers link to each borough’s profile', () => {
    rows.each((i, tr) => {
      const a = $(tr).find('th[scope="row"] a');
      expect(a.attr('href')).toBe(`/boroughs/${profiles[i]!.slug}/`);
      expect(a.text()).toBe(profiles[i]!.name);
    });
  });

  test('every cell shows its level as a letter and a colour, and is read as “Borough, Dimension: Level”', () => {
    const marks: Record<Level, string> = { low: 'L', medium: 'M', high: 'H', 'not-mentioned': '–' };
    rows.each((i, tr) => {
      const p = profiles[i]!;
      $(tr).find('td.cell').each((j, td) => {
        const level = p.ratings[dims[j]!.id]!.level;
        expect($(td).hasClass(`lv-${level}`), `${p.name} ${dims[j]!.id}`).toBe(true);
        expect($(td).find('[aria-hidden="true"]').text()).toBe(marks[level]);
        expect(spokenText($(td))).toBe(`${p.name}, ${dims[j]!.title}: ${LABEL[level]}`);
      });
    });
    expect(readPage('/grid/')('#hm-r-borough-c').parent().find('td.cell').eq(12).find('.visually-hidden').text()).toMatch(/^Borough C, Data sharing: (Low|Medium|High|Not mentioned)$/);
  });

  test('each cell’s headers name its borough, its strand and its dimension', () => {
    rows.each((i, tr) => {
      $(tr).find('td.cell').each((j, td) => {
        const ids = ($(td).attr('headers') ?? '').split(' ');
        const heads = ids.map((id) => table.find(`th#${id}`));
        expect(heads.every((h) => h.length === 1), ids.join(' ')).toBe(true);
        expect(heads.map((h) => spokenText(h))).toEqual([
          profiles[i]!.name,
          dims[j]!.strand === 'organisation' ? 'Partnership organisation' : 'Partnership activity',
          expect.stringContaining(`${dims[j]!.number} ${dims[j]!.short}`),
        ]);
        expect(heads[2]!.find('a').attr('href')).toBe(`/dimensions/${dims[j]!.id}/`);
      });
    });
  });

  test('Not mentioned is hatched, not just paler: the stylesheet gives it a pattern', () => {
    const css = $('link[rel="stylesheet"]').map((_, l) => readText($(l).attr('href')!)).get().join('\n');
    expect(css).toMatch(/\.lv-not-mentioned\{[^}]*repeating-linear-gradient/);
    expect(css).toMatch(/@page wide\{size:A4 landscape/);
    expect(css).toMatch(/\.grid-page\{page:wide/);
  });

  test('a legend explains every level, and the sort offers name, depth and every column', () => {
    expect($('.legend li').map((_, li) => spokenText($(li))).get()).toEqual(['High', 'Medium', 'Low', expect.stringMatching(/^Not mentioned: the evidence was silent/)]);
    const values = $('#hm-sort option').map((_, o) => $(o).attr('value')).get();
    expect(values).toEqual(['name', 'name-desc', 'depth', 'depth-asc', ...dims.map((d) => d.id)]);
    expect($('.heatmap-controls button').map((_, b) => $(b).attr('type')).get()).toEqual(['button', 'button', 'button']);
  });

  test('the grid scrolls in its own labelled region, and the page ships its own script file beside the copy helper, and no inline style', () => {
    const scroller = table.parent();
    expect(scroller.hasClass('table-scroll')).toBe(true);
    expect(scroller.attr('tabindex')).toBe('0');
    // A region: a <section> with an accessible name is one (role="region" on a div would be the same).
    expect(scroller.is('section') || scroller.attr('role') === 'region').toBe(true);
    expect(scroller.attr('aria-labelledby')).toBe(table.find('caption').attr('id'));
    // The heatmap's own script, and the copy helper every page may load.
    const scripts = $('script').map((_, el) => $(el).attr('src')).get();
    expect(scripts).toHaveLength(2);
    expect(scripts.filter((src) => !COPY_HELPER_SCRIPT.test(src))).toEqual([expect.stringMatching(/\/_astro\/Heatmap\.[^/]*\.js$/)]);
    expect($('[style]')).toHaveLength(0);
    expect($('style')).toHaveLength(0);
  });

  test('offers one borough or one dimension at a time, and search indexes none of the grid’s letters', () => {
    expect($('.heatmap-howto').text()).toMatch(/one borough on all 27 dimensions, select its name. For one dimension across London, select its heading/);
    expect($('.heatmap-howto a[href="#hm-after"]').text()).toBe('Skip past the grid');
    expect($('#hm-after')).toHaveLength(1);
    expect(table.closest('[data-pagefind-ignore]')).toHaveLength(1);
    expect($('.legend').attr('data-pagefind-ignore')).toBeDefined();
  });

  test('depth is explained where it appears, as the site’s own summary, with each strand’s maximum ready for the script', () => {
    expect($('.depth-note').text()).toMatch(/^Depth is this site's own summary, not the research's/);
    expect($('.depth-note').attr('data-note-activity')).toMatch(/the 16 dimensions of partnership activity, so at most 48/);
    expect($('.depth-max').text()).toBe('of 81');
    expect($('.heatmap-foot a[href$="glossary/#depth"]')).toHaveLength(1);
  });

  test('the page says the boroughs are an anonymised sample, and links to how it was made', () => {
    expect(visibleText($('.sample-notice'))).toMatch(/anonymised reconstructions/);
    expect($('.sample-notice a').attr('href')).toBe('/data/#about-the-sample');
  });
});

describe('/grid/: the totals block reproduces the published table', () => {
  const $ = readPage('/grid/');
  const totals = $('table.totals-table');

  test('Low, Medium, High and Not mentioned for every dimension are the published counts', () => {
    const shown: Record<string, Record<string, number>> = {};
    totals.find('tr[data-dimension]').each((_, tr) => {
      const id = $(tr).attr('data-dimension')!;
      const cells = $(tr).find('td').map((_, td) => firstNumber(visibleText($(td)))).get() as number[];
      shown[id] = Object.fromEntries(LEVELS.map((l, i) => [l, cells[i]!]));
      expect(visibleText($(tr).find('th'))).toBe(`${dims.find((d) => d.id === id)!.number}. ${dims.find((d) => d.id === id)!.title}`);
    });
    const expected = Object.fromEntries(Object.entries(published.counts as Record<string, Record<string, number>>).map(([id, { tallies: _, ...row }]) => [id, row]));
    expect(shown).toEqual(expected);
    expect(totals.find('thead th').slice(1).map((_, th) => spokenText($(th))).get()).toEqual(['Low', 'Medium', 'High', 'Not mentioned']);
  });

  test('the strand totals are the printed ones, with the erratum shown beside its correction', () => {
    const strandRows = totals.find('tr.strand-total');
    expect(strandRows).toHaveLength(2);
    const figures = (i: number) => strandRows.eq(i).find('td').map((_, td) => firstNumber(visibleText($(td)))).get();
    expect(figures(0)).toEqual(LEVELS.map((l) => published.strands.organisation.printed[l]));
    // Activity: the corrected 93 shown first, the printed 102 beside it.
    const correction = published.strands.activity.corrections[0];
    expect(figures(1)).toEqual(LEVELS.map((l) => (l === correction.level ? correction.corrected : published.strands.activity.printed[l])));
    const cell = strandRows.eq(1).find('td').eq(3);
    expect(visibleText(cell)).toMatch(/^93 \(printed 102\)/);
    expect(correction.corrected).toBe(93);
    expect(published.strands.activity.printed['not-mentioned']).toBe(102);
    const note = $(cell.find('a.note-ref').attr('href')!);
    expect(note).toHaveLength(1);
    expect(visibleText(note)).toContain(correction.note.replace(/\s+/g, ' ').trim());
    expect(visibleText(note)).toMatch(/printed 102, corrected to 93/);
  });

  test('cells where the source’s tally marks disagree are marked, with the number of marks for screen readers', () => {
    const structure = totals.find('tr[data-dimension="structure"] td');
    expect(spokenText(structure.eq(0))).toBe(`8, tally marks in the source show ${published.counts.structure.tallies.low}`);
    expect(spokenText(structure.eq(1))).toBe('3');
  });
});

describe('downloads', () => {
  const files = ['/data/ratings.csv', '/data/ratings.json', '/data/grid.csv', '/data/tallies.csv', '/grid.svg'];

  test('are linked from /grid/ and from /data/', () => {
    for (const route of ['/grid/', '/data/']) {
      const $p = readPage(route);
      const hrefs = $p('a').map((_, a) => $p(a).attr('href')).get();
      for (const f of files) expect(hrefs, `${route} links ${f}`).toContain(f);
    }
    expect(readPage('/grid/')('a[href="/data/"]').length).toBeGreaterThan(0);
  });

  test('CSV files are RFC 4180 with CRLF line ends and a BOM', () => {
    for (const f of files.filter((x) => x.endsWith('.csv'))) {
      const text = readText(f);
      expect(text.startsWith('\uFEFF'), f).toBe(true);
      expect(text.endsWith('\r\n'), f).toBe(true);
      // Outside quoted fields, every line break is CRLF.
      const outside = text.replace(/"(?:[^"]|"")*"/g, '""');
      expect(outside.replace(/\r\n/g, ''), f).not.toMatch(/[\r\n]/);
    }
  });

  test('ratings.csv round-trips to the ratings in content/boroughs/', () => {
    const parsed = parseCsv('/data/ratings.csv');
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(['round', 'borough', 'slug', 'anonymised', 'strand', 'dimension', 'number', 'title', 'level', 'evidence']);
    expect(parsed.data).toHaveLength(profiles.length * dims.length);
    const expected = profiles.flatMap((p) => dims.map((d) => ({
      round: p.assessment.round,
      borough: p.name,
      slug: p.slug,
      anonymised: String(p.anonymised),
      strand: d.strand,
      dimension: d.id,
      number: String(d.number),
      title: guarded(d.title),
      level: p.ratings[d.id]!.level,
      evidence: guarded(p.ratings[d.id]!.evidence ?? ''),
    })));
    expect(parsed.data).toEqual(expected);
  });

  test('ratings.json holds the same ratings', () => {
    const doc = JSON.parse(readText('/data/ratings.json'));
    expect(doc.licence).toEqual(site.licence);
    expect(doc.boroughs.map((b: Profile) => b.slug)).toEqual(profiles.map((p) => p.slug));
    for (const b of doc.boroughs as (Profile & { assessments: { round: string; ratings: Profile['ratings'] }[] })[]) {
      expect(b.assessments.map((a) => [a.round, a.ratings])).toEqual([[bySlug.get(b.slug)!.assessment.round, bySlug.get(b.slug)!.ratings]]);
      expect(b.anonymised).toBe(bySlug.get(b.slug)!.anonymised);
    }
    expect(doc.notice).toMatch(/anonymised reconstructions/);
  });

  test('grid.csv is the rubric from data/grid.yaml', () => {
    const parsed = parseCsv('/data/grid.csv');
    expect(parsed.data.map((r) => [r.dimension, r.number, r.title, r.short, r.low, r.medium, r.high, r.examples])).toEqual(
      dims.map((d) => [d.id, String(d.number), d.title, d.short, d.descriptors.low, d.descriptors.medium, d.descriptors.high, (d.examples ?? []).join('; ')].map((v) => guarded(v))),
    );
    expect(parsed.data.find((r) => r.dimension === 'beyond-borough-boundaries')!.source_note).toMatch(/^Medium: As printed/);
  });

  test('tallies.csv puts the published counts beside counts of the profiles', () => {
    const parsed = parseCsv('/data/tallies.csv');
    expect(parsed.data).toHaveLength(dims.length * 4);
    for (const r of parsed.data) {
      expect(r.round).toBe(published.round);
      const row = published.counts[r.dimension!];
      expect(Number(r.published), `${r.dimension} ${r.level}`).toBe(row[r.level!]);
      const counted = profiles.filter((p) => p.ratings[r.dimension!]!.level === r.level).length;
      expect(Number(r.counted), `${r.dimension} ${r.level}`).toBe(counted);
      expect(r.tally_marks).toBe(row.tallies?.[r.level!] === undefined ? '' : String(row.tallies[r.level!]));
    }
  });

  test('grid.svg has a title and description and one titled cell per rating', () => {
    const svg = readText('/grid.svg');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toMatch(/<title id="grid-title">[^<]+18 boroughs, 27 dimensions<\/title>/);
    expect(svg).toMatch(/<desc id="grid-desc">18 boroughs \(rows\) by 27 dimensions/);
    const cells = [...svg.matchAll(/<g class="cell lv-([a-z-]+)"><title>([^<]+)<\/title>/g)].map((m) => [m[1], m[2]!.replace(/&amp;/g, '&')]);
    expect(cells).toEqual(profiles.flatMap((p) => dims.map((d) => [p.ratings[d.id]!.level, `${p.name}, ${d.title}: ${LABEL[p.ratings[d.id]!.level]}`])));
    expect(svg).toContain('anonymised reconstructions');
    expect(svg).not.toMatch(/="-?\d+\.\d{2,}"/);
  });
});

describe('/data/', () => {
  const $ = readPage('/data/');

  test('states the licence from data/site.yaml', () => {
    const link = $(`a[href="${site.licence.url}"]`).filter((_, a) => $(a).closest('main').length > 0);
    expect(visibleText(link)).toBe(site.licence.name);
  });

  test('documents every column of every CSV file', () => {
    const columns = (id: string) => $(`#${id}`).parent().find('tbody th').map((_, th) => visibleText($(th))).get();
    expect(columns('ratings-csv')).toEqual(Object.keys(parseCsv('/data/ratings.csv').data[0]!));
    expect(columns('grid-csv')).toEqual(Object.keys(parseCsv('/data/grid.csv').data[0]!));
    expect(columns('tallies-csv')).toEqual(Object.keys(parseCsv('/data/tallies.csv').data[0]!));
  });

  test('explains the CSV format and the formula-injection guard', () => {
    expect(visibleText($('#csv-format').next())).toMatch(/RFC 4180/);
    expect(visibleText($('#formula-injection'))).toMatch(/begins with = , \+ , - or @|begins with =, \+, - or @/);
    expect(visibleText($('#formula-injection'))).toMatch(/leading apostrophe/);
  });

  test('has the section the sample notice links to, explaining the generator', () => {
    const heading = $('#about-the-sample');
    expect(heading).toHaveLength(1);
    const text = heading.nextUntil('h2').map((_, el) => visibleText($(el))).get().join(' ');
    expect(text).toMatch(/scripts\/generate-sample-boroughs\.ts/);
    expect(text).toMatch(/src\/domain\/sample\.ts/);
    expect(text).toMatch(/stronger boroughs tend to rate higher/);
    expect(visibleText($('.sample-notice'))).toMatch(/anonymised reconstructions/);
  });
});
