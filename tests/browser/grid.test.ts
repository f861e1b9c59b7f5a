// /grid/ in Chromium: sorting and strand choice change what is shown, live in the URL and survive a reload; phone and print layouts hold.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { readProfiles } from '../support/profiles.ts';
import { launchBrowser, serveSite, type SiteServer } from '../support/browser.ts';
import { SITE_DIR } from '../support/site.ts';

type Level = 'low' | 'medium' | 'high' | 'not-mentioned';
interface Profile { name: string; ratings: Record<string, { level: Level }> }
const profiles: Profile[] = (readProfiles() as unknown as Profile[])
  .sort((a, b) => a.name.localeCompare(b.name, 'en-GB', { numeric: true }));
const grid = parse(readFileSync('data/grid.yaml', 'utf8'));
const organisationIds: string[] = grid.strands[0].dimensions.map((d: { id: string }) => d.id);
const activityIds: string[] = grid.strands[1].dimensions.map((d: { id: string }) => d.id);
const base: string = parse(readFileSync('data/site.yaml', 'utf8')).base;
const RANK: Record<Level, number> = { high: 3, medium: 2, low: 1, 'not-mentioned': 0 };
const byName = profiles.map((p) => p.name);
/** Highest level first; boroughs at the same level stay in name order. */
const byColumn = (id: string) => [...profiles].sort((a, b) => RANK[b.ratings[id]!.level] - RANK[a.ratings[id]!.level]).map((p) => p.name);
const depth = (p: Profile) => Object.values(p.ratings).reduce((s, r) => s + RANK[r.level], 0);
const byDepth = [...profiles].sort((a, b) => depth(b) - depth(a)).map((p) => p.name);

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

  test('showing one strand hides the other’s columns, is kept in the URL, and combines with a sort', async () => {
    const page = await browser.newPage();
    await page.goto(gridUrl('?sort=depth'));
    expect(await shownOrder(page)).toEqual(byDepth);
    await page.getByRole('button', { name: 'Activity only' }).click();
    expect(await page.getByRole('button', { name: 'Activity only' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('button', { name: 'Both strands' }).getAttribute('aria-pressed')).toBe('false');
    for (const id of organisationIds) expect(await page.locator(`#hm-c-${id}`).isVisible(), id).toBe(false);
    for (const id of activityIds) expect(await page.locator(`#hm-c-${id}`).isVisible(), id).toBe(true);
    expect(await page.locator('tbody tr').first().locator('td.cell:visible').count()).toBe(activityIds.length);
    const url = new URL(await here(page));
    expect([url.searchParams.get('sort'), url.searchParams.get('strand')]).toEqual(['depth', 'activity']);

    await page.reload();
    expect(await page.locator(`#hm-c-${organisationIds[0]}`).isVisible()).toBe(false);
    expect(await shownOrder(page)).toEqual(byDepth);

    // Back to the defaults: the URL is clean again.
    await page.getByRole('button', { name: 'Both strands' }).click();
    await page.getByLabel('Sort rows by').selectOption('name');
    expect(new URL(await here(page)).search).toBe('');
    expect(await shownOrder(page)).toEqual(byName);
    expect(await page.locator(`#hm-c-${organisationIds[0]}`).isVisible()).toBe(true);
    await page.close();
  });

  test('works from the keyboard alone, and the cells are not tab stops', async () => {
    const page = await browser.newPage();
    await page.goto(gridUrl());
    await page.getByLabel('Sort rows by').focus();
    await page.keyboard.press('ArrowDown');
    expect(await shownOrder(page)).toEqual(byDepth);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toMatch(/Both strands/);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    expect(new URL(await here(page)).searchParams.get('strand')).toBe('organisation');
    const cellStops = await page.locator('td.cell').evaluateAll((tds) => tds.filter((td) => (td as HTMLElement).tabIndex >= 0 || td.querySelector('a, button, [tabindex]')).length);
    expect(cellStops).toBe(0);
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
    await page.close();
  });

  test('printed, the grid gets one A4 landscape page of its own, fits it, and stays legible', async () => {
    const page = await browser.newPage();
    await page.goto(gridUrl());
    const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
    const boxes = [...pdf.matchAll(/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) => Number(m[1]) > Number(m[2]) ? 'landscape' : 'portrait');
    expect(boxes.filter((b) => b === 'landscape')).toHaveLength(1);
    // A4 landscape less 10 mm margins is 277 × 190 mm: 1047 × 718 CSS px.
    await page.setViewportSize({ width: 1047, height: 718 });
    await page.emulateMedia({ media: 'print' });
    const box = await page.locator('heatmap-grid').evaluate((el) => {
      const table = el.querySelector('table')!;
      return { width: Math.max(el.scrollWidth, table.getBoundingClientRect().width), height: el.getBoundingClientRect().height, font: parseFloat(getComputedStyle(el.querySelector('td.cell')!).fontSize), page: getComputedStyle(el).getPropertyValue('page') };
    });
    expect(box.page).toBe('wide');
    expect(box.width).toBeLessThanOrEqual(1047);
    expect(box.height).toBeLessThanOrEqual(718);
    expect(box.font).toBeGreaterThanOrEqual(9); // 7 pt and up
    await page.close();
  });
});
