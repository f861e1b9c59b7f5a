// WHY: the glossary's one mechanism. Each page's rendered <main> passes once through `markFirstUses`, a forward scan of
// the HTML (no DOM), which wraps the first use of each acronym in <abbr title>; MDX and data-driven text are alike to it.
import { htmlVoidElements } from 'html-void-elements';

export interface GlossaryTerm {
  term: string;
  expansion: string;
  aliases?: string[] | undefined;
}

export interface TermMatcher {
  /** Every form (term or alias), longest first, so "NEETs" wins over "NEET". */
  regex: RegExp;
  /** A printed form → the entry it belongs to. */
  entryOf: Map<string, GlossaryTerm>;
}

/** Elements whose text is never marked: links, headings, code, existing abbreviations, and anything that is not prose. */
const SKIP_TAGS = new Set([
  'a', 'code', 'pre', 'kbd', 'samp', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'script', 'style', 'svg', 'math', 'template', 'noscript', 'textarea', 'select', 'option', 'button', 'title',
]);
/** Elements with no end tag, so never skipped "to the end". */
const VOID_TAGS = new Set(htmlVoidElements);
/** Marks a region that must stay as written, e.g. the glossary's own list of terms. */
const SKIP_ATTRIBUTE = /\sdata-no-abbr(?![^\s=])|\saria-hidden\s*=\s*["']?true(?![^\s"'])/;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function buildMatcher(entries: readonly GlossaryTerm[]): TermMatcher {
  const entryOf = new Map<string, GlossaryTerm>();
  for (const entry of entries) for (const form of [entry.term, ...(entry.aliases ?? [])]) entryOf.set(form, entry);
  const forms = [...entryOf.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
  // A form must stand alone: not inside a longer word ("IAG" in "CEIAG") nor inside an entity ("&amp;").
  // An acronym's plural is its form plus "s" ("LAs", "HEIs"), so a form ending in a capital or digit may take one.
  const pattern = (form: string) => escapeRegExp(form) + (/[A-Z0-9]$/.test(form) ? 's?' : '');
  const regex = new RegExp(`(?<![A-Za-z0-9&#])(?:${forms.map(pattern).join('|') || '(?!)'})(?![A-Za-z0-9])`, 'g');
  return { regex, entryOf };
}

/** The entry a printed form belongs to, plural "s" allowed; undefined when it is not in the glossary. */
function entryFor(matcher: TermMatcher, form: string): GlossaryTerm | undefined {
  return matcher.entryOf.get(form) ?? (/[A-Z0-9]s$/.test(form) ? matcher.entryOf.get(form.slice(0, -1)) : undefined);
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&#34;').replace(/'/g, '&#39;');

function abbrOf(form: string, entry: GlossaryTerm): string {
  return `<abbr title="${escapeAttribute(entry.expansion)}" data-glossary="${escapeAttribute(entry.term)}">${form}</abbr>`;
}

const textOf = (html: string) => html.replace(/<[^>]*>/g, '').trim();

/** One piece of mark-up read at a "<": a start tag, an end tag, or anything else (comment, doctype). */
interface Tag {
  kind: 'start' | 'end' | 'other';
  /** Lower-case element name ('' for other). */
  name: string;
  /** The attributes as written, for start tags. */
  attributes: string;
  selfClosing: boolean;
  /** Index just past the closing ">". */
  end: number;
}

const isNameChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 58;

/** The mark-up that starts at `lt` (a "<"), or undefined when that "<" is text. Quoted attribute values may hold ">". */
function readTag(html: string, lt: number): Tag | undefined {
  const next = html.charCodeAt(lt + 1);
  if (next === 33 /* ! */) {
    const close = html.startsWith('<!--', lt) ? html.indexOf('-->', lt + 4) : html.indexOf('>', lt);
    const end = close < 0 ? html.length : close + (html.startsWith('<!--', lt) ? 3 : 1);
    return { kind: 'other', name: '', attributes: '', selfClosing: false, end };
  }
  const closing = next === 47; /* / */
  let i = lt + (closing ? 2 : 1);
  const nameStart = i;
  const first = html.charCodeAt(i);
  if (!((first >= 97 && first <= 122) || (first >= 65 && first <= 90))) return undefined;
  while (i < html.length && isNameChar(html.charCodeAt(i))) i++;
  const name = html.slice(nameStart, i).toLowerCase();
  const attributesStart = i;
  for (; i < html.length; i++) {
    const c = html.charCodeAt(i);
    if (c === 62 /* > */) break;
    if (c === 34 || c === 39) {
      const q = html.indexOf(c === 34 ? '"' : "'", i + 1);
      if (q < 0) return undefined;
      i = q;
    }
  }
  if (i >= html.length) return undefined;
  const selfClosing = html.charCodeAt(i - 1) === 47;
  return { kind: closing ? 'end' : 'start', name, attributes: closing ? '' : html.slice(attributesStart, i), selfClosing, end: i + 1 };
}

/**
 * `html` (a page's <main>, as Astro rendered it) with the first use of each glossary term wrapped in
 * <abbr title="…" data-glossary="…">. Text inside links, headings, code, SVG, `data-no-abbr` and `aria-hidden`
 * regions stays as written; a hand-written <abbr> counts as its term's first use. Every other byte is unchanged.
 * One regex pass finds the candidates; tags are read only up to the last candidate that could still be a first use.
 * Glossary forms are letters and digits, so matching the raw (escaped) text finds exactly what a reader sees.
 */
export function markFirstUses(html: string, matcher: TermMatcher): string {
  const terms = new Set(matcher.entryOf.values()).size;
  const seen = new Set<string>();
  let out = '';
  let copied = 0; // html[0, copied) is already in `out`
  let at = 0; // every tag that starts before `at` has been read
  /** The index just past the end tag that closes the element `name` opened before `from`. */
  const endOf = (name: string, from: number): number => {
    if (name === 'script' || name === 'style' || name === 'textarea' || name === 'title') {
      const close = new RegExp(`</${name}`, 'gi');
      close.lastIndex = from;
      const found = close.exec(html);
      return found ? html.indexOf('>', found.index) + 1 : html.length;
    }
    let depth = 1;
    let i = from;
    while (depth > 0) {
      const lt = html.indexOf('<', i);
      if (lt < 0) return html.length;
      const tag = readTag(html, lt);
      if (!tag) {
        i = lt + 1;
        continue;
      }
      i = tag.end;
      if (tag.name !== name) continue;
      if (tag.kind === 'end') depth--;
      else if (tag.kind === 'start' && !tag.selfClosing) depth++;
    }
    return i;
  };
  /** Reads the tags before `p`; true when `p` is in text that may be marked (not in a tag or a region left alone). */
  const inProse = (p: number): boolean => {
    for (;;) {
      if (at > p) return false;
      const lt = html.indexOf('<', at);
      if (lt < 0 || lt > p) return true;
      const tag = readTag(html, lt);
      if (!tag) {
        at = lt + 1; // a "<" that starts no tag is text
        continue;
      }
      at = tag.end; // if `p` was inside this tag, the loop's first line says so once the tag has been read
      if (tag.kind !== 'start' || tag.selfClosing || VOID_TAGS.has(tag.name)) continue;
      if (tag.name === 'abbr') {
        const end = endOf('abbr', at);
        const entry = entryFor(matcher, textOf(html.slice(at, html.lastIndexOf('<', end - 1))));
        if (entry) seen.add(entry.term);
        at = end;
      } else if (SKIP_TAGS.has(tag.name) || ((tag.attributes.includes('data-no-abbr') || tag.attributes.includes('aria-hidden')) && SKIP_ATTRIBUTE.test(tag.attributes))) {
        at = endOf(tag.name, at);
      }
    }
  };
  for (const m of html.matchAll(matcher.regex)) {
    if (seen.size === terms) break;
    const entry = entryFor(matcher, m[0])!;
    // Reading the tags before this use may find a hand-written <abbr> for the same term, so `seen` is asked again.
    if (seen.has(entry.term) || !inProse(m.index) || seen.has(entry.term)) continue;
    seen.add(entry.term);
    out += html.slice(copied, m.index) + abbrOf(m[0], entry);
    copied = m.index + m[0].length;
  }
  return out + html.slice(copied);
}
