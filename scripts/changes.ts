// `npm run changes -- --base <ref>`: a Markdown summary of what the working tree changes against a git ref.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { CONTENT_DIRS, checkContent, type CheckResult } from '../src/content/checker/index.ts';
import { contentRoot } from '../src/content/content-root.ts';
import { changesMarkdown, summariseChanges, type ContentState } from './lib/change-summary.ts';
import { roundsContent } from '../src/content/checker/round-rules.ts';
import { latestBoroughs } from '../src/domain/round-history.ts';

const { values } = parseArgs({ options: { base: { type: 'string', default: 'origin/main' } } });
const root = process.cwd();
// The content root may be a subfolder (ATLAS_ROOT, e.g. examples/demo): git paths carry it as a prefix.
const contentDir = contentRoot();
const prefix = relative(root, contentDir).split(sep).join('/');
const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });

/** Writes the content and data folders as they were at `ref` into a temporary folder. */
function checkoutContent(ref: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-base-'));
  const inRoot = (p: string) => (prefix ? `${prefix}/${p}` : p);
  const files = git('ls-tree', '-r', '--name-only', ref, '--', ...CONTENT_DIRS.map(inRoot)).split('\n').filter(Boolean);
  for (const file of files) {
    const local = prefix ? file.slice(prefix.length + 1) : file;
    mkdirSync(dirname(join(dir, local)), { recursive: true });
    writeFileSync(join(dir, local), execFileSync('git', ['show', `${ref}:${file}`], { cwd: root, maxBuffer: 64 << 20 }));
  }
  return dir;
}

function state(result: CheckResult): ContentState {
  const { rounds, assessments, identities } = roundsContent(result.byKind);
  return { boroughs: latestBoroughs(identities, assessments, rounds), assessments, rounds, problems: result.problems.map((p) => `${p.file}  ${p.field}  ${p.message}`) };
}

const baseDir = checkoutContent(values.base!);
const base = checkContent(baseDir);
rmSync(baseDir, { recursive: true, force: true });
const head = checkContent(contentDir);
const grid = (head.byKind.grid[0] ?? base.byKind.grid[0])?.data;
if (!grid) {
  console.error('✗ data/grid.yaml has problems at both ends of the change; run npm run check');
  process.exit(1);
}
process.stdout.write(changesMarkdown(summariseChanges(state(base), state(head), grid), state(head).problems));
