// WHY: an MDX author writes "LSC" and the reader gets <abbr title="Learning and Skills Council"> on its first use, with no mark-up typed.
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { toString } from 'hast-util-to-string';
import { buildMatcher, entryFor, firstUses, readGlossary, SKIP_TAGS, type GlossaryTerm, type TermMatcher } from '../lib/glossary.ts';

interface Options {
  /** Defaults to content/glossary.yaml. */
  entries?: GlossaryTerm[];
}

type Parent = Root | Element | { type: string; name?: string | null; children: (RootContent | ElementContent)[] };

const isParent = (node: unknown): node is Parent => Array.isArray((node as { children?: unknown }).children);

/** The tag name of an element or an MDX JSX element (`<abbr>` written in MDX is JSX). */
function tagOf(node: RootContent | ElementContent): string | undefined {
  if (node.type === 'element') return node.tagName;
  const jsx = node as { type: string; name?: string | null };
  return jsx.type === 'mdxJsxFlowElement' || jsx.type === 'mdxJsxTextElement' ? (jsx.name ?? undefined) : undefined;
}

function skipped(node: RootContent | ElementContent): boolean {
  const tag = tagOf(node);
  if (tag && SKIP_TAGS.has(tag.toLowerCase())) return true;
  return node.type === 'element' && (node.properties?.dataNoAbbr !== undefined || node.properties?.ariaHidden === 'true');
}

function splitText(node: Text, matcher: TermMatcher, seen: Set<string>): ElementContent[] | undefined {
  const uses = firstUses(node.value, matcher, seen);
  if (uses.length === 0) return undefined;
  const out: ElementContent[] = [];
  let at = 0;
  for (const use of uses) {
    if (use.index > at) out.push({ type: 'text', value: node.value.slice(at, use.index) });
    out.push({
      type: 'element',
      tagName: 'abbr',
      properties: { title: use.entry.expansion, dataGlossary: use.entry.term }, // hast's name for MARK_ATTRIBUTE
      children: [{ type: 'text', value: use.form }],
    });
    at = use.index + use.form.length;
  }
  if (at < node.value.length) out.push({ type: 'text', value: node.value.slice(at) });
  return out;
}

/** Walks in document order; a hand-written <abbr> counts as the first use of its term. */
export function markFirstUses(tree: Root, matcher: TermMatcher, seen = new Set<string>()): void {
  const walk = (parent: Parent): void => {
    const children = parent.children as (RootContent | ElementContent)[];
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      if (tagOf(child)?.toLowerCase() === 'abbr') {
        const entry = entryFor(matcher, toString(child as Element).trim());
        if (entry) seen.add(entry.term);
        continue;
      }
      if (skipped(child)) continue;
      if (child.type === 'text') {
        const parts = splitText(child, matcher, seen);
        if (parts) {
          children.splice(i, 1, ...parts);
          i += parts.length - 1;
        }
      } else if (isParent(child)) walk(child);
    }
  };
  walk(tree);
}

export default function rehypeGlossary(options: Options = {}) {
  const matcher = buildMatcher(options.entries ?? readGlossary());
  return (tree: Root) => markFirstUses(tree, matcher);
}
