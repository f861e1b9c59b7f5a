// The reflow gate (WCAG 1.4.10): at 320 CSS px nothing scrolls sideways except inside a heatmap's own scroller.
import type { Page } from 'playwright-core';
import type { Finding } from './finding.ts';

export const REFLOW_WIDTH = 320;
/** Elements with this class may scroll sideways inside themselves (the wide heatmap); the page itself may not. */
export const SCROLLER_CLASS = 'table-scroll';

function measure({ width, scroller }: { width: number; scroller: string }): { scrollWidth: number; culprits: string[] } {
  const scrollWidth = document.scrollingElement!.scrollWidth;
  if (scrollWidth <= width) return { scrollWidth, culprits: [] };
  const describe = (el: Element) =>
    el.tagName.toLowerCase() + (el.id ? `#${el.id}` : '') + (el.classList.length ? '.' + [...el.classList].join('.') : '');
  const scrolls = (el: Element) => el.classList.contains(scroller) || getComputedStyle(el).overflowX !== 'visible';
  /** Inside a scroller and kept there: an absolutely placed element whose containing block is outside the scroller escapes it. */
  const contained = (el: Element): boolean => {
    let box = el.parentElement;
    while (box && !scrolls(box)) box = box.parentElement;
    if (!box || box === document.body || box === document.documentElement) return false;
    for (let e: Element | null = el; e && e !== box; e = e.parentElement) {
      const position = getComputedStyle(e).position;
      if (position === 'fixed') return false;
      if (position === 'absolute') {
        const holder = (e as HTMLElement).offsetParent;
        return !!holder && (holder === box || box.contains(holder));
      }
    }
    return true;
  };
  const culprits = new Set<string>();
  for (const el of document.body.querySelectorAll('*')) {
    if (culprits.size >= 5) break;
    if (contained(el)) continue;
    const right = el.getBoundingClientRect().right;
    const parentRight = el.parentElement?.getBoundingClientRect().right ?? 0;
    if (right > width + 0.5 && parentRight <= width + 0.5) culprits.add(`${describe(el)} (right edge at ${Math.round(right)} px)`);
    // Text that does not wrap (a long word, a URL) overflows its element without widening the element's box.
    for (const node of el.childNodes) {
      if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const textRight = range.getBoundingClientRect().right;
      if (textRight > width + 0.5 && right <= width + 0.5) culprits.add(`text "${node.textContent.trim().slice(0, 40)}" in ${describe(el)} (right edge at ${Math.round(textRight)} px)`);
    }
  }
  return { scrollWidth, culprits: [...culprits] };
}

/** The page must already be open in a viewport REFLOW_WIDTH wide. */
export async function reflowFindings(page: Page, route: string): Promise<Finding[]> {
  const { scrollWidth, culprits } = await page.evaluate(measure, { width: REFLOW_WIDTH, scroller: SCROLLER_CLASS });
  if (scrollWidth <= REFLOW_WIDTH) return [];
  return [{ page: route, rule: 'reflow-320', target: culprits.join('; ') || 'html', message: `the page is ${scrollWidth} px wide at ${REFLOW_WIDTH} px: it scrolls sideways` }];
}
