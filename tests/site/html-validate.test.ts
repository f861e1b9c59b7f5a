// Every built page is valid HTML by html-validate's recommended rules (.htmlvalidate.json turns none off: Astro's output needs no exception).
import { expect, test } from 'vitest';
import { lines } from '../support/gates/finding.ts';
import { htmlFindings } from '../support/gates/html.ts';
import { readSite } from '../support/gates/site-map.ts';
import { SITE_DIR } from '../support/site.ts';

test('html-validate finds no error on any page', { timeout: 300_000 }, async () => {
  const { pages } = readSite(SITE_DIR);
  expect(pages.size).toBeGreaterThan(10);
  const findings = [];
  for (const [file, html] of pages) findings.push(...(await htmlFindings(html, file)));
  expect(lines(findings)).toEqual([]);
});
