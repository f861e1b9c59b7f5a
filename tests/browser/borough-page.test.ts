// The borough page and /compare/ in Chromium as a borough lead on a phone sees them: the headline on the first
// screen, a page half as tall as before, chart text a reader can read, and a comparison that works with and without JS.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { siteBase } from '../../scripts/lib/site-settings.ts';
import { launchBrowser, serveSite, type SiteServer } from '../support/browser.ts';
import { SITE_DIR } from '../support/site.ts';

/** The borough page was 18,617 px tall at 390 px before the headline-first redesign (issue 13); now at most half. */
const HEIGHT_BEFORE = 18_617;
const PHONE = { width: 390, height: 844 };
const SLUGS = 'abcdefghijklmnopqr'.split('').map((l) => `borough-${l}`);

let browser: Browser;
let server: SiteServer;
const base = siteBase();
const url = (path: string) => `${server.origin}${base}${path}`;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serveSite(SITE_DIR, base)]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function withPage<T>(viewport: { width: number; height: number }, fn: (page: Page) => Promise<T>, javaScriptEnabled = true): Promise<T> {
  const context = await browser.newContext({ viewport, javaScriptEnabled });
  try {
    return await fn(await context.newPage());
  } finally {
    await context.close();
  }
}

describe('the borough page on a phone', () => {
  test('the headline sentence, the chart, the place in London and the above/below lists are on the first screen (390 × 844)', async () => {
    await withPage(PHONE, async (page) => {
      for (const slug of ['borough-a', 'borough-c', 'borough-r']) {
        await page.goto(url(`boroughs/${slug}/`));
        const bottoms = await page.evaluate(() =>
          ['.headline-sentence', '.strand-chart .sc-units:last-of-type', '.relative > div:first-child dt', '.relative > div:last-child dt'].map((sel) => {
            const el = document.querySelector(sel);
            return [sel, el ? Math.round(el.getBoundingClientRect().bottom) : Infinity] as const;
          }),
        );
        for (const [sel, bottom] of bottoms) expect(bottom, `${slug} ${sel}`).toBeLessThanOrEqual(PHONE.height);
        await expect(page.locator('.headline-sentence').textContent()).resolves.toMatch(/of 18 boroughs in London/);
      }
    });
  });

  test(`every borough page is at most half its old height at 390 px (${HEIGHT_BEFORE / 2} px)`, async () => {
    const heights = await withPage(PHONE, async (page) => {
      const out: Record<string, number> = {};
      for (const slug of SLUGS) {
        await page.goto(url(`boroughs/${slug}/`));
        out[slug] = await page.evaluate(() => document.documentElement.scrollHeight);
      }
      return out;
    });
    const over = Object.entries(heights).filter(([, h]) => h > HEIGHT_BEFORE / 2);
    expect(over).toEqual([]);
  });

  test('chart text renders at 12 CSS px or more from 320 px up, and no chart on the page is scaled SVG text', async () => {
    for (const width of [320, 390, 1280]) {
      const found = await withPage({ width, height: 800 }, async (page) => {
        await page.goto(url('boroughs/borough-c/'));
        return page.evaluate(() => {
          const labels = [...document.querySelectorAll<HTMLElement>('.strand-chart *, .spread *')].filter((el) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()));
          const sizes = labels.filter((el) => el.getClientRects().length > 0).map((el) => parseFloat(getComputedStyle(el).fontSize) * (el.getBoundingClientRect().height / el.offsetHeight || 1));
          return { count: sizes.length, smallest: Math.min(...sizes), svgText: document.querySelectorAll('main svg text').length };
        });
      });
      expect(found.count, `${width}`).toBeGreaterThan(27 * 2);
      expect(found.smallest, `${width}`).toBeGreaterThanOrEqual(12);
      expect(found.svgText).toBe(0);
    }
  });

  test('the other descriptors are folded away on screen and open in print', async () => {
    await withPage(PHONE, async (page) => {
      await page.goto(url('boroughs/borough-c/'));
      const block = page.locator('section#data-sharing');
      const other = block.locator('.other-descriptors dd').first();
      await expect(other.isVisible()).resolves.toBe(false);
      await block.locator('.other-descriptors summary').click();
      await expect(other.isVisible()).resolves.toBe(true);
      await page.reload();
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('section#data-sharing .other-descriptors dd').first().isVisible()).resolves.toBe(true);
    });
  });
});

describe('compare', () => {
  test('without JavaScript: from /compare/ a link leads to the borough beside London and three others; no dead controls', async () => {
    await withPage(PHONE, async (page) => {
      await page.goto(url('compare/'));
      await page.getByRole('link', { name: 'Borough C compared' }).click();
      await expect(page.locator('h1').textContent()).resolves.toBe('Borough C compared');
      const heads = await page.locator('.compare-table thead th:visible').allTextContents();
      expect(heads.slice(0, 3)).toEqual(['Dimension', 'Borough C', 'London median']);
      expect(heads).toHaveLength(6);
      await expect(page.locator('.compare-picker').isVisible()).resolves.toBe(false);
      await expect(page.locator('.compare-static-note').isVisible()).resolves.toBe(true);
    }, false);
  });

  test('with JavaScript: the reader picks up to three boroughs, the table and words follow, and the URL keeps the choice', async () => {
    await withPage({ width: 1280, height: 900 }, async (page) => {
      await page.goto(url('compare/borough-c/'));
      const picker = page.locator('.compare-picker');
      await expect(picker.isVisible()).resolves.toBe(true);
      await expect(page.locator('.compare-static-note').isVisible()).resolves.toBe(false);
      const ticked = () => picker.locator('input:checked').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
      const defaults = await ticked();
      expect(defaults).toHaveLength(3);
      // Three are ticked, so the rest wait until one is unticked.
      await expect(picker.locator('input[value="borough-a"]').isDisabled()).resolves.toBe(!defaults.includes('borough-a'));
      for (const slug of defaults) await picker.locator(`input[value="${slug}"]`).uncheck();
      await picker.locator('input[value="borough-q"]').check();
      await picker.locator('input[value="borough-a"]').check();
      expect(await page.evaluate(() => location.search)).toBe('?with=borough-a%2Cborough-q');
      const heads = async () => (await page.locator('.compare-table thead th:visible').allTextContents()).map((s) => s.trim());
      expect(await heads()).toEqual(['Dimension', 'Borough C', 'London median', 'Borough A', 'Borough Q']);
      await expect(page.locator('.compare-summary li:visible').nth(1).textContent()).resolves.toMatch(/^Borough A is higher than Borough C on \d+/);
      await expect(page.locator('.compare-status').textContent()).resolves.toBe('Showing London, Borough A, Borough Q.');
      await page.reload();
      expect(await heads()).toEqual(['Dimension', 'Borough C', 'London median', 'Borough A', 'Borough Q']);
      // A shared link keeps at most three known boroughs, never the chosen one twice.
      await page.goto(url('compare/borough-c/?with=borough-c,borough-r,nonsense,borough-b,borough-d,borough-e'));
      expect(await heads()).toEqual(['Dimension', 'Borough C', 'London median', 'Borough B', 'Borough D', 'Borough R']);
    });
  });
});
