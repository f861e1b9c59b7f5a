// A narrative renamed since the last build (borough-a.mdx → borough-a.md) must not leave Astro's cache importing the old file.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { staleContentModules } from '../../scripts/lib/content-cache.ts';

const root = mkdtempSync(join(tmpdir(), 'atlas-content-cache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const entry = (file: string) =>
  `["${file}", () => import("astro:content-layer-deferred-module?astro%3Acontent-layer-deferred-module=&fileName=${encodeURIComponent(file)}&astroContentModuleFlag=true")],`;

test('a cached module whose file is gone is found, so the build runs with --force; one still there is not', () => {
  mkdirSync(join(root, '.astro'));
  mkdirSync(join(root, 'content/boroughs'), { recursive: true });
  writeFileSync(join(root, 'content/boroughs/borough-a.md'), 'Text');
  writeFileSync(join(root, 'content/board-paper.mdx'), 'Text');
  expect(staleContentModules(root)).toEqual([]);
  writeFileSync(join(root, '.astro/content-modules.mjs'), `export default new Map([\n${entry('content/boroughs/borough-a.mdx')}\n${entry('content/board-paper.mdx')}\n]);\n`);
  expect(staleContentModules(root)).toEqual(['content/boroughs/borough-a.mdx']);
});
