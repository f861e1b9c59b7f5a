// Builds the real site once per test run, with the same command a user runs, into .test-site/.
import { spawnSync } from 'node:child_process';
import { SITE_DIR } from './site.ts';

export default function setup(): void {
  const result = spawnSync(process.execPath, ['scripts/build.ts'], {
    env: { ...process.env, ATLAS_DIST: SITE_DIR, GITHUB_ACTIONS: '' },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`the site did not build:\n${result.stdout}\n${result.stderr}`);
}
