// WHY: text rendered from YAML gets the same <abbr> mark-up as MDX, as escaped HTML, so a field can never inject mark-up.
import { abbrOpenTag, escapeHtml, firstUses, siteMatcher, type TermMatcher } from './glossary.ts';

/**
 * `text` as safe HTML with the first use of each glossary term wrapped in <abbr title="…">.
 * Later uses on the same page are unwrapped by the page pass (src/lib/page-abbr.ts), so first use is per page.
 */
export function abbrHtml(text: string, matcher: TermMatcher = siteMatcher(), seen = new Set<string>()): string {
  let html = '';
  let at = 0;
  for (const use of firstUses(text, matcher, seen)) {
    html += escapeHtml(text.slice(at, use.index)) + abbrOpenTag(use.entry) + escapeHtml(use.form) + '</abbr>';
    at = use.index + use.form.length;
  }
  return html + escapeHtml(text.slice(at));
}
