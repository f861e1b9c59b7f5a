// Every page type prints on A4 without anything running past the printable width, and without the site's chrome.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { overflows, type Overflow } from '../../scripts/lib/print-pdfs.ts';
import { openSession, type Session } from '../support/gates/session.ts';

let session: Session;
const found: Overflow[] = [];
const chrome: string[] = [];

beforeAll(async () => {
  session = await openSession();
  const page = await session.browser.newPage();
  await page.emulateMedia({ media: 'print' });
  for (const path of session.paths) {
    await page.goto(session.url(path));
    found.push(...(await overflows(page, path)));
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll('.site-header, .site-footer, nav, .skip-link, .no-print')].filter((el) => el.getClientRects().length > 0).map((el) => el.className || el.tagName.toLowerCase()),
    );
    chrome.push(...shown.map((s) => `${path}: ${s}`));
  }
  await page.close();
}, 300_000);
afterAll(() => session?.close());

test('no element of any page runs past the printable width of A4 (portrait, or landscape for the annex)', () => {
  expect(session.paths.length).toBeGreaterThan(10);
  expect(found.map((o) => `${o.route}  ${o.element} to ${o.right} px of ${o.width}`)).toEqual([]);
});

test('printed pages carry no site header, footer, navigation or screen-only links', () => {
  expect(chrome).toEqual([]);
});
