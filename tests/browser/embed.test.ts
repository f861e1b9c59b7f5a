// An embed as a host site uses it: the embed code copied from a figure's "Use and share" panel, pasted into a page on
// another origin; the iframe grows or shrinks to its content (@iframe-resizer) at 320 and 1280 px.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { siteBase } from '../../scripts/lib/site-settings.ts';
import { axeFindings, AXE_WIDTHS } from '../support/gates/axe.ts';
import { lines } from '../support/gates/finding.ts';
import { keyboardFindings } from '../support/gates/keyboard.ts';
import { reflowFindings, REFLOW_WIDTH } from '../support/gates/reflow.ts';
import { launchBrowser, serveSite, type SiteServer } from '../support/browser.ts';
import { readPage, SITE_DIR } from '../support/site.ts';

let browser: Browser;
let server: SiteServer;
const base = siteBase();

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serveSite(SITE_DIR, base)]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The embed code a reader copies from the borough page's panel, pointed at the local server instead of the published site. */
function embedCode(): string {
  const code = readPage('/boroughs/borough-a/')('#embed-strands-borough-a').text();
  expect(code).toContain('<iframe');
  return code.replace(/https:\/\/london-ypes\.github\.io/g, server.origin);
}

/**
 * The host is another origin (localhost and another port, where the site is 127.0.0.1): a real cross-origin embed.
 * Both are loopback, as Chromium will not let a public page load from a private address.
 */
async function onHost<T>(width: number, fn: (page: Page) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'embed-host-'));
  writeFileSync(join(dir, 'index.html'), `<!doctype html><html lang="en"><head><title>A borough's own site</title><link rel="icon" href="data:,"></head><body style="margin:0"><h1>Our partnership</h1>${embedCode()}<p>After the figure.</p></body></html>`);
  const host = await serveSite(dir, '/');
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  try {
    await page.goto(`${host.origin.replace('127.0.0.1', 'localhost')}/`);
    return await fn(page);
  } finally {
    await context.close();
    await host.close();
  }
}

/** The iframe's height on the host, and its content's height inside it, once iframe-resizer has settled. */
async function heights(page: Page): Promise<{ frame: number; content: number }> {
  let frame = page.frames().find((f) => f.url().includes('/embed/strands-borough-a/'));
  for (let i = 0; !frame && i < 100; i++) {
    await page.waitForTimeout(100);
    frame = page.frames().find((f) => f.url().includes('/embed/strands-borough-a/'));
  }
  if (!frame) throw new Error('the embed never loaded in the host page');
  await frame.waitForLoadState('load');
  let last = { frame: 0, content: -1 };
  for (let i = 0; i < 50; i++) {
    const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    const box = await page.locator('iframe[data-atlas-embed]').boundingBox();
    last = { frame: Math.round(box!.height), content };
    if (Math.abs(last.frame - last.content) <= 2) return last;
    await page.waitForTimeout(100);
  }
  return last;
}

describe('an embedded figure on another site', () => {
  test.each([320, 1280])('at %i px the iframe takes its content’s height', async (width) => {
    await onHost(width, async (page) => {
      const { frame, content } = await heights(page);
      expect(Math.abs(frame - content), `iframe ${frame} px, content ${content} px`).toBeLessThanOrEqual(2);
      // The code starts the frame at the picture's height plus room for its words; resizing moved it from there.
      const start = Number(/height="(\d+)"/.exec(embedCode())![1]);
      expect(frame).not.toBe(start);
    });
  }, 120_000);

  test('the narrow embed is taller than the wide one: it follows its content as the words wrap', async () => {
    const narrow = await onHost(320, heights);
    const wide = await onHost(1280, heights);
    expect(narrow.frame).toBeGreaterThan(wide.frame);
  }, 120_000);
});

describe('the new pages and panels pass the accessibility, keyboard and reflow gates', () => {
  const SAMPLE = ['embed/strands-borough-a/', 'embed/grid-ioe-2012-13/', 'embed/model-city/', 'embed/distribution-data-sharing/'];

  test.each(AXE_WIDTHS)('axe at %i px: embed pages, and a borough page with every "Use and share" and "Cite this" opened', async (width) => {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    const findings = [];
    for (const path of [...SAMPLE, 'boroughs/borough-a/', 'grid/']) {
      await page.goto(`${server.origin}${base}${path}`);
      await page.evaluate(() => document.querySelectorAll('details.use-share, details.cite-page').forEach((d) => d.setAttribute('open', '')));
      findings.push(...(await axeFindings(page, path)));
    }
    await context.close();
    expect(lines(findings)).toEqual([]);
  }, 240_000);

  test('keyboard: every control on an embed page is reached with a visible focus, and its skip link works; at 320 px nothing scrolls sideways but the figure', async () => {
    const context = await browser.newContext({ viewport: { width: REFLOW_WIDTH, height: 900 } });
    const page = await context.newPage();
    const findings = [];
    for (const path of SAMPLE) {
      findings.push(...(await keyboardFindings(page, `${server.origin}${base}${path}`, path)));
      await page.goto(`${server.origin}${base}${path}`);
      findings.push(...(await reflowFindings(page, path)));
    }
    await context.close();
    expect(lines(findings)).toEqual([]);
  }, 240_000);
});
