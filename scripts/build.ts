// `npm run build`: check the content, build into a staging folder, index it, print its PDFs, then swap it into dist/.
// Any failure leaves the previous dist/ exactly as it was.
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { checkContent, formatProblem, summaryLine } from '../src/checker/index.ts';
import { reportAnnotations } from '../src/checker/annotations.ts';
import { pdfStep } from './lib/pdf-step.ts';

const bin = (name: string) => `node_modules/.bin/${name}`;
const target = process.env.ATLAS_DIST ?? 'dist';
const staging = `${target}.staging`;
const previous = `${target}.previous`;

const phases: string[] = [];
const started = performance.now();
function run(label: string, args: string[], env: NodeJS.ProcessEnv = {}): void {
  const t = performance.now();
  const result = spawnSync(process.execPath, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`✗ ${label} failed; ${target}/ was left as it was`);
    process.exit(result.status ?? 1);
  }
  phases.push(`${label} ${((performance.now() - t) / 1000).toFixed(1)} s`);
}

const checked = checkContent(process.env.ATLAS_ROOT ?? process.cwd());
phases.push(`check ${((performance.now() - started) / 1000).toFixed(1)} s`);
for (const problem of checked.problems) console.log(formatProblem(problem));
reportAnnotations(checked.problems);
console.log(summaryLine(checked));
if (checked.problems.length) process.exit(1);

rmSync(staging, { recursive: true, force: true });
run('astro build', [bin('astro'), 'build', '--silent'], { ATLAS_OUT_DIR: staging });
run('pagefind', [bin('pagefind'), '--site', staging, '--quiet']);
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
