// The layout-shift gate: what Lighthouse reports as CLS, read in the browser tests from the Layout Instability API.
import type { Page } from 'playwright-core';
import type { Finding } from './finding.ts';

/** Lighthouse's and Core Web Vitals' "good" bound. */
export const CLS_LIMIT = 0.1;

export interface LayoutShift {
  /** The sum of every shift no input caused, over the whole visit so far (never less than Lighthouse's windowed CLS). */
  score: number;
  /** The elements that moved, as tag#id.class. */
  moved: string[];
}

/** The page's layout shifts so far. Call after whatever should have settled (load, a search's results). */
export function layoutShift(page: Page): Promise<LayoutShift> {
  return page.evaluate(
    () =>
      new Promise<LayoutShift>((done) => {
        type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node | null }[] };
        const shifts: Shift[] = [];
        const observer = new PerformanceObserver((list) => shifts.push(...(list.getEntries() as Shift[])));
        observer.observe({ type: 'layout-shift', buffered: true });
        const describe = (node: Node | null | undefined) => {
          if (!(node instanceof Element)) return node ? node.nodeName.toLowerCase() : '(removed)';
          return node.tagName.toLowerCase() + (node.id ? `#${node.id}` : '') + (node.classList.length ? `.${[...node.classList].join('.')}` : '');
        };
        // The buffered entries arrive in the observer's first callback, a task after observe(); two frames is ample.
        requestAnimationFrame(() =>
          requestAnimationFrame(() =>
            setTimeout(() => {
              shifts.push(...(observer.takeRecords() as Shift[]));
              observer.disconnect();
              const counted = shifts.filter((s) => !s.hadRecentInput);
              done({
                score: counted.reduce((sum, s) => sum + s.value, 0),
                moved: [...new Set(counted.flatMap((s) => (s.sources ?? []).map((src) => describe(src.node))))],
              });
            }, 0),
          ),
        );
      }),
  );
}

export async function layoutShiftFindings(page: Page, route: string, limit = CLS_LIMIT): Promise<Finding[]> {
  const { score, moved } = await layoutShift(page);
  if (score < limit) return [];
  return [{ page: route, rule: 'layout-shift', target: moved.join(', ') || '-', message: `the layout shifts by ${score.toFixed(3)} (CLS) without any input: at most ${limit}` }];
}
