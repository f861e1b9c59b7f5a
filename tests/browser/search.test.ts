// Site search in Chromium, served from the built folder with no other host: Pagefind finds the Sheffield case study.
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { parse } from 'yaml';
import { launchBrowser, serveSite, type SiteServer } from '../support/browser.ts';
import { SITE_DIR } from '../support/site.ts';

const base: string = parse(readFileSync('data/site.yaml', 'utf8')).base;
let browser: Browser;
let server: SiteServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serveSite(SITE_DIR, base)]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('searching for "Sheffield" from the plain form lists the Sheffield case study, with no error and no other host', async () => {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('request', (r) => { if (!r.url().startsWith(server.origin)) problems.push(`request to ${r.url()}`); });
  await page.goto(`${server.origin}${base}search/?q=Sheffield`);
  const result = page.locator(`.pagefind-ui__result-link[href^="${base}case-studies/sheffield/"]`);
  await result.first().waitFor({ timeout: 15_000 });
  expect(await result.first().textContent()).toContain('Sheffield');
  expect(await page.locator('#search-form').isHidden()).toBe(true);
  expect(await page.locator('#search-needs-js').isHidden()).toBe(true);
  expect(problems).toEqual([]);
  await page.close();
});

test('typing into the search box finds it too', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.origin}${base}search/`);
  await page.locator('.pagefind-ui__search-input').fill('Sheffield');
  await page.locator(`.pagefind-ui__result-link[href^="${base}case-studies/sheffield/"]`).first().waitFor({ timeout: 15_000 });
  await page.close();
});

test('without JavaScript the plain form is there and says search needs JavaScript', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${server.origin}${base}search/?q=Sheffield`);
  expect(await page.locator('#search-form input[name="q"]').isVisible()).toBe(true);
  expect(await page.locator('#search-needs-js').textContent()).toContain('needs JavaScript');
  await context.close();
});
