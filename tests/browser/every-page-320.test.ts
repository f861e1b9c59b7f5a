// Every page in the sitemap at 320 CSS px, opened once: it reflows (WCAG 1.4.10: no sideways scrolling except inside the
// heatmap's own scroller), its chart text renders at 12 CSS px or more, and nothing fails to load or calls another host.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { walkPages } from '../support/every-page.ts';
import { lines, type Finding } from '../support/gates/finding.ts';
import { REFLOW_WIDTH, reflowFindings } from '../support/gates/reflow.ts';
import { openSession, type Session } from '../support/gates/session.ts';
import { chartText, type ChartText } from '../support/page-probes.ts';

let session: Session;
const reflow: Finding[] = [];
const charts: ChartText[] = [];
let network: Finding[] = [];

beforeAll(async () => {
  session = await openSession();
  network = await walkPages(session, { width: REFLOW_WIDTH, height: 640 }, async (page, path) => {
    reflow.push(...(await reflowFindings(page, path)));
    charts.push(...(await chartText(page, path)));
  });
}, 1_200_000);
afterAll(() => session?.close());

test(`every page reflows at ${REFLOW_WIDTH} CSS px`, () => {
  expect(session.paths.length).toBeGreaterThan(10);
  expect(lines(reflow)).toEqual([]);
});

test(`at ${REFLOW_WIDTH} px, no chart text renders under 12 CSS px`, () => {
  expect(charts.length).toBeGreaterThan(20); // the charts and model diagrams are there to be measured
  expect(charts.filter((c) => c.px < 12).map((c) => `${c.path}: "${c.text}" at ${c.px.toFixed(1)} px`)).toEqual([]);
});

test('no console error, failed request, or request to another host', () => {
  expect(lines(network)).toEqual([]);
});
