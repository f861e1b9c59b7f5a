// WHY: Astro's content cache keeps a compiled module for every narrative it has seen, and a narrative renamed
// (borough-a.mdx → borough-a.md) stays listed under its old name, so the next build fails to import a file that is gone.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The content files Astro's cache still lists for import that are no longer there (then `astro build --force`). */
export function staleContentModules(root: string): string[] {
  const modules = join(root, '.astro', 'content-modules.mjs');
  if (!existsSync(modules)) return [];
  const listed = [...readFileSync(modules, 'utf8').matchAll(/[?&]fileName=([^&"]+)/g)].map((m) => decodeURIComponent(m[1]!));
  return listed.filter((file) => !existsSync(join(root, file)));
}
