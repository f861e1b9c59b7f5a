// Broken-content fixtures: each folder holds fixture.yaml (the lines it changes in a real file) and expected.txt
// (what `npm run check` prints). The change is applied to a copy of the real content, so a fixture cannot go stale:
// if the real file no longer has the line a fixture changes, the fixture fails and says so.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { load } from 'js-yaml';
import { checkContent, formatProblem } from '../../src/content/checker/index.ts';

export const BROKEN = 'tests/fixtures/broken';

/** [pattern, replacement]: a regular expression (multiline) and a JavaScript replacement string ($1 …). */
type Replace = [string, string];

export interface FixtureSpec {
  /** The file the fixture writes, relative to the project. */
  file: string;
  /** A named starting point from starts.yaml, or a real file to copy (default: `file` itself). */
  start?: string;
  from?: string;
  /** The whole text instead (empty files, missing frontmatter). */
  text?: string;
  replace?: Replace[];
  append?: string;
  bom?: boolean;
  crlf?: boolean;
  /**
   * Makes `file` a symbolic link to this target, written as given (relative to the link's folder). "{outside}" stands
   * for the real project's folder, which is outside the copy a fixture is applied to.
   */
  symlink?: string;
}

const readYamlFile = <T>(path: string) => load(readFileSync(path, 'utf8')) as T;

/** The bytes a fixture writes: its changes applied to the real file it starts from. */
export function fixtureBytes(spec: FixtureSpec, name: string, dir = BROKEN, root = '.'): Buffer {
  const start = spec.start ? readYamlFile<Record<string, Omit<FixtureSpec, 'file'>>>(join(dir, 'starts.yaml'))[spec.start] : undefined;
  if (spec.start && !start) throw new Error(`fixture ${name}: no start "${spec.start}" in ${dir}/starts.yaml`);
  const from = spec.from ?? start?.from ?? spec.file;
  let text = spec.text ?? readFileSync(join(root, from), 'utf8');
  for (const [pattern, replacement] of [...(spec.text === undefined ? start?.replace ?? [] : []), ...(spec.replace ?? [])]) {
    const re = new RegExp(pattern, 'm');
    if (!re.test(text)) throw new Error(`fixture ${name} no longer applies: /${pattern}/ is not in ${from}`);
    text = text.replace(re, replacement);
  }
  // Appended lines start a new block, after a blank line.
  if (spec.append) text = `${text.replace(/\n*$/, '\n\n')}${spec.append}`;
  if (spec.crlf) text = text.replace(/\n/g, '\r\n');
  return Buffer.from(spec.bom ? `\uFEFF${text}` : text);
}

/** A copy of the real content and data with a fixture applied; 'none' gives the real content unchanged. */
export function contentWithFixture(name: string, dir = BROKEN): string {
  const root = mkdtempSync(join(tmpdir(), `atlas-${name}-`));
  cpSync('content', join(root, 'content'), { recursive: true });
  cpSync('data', join(root, 'data'), { recursive: true });
  applyFixture(root, name, dir);
  return root;
}

/** Writes a fixture's files into a copy of the project (or of its content). */
export function applyFixture(root: string, name: string, dir = BROKEN): void {
  const specPath = join(dir, name, 'fixture.yaml');
  if (!existsSync(specPath)) return;
  for (const spec of [readYamlFile<FixtureSpec | FixtureSpec[]>(specPath)].flat()) {
    const target = join(root, spec.file);
    mkdirSync(dirname(target), { recursive: true });
    if (spec.symlink !== undefined) {
      rmSync(target, { recursive: true, force: true });
      symlinkSync(spec.symlink.replace('{outside}', resolve('.')), target);
    } else writeFileSync(target, fixtureBytes(spec, name, dir));
  }
}

/** The checker's report for a fixture, exactly as `npm run check` prints it (without the summary). */
export function checkFixture(name: string): string {
  const root = contentWithFixture(name);
  try {
    return checkContent(root).problems.map(formatProblem).join('\n');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
