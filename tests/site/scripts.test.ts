// No built page runs inline script: each has a CSP without 'unsafe-inline', and no <script> without src, on* or javascript:.
import { expect, test } from 'vitest';
import { cspFindings } from '../support/gates/csp.ts';
import { lines } from '../support/gates/finding.ts';
import { readSite } from '../support/gates/site-map.ts';
import { SITE_DIR } from '../support/site.ts';

test('every page has a strict CSP and no inline script', () => {
  const { pages } = readSite(SITE_DIR);
  expect(pages.size).toBeGreaterThan(10);
  expect(lines([...pages].flatMap(([file, html]) => cspFindings(html, file)))).toEqual([]);
});
