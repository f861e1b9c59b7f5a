// Every page at 320 CSS px (WCAG 1.4.10 reflow): no sideways scrolling except inside the heatmap's own scroller.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { lines, type Finding } from '../support/gates/finding.ts';
import { REFLOW_WIDTH, reflowFindings } from '../support/gates/reflow.ts';
import { openSession, type Session } from '../support/gates/session.ts';

let session: Session;
const findings: Finding[] = [];

beforeAll(async () => {
  session = await openSession();
  const context = await session.browser.newContext({ viewport: { width: REFLOW_WIDTH, height: 640 } });
  const page = await context.newPage();
  for (const path of session.paths) {
    await page.goto(session.url(path));
    findings.push(...(await reflowFindings(page, path)));
  }
  await context.close();
}, 300_000);
afterAll(() => session?.close());

test(`every page reflows at ${REFLOW_WIDTH} CSS px`, () => {
  expect(lines(findings)).toEqual([]);
});
