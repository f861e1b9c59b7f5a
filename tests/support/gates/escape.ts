// The escaping gate: hostile text from content shows literally wherever it lands (HTML, SVG, CSV, JSON), and injects nothing.
import * as cheerio from 'cheerio';
import Papa from 'papaparse';
import type { Finding } from './finding.ts';

/** A hostile string planted in the content, and a token of it that only it contains, to find where it landed. */
export interface Hostile {
  token: string;
  text: string;
}

const fold = (s: string) => s.replace(/\s+/g, ' ').trim();
/** Elements whose content the parser reads as plain text, so unescaped markup there is invisible in the DOM. */
const RAW_TEXT = /<(title|textarea)\b[^>]*>([\s\S]*?)<\/\1\s*>/gi;
const ATTRIBUTE_NAME = /^[a-z_:][-a-z0-9_:.]*$/i;

/** HTML, or SVG when `xml` is true. */
export function escapeFindings(source: string, route: string, hostile: readonly Hostile[], xml = false): Finding[] {
  const findings: Finding[] = [];
  const add = (rule: string, target: string, message: string) => findings.push({ page: route, rule, target, message });

  // Elsewhere unescaped markup becomes elements or attributes, which the checks below find in the DOM.
  for (const [, tag, inner] of source.matchAll(RAW_TEXT)) {
    if (inner!.includes('<')) add('unescaped-markup', tag!, `markup written unescaped inside <${tag}>: ${inner!.slice(0, 60)}`);
  }

  const $ = cheerio.load(source, { xml });
  // SVG text wraps over several <text> lines: a hostile text is judged against the lines read together.
  const svgText = xml ? fold($('text').map((_, t) => $(t).text()).get().join(' ')) : '';
  $('*').each((_, el) => {
    const element = el as unknown as { tagName: string; attribs: Record<string, string> };
    const tag = element.tagName.toLowerCase();
    // Embed code to copy is markup by design: judge the markup it holds (the iframe's title must decode to the text).
    if (tag === 'textarea' && $(el).hasClass('code')) {
      findings.push(...escapeFindings($(el).text(), `${route} (embed code)`, hostile));
      return;
    }
    if (tag === 'script' && /alert\(/.test($(el).text() + ($(el).attr('src') ?? ''))) add('injected-element', 'script', 'a script from content text was injected');
    if (tag === 'img' && $(el).attr('src') === 'x') add('injected-element', 'img[src=x]', 'an image from content text was injected');
    for (const [name, value] of Object.entries(element.attribs ?? {})) {
      if (/^on/i.test(name) || !ATTRIBUTE_NAME.test(name)) add('injected-attribute', `${tag}[${name}]`, `an attribute was injected (value ${JSON.stringify(value.slice(0, 40))})`);
      // A data attribute may carry JSON for a custom element: judge the strings it decodes to, as for a JSON download.
      const json = /^data-/.test(name) && /^[[{]/.test(value) ? jsonFindings(value, '', hostile) : undefined;
      if (json && !json.some((f) => f.rule === 'json-parse')) {
        json.forEach((f) => add('mangled-text', `${tag}[${name}]`, f.message));
        continue;
      }
      for (const h of hostile) {
        if (value.includes(h.token) && !fold(value).includes(fold(h.text))) add('mangled-text', `${tag}[${name}]`, `shows ${JSON.stringify(value)}, not ${JSON.stringify(h.text)}`);
      }
    }
    // Text: judge each element by its own text nodes, but compare with all its text (inline children included).
    const own = $(el).contents().filter((_, n) => n.type === 'text').text();
    for (const h of hostile) {
      const shown = fold($(el).text());
      if (own.includes(h.token) && !shown.includes(fold(h.text)) && !(xml && svgText.includes(fold(h.text))) && !cutAtWord(shown, fold(h.text))) add('mangled-text', tag, `shows ${JSON.stringify(shown.slice(0, 160))}, not ${JSON.stringify(h.text)}`);
    }
  });
  return findings;
}

/** A title cut short to fit (a tab, a figure's width) shows the text's beginning, whole, then "…". */
function cutAtWord(shown: string, text: string): boolean {
  if (!shown.endsWith('…')) return false;
  const kept = shown.slice(0, -1).trimEnd();
  for (let i = 0; i < kept.length; i++) if (text.startsWith(kept.slice(i)) && kept.slice(i).length >= 8) return true;
  return false;
}

/** How many times a hostile text appears literally in a page, as text or as an attribute value. */
export function literalCount(source: string, text: string, xml = false): number {
  const $ = cheerio.load(source, { xml });
  let n = 0;
  $('*').each((_, el) => {
    const own = $(el).contents().filter((_, c) => c.type === 'text').text();
    if (own.trim() && fold($(el).text()).includes(fold(text)) && !$(el).children().toArray().some((c) => fold($(c).text()).includes(fold(text)))) n++;
    for (const value of Object.values((el as unknown as { attribs: Record<string, string> }).attribs ?? {})) if (fold(value).includes(fold(text))) n++;
  });
  return n;
}

/** A CSV download: it parses, every row has the header's width, and each hostile text is a cell exactly. */
export function csvFindings(csv: string, route: string, hostile: readonly Hostile[]): Finding[] {
  const findings: Finding[] = [];
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  for (const e of parsed.errors) findings.push({ page: route, rule: 'csv-parse', target: `row ${e.row}`, message: e.message });
  const width = parsed.data[0]?.length ?? 0;
  parsed.data.forEach((row, i) => {
    if (row.length !== width) findings.push({ page: route, rule: 'csv-shape', target: `row ${i + 1}`, message: `${row.length} cells, but the header has ${width}` });
  });
  const cells = parsed.data.flat();
  for (const h of hostile) {
    for (const cell of cells.filter((c) => c.includes(h.token) && !c.includes(h.text))) {
      findings.push({ page: route, rule: 'mangled-text', target: 'cell', message: `shows ${JSON.stringify(cell)}, not ${JSON.stringify(h.text)}` });
    }
  }
  return findings;
}

/** Every string value in a JSON document. */
export function jsonStrings(json: string): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(JSON.parse(json));
  return out;
}

/** A JSON download: it parses, and every string holding a hostile token holds the whole text. */
export function jsonFindings(json: string, route: string, hostile: readonly Hostile[]): Finding[] {
  let strings: string[];
  try {
    strings = jsonStrings(json);
  } catch (e) {
    return [{ page: route, rule: 'json-parse', target: '-', message: (e as Error).message }];
  }
  // A string of markup (an oEmbed response's embed code) is judged as the markup it is.
  const markup = strings.filter((s) => s.trimStart().startsWith('<'));
  return hostile.flatMap((h) =>
    strings
      .filter((s) => !markup.includes(s) && s.includes(h.token) && !s.includes(h.text))
      .map((s) => ({ page: route, rule: 'mangled-text', target: 'string', message: `holds ${JSON.stringify(s)}, not ${JSON.stringify(h.text)}` })),
  ).concat(markup.flatMap((s) => escapeFindings(s, `${route} (markup)`, hostile)));
}

/** Decodes a PDF string: a literal (…) with backslash escapes, or <hex>; UTF-16BE when it starts with a byte-order mark. */
function pdfString(raw: string): string {
  let bytes: number[];
  if (raw.startsWith('<')) {
    const hex = raw.slice(1, -1).replace(/\s+/g, '');
    bytes = hex.match(/../g)?.map((h) => parseInt(h, 16)) ?? [];
  } else {
    bytes = [];
    const body = raw.slice(1, -1);
    const simple: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12, '(': 40, ')': 41, '\\': 92 };
    for (let i = 0; i < body.length; i++) {
      if (body[i] !== '\\') {
        bytes.push(body.charCodeAt(i));
        continue;
      }
      const next = body[++i]!;
      const octal = /^[0-7]{1,3}/.exec(body.slice(i))?.[0];
      if (octal) {
        bytes.push(parseInt(octal, 8));
        i += octal.length - 1;
      } else if (next in simple) bytes.push(simple[next]!);
      else if (next !== '\n') bytes.push(next.charCodeAt(0));
    }
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return Buffer.from(bytes.slice(2)).swap16().toString('utf16le');
  return Buffer.from(bytes).toString('latin1');
}

/** Every /Title in a PDF (the document's title, and its bookmarks), decoded. */
export function pdfTitles(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  return [...text.matchAll(/\/Title\s*(<[0-9A-Fa-f\s]*>|\((?:\\[\s\S]|[^\\)])*\))/g)].map((m) => pdfString(m[1]!));
}

/**
 * A PDF: every title holding a hostile token holds the whole text. Spaces are not compared: Chromium builds a
 * bookmark from the heading as laid out and can drop a space in a long, wrapped heading (seen with Borough C's).
 */
export function pdfFindings(pdf: Buffer, route: string, hostile: readonly Hostile[]): Finding[] {
  const bare = (s: string) => s.replace(/\s+/g, '');
  return hostile.flatMap((h) =>
    pdfTitles(pdf)
      .filter((t) => t.includes(h.token) && !bare(t).includes(bare(h.text)))
      .map((t) => ({ page: route, rule: 'mangled-text', target: '/Title', message: `is ${JSON.stringify(t)}, not ${JSON.stringify(h.text)}` })),
  );
}
