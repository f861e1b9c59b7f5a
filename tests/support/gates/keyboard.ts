// The keyboard gate: Tab reaches every control with a visible focus indicator, Enter and Space operate it, and the skip link works.
import type { Page } from 'playwright-core';
import type { Finding } from './finding.ts';

const INDEX = 'data-gate-index';

interface Stop {
  index: number | null;
  selector: string;
  /** The focused element's outline and box-shadow, as computed. */
  ring: string;
  visibleInViewport: boolean;
  href: string | null;
}

/** Tags every control a keyboard user must be able to reach, and notes how each looks unfocused. */
function markControls(attr: string): { selector: string; ring: string; button: boolean }[] {
  const FOCUSABLE =
    'a[href], area[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, audio[controls], video[controls], [contenteditable="true"], [tabindex]';
  const describe = (el: Element): string => {
    const parts: string[] = [];
    for (let e: Element | null = el; e && e !== document.body && parts.length < 4; e = e.parentElement) {
      const id = e.id ? `#${e.id}` : '';
      const cls = e.classList.length ? '.' + [...e.classList].join('.') : '';
      parts.unshift(`${e.tagName.toLowerCase()}${id}${cls}`);
      if (id) break;
    }
    const label = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 30);
    return parts.join(' > ') + (label ? ` "${label}"` : '');
  };
  const ring = (el: Element): string => {
    const s = getComputedStyle(el);
    const outline = s.outlineStyle === 'none' || parseFloat(s.outlineWidth) === 0 ? 'none' : `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`;
    return `outline: ${outline}; box-shadow: ${s.boxShadow}`;
  };
  const controls = [...document.querySelectorAll(FOCUSABLE)].filter((el) => {
    const h = el as HTMLElement;
    if (h.tabIndex < 0 || (h as HTMLButtonElement).disabled || el.closest('[inert]')) return false;
    if (el.tagName === 'SUMMARY' && el.parentElement?.tagName !== 'DETAILS') return false;
    // A radio group is one Tab stop (its checked radio, else its first); arrow keys move within it.
    if (el instanceof HTMLInputElement && el.type === 'radio' && el.name) {
      const group = [...document.getElementsByName(el.name)].filter((r) => r instanceof HTMLInputElement && r.type === 'radio' && r.form === el.form) as HTMLInputElement[];
      if ((group.find((r) => r.checked) ?? group[0]) !== el) return false;
    }
    return el.checkVisibility({ visibilityProperty: true }) && el.getClientRects().length > 0;
  });
  return controls.map((el, i) => {
    el.setAttribute(attr, String(i));
    const role = el.getAttribute('role');
    const button = ['BUTTON', 'SUMMARY'].includes(el.tagName) || (el.tagName === 'INPUT' && ['button', 'submit', 'reset'].includes((el as HTMLInputElement).type)) || role === 'button';
    return { selector: describe(el), ring: ring(el), button };
  });
}

/** What has focus now (functions passed to the page are serialised alone, so this repeats markControls' ring). */
function focused(attr: string): Stop | null {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return null;
  const s = getComputedStyle(el);
  const outline = s.outlineStyle === 'none' || parseFloat(s.outlineWidth) === 0 ? 'none' : `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`;
  const r = el.getBoundingClientRect();
  const visibleInViewport = r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
  const index = el.getAttribute(attr);
  return {
    index: index === null ? null : Number(index),
    selector: el.tagName.toLowerCase() + (el.id ? `#${el.id}` : '') + (el.classList.length ? '.' + [...el.classList].join('.') : ''),
    ring: `outline: ${outline}; box-shadow: ${s.boxShadow}`,
    visibleInViewport,
    href: el.getAttribute('href'),
  };
}

/** Opens the page as a reader finds it: where a custom element fetches data (compare's picker), after it has arrived,
 * so the controls counted on one visit are the same controls on the next. */
async function visit(page: Page, url: string): Promise<void> {
  await page.goto(url);
  if (await page.locator('atlas-compare').count()) await page.waitForLoadState('networkidle');
}

/** Every finding of the keyboard gate on one page; `url` is where the page is served, `route` how findings name it. */
export async function keyboardFindings(page: Page, url: string, route: string): Promise<Finding[]> {
  const findings: Finding[] = [];
  const add = (rule: string, target: string, message: string) => findings.push({ page: route, rule, target, message });

  await visit(page, url);
  const controls = await page.evaluate(markControls, INDEX);
  const reached = new Set<number>();
  const maxStops = controls.length + 25;
  /** The first Tab stop after the page loads, which must be the skip link. */
  let first: Stop | null = null;
  for (let n = 0; n < maxStops; n++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(focused, INDEX);
    if (n === 0) first = stop;
    if (stop === null) break; // focus left the document: the whole page has been walked
    if (stop.index !== null && reached.has(stop.index)) break;
    const target = stop.index === null ? stop.selector : controls[stop.index]!.selector;
    if (stop.index !== null) {
      reached.add(stop.index);
      if (stop.ring === controls[stop.index]!.ring || stop.ring === 'outline: none; box-shadow: none') {
        add('focus-visible', target, `no visible focus indicator: outline and box-shadow are the same focused as unfocused (${stop.ring})`);
      }
    }
    if (!stop.visibleInViewport) add('focus-hidden', target, 'the focused element is not visible on screen');
  }
  controls.forEach((c, i) => {
    if (!reached.has(i)) add('not-reachable', c.selector, 'Tab never reaches this control');
  });

  await skipLink(page, first, add);
  for (const [i, c] of controls.entries()) {
    if (c.button) await operable(page, url, i, c.selector, add);
  }
  return findings;
}

/** `first` is the walk's first Tab stop from the freshly loaded page; the reader comes back to it and presses Enter. */
async function skipLink(page: Page, first: Stop | null, add: (rule: string, target: string, message: string) => void): Promise<void> {
  const href = first?.href ?? null;
  const main = await page.evaluate(() => (document.querySelector('main') ? `#${document.querySelector('main')!.id}` : null));
  if (main === null) return add('skip-link', 'main', 'the page has no <main> element to skip to');
  if (href !== main) return add('skip-link', href ?? '(not a link)', `the first Tab stop must be a skip link to ${main}`);
  const again = await page.evaluate((target) => {
    const link = [...document.querySelectorAll<HTMLElement>('a[href]')].find((a) => a.getAttribute('href') === target);
    link?.focus();
    return !!link && document.activeElement === link;
  }, main);
  if (!again) return add('skip-link', href, 'the skip link cannot be focused again');
  await page.keyboard.press('Enter');
  const inMain = await page.evaluate(() => !!document.activeElement && !!document.activeElement.closest('main'));
  if (!inMain) add('skip-link', href, 'pressing Enter on the skip link does not move focus to the main content');
}

/**
 * Counts click events and focuses control `i`: "gone" when it is not there (the page navigated or re-rendered),
 * "submits" when it submits a form (so pressing it leaves the page), else "ready".
 */
function focusControl({ attr, i }: { attr: string; i: number }): 'gone' | 'submits' | 'ready' {
  const w = window as unknown as { gateClicks?: number };
  if (w.gateClicks === undefined) window.addEventListener('click', () => w.gateClicks!++, true);
  w.gateClicks = 0;
  const el = document.querySelector<HTMLElement>(`[${attr}="${i}"]`);
  el?.focus();
  if (!el || document.activeElement !== el) return 'gone';
  const submitter = el as HTMLButtonElement;
  return submitter.form && submitter.type === 'submit' ? 'submits' : 'ready';
}

/** Runs `fn`, or gives `undefined` when the page navigated away under it (a control that navigates did its job). */
async function unlessNavigated<T>(page: Page, fn: () => Promise<T>): Promise<T | undefined> {
  try {
    return await fn();
  } catch (error) {
    if (!/context was destroyed|navigat/i.test(String(error))) throw error;
    await page.waitForLoadState('load');
    return undefined;
  }
}

/** A button must do on Enter, and on Space, what it does on a click: the browser turns both into a click event. */
async function operable(page: Page, url: string, i: number, selector: string, add: (rule: string, target: string, message: string) => void): Promise<void> {
  for (const key of ['Enter', 'Space'] as const) {
    let state = await unlessNavigated(page, () => page.evaluate(focusControl, { attr: INDEX, i }));
    if (state === undefined || state === 'gone') {
      await visit(page, url);
      await page.evaluate(markControls, INDEX);
      state = await page.evaluate(focusControl, { attr: INDEX, i });
      if (state === 'gone') return add('not-operable', selector, 'the control cannot be focused');
    }
    // A submit button may leave the page (unless a script handles the form): wait for that, so it cannot cut the next visit short.
    const left =
      state === 'submits'
        ? page
            .waitForRequest((r) => r.isNavigationRequest() && r.frame() === page.mainFrame(), { timeout: 1_500 })
            .then(() => page.waitForEvent('load'))
            .then(() => true, () => false)
        : Promise.resolve(false);
    await page.keyboard.press(key);
    if (await left) continue; // it submitted the form, so the key worked
    const clicks = await unlessNavigated(page, () => page.evaluate(() => (window as unknown as { gateClicks?: number }).gateClicks ?? 1));
    if (clicks === 0) add('not-operable', selector, `pressing ${key} does nothing: it must act as a click does`);
  }
}
