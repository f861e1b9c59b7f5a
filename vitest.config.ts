// One test command for everything: unit tests, then tests over the built site and in a real browser.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      // The site is built once, by the same command a user runs, before these start.
      { extends: true, test: { name: 'site', include: ['tests/site/**/*.test.ts', 'tests/browser/**/*.test.ts'], globalSetup: ['tests/support/global-setup.ts'] } },
    ],
  },
});
