// Generated mutations of copies of real content files: the ways a person gets a file wrong, applied to one file of
// every kind in the registry. Each says where it changed the file and, where the change is valid, what the page must show.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KIND_NAMES, kindOf, type KindName } from '../../src/content/registry.ts';

export interface Mutation {
  id: string;
  category: string;
  /** The real file this started from (root-relative). */
  source: string;
  /** Where the mutated file is written (differs from source for renames and moves). */
  path: string;
  bytes: Buffer;
  /** 1-based lines a report may point at: the changed line, or the group a deleted field belonged to. */
  lines: number[];
  /** Text the published page must show if the checker passes this mutation. */
  shows?: string;
}

type Edit = { text: string; line: number; lines?: number[]; shows?: string } | undefined | null;
type Op = { category: string; applies: (path: string, kind: KindName) => boolean; edit: (text: string, n: number) => Edit };

const isBody = (p: string) => /\.mdx?$/.test(p);
const any = () => true;
const yamlEnd = (text: string) => (text.startsWith('---') ? text.indexOf('\n---', 3) : text.length);

/** Lines of the YAML part holding `key: value` with a plain or quoted scalar, as [index, indent, key, value]. */
function fields(text: string): [number, string, string, string][] {
  const end = text.slice(0, yamlEnd(text)).split('\n').length;
  return text.split('\n').flatMap((line, i): [number, string, string, string][] => {
    if (i >= end) return [];
    const m = /^(\s*(?:- )?)([A-Za-z][\w-]*): (\S.*)$/.exec(line);
    return m && !/^[[{>|]/.test(m[3]!) ? [[i, m[1]!, m[2]!, m[3]!]] : [];
  });
}
function replaceLine(text: string, i: number, line: string): string {
  const lines = text.split('\n');
  lines[i] = line;
  return lines.join('\n');
}
/** The n-th field line (cycling), so each file's mutation lands on a different field. */
const pick = (text: string, n: number, filter: (f: [number, string, string, string]) => boolean = any) => {
  const all = fields(text).filter(filter);
  return all.length ? all[n % all.length] : undefined;
};
const words = (v: string) => /^['"]?[A-Za-z][^:#]*\s\S+/.test(v) && !/^["']?https?:/.test(v);

const OPS: Op[] = [
  { category: 'typo in a key', applies: any, edit: (t, n) => { const f = pick(t, n); return f && { text: replaceLine(t, f[0], `${f[1]}${f[2].slice(0, -1)}: ${f[3]}`), line: f[0] + 1 }; } },
  { category: 'wrong case in a key', applies: any, edit: (t, n) => { const f = pick(t, n + 1); return f && { text: replaceLine(t, f[0], `${f[1]}${f[2][0]!.toUpperCase()}${f[2].slice(1)}: ${f[3]}`), line: f[0] + 1 }; } },
  { category: 'extra field', applies: any, edit: (t, n) => { const f = pick(t, n); return f && { text: replaceLine(t, f[0], `${f[1]}${f[2]}: ${f[3]}\n${f[1].replace('-', ' ')}notes: an extra field`), line: f[0] + 2 }; } },
  { category: 'wrong type (a list for a value)', applies: any, edit: (t, n) => { const f = pick(t, n + 2); return f && { text: replaceLine(t, f[0], `${f[1]}${f[2]}: [1, 2]`), line: f[0] + 1 }; } },
  { category: 'missing field', applies: any, edit: (t) => { const f = pick(t, 0, (x) => x[1] === ''); return f && { text: replaceLine(t, f[0], '# removed'), line: f[0] + 1, lines: [f[0] + 1, firstField(t)] }; } },
  { category: 'YAML tag', applies: any, edit: (t, n) => { const f = pick(t, n); return f && { text: replaceLine(t, f[0], `${f[1]}${f[2]}: !include ${f[3]}`), line: f[0] + 1 }; } },
  { category: 'second document (---)', applies: (p) => !isBody(p), edit: (t, n) => { const top = fields(t).filter((x) => x[1] === '').slice(1); const f = top[n % Math.max(1, top.length)]; return f && { text: replaceLine(t, f[0], `---\n${t.split('\n')[f[0]]}`), line: f[0] + 1 }; } },
  { category: 'tab indentation', applies: any, edit: (t, n) => { const f = pick(t, n, (x) => x[1].startsWith('  ')); return f && { text: replaceLine(t, f[0], `\t${f[1].slice(2)}${f[2]}: ${f[3]}`), line: f[0] + 1 }; } },
  { category: 'non-breaking-space indentation', applies: any, edit: (t, n) => { const f = pick(t, n + 1, (x) => x[1].startsWith('  ')); return f && { text: replaceLine(t, f[0], `\u00a0\u00a0${f[1].slice(2)}${f[2]}: ${f[3]}`), line: f[0] + 1 }; } },
  { category: 'broken indentation', applies: any, edit: (t, n) => { const f = pick(t, n + 2, (x) => x[1].startsWith('    ')); return f && { text: replaceLine(t, f[0], `${f[1].slice(1)}${f[2]}: ${f[3]}`), line: f[0] + 1 }; } },
  { category: 'unclosed quote', applies: any, edit: (t, n) => { const f = pick(t, n, (x) => words(x[3]) && !/^["']/.test(x[3])); return f && { text: replaceLine(t, f[0], `${f[1]}${f[2]}: "${f[3]}`), line: f[0] + 1 }; } },
  { category: 'colon in an unquoted value', applies: any, edit: (t, n) => { const f = pick(t, n + 1, (x) => words(x[3]) && !/^["']/.test(x[3])); return f && { text: replaceLine(t, f[0], `${f[1]}${f[2]}: Note: ${f[3]}`), line: f[0] + 1 }; } },
  { category: 'zero-width space in a key', applies: any, edit: (t, n) => { const f = pick(t, n + 2); return f && { text: replaceLine(t, f[0], `${f[1]}${f[2].slice(0, 2)}\u200b${f[2].slice(2)}: ${f[3]}`), line: f[0] + 1 }; } },
  { category: 'byte that is not UTF-8', applies: any, edit: (t, n) => { const f = pick(t, n, (x) => words(x[3])); return f && { text: replaceLine(t, f[0], `${f[1]}${f[2]}: ${f[3].replace(/[a-z]/, '\u0000')}`), line: f[0] + 1 }; } },
  { category: 'impossible date', applies: any, edit: (t) => { const m = /^(.*\b(?:date|meetingDate)): ["']?\d{4}-\d\d(?:-\d\d)?["']?$/m.exec(t); return m && { text: t.replace(m[0], `${m[1]}: 2013-02-30`), line: t.slice(0, m.index).split('\n').length }; } },
  { category: 'impossible date (quoted)', applies: any, edit: (t) => { const m = /^(.*\b(?:date|meetingDate)): ["']?\d{4}-\d\d(?:-\d\d)?["']?$/m.exec(t); return m && { text: t.replace(m[0], `${m[1]}: "2013-04-31"`), line: t.slice(0, m.index).split('\n').length }; } },
  { category: 'valid edit of a text value', applies: (p) => !isBody(p), edit: (t, n) => { const f = pick(t, 0, (x) => words(x[3]) && !/^(id|slug|document|section|kind|file|level|source|round|printed|url|repository|branch|base|data|short)$/.test(x[2]) && x[2] !== 'term'); if (!f) return undefined; const q = /^["']/.test(f[3]) ? f[3][0]! : ''; const mark = `Zqx${n} amended`; return { text: replaceLine(t, f[0], `${f[1]}${f[2]}: ${q}${mark} ${f[3].slice(q.length)}`), line: f[0] + 1, shows: mark }; } },
  // Levels of a borough: the values officers type most.
  { category: 'typo in a level', applies: (_, k) => k === 'borough', edit: (t) => lvl(t, 0, 'hgh') },
  { category: 'wrong case in a level', applies: (_, k) => k === 'borough', edit: (t) => lvl(t, 1, 'High') },
  { category: 'look-alike letter in a level', applies: (_, k) => k === 'borough', edit: (t) => lvl(t, 2, 'h\u0456gh') },
  { category: 'level with a space', applies: (_, k) => k === 'borough', edit: (t) => lvl(t, 3, 'not mentioned') },
  // MDX bodies.
  ...bodyOps(),
];

/** A missing field is reported at the group it belongs to: for a top-level field, the file's first field. */
const firstField = (t: string) => t.split('\n').findIndex((l) => /^[A-Za-z][\w-]*:/.test(l)) + 1;

function lvl(t: string, n: number, value: string): Edit {
  const all = fields(t).filter((f) => f[2] === 'level');
  const f = all[n];
  return f && { text: replaceLine(t, f[0], `${f[1]}level: ${value}`), line: f[0] + 1 };
}

function bodyOps(): Op[] {
  // "#" in the added text and in what must show is replaced by the file's number, so each file's marker is its own.
  const append = (category: string, extra: string, shows?: string): Op => ({
    category,
    applies: (p) => isBody(p),
    edit: (t, n) => {
      const text = `${t.replace(/\n*$/, '\n')}\n${extra.replace('#', String(n))}\n`;
      return { text, line: t.replace(/\n*$/, '\n').split('\n').length + 1, ...(shows ? { shows: shows.replace('#', String(n)) } : {}) };
    },
  });
  return [
    append('MDX: unclosed tag', 'The board <div>agreed the plan.'),
    append('MDX: unknown component', 'See the chart below.\n\n<Chart />'),
    append('MDX: stray brace', 'Funding rose { by a third.'),
    append('MDX: less-than and a digit', 'Pupils aged <16 were surveyed.'),
    append('MDX: HTML comment', '<!-- check this figure -->'),
    append('MDX: expression', 'Two and two make {2+2}.'),
    append('MDX: import line', 'import Chart from "../../src/components/Chart.astro";'),
    append('MDX: script element', '<script>alert(1)</script>'),
    append('MDX: event handler', '<span onClick="alert(1)">click</span>'),
    append('MDX: valid paragraph', 'Zqxbody# amended paragraph, with less-than written as \\<16 and a brace as \\{.', 'Zqxbody# amended paragraph, with less-than written as <16 and a brace as {.'),
    {
      category: 'MDX: frontmatter fence with a trailing space',
      applies: (p) => isBody(p),
      edit: (t) => ({ text: t.replace(/^---\n/, '--- \n'), line: 1 }),
    },
  ];
}

/** Renames and moves: the places an officer might save a file. */
function placeOps(path: string): { category: string; path: string }[] {
  const out = [{ category: 'misspelt folder', path: path.replace(/^(content|data)\/([a-z-]+?)s?\//, '$1/$2-files/') }];
  if (path.endsWith('.yaml')) out.push({ category: 'wrong extension (.yml)', path: path.replace(/\.yaml$/, '.yml') });
  if (path.endsWith('.mdx')) out.push({ category: 'wrong extension (.md)', path: path.replace(/\.mdx$/, '.md') });
  if (path.endsWith('.md')) out.push({ category: 'wrong extension (.mdx)', path: path.replace(/\.md$/, '.mdx') });
  return out.filter((o) => o.path !== path);
}

/** One real file per kind (boroughs: one .yaml and one .md), sorted by path. */
export function sampleFiles(root = '.'): string[] {
  const all = ['content', 'data'].flatMap((d) => (readdirSync(join(root, d), { recursive: true }) as string[]).map((f) => `${d}/${f.split('\\').join('/')}`)).sort();
  const chosen: string[] = [];
  for (const kind of KIND_NAMES) {
    const ofKind = all.filter((p) => kindOf(p) === kind);
    const exts = [...new Set(ofKind.map((p) => p.replace(/^.*\./, '')))];
    for (const ext of exts) chosen.push(ofKind.find((p) => p.endsWith(`.${ext}`))!);
  }
  return chosen.filter(Boolean);
}

export function generateMutations(root = '.'): Mutation[] {
  const out: Mutation[] = [];
  sampleFiles(root).forEach((source, n) => {
    const kind = kindOf(source)!;
    const text = readFileSync(join(root, source), 'utf8');
    for (const op of OPS) {
      if (!op.applies(source, kind)) continue;
      const edit = op.edit(text, n);
      if (!edit || edit.text === text) continue;
      const bytes = op.category === 'byte that is not UTF-8' ? latin1Byte(edit.text) : Buffer.from(edit.text);
      out.push({ id: `${String(out.length + 1).padStart(3, '0')}`, category: op.category, source, path: source, bytes, lines: edit.lines ?? [edit.line], ...(edit.shows ? { shows: edit.shows } : {}) });
    }
    for (const place of placeOps(source)) {
      out.push({ id: `${String(out.length + 1).padStart(3, '0')}`, category: place.category, source, path: place.path, bytes: Buffer.from(text), lines: [1] });
    }
  });
  return out;
}

/** The text with its NUL placeholder written as the Latin-1 byte for "é" (0xE9), as a non-UTF-8 editor would save it. */
function latin1Byte(text: string): Buffer {
  const [before, after] = text.split('\u0000') as [string, string];
  return Buffer.concat([Buffer.from(before), Buffer.from([0xe9]), Buffer.from(after)]);
}
