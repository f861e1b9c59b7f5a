// The script gate: every page carries a CSP that forbids inline script, and ships none (no inline <script>, on* or javascript:).
import * as cheerio from 'cheerio';
import type { Finding } from './finding.ts';

/** Sources that would let script run from the page itself or from anywhere. */
const UNSAFE_SCRIPT_SOURCES = ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "'strict-dynamic'", '*', 'data:', 'blob:', 'http:', 'https:'];

export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), values);
  }
  return directives;
}

export function cspFindings(html: string, route: string): Finding[] {
  const findings: Finding[] = [];
  const add = (rule: string, target: string, message: string) => findings.push({ page: route, rule, target, message });
  const $ = cheerio.load(html);

  const meta = $('meta').filter((_, el) => ($(el).attr('http-equiv') ?? '').toLowerCase() === 'content-security-policy');
  if (meta.length === 0) add('csp-missing', 'head', 'no <meta http-equiv="Content-Security-Policy">');
  else {
    const policy = parseCsp(meta.first().attr('content') ?? '');
    const scriptSrc = policy.get('script-src') ?? policy.get('default-src');
    if (!scriptSrc) add('csp-script-src', 'meta[http-equiv]', 'the policy has neither script-src nor default-src, so it allows any script');
    for (const source of scriptSrc ?? []) {
      if (UNSAFE_SCRIPT_SOURCES.includes(source.toLowerCase()) || source.startsWith("'sha") || source.startsWith("'nonce-")) {
        add('csp-script-src', 'meta[http-equiv]', `script-src allows ${source}`);
      }
    }
    // A policy in a meta tag only covers what comes after it.
    const first = $('head').children().filter((_, el) => ['script', 'link', 'style'].includes(el.tagName)).first();
    if (first.length && first.index() < meta.first().index()) add('csp-late', first.prop('outerHTML')!.slice(0, 80), 'comes before the CSP meta tag, which therefore does not cover it');
    if (!meta.first().parent().is('head')) add('csp-late', 'meta[http-equiv]', 'the CSP meta tag must be in <head>');
  }

  $('script').each((_, el) => {
    if (!$(el).attr('src')) add('inline-script', $.html(el).slice(0, 80), 'a <script> without src: the site ships no inline script');
  });
  $('*').each((_, node) => {
    const el = node as unknown as { tagName: string; attribs?: Record<string, string> };
    for (const [name, value] of Object.entries(el.attribs ?? {})) {
      if (/^on/i.test(name)) add('inline-handler', `${el.tagName}[${name}]`, `an event-handler attribute is inline script: ${value.slice(0, 60)}`);
      if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(name) && /^\s*javascript:/i.test(value)) {
        add('javascript-url', `${el.tagName}[${name}]`, 'a javascript: URL is inline script');
      }
    }
  });
  return findings;
}
