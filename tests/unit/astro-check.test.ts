// `astro check`: the TypeScript and .astro type check, which `npm test` once ran before Vitest and now runs beside the
// other tests. It runs in a copy of the project, as Astro's sync writes .astro/ while the shared build writes it too.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { copyProject } from '../../scripts/lib/project-copy.ts';

let copy = '';
afterAll(() => copy && rmSync(copy, { recursive: true, force: true }));

test('astro check finds no error in the project', async () => {
  copy = copyProject('atlas-astro-check');
  const { status, output } = await new Promise<{ status: number | null; output: string }>((done, fail) => {
    const child = spawn(join(copy, 'node_modules/.bin/node'), ['node_modules/.bin/astro', 'check', '--minimumFailingSeverity', 'error'], { cwd: copy, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', fail);
    child.on('close', (status) => done({ status, output }));
  });
  expect(status, output).toBe(0);
  expect(output).toMatch(/- 0 errors/);
}, 300_000);
