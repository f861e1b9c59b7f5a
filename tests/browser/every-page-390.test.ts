// Every page in the sitemap at a phone's width (390 × 844), opened once: nothing moves as it loads (CLS), axe finds no
// violation, chart text renders at 12 CSS px or more, every box that scrolls sideways says so and keeps its first column,
// caption and headers in view, and nothing fails to load or calls another host.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { walkPages } from '../support/every-page.ts';
import { axeFindings } from '../support/gates/axe.ts';
import { lines, type Finding } from '../support/gates/finding.ts';
import { CLS_LIMIT, layoutShiftFindings } from '../support/gates/layout-shift.ts';
import { openSession, type Session } from '../support/gates/session.ts';
import { chartText, scrollBoxProblems, type ChartText } from '../support/page-probes.ts';

const WIDTH = 390;
let session: Session;
const shifts: Finding[] = [];
const axe: Finding[] = [];
const charts: ChartText[] = [];
const scrollBoxes: string[] = [];
let network: Finding[] = [];

// Layout shift first (it counts from the page's start, before anything here touches the page), axe last (it adds its script).
beforeAll(async () => {
  session = await openSession();
  network = await walkPages(session, { width: WIDTH, height: 844 }, async (page, path) => {
    shifts.push(...(await layoutShiftFindings(page, `${path} at ${WIDTH} px`)));
    charts.push(...(await chartText(page, path)));
    scrollBoxes.push(...(await scrollBoxProblems(page, path)));
    axe.push(...(await axeFindings(page, `${path} at ${WIDTH} px`)));
  });
}, 1_200_000);
afterAll(() => session?.close());

test('the sitemap lists the site’s pages', () => {
  expect(session.paths).toContain(session.base);
  expect(session.paths).toContain(`${session.base}self-assessment/`);
  expect(session.paths.length).toBeGreaterThan(10);
});

test(`axe (WCAG 2.0–2.2 A and AA, its defaults) finds no violation at ${WIDTH} px`, () => {
  expect(lines(axe)).toEqual([]);
});

test(`no page shifts its layout by ${CLS_LIMIT} or more (CLS) as it loads, at ${WIDTH} px`, () => {
  expect(lines(shifts)).toEqual([]);
});

test(`at ${WIDTH} px, no chart text renders under 12 CSS px`, () => {
  expect(charts.length).toBeGreaterThan(20);
  expect(charts.filter((c) => c.px < 12).map((c) => `${c.path}: "${c.text}" at ${c.px.toFixed(1)} px`)).toEqual([]);
});

test('every box that scrolls sideways says so, keeps its first column in view when scrolled, and shows its caption and headers whole', () => {
  expect(scrollBoxes).toEqual([]);
});

test('no console error, failed request, or request to another host', () => {
  expect(lines(network)).toEqual([]);
});
