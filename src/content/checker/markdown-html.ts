// Raw HTML in a Markdown body, read by parse5's tokenizer (the HTML standard's own, as browsers read it): the build
// passes it to the page as written, so the checker holds it to MDX's rules (no script, style, frame, handler or
// javascript: link, no component, no hidden comment) and refuses tags that would not close where the officer meant,
// since an unclosed or stray tag would reshape the page around the narrative.
import type { Html, Parent, Root } from 'mdast';
import { Tokenizer, TokenizerMode, type TokenHandler } from 'parse5';
import { visit } from 'unist-util-visit';
import { htmlVoidElements } from 'html-void-elements';
import { location } from 'vfile-location';
import type { Components } from '../registry.ts';
import { didYouMean, listOr } from './error-map.ts';
import { handlerMessage, isEventHandler, isUrlAttribute, refusedElement, scriptScheme, scriptUrlMessage } from './no-script.ts';

type Place = { line: number; column: number };
type At = (place: Place, message: string) => void;

/** Elements that never have an end tag (the list unified's HTML tools use). */
const VOID = new Set(htmlVoidElements);
/** Elements whose end tag HTML lets a writer leave out (the next sibling or the parent's end closes them). */
const OPTIONAL_END = new Set(['li', 'dt', 'dd', 'p', 'rt', 'rp', 'optgroup', 'option', 'colgroup', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th']);
/** What the tokenizer reads after these start tags: text, not tags, up to the matching end tag (as the HTML parser switches it). */
const TEXT_MODE: Record<string, number> = {
  script: TokenizerMode.SCRIPT_DATA,
  style: TokenizerMode.RAWTEXT,
  iframe: TokenizerMode.RAWTEXT,
  xmp: TokenizerMode.RAWTEXT,
  noembed: TokenizerMode.RAWTEXT,
  noframes: TokenizerMode.RAWTEXT,
  textarea: TokenizerMode.RCDATA,
  title: TokenizerMode.RCDATA,
  plaintext: TokenizerMode.PLAINTEXT,
};
const FOREIGN = new Set(['svg', 'math']);
/** Written as MDX writes a component (<Chart>, <ParaRef>, <a.b>); HTML's names may be in capitals (<SCRIPT>, <B>). */
const isComponentName = (written: string) => (/^[A-Z]/.test(written) && written !== written.toUpperCase()) || written.includes('.');

/**
 * Every problem in the raw HTML of a Markdown tree. Each parent's HTML pieces are read together (a paragraph's
 * `<span>` and its `</span>` are two pieces), from the body itself with everything else blanked, so offsets are the
 * file's. Tags must close within the paragraph (or the run of HTML blocks) that opens them.
 */
export function rawHtmlRules(tree: Root, body: string, components: Components, at: At): void {
  const groups = new Map<Parent, Html[]>();
  visit(tree, 'html', (node, _index, parent) => {
    if (!parent || node.position?.start.offset === undefined || node.position.end.offset === undefined) return;
    groups.set(parent, [...(groups.get(parent) ?? []), node]);
  });
  if (groups.size === 0) return;
  const lines = location(body);
  const place = (offset: number): Place => {
    const point = lines.toPoint(offset) ?? lines.toPoint(body.length)!;
    return { line: point.line, column: point.column };
  };
  for (const pieces of groups.values()) {
    const from = pieces[0]!.position!.start.offset!;
    const to = pieces.at(-1)!.position!.end.offset!;
    const chars = body.slice(from, to).replace(/[^\n]/g, ' ').split('');
    for (const p of pieces) for (let i = p.position!.start.offset!; i < p.position!.end.offset!; i++) chars[i - from] = body[i]!;
    readGroup(chars.join(''), (offset, message) => at(place(from + offset), message), components);
  }
}

function readGroup(html: string, at: (offset: number, message: string) => void, components: Components): void {
  const open: { name: string; offset: number }[] = [];
  const allowed = Object.keys(components);
  const inForeign = () => open.some((e) => FOREIGN.has(e.name));
  const unclosed = (e: { name: string; offset: number }) => {
    if (!OPTIONAL_END.has(e.name)) at(e.offset, `<${e.name}> is opened here and never closed; add </${e.name}> in the same paragraph`);
  };
  const handler: TokenHandler = {
    onStartTag(token) {
      const offset = token.location!.startOffset;
      const written = /^<([^\s/>]+)/.exec(html.slice(offset))?.[1] ?? token.tagName;
      const refused = refusedElement(token.tagName);
      if (refused) at(offset, refused);
      else if (isComponentName(written) && !inForeign()) {
        const offer = allowed.length ? `; this kind of file may use ${listOr(allowed.map((c) => `<${c}>`))}` : '; this kind of file uses no components: write Markdown';
        at(offset, `<${written}> is not a component the site provides${didYouMean(written, allowed)}${offer}`);
        return;
      }
      for (const a of token.attrs) {
        const name = a.prefix ? `${a.prefix}:${a.name}` : a.name;
        const where = token.location!.attrs?.[name]?.startOffset ?? offset;
        // Named as the officer wrote it (the tokenizer lowers the case): onClick, not onclick.
        if (isEventHandler(a.name)) at(where, handlerMessage(/^[^\s=/>]+/.exec(html.slice(where))?.[0] ?? name));
        else if (isUrlAttribute(name)) {
          const scheme = scriptScheme(a.value);
          if (scheme) at(where, scriptUrlMessage(`the ${name} of <${token.tagName}>`, scheme));
        }
      }
      if (TEXT_MODE[token.tagName] !== undefined) tokenizer.state = TEXT_MODE[token.tagName] as typeof tokenizer.state;
      if (VOID.has(token.tagName)) return;
      if (token.selfClosing && !inForeign()) {
        at(offset, `<${token.tagName} /> does not close itself in HTML, so what follows would fall inside it; write <${token.tagName}></${token.tagName}>`);
        return;
      }
      if (!token.selfClosing && !refused) open.push({ name: token.tagName, offset });
    },
    onEndTag(token) {
      const written = /^<\/([^\s/>]+)/.exec(html.slice(token.location!.startOffset))?.[1] ?? token.tagName;
      // A refused element or a component was reported at its start tag; its end tag follows from it.
      if (refusedElement(token.tagName) || (isComponentName(written) && !inForeign())) return;
      const index = open.findLastIndex((e) => e.name === token.tagName);
      if (index < 0) {
        at(token.location!.startOffset, `</${token.tagName}> closes a tag that is not open here; remove it, or open the tag in the same paragraph`);
        return;
      }
      open.splice(index).slice(1).forEach(unclosed);
    },
    onComment(token) {
      at(token.location!.startOffset, 'an HTML comment (<!-- … -->) is hidden on the page but published in its source; delete it (a note to editors belongs in the pull request)');
    },
    onDoctype() {},
    onEof() {},
    onCharacter() {},
    onNullCharacter() {},
    onWhitespaceCharacter() {},
  };
  const tokenizer = new Tokenizer({ sourceCodeLocationInfo: true }, handler);
  tokenizer.write(html, true);
  open.forEach(unclosed);
}
