// MDX and Markdown bodies are parsed by the parser the build uses for them and judged on its tree: prose and the site's
// own components with quoted props only; no code (import/export, {expressions}), and no script, style, frame, handler or
// javascript: link (no-script.ts), whether written as MDX, as a Markdown link or as raw HTML in Markdown (markdown-html.ts).
import type { Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { numberBoardPaper } from '../board-paper-numbers.ts';
import { astroTransforms, hiddenLeadingBlock, parseBody } from '../read-content.ts';
import type { Components } from '../registry.ts';
import { didYouMean, listOr } from './error-map.ts';
import { rawHtmlRules } from './markdown-html.ts';
import { handlerMessage, isEventHandler, isUrlAttribute, refusedElement, scriptScheme, scriptUrlMessage } from './no-script.ts';
import type { Problem } from './problem.ts';
import type { SourceFile } from './source-file.ts';

const ESCAPES = 'to show the character itself, write \\< or \\{';

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;
type Place = { line: number; column: number } | undefined;

export interface BodyOptions {
  /** Components this kind's body may use, with their props. */
  components: Components;
  /** Board papers: check <ParaRef> targets with the numbering plugin itself. */
  numbered: boolean;
}

/** Every problem in a file's MDX or Markdown body, at the file's own line and column (the frontmatter counts). */
export function bodyRules(file: SourceFile, options: BodyOptions): Problem[] {
  if (file.body === undefined || file.format === undefined) return [];
  const at = (place: Place, message: string): Problem => ({ file: file.path, line: place?.line ?? 1, col: place?.column ?? 1, field: 'body', message });
  const parsed = parseBody(file.body, file.format);
  if ('error' in parsed) return [parseProblem(file, parsed.error, at)];
  const problems = treeRules(parsed.tree, options.components, at);
  if (file.format === 'md') {
    rawHtmlRules(parsed.tree, file.body, options.components, (place, message) => problems.push(at(place, message)));
    const hidden = hiddenLeadingBlock(file.body);
    if (hidden !== undefined) {
      const before = file.body.slice(0, hidden).split('\n');
      problems.push(at({ line: before.length, column: before.at(-1)!.length + 1 }, 'a line of three dashes at the start of the text is read as more frontmatter, so the text down to the next such line would not be shown; remove this line, or put a sentence before it'));
    }
  }
  if (options.numbered) {
    astroTransforms(parsed.tree);
    problems.push(...paraRefProblems(parsed.tree, at));
  }
  return problems;
}

/** The parser's complaint, said for an officer: what it saw, and how to write what they meant. */
function parseProblem(file: SourceFile, error: { line: number; column: number; reason: string; ruleId: string; source: string }, at: (p: Place, m: string) => Problem): Problem {
  const { reason, ruleId, source } = error;
  const lines = file.body!.split('\n');
  const offset = lines.slice(0, error.line - 1).reduce((n, l) => n + l.length + 1, 0) + error.column - 1;
  const placeOf = (index: number): Place => {
    const before = file.body!.slice(0, index).split('\n');
    return { line: before.length, column: before.at(-1)!.length + 1 };
  };
  const here: Place = { line: error.line, column: error.column };
  if (ruleId === 'end-tag-mismatch') {
    const open = /for `<([^>`]*)>` \((\d+):(\d+)/.exec(reason);
    const close = /closing tag `<\/([^>`]*)>`/.exec(reason);
    if (close && !/^Expected/.test(reason)) return at(here, `</${close[1]}> closes a tag that is not open here; remove it, or open the tag in the same paragraph`);
    if (open) return at({ line: Number(open[2]), column: Number(open[3]) }, `<${open[1]}> is opened here and never closed; add </${open[1]}> in the same paragraph, or write <${open[1]} /> if it holds nothing`);
  }
  if (source === 'micromark-extension-mdx-jsx' && ruleId === 'unexpected-character') {
    const char = /^Unexpected character `(.)`/.exec(reason)?.[1] ?? '';
    const lt = file.body!.lastIndexOf('<', offset);
    const place = lt >= 0 ? placeOf(lt) : here;
    if (char === '!') return at(place, 'an HTML comment (<!-- … -->) cannot be read in an MDX file; delete it (the file is public, so a note to editors belongs in the pull request)');
    if (/[\d\s=<]/.test(char) || /before name/.test(reason)) return at(place, `"<" followed by "${char.trim() ? char : ' '}" is read as the start of a tag; to write a less-than sign, write \\< (for example "aged \\<16") or put it in words`);
    return at(place, `this tag is not written correctly: a tag looks like <Name attribute="value" />; ${ESCAPES}`);
  }
  if (source === 'micromark-extension-mdx-jsx' && ruleId === 'unexpected-eof') {
    const lt = file.body!.lastIndexOf('<', offset);
    return at(lt >= 0 ? placeOf(lt) : here, `a tag opened here is never finished with ">"; ${ESCAPES}`);
  }
  if (source === 'micromark-extension-mdx-expression' && ruleId === 'unexpected-eof') {
    const brace = file.body!.lastIndexOf('{', offset);
    return at(brace >= 0 ? placeOf(brace) : here, `a "{" opens code that is never closed; content holds no code: to show a brace, write \\{`);
  }
  if (/expression|acorn|esm/.test(`${source} ${ruleId}`)) {
    return at(here, `the text in braces is read as code, and content holds no code; to show a brace, write \\{`);
  }
  return at(here, `this line cannot be read as MDX: look for a tag that is not closed, or a "<" or "{" meant as text (${ESCAPES})`);
}

function treeRules(tree: Root, components: Components, at: (p: Place, m: string) => Problem): Problem[] {
  const problems: Problem[] = [];
  const start = (node: { position?: { start: { line: number; column: number } } | undefined }): Place => node.position?.start;
  const allowed = Object.keys(components);
  visit(tree, (node: Root | RootContent) => {
    switch (node.type) {
      case 'mdxjsEsm': {
        // One node may hold several import/export lines; each is reported where it is.
        node.value.split('\n').forEach((line, i) => {
          const esm = /^(import|export)\b/.exec(line);
          if (esm) problems.push(at({ line: node.position!.start.line + i, column: 1 }, `an "${esm[1]}" line runs code when the site is built; content may use only the site's own components, so remove it`));
        });
        return 'skip';
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        problems.push(at(start(node), `{${shorten(node.value)}} is code, which would run when the site is built; content holds no code: remove the braces, or write \\{ to show a brace`));
        return 'skip';
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const found = elementRules(node, components, allowed, at);
        problems.push(...found);
        // What is inside a refused element follows from it (the braces of a <style>): reported once, at the element.
        return found.length && refusedElement(node.name ?? '') ? 'skip' : undefined;
      }
      case 'link':
      case 'image':
      case 'definition': {
        const scheme = scriptScheme(node.url);
        if (scheme) problems.push(at(start(node), scriptUrlMessage(node.type === 'image' ? 'the address of this image' : 'the address of this link', scheme)));
        return undefined;
      }
      default:
        return undefined;
    }
  });
  return problems;
}

function elementRules(node: Jsx, components: Components, allowed: string[], at: (p: Place, m: string) => Problem): Problem[] {
  const problems: Problem[] = [];
  const name = node.name ?? '';
  const place = node.position?.start;
  const attrPlace = (a: MdxJsxAttribute | MdxJsxExpressionAttribute): Place => a.position?.start ?? place;
  const isComponent = /^[A-Z]|\./.test(name) || name === '';
  const props = components[name];
  const refused = refusedElement(name);
  if (refused) {
    problems.push(at(place, refused));
  } else if (isComponent && !props) {
    const offer = allowed.length ? `; this kind of file may use ${listOr(allowed.map((c) => `<${c}>`))}` : '; this kind of file uses no components: write Markdown';
    problems.push(at(place, `<${name || '>'}> is not a component the site provides${didYouMean(name, allowed)}${offer}`));
    return problems;
  }
  for (const a of node.attributes) {
    if (a.type === 'mdxJsxExpressionAttribute') {
      problems.push(at(attrPlace(a), `{${shorten(a.value)}} in a tag is code, which content may not hold; write each attribute as name="value"`));
      continue;
    }
    if (isEventHandler(a.name)) {
      problems.push(at(attrPlace(a), handlerMessage(a.name)));
      continue;
    }
    const scheme = isUrlAttribute(a.name) && typeof a.value === 'string' ? scriptScheme(a.value) : undefined;
    if (scheme) {
      problems.push(at(attrPlace(a), scriptUrlMessage(`the ${a.name} of <${name}>`, scheme)));
      continue;
    }
    if (a.value !== null && typeof a.value === 'object') {
      problems.push(at(attrPlace(a), `the value of "${a.name}" is in braces, which is code; content may not hold code: write it in quotes, like ${a.name}="…"`));
      continue;
    }
    if (props && !props.includes(a.name)) {
      problems.push(at(attrPlace(a), `"${a.name}" is not a property of <${name}>${didYouMean(a.name, props)}; it takes ${listOr(props.map((p) => `${p}="…"`))}`));
    }
  }
  return problems;
}

/** <ParaRef> targets, found by running the numbering plugin itself over the parsed paper. */
function paraRefProblems(tree: Root, at: (p: Place, m: string) => Problem): Problem[] {
  const { labels, unknown } = numberBoardPaper(tree);
  const targets = [...labels.keys()];
  return unknown.map((u) => {
    const place = { line: u.line ?? 1, column: u.column ?? 1 };
    if (u.to === '') return at(place, `<ParaRef> needs a "to" attribute naming a section or an anchored paragraph, like <ParaRef to="next-steps" />`);
    return at(place, `<ParaRef to="${u.to}" /> points to no section or anchored paragraph in this paper${didYouMean(u.to, targets)}; "to" takes a section heading's slug (e.g. "${targets[0] ?? 'background'}") or the id of an <Anchor id="…" /> at the start of a paragraph`);
  });
}

function shorten(code: string): string {
  const one = code.replace(/\s+/g, ' ').trim();
  return one.length > 30 ? `${one.slice(0, 29)}…` : one;
}
