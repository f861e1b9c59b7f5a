// Builds the real site once per test run, with the same command a user runs, into .test-site/, for the site and build
// projects both. The build runs in the background so unit tests use the other core meanwhile; a test file that needs
// the site waits for it (tests/support/wait-for-site.ts), and a failed build fails those files with the build's own words.
import { spawn } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { SITE_DIR, SITE_FAILED, SITE_READY } from './site.ts';

/** Set in this (the main) process once the build has started, so a second project's setup does not start another. */
const STARTED = 'ATLAS_TEST_SITE_STARTED';

export default function setup(): () => Promise<void> {
  let finished: Promise<void> = Promise.resolve();
  if (!process.env[STARTED]) {
    process.env[STARTED] = '1';
    rmSync(SITE_READY, { force: true });
    rmSync(SITE_FAILED, { force: true });
    // A fixed time zone and locale: tests/build/build-integrity.test.ts builds again in others and compares.
    const child = spawn(process.execPath, ['scripts/build.ts'], {
      env: { ...process.env, ATLAS_DIST: SITE_DIR, GITHUB_ACTIONS: '', TZ: 'UTC', LANG: 'C.UTF-8' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    finished = new Promise((done) => {
      child.on('close', (status) => {
        writeFileSync(status === 0 ? SITE_READY : SITE_FAILED, output);
        done();
      });
    });
  }
  // Vitest waits for this teardown at the end of the run, so the build is never left running.
  return () => finished;
}
