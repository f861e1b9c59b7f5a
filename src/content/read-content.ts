// How the build reads a content file, as one function per step, so the checker and src/content.config.ts read alike:
// UTF-8 text, YAML by js-yaml's load() with its default schema (what Astro's file(), glob() and frontmatter use),
// frontmatter found by Astro's own extractFrontmatter, and bodies parsed by the MDX (or Markdown) parser itself.
import { createRequire } from 'node:module';
import { extractFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { DEFAULT_SCHEMA, Type, YAMLException, load } from 'js-yaml';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { markdownToMdast } from 'satteri';
import { unified } from 'unified';
import { isCalendarDate } from './schemas/common.ts';

/** Where a reader stopped, as an offset into the text it was given. */
export interface ReadFailure {
  offset: number;
  /** Why, in the reader's own terms; callers turn it into an officer's sentence. */
  code: 'not-utf8' | 'yaml' | 'multiple-documents' | 'tag' | 'duplicate-key';
  detail: string;
}

/** Text as Node's readFile(…, 'utf-8') gives it, except that bytes that are not UTF-8 are refused rather than replaced. */
export function decodeText(bytes: Uint8Array): { text: string; failure?: ReadFailure } {
  // Most files are clean: the fast decode only has a U+FFFD where a byte was bad (or where one was really written).
  const quick = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  if (!quick.includes('\uFFFD')) return { text: quick };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    let bad = 0;
    for (let i = 0; i < bytes.length; ) {
      const n = utf8Length(bytes, i);
      if (n === 0) {
        bad = i;
        break;
      }
      i += n;
    }
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, bad));
    const hex = Array.from(bytes.subarray(bad, bad + 1), (b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ');
    return { text, failure: { offset: before.length, code: 'not-utf8', detail: hex } };
  }
}

/** Length of the valid UTF-8 sequence at i, or 0. */
function utf8Length(b: Uint8Array, i: number): number {
  const c = b[i]!;
  if (c < 0x80) return 1;
  const n = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
  if (n === 0 || i + n > b.length) return 0;
  for (let k = 1; k < n; k++) if ((b[i + k]! & 0xc0) !== 0x80) return 0;
  return n;
}

/** Dates js-yaml reads that the calendar does not have (it rolls 2013-02-30 over to 2 March). */
const rolledDates: string[] = [];
// js-yaml keeps its compiled types on the schema object; its typings do not declare them.
type CompiledType = Type & { tag: string };
const timestamp = (DEFAULT_SCHEMA as unknown as { compiledImplicit: CompiledType[] }).compiledImplicit.find((t) => t.tag === 'tag:yaml.org,2002:timestamp')!;
const observedTimestamp = new Type(timestamp.tag, {
  kind: 'scalar',
  resolve: timestamp.resolve,
  // Exactly js-yaml's construction; the check only notes dates the calendar does not have.
  construct: (text: string) => {
    const value = timestamp.construct(text) as Date;
    if (!isCalendarDate(text.slice(0, 10))) rolledDates.push(text);
    return value;
  },
  instanceOf: Date,
  represent: timestamp.represent ?? undefined,
});
const SCHEMA = DEFAULT_SCHEMA.extend({ implicit: [observedTimestamp] });

export interface YamlRead {
  data: unknown;
  /** Unquoted dates that do not exist, as written (the build would publish the rolled-over day). */
  impossibleDates: string[];
  failure?: ReadFailure;
}

/** YAML as the build reads it: js-yaml's load() with the default schema and options. */
export function readYaml(text: string): YamlRead {
  rolledDates.length = 0;
  try {
    const data = load(text, { schema: SCHEMA });
    return { data, impossibleDates: [...rolledDates] };
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const reason = error.reason ?? '';
    const offset = error.mark?.position ?? 0;
    const code: ReadFailure['code'] = /single document/.test(reason) ? 'multiple-documents' : /^unknown tag/.test(reason) ? 'tag' : /duplicated mapping key/.test(reason) ? 'duplicate-key' : 'yaml';
    return { data: undefined, impossibleDates: [...rolledDates], failure: { offset, code, detail: /^unknown tag !<(.*)>$/.exec(reason)?.[1] ?? reason } };
  }
}

/** The build's own reader for a data file (src/content.config.ts): the data, or an error the build reports. */
export function yamlData(text: string): unknown {
  const read = readYaml(text);
  if (read.failure) throw new Error(`${read.failure.code}: ${read.failure.detail}`);
  return read.data;
}

export interface Frontmatter {
  /** The YAML between the fences, as Astro extracts it. */
  yaml: string;
  /** Offset of that YAML in the text. */
  yamlStart: number;
  /** The text with the frontmatter blanked (as Astro's "empty-with-spaces" does), so body lines and columns are the file's. */
  body: string;
}

/** The frontmatter exactly as Astro finds it (@astrojs/internal-helpers), or why it is not there. */
export function splitFrontmatter(text: string): Frontmatter | 'missing' | 'unclosed' {
  const raw = extractFrontmatter(text);
  if (raw === undefined) return /^\s*(---|\+\+\+)/.test(text) ? 'unclosed' : 'missing';
  const fence = /^\s*\+\+\+/.test(text) ? '+++' : '---';
  const whole = `${fence}${raw}${fence}`;
  const at = text.indexOf(whole);
  // Astro blanks the frontmatter to spaces; blank lines are the same to the parser and far quicker to read past.
  const body = text.slice(0, at) + raw.replace(/[^\r\n]/g, '') + '   ' + text.slice(at + whole.length);
  return { yaml: raw, yamlStart: at + 3, body };
}

// MDX: the parser @mdx-js/mdx's createProcessor() builds for the site (remark-parse with remark-mdx, and remark-gfm as
// Astro adds it), without the compiler behind it, which the checker does not need and which is slow to load.
// Markdown: Sätteri, Astro's own Markdown processor (@astrojs/markdown-satteri), with the features Astro turns on.
const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).freeze();
const parsers = {
  mdx: (body: string) => mdxParser.parse(body) as Root,
  md: (body: string) => markdownToMdast(body, { features: { gfm: true, smartPunctuation: true } }) as Root,
};

export type BodyFormat = keyof typeof parsers;

/**
 * The remark transforms Astro runs before the site's own plugins (@astrojs/markdown-remark's MDX processor): smart
 * quotes and dashes change heading text, so a board paper's slugs need them. Loaded on first use (it is slow to load).
 */
let smartypants: ((tree: Root) => void) | undefined;
export function astroTransforms(tree: Root): void {
  if (!smartypants) {
    const { default: remarkSmartypants } = createRequire(import.meta.url)('remark-smartypants') as typeof import('remark-smartypants');
    const processor = unified().use(remarkSmartypants);
    smartypants = (t) => void processor.runSync(t);
  }
  smartypants(tree);
}

/**
 * Astro renders a Markdown body trimmed, and Sätteri reads a block fenced by --- (or +++) at its very start as
 * frontmatter, which it does not show. The offset of such a fence in the (untrimmed) body, or undefined.
 */
export function hiddenLeadingBlock(body: string): number | undefined {
  const trimmed = body.trim();
  if (!/^(---|\+\+\+)/.test(trimmed)) return undefined;
  const first = (markdownToMdast(trimmed, { features: { gfm: true, smartPunctuation: true }, position: false }) as Root).children[0];
  return first && (first.type as string) !== 'yaml' && (first.type as string) !== 'toml' ? undefined : body.length - body.trimStart().length;
}

/** A body parsed by the build's parser, or the parser's complaint with its place. */
export function parseBody(body: string, format: BodyFormat): { tree: Root } | { error: { line: number; column: number; reason: string; ruleId: string; source: string } } {
  try {
    const tree = parsers[format](body);
    return { tree };
  } catch (error) {
    const e = error as { line?: number; column?: number; reason?: string; ruleId?: string; source?: string; place?: { line: number; column: number } | { start: { line: number; column: number } } };
    const place = e.place && 'start' in e.place ? e.place.start : e.place;
    return { error: { line: e.line ?? place?.line ?? 1, column: e.column ?? place?.column ?? 1, reason: e.reason ?? String(error), ruleId: e.ruleId ?? '', source: e.source ?? '' } };
  }
}
