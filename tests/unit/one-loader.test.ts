// One loader: src/content/load.ts is the only file that reads Astro's content store; pages and components take what
// it works out. A second caller would read (and could count) the content again, apart from the loader.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const LOADER = 'src/content/load.ts';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|mts|js|mjs|astro|mdx)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

test(`only ${LOADER} names getCollection or getEntry`, () => {
  const callers = ['src', 'scripts'].flatMap(sourceFiles).filter((f) => /\b(getCollection|getEntry)\b/.test(readFileSync(f, 'utf8')));
  expect(callers).toEqual([LOADER]);
});
