// What the every-page walks measure on a page besides the gates: chart text sizes, sideways-scrolling boxes, tables
// that must fit a desktop, and the site's chrome in print. Each runs on a page already open (tests/support/every-page.ts).
import type { Page } from 'playwright-core';
import { overflows } from '../../scripts/lib/print-pdfs.ts';

export interface ChartText {
  path: string;
  text: string;
  /** The size it renders at, in CSS px. */
  px: number;
}

/** Every piece of chart text (SVG <text> and the HTML labels of bar charts) with the size it renders at, in CSS px. */
export async function chartText(page: Page, path: string): Promise<ChartText[]> {
  const sizes = await page.evaluate(() => {
    const out: { text: string; px: number }[] = [];
    for (const t of document.querySelectorAll<SVGTextElement>('main svg text')) {
      const ctm = t.getScreenCTM();
      if (!ctm || !t.textContent?.trim()) continue;
      out.push({ text: t.textContent.trim(), px: parseFloat(getComputedStyle(t).fontSize) * Math.hypot(ctm.a, ctm.b) });
    }
    for (const el of document.querySelectorAll<HTMLElement>('main .chart :is(figcaption, .bar-label, .bar-value)')) {
      out.push({ text: el.textContent!.trim(), px: parseFloat(getComputedStyle(el).fontSize) });
    }
    return out;
  });
  return sizes.map((s) => ({ path, ...s }));
}

/** A box that scrolls sideways must say so, keep its first column in view when scrolled, and show its caption and headers whole. */
export async function scrollBoxProblems(page: Page, path: string): Promise<string[]> {
  const found = await page.evaluate(() => {
    const out: string[] = [];
    for (const box of document.querySelectorAll<HTMLElement>('main :is(.table-scroll, .chart-scroll)')) {
      const name = box.querySelector('caption')?.textContent?.trim().slice(0, 40) ?? box.getAttribute('aria-label') ?? box.className;
      if (box.scrollWidth <= box.clientWidth) continue;
      const hint = getComputedStyle(box, '::before');
      if (hint.display === 'none' || !hint.content.includes('Scroll sideways')) out.push(`${name}: scrolls but does not say so`);
      const edge = box.getBoundingClientRect();
      const caption = box.querySelector('caption');
      if (caption) {
        const range = document.createRange();
        range.selectNodeContents(caption);
        const r = range.getBoundingClientRect();
        if (r.right > edge.right + 1 || r.left < edge.left - 1) out.push(`${name}: caption runs out of view`);
      }
      for (const th of box.querySelectorAll<HTMLElement>('thead th')) {
        if (th.scrollWidth > th.clientWidth + 1) out.push(`${name}: header "${th.textContent?.trim()}" is clipped`);
      }
      // The first column's cell in the first row that has one (a strand row spanning the table is not a column).
      const first = [...box.querySelectorAll<HTMLTableRowElement>('tbody tr')].map((tr) => tr.cells[0]).find((c) => c && c.colSpan === 1);
      if (first) {
        box.scrollLeft = box.scrollWidth;
        const left = first.getBoundingClientRect().left;
        box.scrollLeft = 0;
        if (getComputedStyle(first).position !== 'sticky') out.push(`${name}: first column is not held in place`);
        if (left < edge.left - 1) out.push(`${name}: first column scrolls out of view`);
      }
    }
    return out;
  });
  return found.map((f) => `${path}: ${f}`);
}

/** Tables in a table scroller that do not fit it (on a desktop nothing needs to scroll). */
export async function tablesOverflowing(page: Page, path: string): Promise<string[]> {
  const over = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('main .table-scroll')]
      .filter((box) => box.scrollWidth > box.clientWidth + 1)
      .map((box) => `${box.querySelector('caption')?.textContent?.trim().slice(0, 40)}: ${box.scrollWidth} px in ${box.clientWidth} px`),
  );
  return over.map((o) => `${path}: ${o}`);
}

/**
 * The page as printed, on A4: what runs past the printable width (scripts/lib/print-pdfs.ts), and any of the site's chrome
 * (header, footer, navigation, screen-only links) still shown. Switches the tab to print media and resizes it.
 */
export async function printProblems(page: Page, path: string): Promise<{ overflow: string[]; chrome: string[] }> {
  await page.emulateMedia({ media: 'print' });
  const overflow = (await overflows(page, path)).map((o) => `${o.route}  ${o.element} to ${o.right} px of ${o.width}`);
  const shown = await page.evaluate(() =>
    [...document.querySelectorAll('.site-header, .site-footer, nav, .skip-link, .no-print')].filter((el) => el.getClientRects().length > 0).map((el) => el.className || el.tagName.toLowerCase()),
  );
  return { overflow, chrome: shown.map((s) => `${path}: ${s}`) };
}
