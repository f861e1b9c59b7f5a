// One shape for what every quality gate finds, so a failing gate names the page, the rule and the spot to fix.
export interface Finding {
  /** The page (a route such as /boroughs/borough-a/) or file the problem is on. */
  page: string;
  /** The gate's rule id, e.g. axe's "image-alt" or html-validate's "no-dup-id". */
  rule: string;
  /** Where on the page: a CSS selector, a link target, a request URL. */
  target: string;
  message: string;
}

export function formatFinding(f: Finding): string {
  return `${f.page}  ${f.rule}  ${f.target}  ${f.message}`;
}

/** The findings as lines, for `expect(lines(findings)).toEqual([])`: a failure lists every one. */
export function lines(findings: readonly Finding[]): string[] {
  return findings.map(formatFinding);
}
