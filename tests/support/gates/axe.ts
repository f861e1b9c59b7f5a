// The accessibility gate: axe-core over a page, WCAG 2.0–2.2 A and AA, as findings naming the rule and the element.
// Pages are checked at both widths people use them at (AXE_WIDTHS): a phone's and a desktop's.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import type { Finding } from './finding.ts';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
export const AXE_WIDTHS = [390, 1280] as const;

export async function axeFindings(page: Page, route: string): Promise<Finding[]> {
    // Legacy mode runs axe in the page itself; the default opens a blank page per run to merge frame results,
  // and the site has no frames (MDX content may not add an iframe).
  // Otherwise axe runs with its defaults: its resultTypes option, for one, silently drops target-size violations.
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).setLegacyMode(true).analyze();
  return results.violations.flatMap((v) =>
    v.nodes.map((node) => ({
      page: route,
      rule: v.id,
      target: node.target.map(String).join(' '),
      message: `${v.help} (${node.impact ?? v.impact ?? 'impact unknown'}); ${v.helpUrl}`,
    })),
  );
}
