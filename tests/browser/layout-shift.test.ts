// Every page in the sitemap, at a phone's width and a desktop's: nothing moves as it loads and its scripts arrive.
// One browser and one tab per width, visiting page after page, so the gate stays quick beside axe's own walk.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { lines, type Finding } from '../support/gates/finding.ts';
import { CLS_LIMIT, layoutShiftFindings } from '../support/gates/layout-shift.ts';
import { openSession, type Session } from '../support/gates/session.ts';

const WIDTHS = [[390, 844], [1280, 800]] as const;
let session: Session;
const findings: Finding[] = [];

beforeAll(async () => {
  session = await openSession();
  for (const [width, height] of WIDTHS) {
    const context = await session.browser.newContext({ viewport: { width, height } });
    const page = await context.newPage();
    for (const path of session.paths) {
      await page.goto(session.url(path), { waitUntil: 'load' });
      findings.push(...(await layoutShiftFindings(page, `${path} at ${width} px`)));
    }
    await context.close();
  }
}, 600_000);
afterAll(() => session?.close());

test(`no page in the sitemap shifts its layout by ${CLS_LIMIT} or more (CLS) as it loads, at ${WIDTHS.map(([w]) => w).join(' or ')} px`, () => {
  expect(session.paths).toContain(`${session.base}self-assessment/`);
  expect(lines(findings)).toEqual([]);
});
