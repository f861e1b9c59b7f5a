// `npm run new:borough -- "Borough name"`: writes content/boroughs/<slug>.yaml with every dimension present.
import { existsSync, writeFileSync } from 'node:fs';
import { checkContent } from '../src/checker/index.ts';
import { scaffoldBorough, slugify } from '../src/lib/scaffold.ts';
import type { Grid } from '../src/schemas/grid.ts';

const name = process.argv.slice(2).join(' ').trim();
if (!name) {
  console.error('Usage: npm run new:borough -- "Borough name"');
  process.exit(2);
}
const slug = slugify(name);
if (!slug) {
  console.error(`✗ "${name}" has no letters or digits to make a page address from`);
  process.exit(1);
}
const { byKind } = checkContent(process.cwd());
const grid = byKind.grid?.[0]?.data as Grid | undefined;
if (!grid) {
  console.error('✗ data/grid.yaml has problems; run npm run check and fix them first');
  process.exit(1);
}
const taken = (byKind.borough ?? []).map((b) => b.data as { name: string; slug: string });
const clash = taken.find((b) => b.slug === slug || b.name.toLowerCase() === name.toLowerCase());
const file = `content/boroughs/${slug}.yaml`;
if (clash || existsSync(file) || existsSync(file.replace(/\.yaml$/, '.mdx'))) {
  console.error(`✗ a borough called "${clash?.name ?? name}" (slug ${slug}) already exists; edit its file instead`);
  process.exit(1);
}
writeFileSync(file, scaffoldBorough(name));
console.log(`✓ wrote ${file}: now start its first assessment with npm run new:assessment -- ${slug} --round <round id>`);
