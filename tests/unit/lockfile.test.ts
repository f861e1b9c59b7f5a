// `npm ci` refuses a lock that lacks any optional dependency; this registry lacks some platforms' binaries.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

test('package-lock.json records every optional dependency (run node scripts/lock-platforms.mjs after npm install)', () => {
  const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
  const missing = Object.values(lock.packages as Record<string, { optionalDependencies?: Record<string, string> }>)
    .flatMap((entry) => Object.keys(entry.optionalDependencies ?? {}))
    .filter((name) => !lock.packages[`node_modules/${name}`]);
  expect(missing).toEqual([]);
});
