// /grid/ in Chromium: sorting and strand choice change what is shown, live in the URL and survive a reload; phone and print layouts hold.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { siteBase } from '../../scripts/lib/site-settings.ts';
import { readProfiles } from '../support/profiles.ts';
import { launchBrowser, serveSite, type SiteServer } from '../support/browser.ts';
import { pdfInfo, pdfWords, pointSize } from '../support/pdf-reader.ts';
import { SITE_DIR } from '../support/site.ts';

type Level = 'low' | 'medium' | 'high' | 'not-mentioned';
interface Profile { name: string; ratings: Record<string, { level: Level }> }
const profiles: Profile[] = (readProfiles() as unknown as Profile[])
  .sort((a, b) => a.name.localeCompare(b.name, 'en-GB', { numeric: true }));
const grid = parse(readFileSync('data/grid.yaml', 'utf8'));
const organisationIds: string[] = grid.strands[0].dimensions.map((d: { id: string }) => d.id);
const activityIds: string[] = grid.strands[1].dimensions.map((d: { id: string }) => d.id);
const base = siteBase();
const RANK: Record<Level, number> = { high: 3, medium: 2, low: 1, 'not-mentioned': 0 };
const byName = profiles.map((p) => p.name);
/** Highest level first; boroughs at the same level stay in name order. */
const byColumn = (id: string) => [...profiles].sort((a, b) => RANK[b.ratings[id]!.level] - RANK[a.ratings[id]!.level]).map((p) => p.name);
const depth = (p: Profile, ids = [...organisationIds, ...activityIds]) => ids.reduce((s, id) => s + RANK[p.ratings[id]!.level], 0);
const byDepth = [...profiles].sort((a, b) => depth(b) - depth(a)).map((p) => p.name);
const byActivityDepth = [...profiles].sort((a, b) => depth(b, activityIds) - depth(a, activityIds)).map((p) => p.name);

let browser: Browser;
let server: SiteServer;
const gridUrl = (query = '') => `${server.origin}${base}grid/${query}`;
/** The address bar as the page itself sees it (page.url() learns of history.replaceState a moment later). */
const here = (page: Page) => page.evaluate(() => location.href);
const shownOrder = (page: Page) => page.locator('table.heatmap-table tbody th[scope="row"]').allTextContents().then((t) => t.map((s) => s.trim()));

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serveSite(SITE_DIR, base)]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('sorting and filtering the grid', () => {
  test('sorting by a column reorders the rows, records it in the URL, and a reload restores it', async () => {
    const page = await browser.newPage();
    await page.goto(gridUrl());
    expect(await shownOrder(page)).toEqual(byName);
    const column = 'data-sharing';
    expect(byColumn(column)).not.toEqual(byName); // the test would prove nothing otherwise
    await page.getByLabel('Sort rows by').selectOption(column);
    expect(await shownOrder(page)).toEqual(byColumn(column));
    expect(new URL(await here(page)).searchParams.get('sort')).toBe(column);
    expect(await page.locator(`#hm-c-${column}`).getAttribute('aria-sort')).toBe('descending');
    expect(await page.locator('#hm-borough').getAttribute('aria-sort')).toBeNull();
    await expect.poll(() => page.locator('.heatmap-status').textContent()).toMatch(/Sorted by Partnership activity 2, Data sharing, High first/);

    await page.reload();
    expect(await shownOrder(page)).toEqual(byColumn(column));
    expect(await page.getByLabel('Sort rows by').inputValue()).toBe(column);
    // The first cells of the sorted column now read from High down.
    const levels = await page.locator(`table.heatmap-table tbody tr`).evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td.cell')][12]!.className));
    expect(levels[0]).toMatch(/lv-high/);
    expect(levels.at(-1)).toMatch(/lv-not-mentioned/);
    await page.close();
  });

  test('showing one strand hides the other’s columns, counts depth and sorts over that strand only, and is kept in the URL', async () => {
    const page = await browser.newPage();
    await page.goto(gridUrl('?sort=depth'));
    expect(await shownOrder(page)).toEqual(byDepth);
    expect(byActivityDepth).not.toEqual(byDepth); // the test would prove nothing otherwise
    await page.getByRole('button', { name: 'Activity only' }).click();
    expect(await page.getByRole('button', { name: 'Activity only' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('button', { name: 'Both strands' }).getAttribute('aria-pressed')).toBe('false');
    for (const id of organisationIds) expect(await page.locator(`#hm-c-${id}`).isVisible(), id).toBe(false);
    for (const id of activityIds) expect(await page.locator(`#hm-c-${id}`).isVisible(), id).toBe(true);
    expect(await page.locator('tbody tr').first().locator('td.cell:visible').count()).toBe(activityIds.length);
    // Depth, its maximum, the row order and the caption now count the 16 activity dimensions alone.
    expect(await shownOrder(page)).toEqual(byActivityDepth);
    const first = profiles.find((p) => p.name === byActivityDepth[0])!;
    expect(await page.locator('tbody tr').first().locator('td.depth').textContent()).toBe(String(depth(first, activityIds)));
    expect(await page.locator('#hm-depth').textContent()).toContain(`of ${3 * activityIds.length}`);
    expect(await page.locator('#hm-caption').textContent()).toMatch(new RegExp(`by ${activityIds.length} dimensions of partnership activity`));
    // A sort by an organisation dimension is no longer offered.
    const offered = await page.locator('#hm-sort option').evaluateAll((os) => os.filter((o) => !(o as HTMLOptionElement).disabled && !(o.parentElement as HTMLOptGroupElement).disabled).map((o) => (o as HTMLOptionElement).value));
    for (const id of organisationIds) expect(offered).not.toContain(id);
    for (const id of activityIds) expect(offered).toContain(id);
    const url = new URL(await here(page));
    expect([url.searchParams.get('sort'), url.searchParams.get('strand')]).toEqual(['depth', 'activity']);

    await page.reload();
    expect(await page.locator(`#hm-c-${organisationIds[0]}`).isVisible()).toBe(false);
    expect(await shownOrder(page)).toEqual(byActivityDepth);

    // Back to the defaults: the URL is clean again, and depth counts all 27.
    await page.getByRole('button', { name: 'Both strands' }).click();
    expect(await shownOrder(page)).toEqual(byDepth);
    await page.getByLabel('Sort rows by').selectOption('name');
    expect(new URL(await here(page)).search).toBe('');
    expect(await shownOrder(page)).toEqual(byName);
    expect(await page.locator(`#hm-c-${organisationIds[0]}`).isVisible()).toBe(true);
    expect(await page.locator('#hm-caption').textContent()).toMatch(/by 27 dimensions: /);
    await page.close();
  });

  test('a sort by the hidden strand, asked for in the URL, falls back to name order', async () => {
    const page = await browser.newPage();
    await page.goto(gridUrl(`?sort=${organisationIds[1]}&strand=activity`));
    expect(await shownOrder(page)).toEqual(byName);
    expect(await page.getByLabel('Sort rows by').inputValue()).toBe('name');
    await page.close();
  });

  test('the Borough and Depth headings sort both ways and say so with aria-sort; dimension headings are links, not sort buttons', async () => {
    const page = await browser.newPage();
    await page.goto(gridUrl());
    const borough = page.getByRole('button', { name: /^Borough/ });
    await borough.click();
    expect(await page.locator('#hm-borough').getAttribute('aria-sort')).toBe('descending');
    expect(await shownOrder(page)).toEqual([...byName].reverse());
    await borough.click();
    expect(await page.locator('#hm-borough').getAttribute('aria-sort')).toBe('ascending');
    expect(await shownOrder(page)).toEqual(byName);
    const depthButton = page.getByRole('button', { name: /^Depth/ });
    await depthButton.click();
    expect(await page.locator('#hm-depth').getAttribute('aria-sort')).toBe('descending');
    expect(await page.locator('#hm-borough').getAttribute('aria-sort')).toBeNull();
    expect(await shownOrder(page)).toEqual(byDepth);
    await depthButton.click();
    expect(await page.locator('#hm-depth').getAttribute('aria-sort')).toBe('ascending');
    const depths = await page.locator('tbody td.depth').allTextContents();
    expect(depths.map(Number)).toEqual([...depths.map(Number)].sort((a, b) => a - b));
    expect(await page.locator('thead .col-head button').count()).toBe(0);
    expect(await page.locator('thead .col-head a').count()).toBe(27);
    await page.close();
  });

  test('each cell links to that borough’s rating, and says the rating in words', async () => {
    const page = await browser.newPage();
    await page.goto(gridUrl());
    const cell = page.locator('#hm-r-borough-c').locator('xpath=..').locator('td.cell').nth(12);
    expect(await cell.locator('a').getAttribute('href')).toBe(`${base}boroughs/borough-c/#data-sharing`);
    const level = profiles.find((p) => p.name === 'Borough C')!.ratings['data-sharing']!.level;
    const words = { high: 'High', medium: 'Medium', low: 'Low', 'not-mentioned': 'Not mentioned' }[level];
    expect(await cell.getByRole('link').textContent()).toContain(`Borough C, Data sharing: ${words}`);
    await page.close();
  });

  test('works from the keyboard alone', async () => {
    const page = await browser.newPage();
    await page.goto(gridUrl());
    await page.getByLabel('Sort rows by').focus();
    await page.keyboard.press('ArrowDown');
    expect(await shownOrder(page)).toEqual([...byName].reverse());
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toMatch(/Both strands/);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    expect(new URL(await here(page)).searchParams.get('strand')).toBe('organisation');
    await page.close();
  });

  test('focusing a header highlights its column or row', async () => {
    const page = await browser.newPage();
    await page.goto(gridUrl());
    await page.locator('#hm-c-rpa a').focus();
    const lit = () => page.locator('.is-lit').evaluateAll((els) => els.map((el) => el.closest('tr')!.querySelector('th')!.textContent!.trim() + '|' + (el.id || (el as HTMLTableCellElement).cellIndex)));
    const column = await lit();
    expect(column).toHaveLength(1 + profiles.length);
    expect(column).toContain('Borough|hm-c-rpa');
    await page.locator('#hm-r-borough-c a').focus();
    const row = await lit();
    expect(row).toHaveLength(1 + 27 + 1);
    expect(row.every((r) => r.startsWith('Borough C|'))).toBe(true);
    await page.close();
  });

  test('without JavaScript the grid is complete, in name order with both strands, and shows no dead controls', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(gridUrl('?sort=data-sharing&strand=activity'));
    expect(await shownOrder(page)).toEqual(byName);
    expect(await page.locator('td.cell:visible').count()).toBe(profiles.length * 27);
    expect(await page.locator('.heatmap-controls').isVisible()).toBe(false);
    await context.close();
  });

  test('an unknown sort in the URL falls back to name order', async () => {
    const page = await browser.newPage();
    await page.goto(gridUrl('?sort=nonsense&strand=everything'));
    expect(await shownOrder(page)).toEqual(byName);
    expect(await page.locator('td.cell:visible').count()).toBe(profiles.length * 27);
    await page.close();
  });
});

describe('phone and print', () => {
  test('on a phone the grid scrolls inside its own region with the borough names staying put', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 700 } });
    await page.goto(gridUrl());
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(375);
    const scroller = page.locator('.heatmap-scroll');
    expect(await scroller.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    const name = page.locator('#hm-r-borough-a');
    const before = (await name.boundingBox())!.x;
    const cell = page.locator('tbody tr').first().locator('td.cell').first();
    const cellBefore = (await cell.boundingBox())!.x;
    await scroller.evaluate((el) => { el.scrollLeft = 400; });
    expect((await name.boundingBox())!.x).toBeCloseTo(before, 0);
    expect((await cell.boundingBox())!.x).toBeLessThan(cellBefore - 300);
    // Scrolled into the activity columns, their strand's name sits just right of the borough names, in view.
    await scroller.evaluate((el) => { el.scrollLeft = 500; });
    const strand = (await page.locator('#hm-s-activity .strand-name').boundingBox())!;
    const names = (await name.boundingBox())!;
    expect(strand.x).toBeGreaterThanOrEqual(names.x + names.width - 1);
    expect(strand.x).toBeLessThan(names.x + names.width + 20);
    await page.close();
  });

  test('printed, the title, key and whole grid share one A4 landscape page, no word under 8 pt', async () => {
    const page = await browser.newPage();
    await page.goto(gridUrl());
    const dir = mkdtempSync(join(tmpdir(), 'atlas-grid-pdf-'));
    const file = join(dir, 'grid.pdf');
    try {
      await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
      const first = pdfInfo(file).pages[0]!;
      expect(first.width).toBeGreaterThan(first.height); // landscape
      const words = pdfWords(file);
      const onFirst = words.filter((w) => w.page === 1);
      const text = onFirst.map((w) => w.text).join(' ');
      expect(text).toMatch(/^The London grid /);
      for (const name of byName) expect(text, name).toContain(name);
      expect(text).toContain('Resources'); // the last column
      expect(text).toContain('anonymised');
      // No cell, name or heading of the grid spills onto another page.
      expect(words.filter((w) => w.page > 1 && /^Borough$/.test(w.text) && /^[A-R]$/.test(words[words.indexOf(w) + 1]?.text ?? '')).length).toBe(0);
      expect(Math.min(...onFirst.map(pointSize))).toBeGreaterThanOrEqual(7.95);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await page.close();
    }
  });
});
