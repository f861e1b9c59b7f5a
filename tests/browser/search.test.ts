// Site search in Chromium, served from the built folder with no other host: real names and nonsense find nothing, words find pages.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { siteBase } from '../../scripts/lib/site-settings.ts';
import { LONDON_AUTHORITIES } from '../../src/features/search/search-terms.ts';
import { launchBrowser, serveSite, type SiteServer } from '../support/browser.ts';
import { CLS_LIMIT, layoutShift } from '../support/gates/layout-shift.ts';
import { SITE_DIR } from '../support/site.ts';

const base = siteBase();
let browser: Browser;
let server: SiteServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serveSite(SITE_DIR, base)]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Searches from the address bar (?q=) and waits for the result line; returns what a reader sees. */
async function search(page: Page, term: string) {
  await page.goto(`${server.origin}${base}search/?q=${encodeURIComponent(term)}`);
  await page.locator('#search-status').filter({ hasText: /\S/ }).waitFor({ timeout: 15_000 });
  return {
    status: (await page.locator('#search-status').textContent())!.trim(),
    notice: await page.locator('#search-anonymised').isVisible(),
    links: await page.locator('#search-results a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)),
    excerpts: await page.locator('#search-results p').allTextContents(),
  };
}

test('searching for "Sheffield" lists the Sheffield case study, with no error and no other host', async () => {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('request', (r) => { if (!r.url().startsWith(server.origin)) problems.push(`request to ${r.url()}`); });
  const found = await search(page, 'Sheffield');
  expect(found.links).toContain(`${base}case-studies/sheffield/`);
  expect(found.status).toMatch(/results? for “Sheffield”/);
  expect(await page.locator('#search-needs-js').isHidden()).toBe(true);
  expect(problems).toEqual([]);
  await page.close();
});

test('typing into the labelled search box finds it too, and keeps the search in the address', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.origin}${base}search/`);
  await page.getByLabel(/Search the case studies/).fill('Sheffield');
  await page.locator(`#search-results a[href^="${base}case-studies/sheffield/"]`).first().waitFor({ timeout: 15_000 });
  expect(new URL(await page.evaluate(() => location.href)).searchParams.get('q')).toBe('Sheffield');
  await page.close();
});

describe('nothing moves as search arrives (Lighthouse measured CLS 0.29–0.40 here)', () => {
  test.each([390, 1280])(`at %i px: the form replacing the no-JS sections, results from the address, and results while typing shift the layout by under ${CLS_LIMIT}`, async (width) => {
    const context = await browser.newContext({ viewport: { width, height: width === 390 ? 844 : 800 } });
    const page = await context.newPage();
    const shifts: Record<string, number> = {};
    await page.goto(`${server.origin}${base}search/`, { waitUntil: 'load' });
    shifts.arrival = (await layoutShift(page)).score;
    await page.goto(`${server.origin}${base}search/?q=Sheffield`, { waitUntil: 'load' });
    await page.locator('#search-results a').first().waitFor({ timeout: 15_000 });
    shifts['results from ?q='] = (await layoutShift(page)).score;
    await page.goto(`${server.origin}${base}search/`, { waitUntil: 'load' });
    await page.getByLabel(/Search the case studies/).pressSequentially('data sharing', { delay: 20 });
    await page.locator('#search-results a').first().waitFor({ timeout: 15_000 });
    // A shift within half a second of a key press is the reader's own doing and is not counted, as in Lighthouse.
    await page.waitForTimeout(600);
    shifts['results while typing'] = (await layoutShift(page)).score;
    expect(Object.entries(shifts).filter(([, score]) => score >= CLS_LIMIT)).toEqual([]);
    await context.close();
  });
});

describe('honest search', () => {
  test(`each of London's ${LONDON_AUTHORITIES.length} authorities gets the notice that real names are not used, and no borough`, async () => {
    expect(LONDON_AUTHORITIES).toHaveLength(33);
    const page = await browser.newPage();
    const wrong: string[] = [];
    for (const name of LONDON_AUTHORITIES) {
      for (const term of [name, name === 'City of London' ? 'city of london corporation' : `london borough of ${name.toLowerCase()}`]) {
        const found = await search(page, term);
        if (!found.notice) wrong.push(`${term}: no notice`);
        const boroughs = found.links.filter((l) => l.startsWith(`${base}boroughs/`));
        if (boroughs.length) wrong.push(`${term}: ${boroughs.join(', ')}`);
      }
    }
    expect(wrong).toEqual([]);
    await page.close();
  }, 120_000);

  test('a real name with other words searches for the other words, still with the notice', async () => {
    const page = await browser.newPage();
    const found = await search(page, 'Hackney data sharing');
    expect(found.notice).toBe(true);
    expect(found.status).toMatch(/for “data sharing”/);
    expect(found.links).toContain(`${base}dimensions/data-sharing/`);
    await page.close();
  });

  test.each(['xyzzy', 'qqq', 'Hxq', 'zzzz', 'mmmm'])('nonsense ("%s") finds nothing, and says so', async (term) => {
    const page = await browser.newPage();
    const found = await search(page, term);
    expect(found.links).toEqual([]);
    expect(found.status).toBe(`No results for “${term}”.`);
    expect(found.notice).toBe(false);
    await page.close();
  });

  test('excerpts read as words: no level letter run into its label, no single-letter marks', async () => {
    const page = await browser.newPage();
    const excerpts = [...(await search(page, 'Medium')).excerpts, ...(await search(page, 'descriptor')).excerpts, ...(await search(page, 'tally')).excerpts];
    expect(excerpts.length).toBeGreaterThan(5);
    for (const e of excerpts) {
      expect(e).not.toMatch(/\b[HML–-](High|Medium|Low|Not mentioned)\b/);
      expect(e).not.toMatch(/\bx{2,}\b/);
      expect(e).not.toMatch(/\b(High|Medium|Low|mentioned)[A-Z][a-z]/);
    }
    await page.close();
  });
});

test('without JavaScript the page shows no form, says search needs JavaScript, and links every section', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${server.origin}${base}search/?q=Sheffield`);
  expect(await page.locator('form, input').filter({ visible: true }).count()).toBe(0);
  expect(await page.locator('#search-needs-js').textContent()).toContain('needs JavaScript');
  const sections = await page.locator('#search-needs-js a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  for (const s of ['grid/', 'boroughs/', 'dimensions/', 'history/', 'plans/', 'glossary/']) expect(sections).toContain(`${base}${s}`);
  await context.close();
});
