// Every page in the sitemap, in Chromium: nothing but the site itself is contacted, nothing fails, and axe finds no violation
// at a phone's width or a desktop's.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AXE_WIDTHS, axeFindings } from '../support/gates/axe.ts';
import { lines, type Finding } from '../support/gates/finding.ts';
import { watchNetwork } from '../support/gates/network.ts';
import { openSession, type Session } from '../support/gates/session.ts';

let session: Session;
const network: Finding[] = [];
const axe: Finding[] = [];

// At the first width, one visit per page serves both gates: the network is watched while axe runs. The two widths
// walk the pages side by side, one tab each.
beforeAll(async () => {
  session = await openSession();
  await Promise.all(AXE_WIDTHS.map(async (width, i) => {
    const context = await session.browser.newContext({ viewport: { width, height: 844 } });
    const watch = i === 0 ? await watchNetwork(context, session.server.origin) : undefined;
    const page = await context.newPage();
    for (const path of session.paths) {
      watch?.setPage(path);
      await page.goto(session.url(path), { waitUntil: 'load' });
      axe.push(...(await axeFindings(page, `${path} at ${width} px`)));
    }
    if (watch) network.push(...watch.findings);
    await context.close();
  }));
}, 600_000);
afterAll(() => session?.close());

describe('every page in a real browser', () => {
  test('the sitemap lists the site’s pages', () => {
    expect(session.paths).toContain(session.base);
    expect(session.paths.length).toBeGreaterThan(10);
  });
  test('no console error, failed request, or request to another host', () => {
    expect(lines(network)).toEqual([]);
  });
  test(`axe (WCAG 2.0–2.2 A and AA, its defaults) finds no violation at ${AXE_WIDTHS.join(' or ')} px`, () => {
    expect(lines(axe)).toEqual([]);
  });
});
