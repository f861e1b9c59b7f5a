// WHY: two checks third-party validators made that html-validate does not: the Nu HTML Checker's datetime microsyntax,
// and HTML_CodeSniffer's H43 (a header scoped to a column group in the body, where no column group exists).
import { Rule, type DOMReadyEvent, type Plugin, type RuleDocumentation } from 'html-validate';
import { isEditDatetime, isTimeDatetime } from './datetime.ts';

class ValidDatetime extends Rule {
  override documentation(): RuleDocumentation {
    return { description: 'A datetime attribute must hold one valid HTML date, time, week or duration: an interval needs two <time> elements.' };
  }
  setup(): void {
    this.on('dom:ready', (event: DOMReadyEvent) => {
      for (const el of event.document.querySelectorAll('time[datetime], ins[datetime], del[datetime]')) {
        const attr = el.getAttribute('datetime');
        const value = attr?.value;
        if (typeof value !== 'string') continue;
        const ok = el.tagName === 'time' ? isTimeDatetime(value) : isEditDatetime(value);
        if (!ok) this.report(el, `datetime="${value}" is not a valid ${el.tagName === 'time' ? 'date, time, week or duration' : 'date or date and time'}`, attr?.valueLocation ?? undefined);
      }
    });
  }
}

class HeaderScope extends Rule {
  override documentation(): RuleDocumentation {
    return { description: 'A row heading for a group of body rows is scope="rowgroup" in its own <tbody>; scope="colgroup" belongs to column headings.' };
  }
  setup(): void {
    this.on('dom:ready', (event: DOMReadyEvent) => {
      for (const th of event.document.querySelectorAll('tbody th[scope="colgroup"]')) {
        this.report(th, 'a heading inside <tbody> scoped to a column group: use scope="rowgroup" and one <tbody> per group');
      }
      for (const th of event.document.querySelectorAll('th[scope="rowgroup"]')) {
        if (!th.parent?.parent || !['tbody', 'thead', 'tfoot'].includes(th.parent.parent.tagName)) this.report(th, 'scope="rowgroup" outside a <tbody>, <thead> or <tfoot>: the group it heads is the whole table');
      }
    });
  }
}

/** The project's own html-validate rules, switched on in tests/support/gates/html.ts. */
export const atlasRules: Plugin = { name: 'atlas', rules: { 'atlas/valid-datetime': ValidDatetime, 'atlas/header-scope': HeaderScope } };
export const ATLAS_RULES = { 'atlas/valid-datetime': 'error', 'atlas/header-scope': 'error' } as const;
