// WHY: "first use per page" spans MDX and data-driven parts, so one pass over each page's final HTML keeps only the first <abbr> of each term.
// The page is parsed with a real HTML parser (parse5, through cheerio) for positions only; the HTML is edited at those
// offsets, so every byte the pass does not need to change stays exactly as Astro wrote it.
import { load } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { abbrOpenTag, entryFor, findTerms, MARK_ATTRIBUTE, SKIP_ATTRIBUTE, SKIP_TAGS, siteMatcher, type GlossaryTerm, type TermMatcher } from './glossary.ts';

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** One occurrence of a glossary entry on the page, in document order. */
type Occurrence =
  | { kind: 'text'; start: number; form: string; entry: GlossaryTerm }
  | { kind: 'ours'; element: Element; entry: GlossaryTerm }
  | { kind: 'theirs'; entry: GlossaryTerm }
  | { kind: 'stray'; element: Element };

const textOf = (node: AnyNode): string =>
  'children' in node ? node.children.map(textOf).join('') : node.type === 'text' ? (node as unknown as { data: string }).data : '';

/** The site's own <abbr> elements anywhere inside `node`. */
function ownAbbrs(node: AnyNode): Element[] {
  if (!('children' in node)) return [];
  const own = node.type === 'tag' && (node as Element).name === 'abbr' && (node as Element).attribs[MARK_ATTRIBUTE] !== undefined ? [node as Element] : [];
  return [...own, ...node.children.flatMap(ownAbbrs)];
}

function collect(node: AnyNode, html: string, matcher: TermMatcher, out: Occurrence[]): void {
  if (node.type === 'text') {
    const loc = node.sourceCodeLocation;
    if (!loc) return;
    // Raw source, not decoded text, so offsets stay exact; glossary forms contain no character that needs escaping.
    const raw = html.slice(loc.startOffset, loc.endOffset);
    for (const m of findTerms(raw, matcher)) out.push({ kind: 'text', start: loc.startOffset + m.index, form: m.form, entry: m.entry });
    return;
  }
  if (!('children' in node)) return;
  if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
    const el = node as Element;
    if (el.name === 'abbr') {
      const mark = el.attribs[MARK_ATTRIBUTE];
      const entry = mark !== undefined ? matcher.entryOf.get(mark) : entryFor(matcher, textOf(el).trim());
      if (entry) out.push(mark !== undefined ? { kind: 'ours', element: el, entry } : { kind: 'theirs', entry });
      return;
    }
    if (SKIP_TAGS.has(el.name) || el.attribs[SKIP_ATTRIBUTE] !== undefined || el.attribs['aria-hidden'] === 'true') {
      // Text here stays as written, so an <abbr> the site put here (say, from data inside a link) is taken out again.
      for (const inner of ownAbbrs(el)) out.push({ kind: 'stray', element: inner });
      return;
    }
  }
  for (const child of node.children) collect(child, html, matcher, out);
}

/**
 * Within <main>, the first use of each glossary term becomes (or stays) an <abbr title>; any later <abbr> the site
 * added for the same term is unwrapped. Hand-written <abbr> elements are left alone and count as a first use.
 */
export function markPageAbbreviations(html: string, matcher: TermMatcher = siteMatcher()): string {
  if (matcher.entryOf.size === 0 || !html.includes('<main')) return html;
  const $ = load(html, { sourceCodeLocationInfo: true });
  const main = $('main').get(0);
  if (!main) return html;
  const occurrences: Occurrence[] = [];
  collect(main, html, matcher, occurrences);

  const edits: Edit[] = [];
  const done = new Set<string>();
  const unwrap = (el: Element) => {
    const loc = el.sourceCodeLocation;
    if (loc?.startTag && loc.endTag) edits.push({ start: loc.startTag.startOffset, end: loc.startTag.endOffset, text: '' }, { start: loc.endTag.startOffset, end: loc.endTag.endOffset, text: '' });
  };
  for (const o of occurrences) {
    if (o.kind === 'stray') {
      unwrap(o.element);
      continue;
    }
    const first = !done.has(o.entry.term);
    done.add(o.entry.term);
    if (o.kind === 'text' && first) {
      edits.push({ start: o.start, end: o.start, text: abbrOpenTag(o.entry) }, { start: o.start + o.form.length, end: o.start + o.form.length, text: '</abbr>' });
    } else if (o.kind === 'ours' && !first) unwrap(o.element);
  }
  if (edits.length === 0) return html;
  edits.sort((a, b) => b.start - a.start || b.end - a.end);
  let out = html;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}
