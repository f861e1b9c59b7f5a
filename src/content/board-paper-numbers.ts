// WHY: board papers number their paragraphs (1, 1.1, 1.1.1) from the document's structure, so authors never type a number.
import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import type { Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';

type Jsx = MdxJsxTextElement | MdxJsxFlowElement;
type Node = Root | RootContent | ListItem;

/** One `<ParaRef to>` found in the document, with its place in the source (for error messages). */
export interface ParaRefUse {
  to: string;
  line: number | undefined;
  column: number | undefined;
}

export interface Numbering {
  /** Target id (heading slug or anchor) → the number it prints as, e.g. "vision-areas" → "1.1". */
  labels: Map<string, string>;
  /** ParaRefs whose target is neither a numbered heading nor an anchored paragraph. */
  unknown: ParaRefUse[];
}

const isJsx = (node: unknown, name: string): node is Jsx =>
  typeof node === 'object' && node !== null && ['mdxJsxTextElement', 'mdxJsxFlowElement'].includes((node as Jsx).type) && (node as Jsx).name === name;

function attr(node: Jsx, name: string): string | undefined {
  const found = node.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

/** The slug a `## Heading` gets as its id: github-slugger over its text, as Astro's heading ids are made. */
export function headingSlug(text: string, slugger = new GithubSlugger()): string {
  return slugger.slug(text);
}

/** Adds HTML attributes to the element an mdast node becomes. */
function setProps(node: Node, props: Record<string, unknown>): void {
  const data = ((node as unknown as { data?: Record<string, unknown> }).data ??= {});
  data.hProperties = { ...(data.hProperties as object | undefined), ...props };
}

/** The visible number: a real span with text (it is read aloud and copied), then a space. */
function numberSpan(label: string): PhrasingContent[] {
  const span = { type: 'paraNumber', data: { hName: 'span', hProperties: { className: ['para-num'] }, hChildren: [{ type: 'text', value: label }] } };
  return [span as unknown as PhrasingContent, { type: 'text', value: ' ' }];
}

/** Removes `<Anchor id>` elements from a block's inline content and returns their ids. */
function takeAnchors(children: PhrasingContent[]): string[] {
  const ids: string[] = [];
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (isJsx(child, 'Anchor')) {
      const id = attr(child, 'id');
      if (id) ids.push(id);
      children.splice(i, 1);
      const next = children[i];
      if (next?.type === 'text') next.value = next.value.replace(/^\s+/, '');
      i--;
    }
  }
  return ids;
}

/** Numbers one block: its anchors label it, it gets an id and a number span at the start of its text. */
function label(block: Paragraph | Heading | ListItem, number: string, labels: Map<string, string>): void {
  const inline: PhrasingContent[] | undefined = block.type === 'listItem'
    ? (block.children.find((c) => c.type === 'paragraph') as Paragraph | undefined)?.children
    : block.children;
  const anchors = inline ? takeAnchors(inline) : [];
  for (const id of anchors) labels.set(id, number);
  const props: Record<string, unknown> = block.type === 'heading' ? {} : { id: anchors[0] ?? `para-${number.replace(/\./g, '-')}`, className: ['para'] };
  setProps(block, { ...props, 'data-para': number });
  // Further anchors on the same block still need somewhere to land.
  const extra = anchors.slice(1).map((id) => ({ type: 'paraAnchor', data: { hName: 'span', hProperties: { id } } }) as unknown as PhrasingContent);
  if (inline) inline.unshift(...numberSpan(number), ...extra);
  else if (block.type === 'listItem') block.children.unshift({ type: 'paragraph', children: numberSpan(number) });
}

/** A list's items are the sub-paragraphs of `prefix`; a list inside an item goes one level deeper. */
function numberList(list: List, prefix: string, start: number, labels: Map<string, string>): number {
  setProps(list, { className: ['sub-paras'] });
  let n = start;
  for (const item of list.children) {
    n++;
    const number = `${prefix}.${n}`;
    label(item, number, labels);
    let nested = 0;
    for (const child of item.children) if (child.type === 'list') nested = numberList(child, number, nested, labels);
  }
  return n;
}

/**
 * Numbers a board paper in place: each `## Heading` is section 1, 2, 3 …; each paragraph directly under it is
 * 1.1, 1.2 …; a list after a paragraph holds its sub-paragraphs 1.1.1 …; content before the first heading is not numbered.
 */
export function numberParagraphs(tree: Root): Map<string, string> {
  const labels = new Map<string, string>();
  const slugger = new GithubSlugger();
  let section = 0;
  let para = 0;
  let sub = 0;
  for (const node of tree.children) {
    if (node.type === 'heading') {
      // Every heading gets its id here, with one slugger, so ids never collide.
      const slug = headingSlug(toString(node), slugger);
      setProps(node, { id: slug });
      if (node.depth !== 2) continue;
      section++;
      para = 0;
      sub = 0;
      labels.set(slug, String(section));
      label(node, String(section), labels);
    } else if (section === 0) {
      continue;
    } else if (node.type === 'paragraph') {
      para++;
      sub = 0;
      label(node, `${section}.${para}`, labels);
    } else if (node.type === 'list') {
      // A list straight after a heading has no paragraph to belong to: its items are paragraphs themselves.
      if (para === 0) {
        para = numberList(node, String(section), para, labels);
        setProps(node, { className: ['paras'] });
      } else sub = numberList(node, `${section}.${para}`, sub, labels);
    }
  }
  return labels;
}

/** Replaces each `<ParaRef to>` with a link reading "paragraph N"; returns those whose target is unknown. */
export function resolveParaRefs(tree: Root, labels: Map<string, string>): ParaRefUse[] {
  const unknown: ParaRefUse[] = [];
  const walk = (parent: { children?: unknown[] }): void => {
    const children = parent.children as Node[] | undefined;
    if (!children) return;
    children.forEach((child, i) => {
      if (isJsx(child, 'ParaRef')) {
        const to = attr(child, 'to') ?? '';
        const number = labels.get(to);
        if (number === undefined) {
          unknown.push({ to, line: child.position?.start.line, column: child.position?.start.column });
          children[i] = { type: 'text', value: `paragraph ?` };
        } else {
          children[i] = { type: 'link', url: `#${to}`, data: { hProperties: { className: ['para-ref'] } }, children: [{ type: 'text', value: `paragraph ${number}` }] };
        }
      } else walk(child as { children?: unknown[] });
    });
  };
  walk(tree);
  return unknown;
}

/** Both steps over one document. */
export function numberBoardPaper(tree: Root): Numbering {
  const labels = numberParagraphs(tree);
  return { labels, unknown: resolveParaRefs(tree, labels) };
}

/** Which files are board papers: only they are numbered. */
export const BOARD_PAPER_FILE = /(^|[\\/])content[\\/]board-papers[\\/][^\\/]+\.mdx$/;

/** The remark plugin (astro.config.mjs): numbers board papers and resolves their ParaRefs; other files pass untouched. */
export function remarkBoardPaperNumbers(options: { include?: RegExp } = {}) {
  const include = options.include ?? BOARD_PAPER_FILE;
  return (tree: Root, file: { path?: string; history?: string[] }): void => {
    const path = file.path ?? file.history?.[0] ?? '';
    if (!include.test(path)) return;
    const { unknown } = numberBoardPaper(tree);
    // The content checker reports these first, with exact places; this is the last line of defence.
    if (unknown.length) {
      const where = unknown.map((u) => `${path}:${u.line ?? '?'}:${u.column ?? '?'} <ParaRef to="${u.to}" />`).join('; ');
      throw new Error(`unknown paragraph reference: ${where}; "to" must be a section heading's slug or an <Anchor id> in the same paper`);
    }
  };
}
