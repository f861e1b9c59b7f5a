// One walk over every page in the sitemap at one width: each page is opened once and every per-page check of that width
// runs on the same visit (a page visit costs about a quarter of a CPU second, and the checks once cost six walks).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Finding } from './gates/finding.ts';
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
