// The home page in Chromium: London at a glance is whole above the fold on a 1366 × 900 desktop, with the borough menu and
// "Start a self-assessment"; on a 390 × 844 phone it comes straight after the headline; with JavaScript off a reader can
// still open the borough menu and reach a borough's page.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openSession, type Session } from '../support/gates/session.ts';

let session: Session;
beforeAll(async () => {
  session = await openSession();
}, 180_000);
afterAll(() => session?.close());

const box = (selector: string) => `document.querySelector(${JSON.stringify(selector)}).getBoundingClientRect()`;

async function measure(width: number, height: number) {
  const context = await session.browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  await page.goto(session.url(session.base));
  const found = await page.evaluate(`({
    figure: ${box('#london-at-a-glance')}.toJSON(),
    h1: ${box('main h1')}.toJSON(),
    menu: ${box('details.borough-menu > summary')}.toJSON(),
    start: ${box('a.button-link')}.toJSON(),
    // The figure sits in its "Use and share" wrapper, first inside it, the panel after it.
    afterHeadline: (() => { const next = document.querySelector('main h1').nextElementSibling; return next.matches('.shared-figure') ? next.firstElementChild.id : next.id; })(),
  })`) as { figure: DOMRect; h1: DOMRect; menu: DOMRect; start: DOMRect; afterHeadline: string };
  await context.close();
  return found;
}

describe('the home page', () => {
  test('at 1366 × 900 the whole figure, the borough menu and "Start a self-assessment" are above the fold', async () => {
    const m = await measure(1366, 900);
    expect(m.figure.top).toBeGreaterThan(0);
    expect(m.figure.bottom).toBeLessThanOrEqual(900);
    expect(m.menu.bottom).toBeLessThanOrEqual(900);
    expect(m.start.bottom).toBeLessThanOrEqual(900);
  });

  test('at 390 × 844 the figure comes straight after the headline, on the first screen', async () => {
    const m = await measure(390, 844);
    expect(m.afterHeadline).toBe('london-at-a-glance');
    expect(m.figure.top - m.h1.bottom).toBeLessThan(24);
    expect(m.figure.top).toBeLessThan(844 / 2);
  });

  test("with JavaScript off, the borough menu opens and leads to a borough's page", async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(session.url(session.base));
    await page.getByText('Go to a borough’s page').click();
    const first = page.locator('details.borough-menu a').first();
    const name = (await first.textContent())!.trim();
    await first.click();
    await page.waitForLoadState('load');
    expect(new URL(page.url()).pathname).toMatch(/^\/boroughs\/[^/]+\/$/);
    expect((await page.locator('main h1').textContent())!).toContain(name);
    await context.close();
  });
});
