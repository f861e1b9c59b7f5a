// Every page with only a keyboard: Tab reaches every control, focus is visible, Enter and Space work, the skip link skips.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { lines, type Finding } from '../support/gates/finding.ts';
import { keyboardFindings } from '../support/gates/keyboard.ts';
import { openSession, type Session } from '../support/gates/session.ts';

let session: Session;
const findings: Finding[] = [];

beforeAll(async () => {
  session = await openSession();
  const context = await session.browser.newContext();
  const page = await context.newPage();
  for (const path of session.paths) findings.push(...(await keyboardFindings(page, session.url(path), path)));
  await context.close();
}, 900_000);
afterAll(() => session?.close());

test('every page works from the keyboard, with a skip link to the main content', () => {
  expect(lines(findings)).toEqual([]);
});
