// Parses YAML and MDX frontmatter. Clean files take the fast path (js-yaml, as Astro reads them); the `yaml`
// library, which keeps every value's place in the file, runs only where a problem needs a line and column.
import matter from 'gray-matter';
import { CORE_SCHEMA, load as fastLoad } from 'js-yaml';
import { isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import type { Problem } from './problem.ts';
import { yamlErrorMessage } from './error-map.ts';

export interface SourceFile {
  /** Path relative to the project root, with forward slashes. */
  path: string;
  text: string;
  /** The YAML source (the frontmatter of an MDX file). */
  yamlText: string;
  /** Parsed with positions on first use; see docOf(). */
  doc: Document.Parsed | undefined;
  /** Character offset where the YAML starts in `text` (after `---` for frontmatter). */
  yamlStart: number;
  /** Markdown body of an MDX file, and the offset it starts at. */
  body: string | undefined;
  bodyStart: number;
  data: unknown;
  problems: Problem[];
}

const lineStartsCache = new WeakMap<SourceFile, number[]>();

export function positionAt(file: SourceFile, offset: number): { line: number; col: number } {
  let starts = lineStartsCache.get(file);
  if (!starts) {
    starts = [0];
    for (let i = 0; i < file.text.length; i++) if (file.text[i] === '\n') starts.push(i + 1);
    lineStartsCache.set(file, starts);
  }
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, col: offset - starts[lo]! + 1 };
}

export function problemAt(file: SourceFile, offset: number, field: string, message: string): Problem {
  return { file: file.path, ...positionAt(file, offset), field, message };
}

/** Reads a file's text the way an officer's editor might have saved it: BOM and CRLF are fine. */
export function parseSourceFile(path: string, raw: string): SourceFile {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const file: SourceFile = { path, text, yamlText: text, doc: undefined, yamlStart: 0, body: undefined, bodyStart: 0, data: undefined, problems: [] };
  if (text.trim() === '') {
    file.problems.push(problemAt(file, 0, '-', 'the file is empty; it needs its fields (copy a neighbouring file to start)'));
    return file;
  }
  let yamlText = text;
  if (/\.mdx?$/.test(path)) {
    if (!text.startsWith('---\n')) {
      file.problems.push(problemAt(file, 0, '-', 'the file must start with a line of three dashes (---) opening its frontmatter'));
      return file;
    }
    // gray-matter finds the fences; our own yaml parse below keeps the positions it would lose.
    const parts = matter(text, { engines: { yaml: { parse: () => ({}) } } } as never);
    if (parts.matter === undefined || !text.includes('\n---', 3)) {
      file.problems.push(problemAt(file, 0, '-', 'the frontmatter is never closed: add a line of three dashes (---) after the last field'));
      return file;
    }
    yamlText = parts.matter;
    file.yamlText = yamlText;
    file.yamlStart = 3;
    file.body = parts.content;
    file.bodyStart = text.length - parts.content.length;
  }
  try {
    file.data = fastLoad(yamlText, { schema: CORE_SCHEMA });
  } catch {
    // The fast reader refused the file: let the positional parser say exactly where and why.
    const doc = docOf(file);
    const error = doc.errors[0];
    if (error) {
      // After the first syntax error the parser's view of the file is unreliable, so report only that one.
      const field = fieldAtOffset(doc, error.pos[0]);
      // An unclosed quote is noticed at the end of the file; point at where it was opened instead.
      const opened = error.code === 'MISSING_CHAR' && field ? nodeAt(file, fieldPath(doc, error.pos[0])).node?.range?.[0] : undefined;
      file.problems.push(problemAt(file, file.yamlStart + (opened ?? error.pos[0]), field ?? '-', yamlErrorMessage(error, yamlText)));
      return file;
    }
    file.data = doc.toJS({ maxAliasCount: 100 });
  }
  if (file.data === null || file.data === undefined) {
    file.problems.push(problemAt(file, file.yamlStart, '-', 'no fields found; the file needs its fields (copy a neighbouring file to start)'));
  }
  return file;
}

type PathSeg = string | number;

/** The file's YAML with source positions, parsed the first time a position is needed. */
export function docOf(file: SourceFile): Document.Parsed {
  file.doc ??= parseDocument(file.yamlText, { uniqueKeys: true, prettyErrors: false });
  return file.doc;
}

/** The YAML node for a path, or the deepest ancestor that exists, and whether it was found whole. */
export function nodeAt(file: SourceFile, path: readonly PathSeg[]): { node: Node | undefined; keyNode: Node | undefined; found: boolean } {
  let node: unknown = docOf(file).contents;
  let keyNode: Node | undefined;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) return { node: node as Node, keyNode, found: false };
      keyNode = pair.key as Node;
      node = pair.value ?? pair.key;
    } else if (isSeq(node) && typeof seg === 'number' && node.items[seg]) {
      keyNode = undefined;
      node = node.items[seg];
    } else {
      return { node: node as Node | undefined, keyNode, found: false };
    }
  }
  return { node: node as Node | undefined, keyNode, found: true };
}

/** Offset in the file of the value at `path` (or of its key, or of the nearest ancestor). */
export function offsetOf(file: SourceFile, path: readonly PathSeg[], prefer: 'value' | 'key' = 'value'): number {
  const { node, keyNode, found } = nodeAt(file, path);
  const target = found ? (prefer === 'key' ? keyNode ?? node : node) : keyNode ?? node;
  return file.yamlStart + (target?.range?.[0] ?? 0);
}

export function problemAtPath(file: SourceFile, path: readonly PathSeg[], message: string, prefer: 'value' | 'key' = 'value'): Problem {
  return problemAt(file, offsetOf(file, path, prefer), formatPath(path), message);
}

export function formatPath(path: readonly PathSeg[]): string {
  if (path.length === 0) return '-';
  return path.map((seg, i) => (typeof seg === 'number' ? `[${seg}]` : i === 0 ? seg : `.${seg}`)).join('');
}

function fieldAtOffset(doc: Document.Parsed, offset: number): string | undefined {
  const path = fieldPath(doc, offset);
  return path.length ? formatPath(path) : undefined;
}

function fieldPath(doc: Document.Parsed, offset: number): PathSeg[] {
  const path: PathSeg[] = [];
  let node: unknown = doc.contents;
  for (;;) {
    if (isMap(node)) {
      const pair = node.items.find((p) => {
        const start = (p.key as Node | null)?.range?.[0] ?? Infinity;
        const end = (p.value as Node | null)?.range?.[2] ?? (p.key as Node | null)?.range?.[2] ?? -1;
        return start <= offset && offset <= end;
      });
      if (!pair || !isScalar(pair.key)) break;
      path.push(String(pair.key.value));
      node = pair.value;
    } else if (isSeq(node)) {
      const index = node.items.findIndex((n) => (n as Node).range && (n as Node).range![0] <= offset && offset <= (n as Node).range![2]);
      if (index < 0) break;
      path.push(index);
      node = node.items[index];
    } else break;
  }
  return path;
}
