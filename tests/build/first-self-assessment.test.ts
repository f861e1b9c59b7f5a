// The first real self-assessment: a real borough with no profile saves the file the browser download writes, the site
// is built again (once), and every research figure stays exactly as it was. The baseline is the suite's own build.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as cheerio from 'cheerio';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildCopy, copyProject } from '../../scripts/lib/project-copy.ts';
import { assessmentFile, type SaStrand } from '../../src/features/self-assessment/answers.ts';
import { SITE_DIR, visibleText, waitForSite } from '../support/site.ts';

const ROUND = 'self-assessment-2026-27';
const strands = (parse(readFileSync('data/grid.yaml', 'utf8')) as { strands: SaStrand[] }).strands;
const rounds = parse(readFileSync('data/rounds.yaml', 'utf8')) as { id: string; title: string; reference?: boolean }[];
const reference = rounds.find((r) => r.reference)!;
const sampleSlugs = readdirSync('content/boroughs').map((f) => f.replace(/\.[^.]+$/, ''));
// High on every other dimension: a self-view deep enough that, ranked among the sample, it would take a high place.
const levels = Object.fromEntries(strands.flatMap((s) => s.dimensions).map((d, i) => [d.id, i % 2 ? 'medium' : 'high'] as const));
const download = assessmentFile(
  { round: ROUND, roundTitle: rounds.find((r) => r.id === ROUND)!.title, borough: { name: 'Newham', slug: 'newham', isNew: true }, date: '2026-11-20' },
  strands,
  { levels, evidence: { leadership: 'The lead member chairs a termly board.' } },
);

let copy = '';
const built = (route: string) => join(copy, 'dist', route);
const before = (route: string) => join(SITE_DIR, route);
const html = (root: string) => readFileSync(join(root, 'index.html'), 'utf8');
const page = (route: string) => cheerio.load(html(built(route)));

beforeAll(async () => {
  copy = copyProject('atlas-first-self-assessment');
  // Saved where the file's first line says, as an officer following the download's instructions would.
  const path = download.split('\n')[0]!.replace(/^# Save as /, '');
  expect(path).toBe(`content/assessments/${ROUND}/newham.yaml`);
  mkdirSync(dirname(join(copy, path)), { recursive: true });
  writeFileSync(join(copy, path), download);
  const result = await buildCopy(copy, 'dist', { ATLAS_PDF: 'off' });
  if (result.status !== 0) throw new Error(`the site with a first self-assessment did not build:\n${result.output}`);
  // The baseline: the run's shared build of the real site, which builds beside this one.
  await waitForSite();
}, 1_200_000);
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('the first real self-assessment', () => {
  test('the file is a first self-assessment with its own borough: block (the borough has no profile)', () => {
    expect(download).toMatch(/^borough:\n {2}name: "Newham"\n {2}anonymised: false$/m);
    expect(sampleSlugs).not.toContain('newham');
  });

  test('every dimension page, sample borough page and grid.svg is byte-identical to the build without it', () => {
    const dimensions = readdirSync(before('dimensions'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => `dimensions/${e.name}`);
    expect(dimensions.length).toBe(27);
    for (const route of ['dimensions', ...dimensions, ...sampleSlugs.map((s) => `boroughs/${s}`)]) {
      expect(html(built(route)) === html(before(route)), route).toBe(true);
    }
    expect(readFileSync(built('grid.svg'), 'utf8')).toBe(readFileSync(before('grid.svg'), 'utf8'));
  });

  test("/grid/ is still London's reference grid, byte for byte, and only gains a link to the new round's grid", () => {
    const withoutRoundLinks = (text: string) => {
      const $ = cheerio.load(text);
      $('ul.round-links').remove();
      return $.html();
    };
    expect(withoutRoundLinks(html(built('grid')))).toBe(withoutRoundLinks(html(before('grid'))));
    const $ = page('grid');
    expect($('.heatmap table tbody tr[data-borough], .heatmap table tbody tr').length).toBeGreaterThanOrEqual(18);
    expect($('ul.round-links a').map((_, a) => $(a).attr('href')).get()).toContainEqual(expect.stringMatching(new RegExp(`grid/${ROUND}/$`)));
    expect(visibleText($('main'))).not.toMatch(/Newham/);
  });

  test("tallies.csv's rows for the reference round are byte-identical", () => {
    const rows = (root: string) => readFileSync(join(root, 'data/tallies.csv'), 'utf8').split(/\r?\n/).filter((l) => l.startsWith(`${reference.id},`));
    expect(rows(before('')).length).toBe(27 * 4);
    expect(rows(built(''))).toEqual(rows(before('')));
  });

  test("Newham's page says whose view it is, carries no sample notice and no rank among the sample", () => {
    const $ = page('boroughs/newham');
    const main = visibleText($('main'));
    expect($('.sample-notice')).toHaveLength(0);
    expect(main).not.toMatch(/not a real borough|anonymised reconstruction/);
    expect(main).not.toMatch(/Borough [A-R]\b/);
    expect(main).toContain("Newham's own self-assessment, November 2026");
    const headline = visibleText($('.headline-sentence'));
    expect(headline).not.toMatch(/\d+(st|nd|rd|th) of \d+/);
    expect(headline).toMatch(/Against the 18 boroughs of the research study 2012–13: (above|below|at) their median depth of [\d.]+\./);
    expect(visibleText($('.headline-caveat'))).toMatch(/Newham's own view.*not a place among them.*at least 10 boroughs of one round, and this round has 1/);
  });

  test('the new round has a grid of its own, named as that round and not as London; no empty movement view is published or linked', () => {
    const $ = page(`grid/${ROUND}`);
    expect(visibleText($('h1'))).toBe('The grid in Borough self-assessment 2026–27');
    expect(visibleText($('main'))).not.toMatch(/London grid|published table|published 2013/);
    expect($('.sample-notice')).toHaveLength(0);
    expect(visibleText($('.no-movement'))).toMatch(/^No borough of Borough self-assessment 2026–27 took part in .*, so there is no movement between them to show\.$/);
    expect(existsSync(built(`grid/${ROUND}/movement`))).toBe(false);
    for (const route of ['rounds', 'grid', `grid/${ROUND}`, 'boroughs/newham']) {
      expect(html(built(route)), route).not.toContain(`grid/${ROUND}/movement/`);
    }
    expect(visibleText(page('rounds')(`#${ROUND}`))).toContain('no movement to show');
  });

  test("/compare/newham/ sets Newham against the reference round's median only, with the borough page's caveat; no sample borough is beside it, offered or named", () => {
    const $ = page('compare/newham');
    const main = visibleText($('main'));
    expect(main).not.toMatch(/Borough [A-R]\b/);
    expect($('.sample-notice')).toHaveLength(0);
    expect(main).toContain('Newham against the median of the 18 boroughs of the research study 2012–13, dimension by dimension.');
    expect($('.compare-table thead th').map((_, th) => visibleText($(th))).get()).toEqual(['Dimension', 'Newham', 'Median, research study 2012–13']);
    expect($('.compare-table tbody tr[data-dim]')).toHaveLength(27);
    expect(visibleText($('.compare-summary li'))).toMatch(/^Newham is above the median of the 18 boroughs of the research study 2012–13 on \d+, at it on \d+ and below it on \d+ of the 27 dimensions/);
    // The caveat is the borough page's own sentence, word for word.
    const caveat = visibleText($('.compare-caveat'));
    expect(caveat).toMatch(/^This is Newham's own view, from the self-assessment 2026–27; the 18 boroughs were rated in the research study 2012–13\. .*not a place among them\./);
    expect(visibleText(page('boroughs/newham')('.headline-caveat'))).toContain(caveat.replace(/ Boroughs of other rounds are not put beside it\.$/, ''));
    // Nothing to pick: the picker offers only boroughs of Newham's round, and it is the only one.
    expect($('.compare-picker')).toHaveLength(0);
    expect($('atlas-compare').attr('data-round')).toBe(ROUND);
    expect(visibleText($('.compare-static-note'))).toBe('Newham is the only borough of its round so far, so it is shown beside the median alone.');
    const levels = JSON.parse(readFileSync(built('compare/levels.json'), 'utf8')) as { boroughs: { slug: string; round: string }[] };
    expect(levels.boroughs.find((b) => b.slug === 'newham')!.round).toBe(ROUND);
    expect(levels.boroughs.filter((b) => b.round === ROUND).map((b) => b.slug)).toEqual(['newham']);
  });

  test('no sample borough is compared with Newham, and /compare/ lists Newham apart from the sample', () => {
    for (const slug of sampleSlugs) expect(html(built(`compare/${slug}`)), slug).not.toContain('Newham');
    const $ = page('compare');
    const lists = $('ul.compare-links').map((_, ul) => [$(ul).find('a').map((_, a) => $(a).attr('href')).get()]).get() as string[][];
    const own = lists.find((l) => l.some((h) => h.endsWith('/compare/newham/')))!;
    expect(own).toEqual(['/compare/newham/']);
    expect(lists.flat().filter((h) => /\/compare\/borough-[a-r]\/$/.test(h))).toHaveLength(18);
    expect(visibleText($('main'))).not.toMatch(/nearest it in depth score/);
  });

  test('no text that search indexes puts Newham beside a sample borough', () => {
    const pages = (readdirSync(built(''), { recursive: true }) as string[]).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'));
    const withNewham = pages.filter((f) => {
      const $ = cheerio.load(readFileSync(built(f), 'utf8'));
      const body = $('[data-pagefind-body]');
      body.find('[data-pagefind-ignore], script, style').remove();
      const text = visibleText(body);
      if (!text.includes('Newham')) return false;
      expect(text, f).not.toMatch(/Borough [A-R]\b/);
      return true;
    });
    expect(withNewham).toContain('boroughs/newham/index.html');
  });
});
