// The markup gate: html-validate's recommended rules (see .htmlvalidate.json) and our own two (html-rules.ts) over a page, as findings.
import { readFileSync } from 'node:fs';
import { HtmlValidate, type ConfigData } from 'html-validate';
import type { Finding } from './finding.ts';
import { ATLAS_RULES, atlasRules } from './html-rules.ts';

let validator: HtmlValidate | undefined;

/** The project's html-validate configuration, as written in .htmlvalidate.json at the root, plus our own rules. */
export function htmlValidator(): HtmlValidate {
  const config = JSON.parse(readFileSync(new URL('../../../.htmlvalidate.json', import.meta.url), 'utf8')) as ConfigData;
  validator ??= new HtmlValidate({ ...config, plugins: [...(config.plugins ?? []), atlasRules], rules: { ...config.rules, ...ATLAS_RULES } });
  return validator;
}

export async function htmlFindings(html: string, route: string): Promise<Finding[]> {
  const report = await htmlValidator().validateString(html, route);
  return report.results.flatMap((r) =>
    r.messages.map((m) => ({ page: route, rule: m.ruleId, target: `${m.selector ?? '-'} (line ${m.line}:${m.column})`, message: m.message })),
  );
}
