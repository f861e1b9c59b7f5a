// Every figure on the built site, as a reader downloads, embeds and cites it: its SVG, PNG, CSV (with Table Schema),
// embed page and oEmbed file exist and parse; the PNG is the size the panel says; the CSV holds the figure's numbers;
// the text is at least 9 pt across an A4 column; citations carry the data release.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { allRoutes, readPage, SITE_DIR, visibleText } from '../support/site.ts';
import { parseTable, tableSchemaErrors } from '../support/table-schema.ts';
import { xmlErrors } from '../support/xml.ts';

const releases = parse(readFileSync('data/releases.yaml', 'utf8')) as { version: string; date: string }[];
const release = releases.at(-1)!;
const file = (href: string) => join(SITE_DIR, href.replace(/^\//, '').replace(/[?#].*$/, ''));

interface Found {
  id: string;
  route: string;
  png: { href: string; width: number; height: number };
  svg: string;
  csv: string;
  schema: string;
  embed: string;
}

/** Every figure with a "Use and share" panel, read from the pages a reader opens. */
const figures: Found[] = allRoutes().flatMap((route) => {
  if (route.startsWith('/embed/')) return [];
  const $ = readPage(route);
  return $('[data-figure]').toArray().map((el) => {
    const panel = $(el).find('.use-share');
    const link = (text: RegExp) => panel.find('a').filter((_, a) => text.test($(a).text())).attr('href') ?? '';
    const png = panel.find('a[data-width]');
    return {
      id: $(el).attr('data-figure')!,
      route,
      png: { href: png.attr('href') ?? '', width: Number(png.attr('data-width')), height: Number(png.attr('data-height')) },
      svg: link(/^SVG picture$/),
      csv: link(/data as a table/),
      schema: link(/^Table Schema$/),
      embed: link(/on its own page/),
    };
  });
});

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('figures: downloads, embeds, citations', () => {
  test('each kind of figure is on the site, once per thing it shows', () => {
    const kinds = new Map<string, number>();
    for (const f of figures) kinds.set(f.id.split('-')[0]!, (kinds.get(f.id.split('-')[0]!) ?? 0) + 1);
    expect(kinds.get('grid')).toBe(1);
    expect(kinds.get('home')).toBe(1);
    expect(kinds.get('strands')).toBe(readdirCount('boroughs'));
    expect(kinds.get('distribution')).toBe(27);
    expect(kinds.get('model')).toBe(4);
    expect(new Set(figures.map((f) => f.id)).size).toBe(figures.length);
  });

  test('every figure has its SVG, PNG, CSV, schema, embed page and oEmbed file, named after it and the data version, and each parses', () => {
    const problems: string[] = [];
    for (const f of figures) {
      for (const href of [f.svg, f.png.href, f.csv, f.schema]) {
        if (!href.includes(`${f.id}-${release.version}.`)) problems.push(`${f.id}: ${href} is not named after the figure and version ${release.version}`);
        if (!existsSync(file(href))) problems.push(`${f.id}: ${href} was not built`);
      }
      if (problems.length) continue;
      problems.push(...xmlErrors(readFileSync(file(f.svg), 'utf8'), f.svg));
      const size = pngSize(readFileSync(file(f.png.href)));
      if (size.width !== f.png.width || size.height !== f.png.height) problems.push(`${f.png.href}: ${size.width} × ${size.height}, but the panel says ${f.png.width} × ${f.png.height}`);
      const schema = JSON.parse(readFileSync(file(f.schema), 'utf8'));
      problems.push(...tableSchemaErrors([{ name: f.id, path: f.csv, schema }], (p) => readFileSync(file(p), 'utf8')));
      const embed = cheerio.load(readFileSync(file(`${f.embed}index.html`), 'utf8'));
      const oembedHref = embed('link[rel="alternate"][type="application/json+oembed"]').attr('href') ?? '';
      const oembed = JSON.parse(readFileSync(file(new URL(oembedHref).pathname), 'utf8'));
      if (oembed.version !== '1.0' || oembed.type !== 'rich' || !oembed.html.includes(`/embed/${f.id}/`)) problems.push(`${f.id}: oEmbed ${JSON.stringify(oembed).slice(0, 120)}`);
      if (!existsSync(file(new URL(oembed.thumbnail_url).pathname))) problems.push(`${f.id}: oEmbed thumbnail ${oembed.thumbnail_url} was not built`);
      // The embed page: the figure, its title, its words, source, version and a way back.
      const text = visibleText(embed('main'));
      if (!embed('main img[src$=".svg"]').attr('alt')) problems.push(`${f.id}: the embed's picture has no text equivalent`);
      if (!text.includes(`Data version ${release.version}`) || !text.includes('Source:') || !/Counts (one|no) round/.test(text)) problems.push(`${f.id}: the embed page lacks its round, source or version: ${text.slice(0, 160)}`);
      if (!embed('main a[href*="#figure-"]').length) problems.push(`${f.id}: the embed page has no link back to the figure`);
    }
    expect(problems).toEqual([]);
  });

  test('every figure says which round it counts, and its text prints at 9 pt or more across an A4 column (160 mm)', () => {
    const problems: string[] = [];
    for (const f of figures) {
      const svg = readFileSync(file(f.svg), 'utf8');
      const words = svg.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
      const width = Number(/viewBox="0 0 ([\d.]+)/.exec(svg)![1]);
      for (const size of svg.matchAll(/font-size="([\d.]+)"/g)) {
        const pt = (Number(size[1]) * 453.5) / width;
        if (pt < 9) problems.push(`${f.svg}: text at ${size[1]} units in a ${width}-unit figure prints at ${pt.toFixed(1)} pt`);
      }
      if (!/Counts (one|no) round/.test(words)) problems.push(`${f.svg}: does not say which round it counts`);
      if (!words.includes(`Data version ${release.version}`)) problems.push(`${f.svg}: no data version`);
    }
    expect(problems).toEqual([]);
  });

  test('a borough figure shows the sample notice in its picture, and a model figure does not', () => {
    const borough = figures.find((f) => f.id === 'strands-borough-a')!;
    expect(readFileSync(file(borough.svg), 'utf8')).toContain('anonymised reconstructions');
    const model = figures.find((f) => f.id.startsWith('model-'))!;
    expect(readFileSync(file(model.svg), 'utf8')).not.toContain('Borough');
  });

  test("a borough's strand CSV holds the numbers its page's chart shows", () => {
    for (const f of figures.filter((x) => x.id.startsWith('strands-'))) {
      const $ = readPage(f.route);
      const { rows } = parseTable(readFileSync(file(f.csv), 'utf8'));
      const shown = $('.strand-chart .sc-label').toArray().map((el) => visibleText($(el)));
      const written = ['organisation', 'activity'].map((strand) => {
        const of = rows.filter((r) => r.strand === strand);
        const words = ['high', 'medium', 'low', 'not-mentioned'].map((l) => of.find((r) => r.level === l)!).filter((r) => r.count !== '0');
        return words.map((r) => `${r.count} ${{ high: 'High', medium: 'Medium', low: 'Low', 'not-mentioned': 'Not mentioned' }[r.level as string]}`).join(', ');
      });
      expect(shown.map((s) => s.replace(/^.*\(\d+\): /, ''))).toEqual(written);
    }
  });

  test("a dimension's distribution CSV holds the counts its page's bars show, and the London grid's CSV equals ratings.csv for its round", () => {
    for (const f of figures.filter((x) => x.id.startsWith('distribution-'))) {
      const $ = readPage(f.route);
      const bars = Object.fromEntries($(`#${f.id.replace('distribution-', 'dist-')} li`).toArray().map((li) => [visibleText($(li).find('.bar-label')), visibleText($(li).find('.bar-value'))]));
      const { rows } = parseTable(readFileSync(file(f.csv), 'utf8'));
      expect(Object.fromEntries(rows.map((r) => [{ high: 'High', medium: 'Medium', low: 'Low', 'not-mentioned': 'Not mentioned' }[r.level!]!, r.count]))).toEqual(bars);
    }
    const grid = figures.find((f) => f.id.startsWith('grid-'))!;
    const round = grid.id.replace(/^grid-/, '');
    const mine = parseTable(readFileSync(file(grid.csv), 'utf8')).rows.map((r) => `${r.slug} ${r.dimension} ${r.level}`).sort();
    const ratings = parseTable(readFileSync(join(SITE_DIR, 'data/ratings.csv'), 'utf8')).rows.filter((r) => r.round === round).map((r) => `${r.slug} ${r.dimension} ${r.level}`).sort();
    expect(mine).toEqual(ratings);
  });

  test("the home page's London at a glance has its panel after the figure, and its CSV holds the figure's counts, which are tallies.csv's for the round", () => {
    const home = figures.find((f) => f.id.startsWith('home-'))!;
    expect(home.route).toBe('/');
    const round = home.id.replace(/^home-/, '');
    const $ = readPage('/');
    const wrapper = $(`[data-figure="${home.id}"]`);
    expect(wrapper.children().first().attr('id')).toBe('london-at-a-glance');
    expect(wrapper.children().last().is('details.use-share')).toBe(true);
    const shown = $('#london-at-a-glance tr[data-dimension] td[data-level]').map((_, td) => `${$(td).closest('tr').attr('data-dimension')} ${$(td).attr('data-level')} ${visibleText($(td))}`).get().sort();
    const { rows } = parseTable(readFileSync(file(home.csv), 'utf8'));
    expect(rows.every((r) => r.round === round)).toBe(true);
    expect(rows.map((r) => `${r.dimension} ${r.level} ${r.count}`).sort()).toEqual(shown);
    const tallies = parseTable(readFileSync(join(SITE_DIR, 'data/tallies.csv'), 'utf8')).rows.filter((r) => r.round === round);
    expect(rows.map((r) => `${r.dimension} ${r.level} ${r.count}`).sort()).toEqual(tallies.map((r) => `${r.dimension} ${r.level} ${r.counted}`).sort());
    expect(shown).toHaveLength(27 * 4);
    // Its words are the page's reading, and the picture says it counts the anonymised sample.
    expect(visibleText(wrapper.find('.use-share p').first())).toContain(visibleText($('.glance-reading')));
    expect(readFileSync(file(home.svg), 'utf8')).toContain('anonymised reconstructions');
  });

  test('every page and every figure offers a citation, plain text and BibTeX, carrying the release version, its date and the permalink', () => {
    const problems: string[] = [];
    for (const route of ['/', '/grid/', '/boroughs/borough-a/', '/models/']) {
      const $ = readPage(route);
      const text = $('#cite-page-text').text();
      const bibtex = $('#cite-page-bibtex').text();
      if (!text.includes(`Version ${release.version}`) || !text.includes(`https://london-ypes.github.io${route}`) || !text.includes(release.date.slice(0, 4))) problems.push(`${route} page citation: ${text}`);
      if (!/^@\w+\{atlas_/.test(bibtex) || !bibtex.includes(`Data version ${release.version}, released ${release.date}`) || !bibtex.includes(`url = {https://london-ypes.github.io${route}}`)) problems.push(`${route} page BibTeX: ${bibtex}`);
    }
    for (const f of figures) {
      const $ = readPage(f.route);
      const text = $(`#cite-${f.id}-text`).text();
      if (!text.includes(`Version ${release.version}`) || !text.includes(`#figure-`)) problems.push(`${f.id} citation: ${text}`);
    }
    expect(problems).toEqual([]);
  });

  test('embed pages may be framed by other sites, and no other page may (_headers); each keeps the strict CSP', () => {
    const headers = readFileSync(join(SITE_DIR, '_headers'), 'utf8');
    expect(headers).toMatch(/^\/\*\n {2}Content-Security-Policy: frame-ancestors 'self'$/m);
    expect(headers).toMatch(/^\/embed\/\*\n {2}Content-Security-Policy: frame-ancestors \*$/m);
    const $ = readPage(figures[0]!.embed);
    expect($('meta[http-equiv="Content-Security-Policy"]').attr('content')).toContain("script-src 'self'");
  });
});

function readdirCount(section: string): number {
  return allRoutes().filter((r) => new RegExp(`^/${section}/[^/]+/$`).test(r)).length;
}
