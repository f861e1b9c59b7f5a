// Every internal link, asset and #anchor in the built site resolves: a reader never lands on a missing page.
import { expect, test } from 'vitest';
import type { Finding } from '../support/gates/finding.ts';
import { linkFindings } from '../support/gates/links.ts';
import { siteBase } from '../../scripts/lib/site-settings.ts';
import { readSite } from '../support/gates/site-map.ts';
import { SITE_DIR } from '../support/site.ts';

/** A broken nav link is on every page: list each broken target once, with the pages it is on. */
function byTarget(findings: Finding[]): string[] {
  const pages = new Map<string, Set<string>>();
  for (const f of findings) pages.set(`${f.target}  ${f.message}`, (pages.get(`${f.target}  ${f.message}`) ?? new Set()).add(f.page));
  return [...pages].map(([what, set]) => [what, [...set]] as const).map(([what, on]) => `${what}  (on ${on.length} page${on.length === 1 ? '' : 's'}: ${on.slice(0, 3).join(', ')}${on.length > 3 ? ', …' : ''})`);
}

test('no broken internal link or anchor on any page', () => {
  const site = readSite(SITE_DIR);
  expect(site.pages.size).toBeGreaterThan(10);
  expect(byTarget(linkFindings(site, siteBase(), 'https://london-ypes.github.io'))).toEqual([]);
});
