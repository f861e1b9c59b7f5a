// Reads a content file the way the build does (src/content/read-content.ts) and says where and why when it cannot.
// The `yaml` library, which keeps every value's place in the file, runs only where a problem needs a line and column.
import { isMap, isPair, isScalar, isSeq, parseAllDocuments, parseDocument, type Document, type Node } from 'yaml';
import { decodeText, readYaml, splitFrontmatter, type BodyFormat, type ReadFailure } from '../read-content.ts';
import { characterName, escapeInvisible } from './characters.ts';
import type { Problem } from './problem.ts';
import { YAML_HINTS, yamlErrorMessage } from './error-map.ts';
import { location } from 'vfile-location';

export interface SourceFile {
  /** Path relative to the content root, with forward slashes. */
  path: string;
  text: string;
  /** The YAML source (the frontmatter of an MDX file). */
  yamlText: string;
  /** Parsed with positions on first use; see docOf(). */
  doc: Document.Parsed | undefined;
  /** Character offset where the YAML starts in `text` (after `---` for frontmatter). */
  yamlStart: number;
  /** The text with its frontmatter blanked (offsets are file offsets), for MDX and Markdown files. */
  body: string | undefined;
  format: BodyFormat | undefined;
  data: unknown;
  problems: Problem[];
}

const locations = new WeakMap<SourceFile, ReturnType<typeof location>>();

/** An offset in the file as line and column, both from 1 (vfile-location, as unified's own tools count them). */
export function positionAt(file: SourceFile, offset: number): { line: number; col: number } {
  let at = locations.get(file);
  if (!at) locations.set(file, (at = location(file.text)));
  const point = at.toPoint(offset) ?? at.toPoint(file.text.length)!;
  return { line: point.line, col: point.column };
}

export function problemAt(file: SourceFile, offset: number, field: string, message: string): Problem {
  return { file: file.path, ...positionAt(file, offset), field, message };
}

const YAML_FAILURE: Record<Exclude<ReadFailure['code'], 'not-utf8' | 'yaml' | 'duplicate-key'>, (detail: string) => string> = {
  tag: (tag) => `"${tag}" is a YAML tag, which the site does not read; remove it, or put the whole value in double quotes if it starts with "!"`,
  'multiple-documents': () => `a line of three dashes (---) here starts a second document, and the site reads a file as one; remove this line`,
};

/**
 * Reads a file's bytes as the build would. The editor's BOM and CRLF line ends are fine (the build accepts them);
 * after the first problem that stops reading, nothing else in the file is reported, since it would only follow from it.
 */
export function parseSourceFile(path: string, raw: string | Uint8Array): SourceFile {
  const decoded: { text: string; failure?: ReadFailure } = typeof raw === 'string' ? { text: raw } : decodeText(raw);
  const text = decoded.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const format: BodyFormat | undefined = path.endsWith('.mdx') ? 'mdx' : path.endsWith('.md') ? 'md' : undefined;
  const file: SourceFile = { path, text, yamlText: text, doc: undefined, yamlStart: 0, body: undefined, format, data: undefined, problems: [] };
  if (decoded.failure) {
    const offset = decoded.failure.offset - (decoded.text.startsWith('\uFEFF') ? 1 : 0) - (decoded.text.slice(0, decoded.failure.offset).match(/\r(?=\n)/g)?.length ?? 0);
    file.problems.push(problemAt(file, offset, '-', `a byte here (${decoded.failure.detail} in hexadecimal) is not UTF-8 text, so the site would show a replacement character (U+FFFD) in its place; save the file as UTF-8 ("Unicode") and retype the character`));
    return file;
  }
  if (text.trim() === '') {
    file.problems.push(problemAt(file, 0, '-', 'the file is empty; it needs its fields (copy a neighbouring file to start)'));
    return file;
  }
  if (format) {
    const split = splitFrontmatter(text);
    if (split === 'missing') {
      file.problems.push(problemAt(file, 0, '-', 'the file must start with a line of three dashes (---) opening its frontmatter'));
      return file;
    }
    if (split === 'unclosed') {
      file.problems.push(problemAt(file, 0, '-', 'the frontmatter is never closed: add a line of three dashes (---) after the last field'));
      return file;
    }
    file.yamlText = split.yaml;
    file.yamlStart = split.yamlStart;
    file.body = split.body;
  }
  const nbsp = /^[ \t]*([\u00a0\u2007\u202f\u3000])/m.exec(file.yamlText);
  if (nbsp) {
    file.problems.push(problemAt(file, file.yamlStart + nbsp.index + nbsp[0].length - 1, '-', `this line is indented with ${characterName(nbsp[1]!)}, which YAML does not count as indentation; replace it with ordinary spaces`));
    return file;
  }
  const read = readYaml(file.yamlText);
  if (read.failure) {
    file.problems.push(yamlFailure(file, read.failure));
    return file;
  }
  file.data = read.data;
  if (file.data === null || file.data === undefined) {
    file.problems.push(problemAt(file, file.yamlStart, '-', 'no fields found; the file needs its fields (copy a neighbouring file to start)'));
  }
  for (const date of read.impossibleDates) {
    const at = file.yamlText.search(new RegExp(`(?<=[:\\-]\\s*)${date}(?![\\d-])`));
    const offset = at < 0 ? 0 : at;
    file.problems.push(problemAt(file, file.yamlStart + offset, fieldAtOffset(docOf(file), offset) ?? '-', `"${date}" is not a date in the calendar${monthNote(date)}`));
  }
  return file;
}

/** The first non-blank character of the line holding `offset`. */
function lineStart(text: string, offset: number): number {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  return start + (/^[ \t]*/.exec(text.slice(start))?.[0].length ?? 0);
}

function monthNote(date: string): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  if (!(m >= 1 && m <= 12)) return ': months run from 01 to 12';
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const name = new Date(Date.UTC(y, m - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  return `: ${name} ${y} has ${days} days (the site would print a later day instead)`;
}

/** Places a reading failure: our own sentence for tags and extra documents, the positional parser's for syntax. */
function yamlFailure(file: SourceFile, failure: ReadFailure): Problem {
  if (failure.code === 'tag') {
    const at = file.yamlText.lastIndexOf(failure.detail, failure.offset);
    const offset = at < 0 ? failure.offset : at;
    return problemAt(file, file.yamlStart + offset, fieldAtOffset(docOf(file), offset) ?? '-', YAML_FAILURE.tag(failure.detail));
  }
  if (failure.code === 'multiple-documents') {
    const second = parseAllDocuments(file.yamlText, { prettyErrors: false });
    const docs = Array.isArray(second) ? second : [second];
    const marker = /^(---|\.\.\.)/m;
    const start = docs[1]?.range[0] ?? 0;
    const found = marker.exec(file.yamlText.slice(docs[0]?.range[1] ?? 0));
    const offset = found ? (docs[0]?.range[1] ?? 0) + found.index : start;
    return problemAt(file, file.yamlStart + offset, '-', YAML_FAILURE['multiple-documents'](''));
  }
  const doc = docOf(file);
  const error = doc.errors[0];
  if (error) {
    const field = fieldAtOffset(doc, error.pos[0]);
    // An unclosed quote is noticed at the end of the file; point at where it was opened instead.
    const opened = error.code === 'MISSING_CHAR' && field ? nodeAt(file, fieldPath(doc, error.pos[0])).node?.range?.[0] : undefined;
    const line = (offset: number) => file.yamlText.slice(lineStart(file.yamlText, offset) - (/^[ \t]*/.exec(file.yamlText.slice(file.yamlText.lastIndexOf('\n', offset - 1) + 1))?.[0].length ?? 0)).split('\n')[0]!;
    const unbalanced = (text: string) => (text.replace(/\\"/g, '').match(/"/g)?.length ?? 0) % 2 === 1 || (text.replace(/''/g, '').match(/(^|[\s:[{,-])'/g)?.length ?? 0) % 2 === 1;
    const markLine = line(failure.offset);
    let message = yamlErrorMessage(error, file.yamlText);
    let at = opened ?? error.pos[0];
    // Which fault came first is clearer from the two parsers together: a tab at the start of a line, a quote left
    // open on its line, or (js-yaml's own diagnosis) indentation; the positional parser may see only a consequence.
    if (/^[ ]*\t/.test(line(error.pos[0])) || /^[ ]*\t/.test(markLine)) {
      message = `YAML syntax: ${YAML_HINTS.TAB_AS_INDENT}`;
      at = lineStart(file.yamlText, /^[ ]*\t/.test(line(error.pos[0])) ? error.pos[0] : failure.offset) - (/^[ \t]*/.exec(line(error.pos[0]))?.[0].length ?? 0);
    } else if (error.code === 'MISSING_CHAR' && opened !== undefined && unbalanced(line(opened))) {
      message = yamlErrorMessage(error, file.yamlText);
    } else if (/^bad indentation/.test(failure.detail) && !(error.code === 'BLOCK_AS_IMPLICIT_KEY' && /^\s*(- )?[\w-]+: [^:"']*: /.test(line(error.pos[0])))) {
      message = `YAML syntax: ${YAML_HINTS.BAD_INDENT}`;
      at = lineStart(file.yamlText, error.pos[0]);
    }
    return problemAt(file, file.yamlStart + at, field ?? '-', message);
  }
  return problemAt(file, file.yamlStart + failure.offset, fieldAtOffset(doc, failure.offset) ?? '-', 'YAML syntax: this line cannot be read; check its indentation, its quotes and the colon after each field name');
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
  return path.map((seg, i) => (typeof seg === 'number' ? `[${seg}]` : i === 0 ? escapeInvisible(seg) : `.${escapeInvisible(seg)}`)).join('');
}

function fieldAtOffset(doc: Document.Parsed, offset: number): string | undefined {
  // A broken file can yield keys such as "medium evidence": the path stops before them.
  const all = fieldPath(doc, offset);
  const cut = all.findIndex((seg) => typeof seg === 'string' && /\s/.test(seg));
  const path = cut < 0 ? all : all.slice(0, cut);
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
