// Every page in the sitemap at a phone's width (390 × 844), opened once: nothing moves as it loads (CLS), axe finds no
// violation, chart text renders at 12 CSS px or more, every box that scrolls sideways says so and keeps its first column,
// caption and headers in view, and nothing fails to load or calls another host.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { screenChecks, walkPages } from '../support/every-page.ts';
import { lines, type Finding } from '../support/gates/finding.ts';
import { openSession, type Session } from '../support/gates/session.ts';
import { scrollBoxProblems } from '../support/page-probes.ts';

const WIDTH = 390;
let session: Session;
const screen = screenChecks(WIDTH);
const scrollBoxes: string[] = [];
let network: Finding[] = [];

// Layout shift first (it counts from the page's start, before anything here touches the page), axe last (it adds its script).
beforeAll(async () => {
  session = await openSession();
  network = await walkPages(session, { width: WIDTH, height: 844 }, async (page, path) => {
    await screen.measure(page, path);
    scrollBoxes.push(...(await scrollBoxProblems(page, path)));
    await screen.audit(page, path);
  });
}, 1_200_000);
afterAll(() => session?.close());

test('the sitemap lists the site’s pages', () => {
  expect(session.paths).toContain(session.base);
  expect(session.paths).toContain(`${session.base}self-assessment/`);
  expect(session.paths.length).toBeGreaterThan(10);
});

screen.tests();

test('every box that scrolls sideways says so, keeps its first column in view when scrolled, and shows its caption and headers whole', () => {
  expect(scrollBoxes).toEqual([]);
});

test('no console error, failed request, or request to another host', () => {
  expect(lines(network)).toEqual([]);
});
