// Phones and desktops, measured in Chromium on every page: chart text never renders under 12 CSS px from 320 px up; a box that
// scrolls sideways says so and keeps its first column and its caption in view; on a 1366 px desktop nothing needs to scroll.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openSession, type Session } from '../support/gates/session.ts';
import { SITE_DIR } from '../support/site.ts';

let session: Session;
beforeAll(async () => {
  session = await openSession();
}, 180_000);
afterAll(() => session?.close());

/** Pages whose built HTML holds `pattern` (read from disk, so the browser visits only pages with something to measure). */
const pagesWith = (pattern: RegExp) =>
  session.paths.filter((path) => pattern.test(readFileSync(join(SITE_DIR, path.slice(session.base.length), 'index.html'), 'utf8')));

/** Visits every page holding `pattern` at one width and collects what `probe` reports there. */
async function everyPage<T>(width: number, pattern: RegExp, probe: (page: Page) => Promise<T[]>): Promise<{ path: string; found: T }[]> {
  const context = await session.browser.newContext({ viewport: { width, height: 844 } });
  const page = await context.newPage();
  const out: { path: string; found: T }[] = [];
  for (const path of pagesWith(pattern)) {
    await page.goto(session.url(path), { waitUntil: 'load' });
    // Scroll-state container queries settle a frame after layout: wait two, so the hints and sticky columns are in place.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    for (const found of await probe(page)) out.push({ path, found });
  }
  await context.close();
  return out;
}

/** Every piece of chart text (SVG <text> and the HTML labels of bar charts) with the size it renders at, in CSS px. */
const chartText = (page: Page) =>
  page.evaluate(() => {
    const sizes: { text: string; px: number }[] = [];
    for (const t of document.querySelectorAll<SVGTextElement>('main svg text')) {
      const ctm = t.getScreenCTM();
      if (!ctm || !t.textContent?.trim()) continue;
      sizes.push({ text: t.textContent.trim(), px: parseFloat(getComputedStyle(t).fontSize) * Math.hypot(ctm.a, ctm.b) });
    }
    for (const el of document.querySelectorAll<HTMLElement>('main .chart :is(figcaption, .bar-label, .bar-value)')) {
      sizes.push({ text: el.textContent!.trim(), px: parseFloat(getComputedStyle(el).fontSize) });
    }
    return sizes;
  });

describe('chart text', () => {
  const smallest: Record<number, number> = {};
  test.each([320, 390, 1280])('at %i px, no chart text renders under 12 CSS px', async (width) => {
    const found = await everyPage(width, /<text|class="chart/, chartText);
    expect(found.length).toBeGreaterThan(20); // the charts and model diagrams are there to be measured
    smallest[width] = Math.min(...found.map((f) => f.found.px));
    const small = found.filter((f) => f.found.px < 12).map((f) => `${f.path}: "${f.found.text}" at ${f.found.px.toFixed(1)} px`);
    expect(small).toEqual([]);
  }, 240_000);
  afterAll(() => console.log(`smallest chart text (CSS px) by width: ${JSON.stringify(smallest)}`));
});

describe('at 390 px', () => {
  test('every box that scrolls sideways says so, keeps its first column in view when scrolled, and shows its caption and headers whole', async () => {
    const problems = await everyPage(390, /(table|chart)-scroll/, (page) =>
      page.evaluate(() => {
        const out: string[] = [];
        for (const box of document.querySelectorAll<HTMLElement>('main :is(.table-scroll, .chart-scroll)')) {
          const name = box.querySelector('caption')?.textContent?.trim().slice(0, 40) ?? box.getAttribute('aria-label') ?? box.className;
          if (box.scrollWidth <= box.clientWidth) continue;
          const hint = getComputedStyle(box, '::before');
          if (hint.display === 'none' || !hint.content.includes('Scroll sideways')) out.push(`${name}: scrolls but does not say so`);
          const edge = box.getBoundingClientRect();
          const caption = box.querySelector('caption');
          if (caption) {
            const range = document.createRange();
            range.selectNodeContents(caption);
            const r = range.getBoundingClientRect();
            if (r.right > edge.right + 1 || r.left < edge.left - 1) out.push(`${name}: caption runs out of view`);
          }
          for (const th of box.querySelectorAll<HTMLElement>('thead th')) {
            if (th.scrollWidth > th.clientWidth + 1) out.push(`${name}: header "${th.textContent?.trim()}" is clipped`);
          }
          // The first column's cell in the first row that has one (a strand row spanning the table is not a column).
          const first = [...box.querySelectorAll<HTMLTableRowElement>('tbody tr')].map((tr) => tr.cells[0]).find((c) => c && c.colSpan === 1);
          if (first) {
            box.scrollLeft = box.scrollWidth;
            const left = first.getBoundingClientRect().left;
            box.scrollLeft = 0;
            if (getComputedStyle(first).position !== 'sticky') out.push(`${name}: first column is not held in place`);
            if (left < edge.left - 1) out.push(`${name}: first column scrolls out of view`);
          }
        }
        return out;
      }),
    );
    expect(problems.map((p) => `${p.path}: ${p.found}`)).toEqual([]);
  }, 240_000);
});

describe('at 1366 px', () => {
  test('every table fits its container without scrolling', async () => {
    const over = await everyPage(1366, /table-scroll/, (page) =>
      page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('main .table-scroll')]
          .filter((box) => box.scrollWidth > box.clientWidth + 1)
          .map((box) => `${box.querySelector('caption')?.textContent?.trim().slice(0, 40)}: ${box.scrollWidth} px in ${box.clientWidth} px`),
      ),
    );
    expect(over.map((o) => `${o.path}: ${o.found}`)).toEqual([]);
  }, 240_000);
});
