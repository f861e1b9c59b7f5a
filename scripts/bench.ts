// `npm run bench`: build cost per page against bare Astro at 18, 100 and 1,000 boroughs, and page weights.
// Prints figures and the targets beside them; nothing here is asserted (times vary), see tests/site/budgets.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { median } from 'd3-array';
import { parse } from 'yaml';
import { LEVELS } from '../src/schemas/common.ts';
import { weighPage, type Sizes } from './lib/page-weight.ts';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '18,100,1000' }, runs: { type: 'string', default: '3' } } });
const SIZES = values.sizes!.split(',').map(Number);
const RUNS = Number(values.runs);
const repo = process.cwd();
const node = process.execPath;
const grid = parse(readFileSync('data/grid.yaml', 'utf8'));
const dims: { id: string; descriptors: Record<string, string> }[] = grid.strands.flatMap((s: { dimensions: unknown[] }) => s.dimensions);

/** Peak resident memory of a process and all its descendants, sampled from /proc. */
function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const ppid = Number(/PPid:\s+(\d+)/.exec(status)?.[1]);
      rss.set(Number(entry), Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended while we looked
    }
  }
  const total = (pid: number): number => (rss.get(pid) ?? 0) + (children.get(pid) ?? []).reduce((n, c) => n + total(c), 0);
  return total(root);
}

async function timed(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<{ seconds: number; peak: number }> {
  const start = performance.now();
  const child = spawn(node, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let peak = 0;
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 100);
  const code = await new Promise<number>((res) => child.on('close', (c) => res(c ?? 1)));
  clearInterval(timer);
  if (code !== 0) throw new Error(`${args.join(' ')} failed in ${cwd}:\n${stderr}`);
  return { seconds: (performance.now() - start) / 1000, peak };
}

function copyProject(dir: string): void {
  for (const entry of readdirSync(repo)) {
    if (['node_modules', 'dist', '.git', '.test-site', '.astro'].includes(entry) || entry.endsWith('.staging') || entry.endsWith('.previous')) continue;
    cpSync(join(repo, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'));
}

/** A synthetic content tree: n boroughs, all 27 ratings with evidence, half with an MDX narrative. */
function syntheticSite(n: number): string {
  const dir = mkdtempSync(join(tmpdir(), `atlas-bench-${n}-`));
  copyProject(dir);
  rmSync(join(dir, 'content/boroughs'), { recursive: true });
  mkdirSync(join(dir, 'content/boroughs'));
  writeFileSync(join(dir, 'data/site.yaml'), readFileSync(join(dir, 'data/site.yaml'), 'utf8').replace('data: sample', 'data: real'));
  for (let i = 0; i < n; i++) {
    const slug = `bench-${String(i).padStart(4, '0')}`;
    const lines = [`name: Bench Borough ${i}`, `slug: ${slug}`, 'anonymised: true', 'assessment:', '  round: bench', '  date: 2026-01', '  source: Synthetic benchmark data', 'ratings:'];
    dims.forEach((d, j) => {
      const level = LEVELS[(i * 7 + j * 3) % 4]!;
      lines.push(`  ${d.id}:`, `    level: ${level}`, `    evidence: "Synthetic evidence ${i}-${j}: ${level === 'not-mentioned' ? 'nothing recorded' : d.descriptors[level]!.replace(/"/g, "'")}."`);
    });
    const yaml = lines.join('\n') + '\n';
    if (i % 2) writeFileSync(join(dir, `content/boroughs/${slug}.mdx`), `---\n${yaml}---\n\n## Narrative\n\nBench Borough ${i} is synthetic. Its partnership meets termly and shares data on NEETs.\n`);
    else writeFileSync(join(dir, `content/boroughs/${slug}.yaml`), yaml);
  }
  return dir;
}

/** A bare Astro 7 site with the same number of trivial pages, sharing the same node_modules. */
function bareSite(pages: number): string {
  const dir = mkdtempSync(join(tmpdir(), `atlas-bare-${pages}-`));
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
  writeFileSync(join(dir, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nexport default defineConfig({ telemetry: false });\n");
  writeFileSync(join(dir, 'src/pages/[n].astro'), `---\nexport function getStaticPaths() { return Array.from({ length: ${pages} }, (_, n) => ({ params: { n: String(n) } })); }\nconst { n } = Astro.params;\n---\n<html lang="en"><head><title>Page {n}</title></head><body><h1>Page {n}</h1></body></html>\n`);
  return dir;
}

const countPages = (dist: string) => (readdirSync(dist, { recursive: true }) as string[]).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind')).length;
const fmt = (n: number, d = 2) => n.toFixed(d);
const mb = (b: number) => `${Math.round(b / 1048576)} MB`;

const rows: { n: number; pages: number; site: number; bare: number; peak: number; check: number }[] = [];
console.log(`Partnership Atlas benchmark: ${cpus().length} cores, ${mb(totalmem())} RAM, Node ${process.version}, ${RUNS} run(s) each, median reported\n`);
for (const n of SIZES) {
  const site = syntheticSite(n);
  const siteRuns: number[] = [];
  const peaks: number[] = [];
  const checks: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    checks.push((await timed(['scripts/check.ts'], site)).seconds);
    // PDFs are a separate step (one Chromium print per page); the comparison with bare Astro is about the HTML site.
    const b = await timed(['scripts/build.ts'], site, { ATLAS_DIST: 'dist', ATLAS_PDF: 'off' });
    siteRuns.push(b.seconds);
    peaks.push(b.peak);
  }
  const pages = countPages(join(site, 'dist'));
  const bare = bareSite(pages);
  const bareRuns: number[] = [];
  for (let r = 0; r < RUNS; r++) bareRuns.push((await timed([join(repo, 'node_modules/.bin/astro'), 'build', '--silent'], bare)).seconds);
  rows.push({ n, pages, site: median(siteRuns)!, bare: median(bareRuns)!, peak: Math.max(...peaks), check: median(checks)! });
  rmSync(site, { recursive: true, force: true });
  rmSync(bare, { recursive: true, force: true });
}

console.log('| boroughs | pages | build s | ms/page | bare Astro s | bare ms/page | ratio to bare (per page) | peak RSS | check s |');
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) {
  console.log(`| ${r.n} | ${r.pages} | ${fmt(r.site)} | ${fmt((r.site * 1000) / r.pages, 1)} | ${fmt(r.bare)} | ${fmt((r.bare * 1000) / r.pages, 1)} | ${fmt(r.site / r.bare)}× | ${mb(r.peak)} | ${fmt(r.check)} |`);
}

const at = (n: number) => rows.find((r) => r.n === n);
const big = at(1000);
const mid = at(100);
console.log('\nTargets (printed, not asserted):');
if (big) {
  console.log(`- site ≤ 1.5× bare Astro per page at 1,000 boroughs: ${fmt(big.site / big.bare)}× ${big.site / big.bare <= 1.5 ? '✓' : '✗ missed'}`);
  console.log(`- peak RSS ≤ 1 GB at 1,000: ${mb(big.peak)} ${big.peak <= 1024 ** 3 ? '✓' : '✗ missed'}`);
  console.log(`- npm run check ≤ 1 s at 1,000: ${fmt(big.check)} s ${big.check <= 1 ? '✓' : '✗ missed'}`);
}
if (big && mid) console.log(`- 1,000 boroughs ≤ 11× the cost of 100: ${fmt(big.site / mid.site)}× ${big.site / mid.site <= 11 ? '✓' : '✗ missed'}`);

// Page weights of the real site, built as a user would build it.
console.log('\nPage weight (real content), bytes raw / gzip / brotli:');
const dist = resolve('dist');
if (!existsSync(join(dist, 'index.html'))) spawnSync(node, ['scripts/build.ts'], { stdio: 'ignore' });
const types: [string, string][] = [
  ['home', ''],
  ['rubric', 'boroughs/borough-a/'],
  ['grid', 'grid/'],
  ['dimension', 'dimensions/data-sharing/'],
  ['case study', 'case-studies/sheffield/'],
  ['board paper', `board-papers/${firstDir(join(dist, 'board-papers'))}/`],
];
function firstDir(dir: string): string {
  return existsSync(dir) ? (readdirSync(dir, { withFileTypes: true }).find((d) => d.isDirectory())?.name ?? '-') : '-';
}
const show = (s: Sizes) => `${s.raw} / ${s.gzip} / ${s.brotli}`;
console.log('| page type | HTML | CSS | JS | requests before first render |');
console.log('| --- | --- | --- | --- | ---: |');
for (const [type, route] of types) {
  if (!existsSync(join(dist, route, 'index.html'))) {
    console.log(`| ${type} | (not built) | | | |`);
    continue;
  }
  const w = weighPage(dist, route);
  console.log(`| ${type} | ${show(w.html)} | ${show(w.css)} | ${show(w.js)} | ${w.blockingRequests} |`);
}
