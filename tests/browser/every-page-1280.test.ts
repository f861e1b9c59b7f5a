// Every page in the sitemap at a desktop's width (1280 × 844), opened once: nothing moves as it loads (CLS), axe finds no
// violation, chart text renders at 12 CSS px or more, and printed on A4 nothing runs past the printable width and none of
// the site's chrome shows; nothing fails to load or calls another host. Then, at 1366 px, every table fits.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { pagesWith, screenChecks, walkPages } from '../support/every-page.ts';
import { lines, type Finding } from '../support/gates/finding.ts';
import { openSession, type Session } from '../support/gates/session.ts';
import { printProblems, tablesOverflowing } from '../support/page-probes.ts';

const WIDTH = 1280;
let session: Session;
const screen = screenChecks(WIDTH);
const overflow: string[] = [];
const chrome: string[] = [];
const wideTables: string[] = [];
let network: Finding[] = [];

// Layout shift first, axe after the screen checks, and print last: the reader prints a page already open on screen.
beforeAll(async () => {
  session = await openSession();
  network = await walkPages(session, { width: WIDTH, height: 844 }, async (page, path) => {
    await screen.measure(page, path);
    await screen.audit(page, path);
    const printed = await printProblems(page, path);
    overflow.push(...printed.overflow);
    chrome.push(...printed.chrome);
  });
  // Only the pages whose HTML has a table scroller have anything to measure at 1366 px.
  const withTables = pagesWith(session, /table-scroll/);
  expect(withTables.length).toBeGreaterThan(10);
  network.push(...(await walkPages(session, { width: 1366, height: 844 }, async (page, path) => void wideTables.push(...(await tablesOverflowing(page, path))), withTables)));
}, 1_200_000);
afterAll(() => session?.close());

screen.tests();

test('no element of any page runs past the printable width of A4 (portrait, or landscape for the annex)', () => {
  expect(overflow).toEqual([]);
});

test('printed pages carry no site header, footer, navigation or screen-only links', () => {
  expect(chrome).toEqual([]);
});

test('at 1366 px every table fits its container without scrolling', () => {
  expect(wideTables).toEqual([]);
});

test('no console error, failed request, or request to another host', () => {
  expect(lines(network)).toEqual([]);
});
