// Every page in the sitemap, in Chromium: nothing but the site itself is contacted, nothing fails, and axe finds no violation.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeFindings } from '../support/gates/axe.ts';
import { lines, type Finding } from '../support/gates/finding.ts';
import { watchNetwork } from '../support/gates/network.ts';
import { openSession, type Session } from '../support/gates/session.ts';

let session: Session;
const network: Finding[] = [];
const axe: Finding[] = [];

// One visit per page serves both gates: the network is watched while axe runs.
beforeAll(async () => {
  session = await openSession();
  const context = await session.browser.newContext();
  const watch = await watchNetwork(context, session.server.origin);
  const page = await context.newPage();
  for (const path of session.paths) {
    watch.setPage(path);
    await page.goto(session.url(path), { waitUntil: 'load' });
    axe.push(...(await axeFindings(page, path)));
  }
  network.push(...watch.findings);
  await context.close();
}, 300_000);
afterAll(() => session?.close());

describe('every page in a real browser', () => {
  test('the sitemap lists the site’s pages', () => {
    expect(session.paths).toContain(session.base);
    expect(session.paths.length).toBeGreaterThan(10);
  });
  test('no console error, failed request, or request to another host', () => {
    expect(lines(network)).toEqual([]);
  });
  test('axe (WCAG 2.0–2.2 A and AA) finds no violation', () => {
    expect(lines(axe)).toEqual([]);
  });
});
