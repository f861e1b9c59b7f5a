// `npm run new:borough -- "Borough name"`: writes content/boroughs/<slug>.yaml, the borough's identity (its ratings go in
// one assessment per round: npm run new:assessment).
import { existsSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkContent } from '../src/content/checker/index.ts';
import { KINDS } from '../src/content/registry.ts';
import { contentRoot } from '../src/content/content-root.ts';
import { slugify } from '../src/domain/slug.ts';
import { scaffoldBorough } from './lib/scaffold.ts';

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
const root = contentRoot();
const { byKind } = checkContent(root);
const grid = byKind.grid[0]?.data;
if (!grid) {
  console.error('✗ data/grid.yaml has problems; run npm run check and fix them first');
  process.exit(1);
}
const taken = byKind.borough.map((b) => b.data);
const clash = taken.find((b) => b.slug === slug || b.name.toLowerCase() === name.toLowerCase());
const file = join(root, KINDS.borough.dir, `${slug}.yaml`);
if (clash?.anonymised) {
  console.error(`✗ "${clash.name}" is an anonymised sample borough, a reconstruction of the published counts; add your borough under its real name`);
  process.exit(1);
}
if (clash || existsSync(file) || existsSync(file.replace(/\.yaml$/, '.md'))) {
  console.error(`✗ a borough called "${clash?.name ?? name}" (slug ${slug}) already exists; edit its file instead`);
  process.exit(1);
}
writeFileSync(file, scaffoldBorough(name));
const shown = relative(process.cwd(), file);
console.log(`✓ wrote ${shown.startsWith('..') ? file : shown}: now start its first assessment with npm run new:assessment -- ${slug} --round <round id>`);
