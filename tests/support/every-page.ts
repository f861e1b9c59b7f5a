// One walk over every page in the sitemap at one width: each page is opened once and every per-page check of that width
// runs on the same visit (a page visit costs about a quarter of a CPU second, and the checks once cost six walks).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { lines, type Finding } from './gates/finding.ts';
import { axeFindings } from './gates/axe.ts';
import { CLS_LIMIT, layoutShiftFindings } from './gates/layout-shift.ts';
import { chartText, type ChartText } from './page-probes.ts';
import { watchNetwork } from './gates/network.ts';
import type { Session } from './gates/session.ts';
import { SITE_DIR } from './site.ts';

export interface Viewport {
  width: number;
  height: number;
}

/** Waits two frames: scroll-state container queries and the layout they change settle a frame after load. */
export const settle = (page: Page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

/**
 * Opens each of `paths` in turn in one tab of `viewport`, loaded and settled, and runs `check` on it. A check may resize
 * the tab or switch it to print media; each visit starts from `viewport` and the screen again. Returns what the network
 * gate saw meanwhile: no console error, failed request or request to another host on any page.
 */
export async function walkPages(session: Session, viewport: Viewport, check: (page: Page, path: string) => Promise<void>, paths = session.paths): Promise<Finding[]> {
  const context = await session.browser.newContext({ viewport });
  const watch = await watchNetwork(context, session.server.origin);
  const page = await context.newPage();
  for (const path of paths) {
    await page.setViewportSize(viewport);
    await page.emulateMedia({ media: 'screen' });
    watch.setPage(`${path} at ${viewport.width} px`);
    await page.goto(session.url(path), { waitUntil: 'load' });
    // A page whose element fetches its data (compare's picker) is checked once the data has arrived, as a reader sees
    // it; leaving before then would cut the fetch short, which the network gate reports as a failed request.
    if (await page.locator('atlas-compare').count()) await page.waitForLoadState('networkidle');
    await settle(page);
    await check(page, path);
  }
  await context.close();
  return watch.findings;
}

/** The sitemap's pages whose built HTML holds `pattern` (read from disk, so a walk visits only pages with something to measure). */
export function pagesWith(session: Session, pattern: RegExp): string[] {
  return session.paths.filter((path) => pattern.test(readFileSync(join(SITE_DIR, path.slice(session.base.length), 'index.html'), 'utf8')));
}

/** What a walk at a screen width found with the checks every width shares. */
export interface ScreenFindings {
  shifts: Finding[];
  axe: Finding[];
  charts: ChartText[];
}

/** The checks 390 and 1280 px share: run on each visit of the file's walk, then read by the same tests. */
export function screenChecks(width: number) {
  const found: ScreenFindings = { shifts: [], axe: [], charts: [] };
  return {
    /** First on a visit: layout shift counts from the page's start, before anything here touches the page. */
    async measure(page: Page, path: string): Promise<void> {
      found.shifts.push(...(await layoutShiftFindings(page, `${path} at ${width} px`)));
      found.charts.push(...(await chartText(page, path)));
    },
    /** After the checks that look at the page as the reader has it: axe adds its own script. */
    async audit(page: Page, path: string): Promise<void> {
      found.axe.push(...(await axeFindings(page, `${path} at ${width} px`)));
    },
    tests(): void {
      test(`axe (WCAG 2.0–2.2 A and AA, its defaults) finds no violation at ${width} px`, () => {
        expect(lines(found.axe)).toEqual([]);
      });
      test(`no page shifts its layout by ${CLS_LIMIT} or more (CLS) as it loads, at ${width} px`, () => {
        expect(lines(found.shifts)).toEqual([]);
      });
      test(`at ${width} px, no chart text renders under 12 CSS px`, () => {
        expect(found.charts.length).toBeGreaterThan(20);
        expect(found.charts.filter((c) => c.px < 12).map((c) => `${c.path}: "${c.text}" at ${c.px.toFixed(1)} px`)).toEqual([]);
      });
    },
  };
}
