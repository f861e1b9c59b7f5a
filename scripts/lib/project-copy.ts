// Builds the site from a throwaway copy of the project, so a test can plant content or break a build safely.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const SKIP = new Set(['node_modules', 'dist', '.test-site', '.test-site.ready', '.test-site.failed', '.git', '.astro', '.build']);
const SKIP_SUFFIX = /\.(staging|previous)$/;

/**
 * A copy of the project in a new temporary folder. node_modules is a folder of symlinks rather than one
 * symlink, so Astro's caches (node_modules/.astro, node_modules/.vite) stay private to the copy.
 */
export function copyProject(prefix = 'atlas-copy'): string {
  const root = resolve('.');
  const dir = mkdtempSync(join(tmpdir(), `${prefix}-`));
  for (const entry of readdirSync(root)) {
    if (SKIP.has(entry) || SKIP_SUFFIX.test(entry)) continue;
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (entry === '.astro' || entry === '.vite') continue;
    symlinkSync(join(root, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
  return dir;
}

export interface BuildResult {
  status: number | null;
  output: string;
}

/** `node scripts/build.ts` in a copy, into `dist` (relative to the copy), with Node 22 as npm would run it. */
export function buildCopy(dir: string, dist = 'dist', env: NodeJS.ProcessEnv = {}): Promise<BuildResult> {
  return run(dir, ['scripts/build.ts'], { ATLAS_DIST: dist, ...env });
}

/**
 * Only `astro build`, into `out`: the pages, without the content check, Pagefind or PDFs. For a test that reads pages
 * of content it has already checked, at about two thirds of a whole build's cost.
 */
export function astroBuildCopy(dir: string, out = 'dist'): Promise<BuildResult> {
  return run(dir, ['node_modules/.bin/astro', 'build', '--silent'], { ATLAS_OUT_DIR: out });
}

function run(dir: string, args: string[], env: NodeJS.ProcessEnv): Promise<BuildResult> {
  return new Promise((done, fail) => {
    const child = spawn(join(dir, 'node_modules/.bin/node'), args, {
      cwd: dir,
      env: { ...process.env, GITHUB_ACTIONS: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', fail);
    child.on('close', (status) => done({ status, output }));
  });
}
