// WHY: one matcher for the glossary's acronyms, shared by the MDX plugin, the data helper and the whole-page pass, so all three agree.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

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

export interface TermMatch {
  index: number;
  form: string;
  entry: GlossaryTerm;
}

/** Elements whose text is never marked: links, headings, code, existing abbreviations, and anything that is not prose. */
export const SKIP_TAGS = new Set([
  'a', 'abbr', 'code', 'pre', 'kbd', 'samp', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'script', 'style', 'svg', 'math', 'template', 'noscript', 'textarea', 'select', 'option', 'button', 'title',
]);

/** Marks a region that must stay as written, e.g. the glossary's own list of terms. */
export const SKIP_ATTRIBUTE = 'data-no-abbr';
/** Set on every abbreviation this site adds, so the page pass can tell them from hand-written ones. */
export const MARK_ATTRIBUTE = 'data-glossary';

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
export function entryFor(matcher: TermMatcher, form: string): GlossaryTerm | undefined {
  return matcher.entryOf.get(form) ?? (/[A-Z0-9]s$/.test(form) ? matcher.entryOf.get(form.slice(0, -1)) : undefined);
}

/** Every glossary form in `text`, in order. */
export function findTerms(text: string, matcher: TermMatcher): TermMatch[] {
  return [...text.matchAll(matcher.regex)].map((m) => ({ index: m.index, form: m[0], entry: entryFor(matcher, m[0])! }));
}

/** The first use of each entry not already in `seen` (which is updated), in order. */
export function firstUses(text: string, matcher: TermMatcher, seen: Set<string>): TermMatch[] {
  const out: TermMatch[] = [];
  for (const match of findTerms(text, matcher)) {
    if (seen.has(match.entry.term)) continue;
    seen.add(match.entry.term);
    out.push(match);
  }
  return out;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&#34;').replace(/'/g, '&#39;');
}

export function abbrOpenTag(entry: GlossaryTerm): string {
  return `<abbr title="${escapeHtml(entry.expansion)}" ${MARK_ATTRIBUTE}="${escapeHtml(entry.term)}">`;
}

/** Reads content/glossary.yaml directly: the plugin and the page pass run outside Astro's content layer. */
export function readGlossary(root = process.cwd()): GlossaryTerm[] {
  try {
    const list = parse(readFileSync(join(root, 'content/glossary.yaml'), 'utf8')) as unknown;
    return Array.isArray(list) ? (list as GlossaryTerm[]).filter((e) => typeof e?.term === 'string' && typeof e?.expansion === 'string') : [];
  } catch {
    return [];
  }
}

let cached: TermMatcher | undefined;
/** The site's matcher, built once per build. */
export function siteMatcher(): TermMatcher {
  cached ??= buildMatcher(readGlossary());
  return cached;
}
