// Page-weight budgets: sizes are deterministic, so they are asserted here (times are only benchmarked).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, test } from 'vitest';
import { sizes, weighPage } from '../../scripts/lib/page-weight.ts';
import { allRoutes, readText, SITE_DIR } from '../support/site.ts';

const KB = 1024;

describe('page weight budgets', () => {
  test.each(['boroughs/borough-a/', 'boroughs/borough-r/', 'boroughs/borough-c/'])('rubric %s: HTML, CSS and JS within 14 KB brotli; the only JS is the copy button (600 bytes)', (route) => {
    const w = weighPage(SITE_DIR, route);
    expect(w.html.brotli + w.css.brotli + w.js.brotli).toBeLessThanOrEqual(14 * KB);
    expect(w.js.brotli).toBeLessThanOrEqual(600);
  });

  test("a borough page's \"Use and share\" and \"Cite this\" cost at most 3 KB brotli: their HTML, their CSS and the copy button", () => {
    const html = readText('/boroughs/borough-a/');
    const $ = cheerio.load(html);
    $('.use-share, .cite-page').remove();
    const markup = sizes(Buffer.from(html)).brotli - sizes(Buffer.from($.html())).brotli;
    const css = sizes(readFileSync('src/features/figures/figure.css')).brotli;
    const js = weighPage(SITE_DIR, 'boroughs/borough-a/').js.brotli;
    expect(markup + css + js).toBeLessThanOrEqual(3 * KB);
  });

  test('an embed page ships at most 12 KB brotli of JS (@iframe-resizer/child), and a host loads at most 10 KB (/embed/resize.js)', () => {
    const embed = allRoutes().find((r) => r.startsWith('/embed/'))!;
    expect(weighPage(SITE_DIR, embed.slice(1)).js.brotli).toBeLessThanOrEqual(12 * KB);
    expect(sizes(readFileSync(join(SITE_DIR, 'embed/resize.js'))).brotli).toBeLessThanOrEqual(10 * KB);
  });

  test('the grid page ships at most 10 KB of JS, compressed', () => {
    if (!existsSync(join(SITE_DIR, 'grid/index.html'))) throw new Error('the grid page was not built');
    const w = weighPage(SITE_DIR, 'grid/');
    expect(w.js.raw).toBeGreaterThan(0);
    expect(w.js.gzip).toBeLessThanOrEqual(10 * KB);
    expect(w.js.brotli).toBeLessThanOrEqual(10 * KB);
  });

  test('the together page’s script is within 20 KB brotli, and loaded on no other page', () => {
    const w = weighPage(SITE_DIR, 'self-assessment/together/');
    expect(w.js.raw).toBeGreaterThan(0);
    expect(w.js.brotli).toBeLessThanOrEqual(20 * KB);
    const src = readFileSync(join(SITE_DIR, 'self-assessment/together/index.html'), 'utf8').match(/<script type="module" src="([^"]+Together[^"]*)"/)?.[1];
    expect(src).toBeTruthy();
    const elsewhere = allRoutes().filter((r) => r !== '/self-assessment/together/' && readFileSync(join(SITE_DIR, r, 'index.html'), 'utf8').includes(src!));
    expect(elsewhere).toEqual([]);
  });

  test('no page needs more than 3 requests before its first render', () => {
    const over = allRoutes()
      .map((r) => weighPage(SITE_DIR, r.replace(/^\//, '')))
      .filter((w) => w.blockingRequests > 3)
      .map((w) => `${w.route}: ${w.blockingRequests}`);
    expect(over).toEqual([]);
  }, 240_000);
});
