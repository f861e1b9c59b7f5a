// One test command for everything, in three projects by what a test needs (CONTRIBUTING.md, "Where a test goes"):
// unit  — code and content alone, no build;
// build — tests that build a copy of the project of their own (planted content, the demo, reproducibility);
// site  — tests over the real site built once, and in a real browser.
// The real site is built once per run, in the background (tests/support/global-setup.ts), while unit tests run.
// `astro check` runs as a unit test (tests/unit/astro-check.test.ts), beside the rest rather than before it.
import { defineConfig } from 'vitest/config';
import WalksFirst from './tests/support/sequencer.ts';

const SHARED_BUILD = ['tests/support/global-setup.ts'];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    maxWorkers: 2,
    // The every-page browser walks, the longest files, start first in their project (tests/support/sequencer.ts).
    sequence: { sequencer: WalksFirst },
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'] } },
      // Build tests start at once, beside the shared build; one that compares with it waits for it (waitForSite).
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'], globalSetup: SHARED_BUILD } },
      { extends: true, test: { name: 'site', include: ['tests/site/**/*.test.ts', 'tests/browser/**/*.test.ts'], globalSetup: SHARED_BUILD, setupFiles: ['tests/support/wait-for-site.ts'] } },
    ],
  },
});
