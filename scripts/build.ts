// `npm run build`: check the content, build into a staging folder, index it, print its PDFs, then swap it into dist/.
// Any failure leaves the previous dist/ exactly as it was.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { pdfStep } from './lib/pdf-step.ts';
import { describeBuildFailure } from './lib/build-failure.ts';
import { figureStep } from './lib/figure-png.ts';
import { siteBase } from './lib/site-settings.ts';
import { staleContentModules } from './lib/content-cache.ts';

const bin = (name: string) => `node_modules/.bin/${name}`;
const target = process.env.ATLAS_DIST ?? 'dist';
const staging = `${target}.staging`;
const previous = `${target}.previous`;

const phases: string[] = [];
const started = performance.now();
function finish(label: string, status: number | null, output: string, ms: number): void {
  if (status !== 0) {
    // The tool's own report holds stack traces; the officer gets the file, the line and one sentence.
    console.error(describeBuildFailure(output, process.cwd()));
    console.error(`✗ ${label} failed; ${target}/ was left as it was`);
    process.exit(1);
  }
  if (output.trim()) process.stdout.write(output);
  phases.push(`${label} ${(ms / 1000).toFixed(1)} s`);
}
function run(label: string, args: string[], env: NodeJS.ProcessEnv = {}): void {
  const t = performance.now();
  const result = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 256 << 20, env: { ...process.env, ...env } });
  finish(label, result.status, `${result.stdout ?? ''}${result.stderr ?? ''}`, performance.now() - t);
}
/** The same, without blocking: Pagefind reads only the HTML, so the figures' PNGs are drawn meanwhile on the other core. */
function runBeside(label: string, args: string[]): Promise<() => void> {
  const t = performance.now();
  const child = spawn(process.execPath, args, { env: process.env });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  return new Promise((resolve) => child.on('close', (status) => {
    const ms = performance.now() - t;
    resolve(() => finish(label, status, output, ms));
  }));
}

// The check runs in its own process (scripts/check.ts, the same lines `npm run check` prints), so its memory is
// given back before Astro starts: at 1,000 boroughs that is about 220 MB off the build's peak.
const checked = spawnSync(process.execPath, ['scripts/check.ts'], { stdio: 'inherit' });
phases.push(`check ${((performance.now() - started) / 1000).toFixed(1)} s`);
if (checked.status !== 0) process.exit(1);

rmSync(staging, { recursive: true, force: true });
// A narrative renamed or removed since the last build: Astro's cache would still import it, so it is rebuilt afresh.
const force = staleContentModules(process.cwd()).length > 0 ? ['--force'] : [];
run('astro build', [bin('astro'), 'build', '--silent', ...force], { ATLAS_OUT_DIR: staging });
const indexed = runBeside('pagefind', [bin('pagefind'), '--site', staging, '--quiet']);
let figures: string;
try {
  figures = await figureStep(staging, siteBase());
} catch (error) {
  console.error(`✗ drawing the figures' PNGs failed: ${(error as Error).message.split('\n')[0]}; ${target}/ was left as it was`);
  process.exit(1);
}
(await indexed)();
phases.push(figures);
const pdf = await pdfStep(staging);
pdf.notes.forEach((note) => console.log(note));
if (pdf.error) {
  console.error(`${pdf.error}; ${target}/ was left as it was`);
  process.exit(1);
}
if (pdf.phase) phases.push(pdf.phase);

rmSync(previous, { recursive: true, force: true });
if (existsSync(target)) renameSync(target, previous);
renameSync(staging, target);
rmSync(previous, { recursive: true, force: true });
console.log(`✓ built ${target}/ in ${((performance.now() - started) / 1000).toFixed(1)} s (${phases.join(', ')})`);
