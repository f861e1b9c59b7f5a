// `npm run bench`: build cost against two floors at 100, 1,000 and 5,000 boroughs, the PDF step at 1,000, a CPU profile on request, and page weights.
// Prints figures and the targets beside them; nothing here is asserted (times vary), see tests/site/budgets.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { median } from 'd3-array';
import { parse } from 'yaml';
import { LEVELS } from '../src/domain/levels.ts';
import { weighPage, type Sizes } from './lib/page-weight.ts';
import { copyProject } from './lib/project-copy.ts';
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,5000' },
    runs: { type: 'string', default: '3' },
    profile: { type: 'string' },
    // The sizes whose PDFs are printed and timed (once each, after the builds): "none" for none.
    pdf: { type: 'string', default: '1000' },
  },
});
const RUNS = Number(values.runs);
const repo = process.cwd();
const node = process.execPath;
const grid = parse(readFileSync('data/grid.yaml', 'utf8'));
const dims: { id: string; descriptors: Record<string, string> }[] = grid.strands.flatMap((s: { dimensions: unknown[] }) => s.dimensions);

/** One synthetic content tree to build: "1000" is 1,000 boroughs; "1000x3" is 1,000 boroughs × 3 rounds. */
interface Scenario {
  label: string;
  boroughs: number;
  rounds: number;
}
const scenarios: Scenario[] = values.sizes!.split(',').map((s) => {
  const [boroughs, rounds = 1] = s.split('x').map(Number);
  return { label: rounds > 1 ? `${boroughs} × ${rounds} rounds` : String(boroughs), boroughs: boroughs!, rounds };
});

/** Resident memory of a process and all its descendants, sampled from /proc; also the part held by Astro and by Pagefind. */
function treeRss(root: number): { total: number; astro: number; pagefind: number } {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  const names = new Map<number, string>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const ppid = Number(/PPid:\s+(\d+)/.exec(status)?.[1]);
      rss.set(Number(entry), Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024);
      names.set(Number(entry), readFileSync(`/proc/${entry}/cmdline`, 'utf8'));
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended while we looked
    }
  }
  const sum = { total: 0, astro: 0, pagefind: 0 };
  const visit = (pid: number): void => {
    const own = rss.get(pid) ?? 0;
    sum.total += own;
    const cmd = names.get(pid) ?? '';
    if (cmd.includes('pagefind')) sum.pagefind += own;
    else if (cmd.includes('astro')) sum.astro += own;
    (children.get(pid) ?? []).forEach(visit);
  };
  visit(root);
  return sum;
}

/** CPU seconds (user + system) of a process tree: each process's own and that of its children it has reaped (Chromium's renderers). */
function treeCpu(root: number): number {
  const children = new Map<number, number[]>();
  const cpu = new Map<number, number>();
  const tick = 100; // USER_HZ on Linux
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      cpu.set(Number(entry), (Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14])) / tick);
      children.set(Number(f[1]), [...(children.get(Number(f[1])) ?? []), Number(entry)]);
    } catch {
      // the process ended while we looked
    }
  }
  const visit = (pid: number): number => (cpu.get(pid) ?? 0) + (children.get(pid) ?? []).reduce((n, c) => n + visit(c), 0);
  return visit(root);
}

interface Peaks {
  total: number;
  astro: number;
  pagefind: number;
}

async function timed(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<{ seconds: number; peak: Peaks; stdout: string; cpu: number }> {
  const start = performance.now();
  const child = spawn(node, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const peak: Peaks = { total: 0, astro: 0, pagefind: 0 };
  // The tree's CPU seconds, last seen before it ended (sampled, so up to 0.1 s of its end is missed).
  let cpu = 0;
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const timer = setInterval(() => {
    const now = treeRss(child.pid!);
    for (const k of ['total', 'astro', 'pagefind'] as const) peak[k] = Math.max(peak[k], now[k]);
    cpu = Math.max(cpu, treeCpu(child.pid!));
  }, 100);
  const code = await new Promise<number>((res) => child.on('close', (c) => res(c ?? 1)));
  clearInterval(timer);
  if (code !== 0) throw new Error(`${args.join(' ')} failed in ${cwd}:\n${stdout}\n${stderr}`);
  return { seconds: (performance.now() - start) / 1000, peak, stdout, cpu };
}

/** A synthetic content tree: n boroughs, each assessed in `rounds` rounds (all 27 ratings with evidence), half with a Markdown narrative. */
function syntheticSite({ boroughs: n, rounds }: Scenario): string {
  const dir = copyProject(`atlas-bench-${n}${rounds > 1 ? `x${rounds}` : ''}`);
  rmSync(join(dir, 'content/boroughs'), { recursive: true });
  rmSync(join(dir, 'content/assessments'), { recursive: true, force: true });
  mkdirSync(join(dir, 'content/boroughs'));
  writeFileSync(join(dir, 'data/site.yaml'), readFileSync(join(dir, 'data/site.yaml'), 'utf8').replace('data: sample', 'data: real'));
  // Bench rounds follow the real ones in data/rounds.yaml (oldest first), one folder of assessments each.
  const ids = Array.from({ length: rounds }, (_, k) => `bench-${k + 1}`);
  // The real reference round has no assessments here, so the first bench round stands for London instead.
  const real = readFileSync(join(dir, 'data/rounds.yaml'), 'utf8').replace(/^ {2}reference: true\n/m, '');
  writeFileSync(join(dir, 'data/rounds.yaml'), real + ids.map((id, k) => `- id: ${id}\n  title: Bench round ${k + 1}\n  period: { from: ${2030 + k}-01, to: ${2030 + k}-06 }\n  kind: self-assessment\n${k === 0 ? '  reference: true\n' : ''}  measured: Synthetic benchmark data.\n`).join(''));
  for (const id of ids) mkdirSync(join(dir, 'content/assessments', id), { recursive: true });
  for (let i = 0; i < n; i++) {
    const slug = `bench-${String(i).padStart(4, '0')}`;
    // Not anonymised: a sample borough is assessed only in the research round it reconstructs, and these are self-assessments.
    const identity = `name: Bench Borough ${i}\nslug: ${slug}\nanonymised: false\n`;
    if (i % 2) writeFileSync(join(dir, `content/boroughs/${slug}.md`), `---\n${identity}---\n\n## Narrative\n\nBench Borough ${i} is synthetic. Its partnership meets termly and shares data on NEETs.\n`);
    else writeFileSync(join(dir, `content/boroughs/${slug}.yaml`), identity);
    ids.forEach((id, k) => {
      const lines = ['date: 2026-01', 'source: Synthetic benchmark data', 'ratings:'];
      dims.forEach((d, j) => {
        const level = LEVELS[(i * 7 + j * 3 + k * (i % 3)) % 4]!;
        lines.push(`  ${d.id}:`, `    level: ${level}`, `    evidence: "Synthetic evidence ${i}-${j}: ${level === 'not-mentioned' ? 'nothing recorded' : d.descriptors[level]!.replace(/"/g, "'")}."`);
      });
      writeFileSync(join(dir, 'content/assessments', id, `${slug}.yaml`), lines.join('\n') + '\n');
    });
  }
  return dir;
}

/** An Astro project of one page, sharing our node_modules. */
function astroSite(prefix: string, page: string, config = "{ telemetry: false, cacheDir: './.cache', vite: { cacheDir: './.cache/vite' } }"): string {
  const dir = mkdtempSync(join(tmpdir(), `${prefix}-`));
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
  writeFileSync(join(dir, 'astro.config.mjs'), `import { defineConfig } from 'astro/config';\nexport default defineConfig(${config});\n`);
  writeFileSync(join(dir, 'src/pages/[...path].astro'), page);
  return dir;
}

/** The trivial floor: a bare Astro 7 site with the same number of one-line pages. */
const bareSite = (pages: number) =>
  astroSite(
    `atlas-bare-${pages}`,
    `---\nexport function getStaticPaths() { return Array.from({ length: ${pages} }, (_, n) => ({ params: { path: String(n) } })); }\nconst { path } = Astro.params;\n---\n<html lang="en"><head><title>Page {path}</title></head><body><h1>Page {path}</h1></body></html>\n`,
  );

/**
 * The same-bytes floor: a bare Astro site with one page per page of ours, each emitting our built HTML as one static
 * string, and our other files (CSS, CSV, images) in public/. What Astro and Pagefind must spend to produce our output.
 * Our pages are copied aside first, because each run of our build replaces dist/.
 */
function sameBytesSite(dist: string, pages: string[]): string {
  const dir = astroSite(
    'atlas-floor',
    `---\nimport { readFileSync } from 'node:fs';\nexport function getStaticPaths() {\n  const pages: string[] = JSON.parse(readFileSync('ours/pages.json', 'utf8'));\n  return pages.map((file) => ({ params: { path: file.replace(/\\/?(index)?\\.html$/, '') || undefined }, props: { file } }));\n}\nconst html = readFileSync('ours/' + Astro.props.file, 'utf8');\n---\n<Fragment set:html={html} />\n`,
    "{ telemetry: false, trailingSlash: 'always', cacheDir: './.cache', vite: { cacheDir: './.cache/vite' } }",
  );
  cpSync(dist, join(dir, 'public'), { recursive: true, filter: (src) => !src.endsWith('.html') && !src.includes('/pagefind') });
  cpSync(dist, join(dir, 'ours'), { recursive: true, filter: (src) => !src.includes('/pagefind') && (statSync(src).isDirectory() || src.endsWith('.html')) });
  writeFileSync(join(dir, 'ours/pages.json'), JSON.stringify(pages));
  return dir;
}

const htmlPages = (dist: string) => (readdirSync(dist, { recursive: true }) as string[]).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind')).sort();
const htmlBytes = (dist: string) => htmlPages(dist).reduce((n, f) => n + statSync(join(dist, f)).size, 0);
const fmt = (n: number, d = 2) => n.toFixed(d);
const mb = (b: number) => `${Math.round(b / 1048576)} MB`;
/** The seconds build.ts reports for one of its phases ("astro build 12.3 s"). */
const phase = (stdout: string, name: string) => Number(new RegExp(`${name} ([\\d.]+) s`).exec(stdout)?.[1] ?? NaN);

/** Top self-time functions of a V8 CPU profile. */
function topSelfTime(file: string, count = 10, byPackage = false): { name: string; ms: number; share: number }[] {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as {
    nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
    samples: number[];
    timeDeltas: number[];
  };
  const frame = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const f = frame.get(id)!;
    const where = f.url ? `${f.url.replace(/^file:\/\//, '').replace(/.*node_modules\//, '').replace(repo + '/', '')}:${f.lineNumber + 1}` : '';
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(f.url)?.[1] ?? (f.url.startsWith('node:') ? 'node (built-in)' : f.url ? where.replace(/:\d+$/, '') : f.functionName);
    const key = byPackage ? pkg : `${f.functionName || '(anonymous)'} ${where}`.trim();
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    self.set(key, (self.get(key) ?? 0) + dt);
    total += dt;
  });
  return [...self].sort((a, b) => b[1] - a[1]).slice(0, count).map(([name, ms]) => ({ name, ms, share: ms / total }));
}

const machine = () => `load average ${loadavg().map((l) => l.toFixed(2)).join(', ')}`;
console.log(`Partnership Atlas benchmark: ${cpus().length} cores, ${mb(totalmem())} RAM, Node ${process.version}, ${RUNS} run(s) each, median reported; ${machine()}\n`);

if (values.profile) {
  // `--profile 1000`: one CPU profile of the Astro phase, top 10 functions by self time.
  const scenario = scenarios.find((s) => s.label === values.profile) ?? { label: values.profile, boroughs: Number(values.profile), rounds: 1 };
  const site = syntheticSite(scenario);
  const dir = join(site, '.cpu-prof');
  await timed(['--cpu-prof', `--cpu-prof-dir=${dir}`, 'node_modules/.bin/astro', 'build', '--silent'], site);
  const main = readdirSync(dir).map((f) => join(dir, f)).sort((a, b) => statSync(b).size - statSync(a).size)[0]!;
  console.log(`CPU profile of the Astro phase at ${scenario.label} boroughs, top 10 by self time (the profile, to open in a browser's DevTools: ${main}; delete ${site} when done):`);
  console.log('| function | self ms | share |\n| --- | ---: | ---: |');
  for (const f of topSelfTime(main)) console.log(`| \`${f.name}\` | ${Math.round(f.ms)} | ${(f.share * 100).toFixed(1)}% |`);
  console.log('\nThe same, added up by package (or by file of ours):\n| package | self ms | share |\n| --- | ---: | ---: |');
  for (const f of topSelfTime(main, 12, true)) console.log(`| ${f.name} | ${Math.round(f.ms)} | ${(f.share * 100).toFixed(1)}% |`);
  process.exit(0);
}

/** One run of `npm run pdf` over a built synthetic site: cold (empty PDF cache), warm (nothing changed), one page changed. */
interface PdfRun {
  label: string;
  printed: number;
  seconds: number;
  cpu: number;
  peak: number;
  load: string;
}

interface Row {
  label: string;
  boroughs: number;
  pages: number;
  bytes: number;
  check: number;
  ours: { check: number; astro: number; pagefind: number; total: number; peak: Peaks };
  floor: { astro: number; pagefind: number; total: number; peak: Peaks };
  bare: number;
  load: string;
  pdf: { count: number; runs: PdfRun[] } | undefined;
}
const rows: Row[] = [];
for (const scenario of scenarios) {
  const site = syntheticSite(scenario);
  const dist = join(site, 'dist');
  const runs: { check: number; ours: Row['ours']; floor: Row['floor']; bare: number }[] = [];
  let floor: string | undefined;
  let bare: string | undefined;
  for (let r = 0; r < RUNS; r++) {
    // Every run is a cold build, as on a fresh clone in CI: no content-layer or Vite cache from the run before.
    // The figures' PNGs too: their cache (node_modules/.cache/atlas-figures) would otherwise carry over from the run before.
    for (const cache of ['node_modules/.astro', 'node_modules/.vite', '.astro', '.figure-cache']) rmSync(join(site, cache), { recursive: true, force: true });
    for (const dir of [floor, bare]) if (dir) rmSync(join(dir, '.cache'), { recursive: true, force: true });
    const check = (await timed(['scripts/check.ts'], site)).seconds;
    // PDFs are a separate step (one Chromium print per page); both floors are about the HTML site and its index.
    const b = await timed(['scripts/build.ts'], site, { ATLAS_DIST: 'dist', ATLAS_PDF: 'off', ATLAS_FIGURE_CACHE: join(site, '.figure-cache') });
    const ours = { check: phase(b.stdout, 'check'), astro: phase(b.stdout, 'astro build'), pagefind: phase(b.stdout, 'pagefind'), total: b.seconds, peak: b.peak };
    floor ??= sameBytesSite(dist, htmlPages(dist));
    bare ??= bareSite(htmlPages(dist).length);
    // Interleaved with our build, so a busy spell on the machine hits both alike.
    const fa = await timed([join(repo, 'node_modules/.bin/astro'), 'build', '--silent'], floor);
    const fp = await timed([join(repo, 'node_modules/.bin/pagefind'), '--site', 'dist', '--quiet'], floor);
    if (r === 0 && Math.abs(htmlBytes(join(floor, 'dist')) / htmlBytes(dist) - 1) > 0.01) console.warn(`! the same-bytes floor's HTML differs from ours by over 1%`);
    const ba = await timed([join(repo, 'node_modules/.bin/astro'), 'build', '--silent'], bare);
    const floorPeak = { total: Math.max(fa.peak.total, fp.peak.total), astro: fa.peak.astro, pagefind: fp.peak.pagefind };
    runs.push({ check, ours, floor: { astro: fa.seconds, pagefind: fp.seconds, total: fa.seconds + fp.seconds, peak: floorPeak }, bare: ba.seconds });
  }
  const med = (f: (r: (typeof runs)[number]) => number) => median(runs.map(f))!;
  const most = (f: (r: (typeof runs)[number]) => Peaks): Peaks => ({
    total: Math.max(...runs.map((r) => f(r).total)),
    astro: Math.max(...runs.map((r) => f(r).astro)),
    pagefind: Math.max(...runs.map((r) => f(r).pagefind)),
  });
  // The PDF step as `npm run pdf` runs it over the last build: cold with a PDF cache of its own, then warm, then with one
  // borough page changed (as an officer's edit to one narrative changes it), which prints one PDF.
  let pdf: Row['pdf'];
  if (values.pdf!.split(',').includes(scenario.label)) {
    const env = { ATLAS_DIST: 'dist', ATLAS_PDF_CACHE: join(site, '.pdf-cache') };
    const runs: PdfRun[] = [];
    const one = async (label: string) => {
      const printed = await timed(['scripts/pdf.ts'], site, env);
      runs.push({ label, printed: Number(/\((\d+) printed/.exec(printed.stdout)?.[1] ?? NaN), seconds: printed.seconds, cpu: printed.cpu, peak: printed.peak.total, load: machine() });
      return printed;
    };
    const cold = await one('cold (empty cache)');
    await one('warm (nothing changed)');
    const page = join(dist, 'boroughs', readdirSync(join(dist, 'boroughs')).find((d) => d.startsWith('bench-'))!, 'index.html');
    writeFileSync(page, readFileSync(page, 'utf8').replace('</main>', '<p>Edited for the bench.</p></main>'));
    await one('one borough page changed');
    pdf = { count: Number(/(\d+) PDFs/.exec(cold.stdout)?.[1] ?? NaN), runs };
  }
  rows.push({
    pdf,
    label: scenario.label,
    boroughs: scenario.boroughs,
    pages: htmlPages(dist).length,
    bytes: htmlBytes(dist),
    check: med((r) => r.check),
    ours: { check: med((r) => r.ours.check), astro: med((r) => r.ours.astro), pagefind: med((r) => r.ours.pagefind), total: med((r) => r.ours.total), peak: most((r) => r.ours.peak) },
    floor: { astro: med((r) => r.floor.astro), pagefind: med((r) => r.floor.pagefind), total: med((r) => r.floor.total), peak: most((r) => r.floor.peak) },
    bare: med((r) => r.bare),
    load: machine(),
  });
  for (const dir of [site, floor, bare]) if (dir) rmSync(dir, { recursive: true, force: true });
}

console.log('Seconds, median of the runs. "Floor" is the same-bytes bare Astro site (our HTML as static strings) plus Pagefind over it;');
console.log('"ours" is scripts/build.ts with ATLAS_PDF=off, its phases as it reports them (0.1 s resolution).\n');
console.log('| boroughs | pages | HTML MB | ours check | ours Astro | floor Astro | ours Pagefind | floor Pagefind | ours whole build | floor whole | ratio | trivial bare Astro | `npm run check` s |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) {
  console.log(
    `| ${r.label} | ${r.pages} | ${fmt(r.bytes / 1048576, 1)} | ${fmt(r.ours.check, 1)} | ${fmt(r.ours.astro, 1)} | ${fmt(r.floor.astro)} | ${fmt(r.ours.pagefind, 1)} | ${fmt(r.floor.pagefind)} | ${fmt(r.ours.total)} | ${fmt(r.floor.total)} | ${fmt(r.ours.total / r.floor.total)}× | ${fmt(r.bare)} | ${fmt(r.check)} |`,
  );
}
console.log('\nPeak resident memory (whole process tree; of which the Astro process, and Pagefind):\n');
console.log('| boroughs | ours whole build | ours Astro | ours Pagefind | floor Astro | floor Pagefind |\n| --- | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) console.log(`| ${r.label} | ${mb(r.ours.peak.total)} | ${mb(r.ours.peak.astro)} | ${mb(r.ours.peak.pagefind)} | ${mb(r.floor.peak.astro)} | ${mb(r.floor.peak.pagefind)} |`);
for (const r of rows) console.log(`- ${r.label}: measured with ${r.load} at its end`);

const printed = rows.filter((r) => r.pdf);
if (printed.length) {
  console.log('\nThe PDF step (`npm run pdf` over the built synthetic site, once each; CPU is the whole process tree, Chromium included, sampled from /proc):\n');
  console.log('| boroughs | PDFs | run | printed | wall s | CPU s | CPU per printed PDF | peak RSS | load average at its end |\n| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const r of printed)
    for (const p of r.pdf!.runs)
      console.log(`| ${r.label} | ${r.pdf!.count} | ${p.label} | ${p.printed} | ${fmt(p.seconds, 1)} | ${fmt(p.cpu, 1)} | ${p.printed ? `${fmt((p.cpu / p.printed) * 1000, 0)} ms` : '–'} | ${mb(p.peak)} | ${p.load.replace('load average ', '')} |`);
}

const at = (n: number) => rows.find((r) => r.boroughs === n && !r.label.includes('rounds'));
const big = at(1000);
const huge = at(5000);
const mark = (ok: boolean) => (ok ? '✓' : '✗ missed');
console.log('\nTargets (printed, not asserted):');
if (big) {
  console.log(`- whole build ≤ 2× the same-bytes floor at 1,000 boroughs (the goal beyond: 1.5×): ${fmt(big.ours.total / big.floor.total)}× ${mark(big.ours.total / big.floor.total <= 2)}`);
  console.log(`- peak RSS ≤ 1 GB at 1,000: ${mb(big.ours.peak.total)} ${mark(big.ours.peak.total <= 1024 ** 3)}`);
  console.log(`- npm run check ≤ 1 s at 1,000: ${fmt(big.check)} s ${mark(big.check <= 1)}`);
  if (big.pdf) {
    const [cold, warm] = big.pdf.runs;
    console.log(`- 1,000 borough PDFs ≤ 3 min on ${cpus().length} cores, cold (every PDF printed): ${fmt(cold!.seconds, 0)} s ${mark(cold!.seconds <= 180)}; CPU ${fmt(cold!.cpu, 0)} s, so ≥ ${fmt(cold!.cpu / cpus().length, 0)} s even on idle cores`);
    console.log(`- the same, warm (a rebuild with nothing changed): ${fmt(warm!.seconds, 1)} s ${mark(warm!.seconds <= 180)}`);
  }
}
const rounds3 = rows.find((r) => r.boroughs === 1000 && r.label.includes('rounds'));
if (rounds3) {
  console.log(`- whole build ≤ 2× the floor at 1,000 × 3 rounds: ${fmt(rounds3.ours.total / rounds3.floor.total)}× ${mark(rounds3.ours.total / rounds3.floor.total <= 2)}`);
  console.log(`- peak RSS ≤ 1.2 GB at 1,000 × 3 rounds: ${mb(rounds3.ours.peak.total)} ${mark(rounds3.ours.peak.total <= 1.2 * 1024 ** 3)}`);
}
if (big && huge) console.log(`- 1,000 → 5,000 boroughs ≤ 5.5× (linear): ${fmt(huge.ours.total / big.ours.total)}× ${mark(huge.ours.total / big.ours.total <= 5.5)}`);
if (huge) console.log(`- peak RSS ≤ 1.5 GB at 5,000: ${mb(huge.ours.peak.total)} ${mark(huge.ours.peak.total <= 1.5 * 1024 ** 3)} (the floor's Pagefind alone: ${mb(huge.floor.peak.pagefind)})`);

// Page weights of the real site, built afresh as a user would build it (a dist/ left from earlier could be stale).
console.log('\nPage weight (real content), bytes raw / gzip / brotli:');
const dist = join(mkdtempSync(join(tmpdir(), 'atlas-weights-')), 'dist');
spawnSync(node, ['scripts/build.ts'], { stdio: 'ignore', env: { ...process.env, ATLAS_DIST: dist, ATLAS_PDF: 'off' } });
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
