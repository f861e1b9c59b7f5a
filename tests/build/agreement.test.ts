// The checker and the build agree: each generated mutation of a real file is either stopped by the checker, at the
// file and within 2 lines of the change, or passes the checker and builds, with the page showing the changed value.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { astroBuildCopy, copyProject } from '../../scripts/lib/project-copy.ts';
import { applyMutation, checkMutations, describeVerdict, type Verdict } from '../support/agreement.ts';
import { generateMutations, type Mutation } from '../support/mutations.ts';

// Beside the site test output, not inside the built site (the site tests rebuild .test-site/ while this runs).
const REPORT = 'test-results/agreement-report.md';
const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Passing mutations in batches holding at most one mutation per file, so one build serves many. */
function batches(passing: readonly Mutation[]): Mutation[][] {
  const out: Mutation[][] = [];
  for (const m of passing) {
    const batch = out.find((b) => !b.some((o) => o.source === m.source));
    if (batch) batch.push(m);
    else out.push([m]);
  }
  return out;
}

/** Each page's text with the entities a reader never sees decoded, so "&#x3C;16" reads as "<16". */
function htmlPages(dir: string): Map<string, string> {
  const pages = new Map<string, string>();
  const decode = (html: string) => html.replace(/&(#x[\da-f]+|#\d+|lt|gt|amp|quot);/gi, (_, e: string) => (e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ({ lt: '<', gt: '>', amp: '&', quot: '"' } as Record<string, string>)[e.toLowerCase()]!));
  for (const f of readdirSync(dir, { recursive: true }) as string[]) if (f.endsWith('.html')) pages.set(f, decode(readFileSync(join(dir, f), 'utf8')));
  return pages;
}

describe('the checker and the build agree', () => {
  test('every mutation is caught by the checker near its line, or builds and shows the mutated value', async () => {
    const mutations = generateMutations();
    expect(mutations.length).toBeGreaterThanOrEqual(60);
    const verdicts = checkMutations(mutations);
    const layer = new Map<string, string>();
    const failures: string[] = [];
    for (const v of verdicts) {
      if (v.problems.length === 0) continue;
      if (v.placed) layer.set(v.mutation.id, 'checker');
      else failures.push(`${v.mutation.id} ${v.mutation.category} in ${v.mutation.path}: reported away from line ${v.mutation.lines[0]}: ${describeVerdict(v) || 'only in other files'}`);
    }

    const passing = verdicts.filter((v) => v.problems.length === 0).map((v) => v.mutation);
    const root = copyProject('atlas-agree');
    copies.push(root);
    for (const batch of batches(passing)) {
      for (const m of batch) applyMutation(root, m);
      // The checker has passed these already (checkMutations): the pages are all that is left to see.
      rmSync(join(root, 'dist-agree'), { recursive: true, force: true });
      const result = await astroBuildCopy(root, 'dist-agree');
      const pages = result.status === 0 ? htmlPages(join(root, 'dist-agree')) : new Map<string, string>();
      for (const m of batch) {
        if (result.status !== 0) {
          failures.push(`${m.id} ${m.category} in ${m.path}: the checker passed it but the build failed: ${result.output.split('\n').slice(-3).join(' ')}`);
          continue;
        }
        const page = m.shows === undefined ? '(nothing to show)' : [...pages].find(([, html]) => html.includes(m.shows!))?.[0];
        // The marker word starts the new value: if no page has it at all, the field is one the site does not publish.
        const marker = m.shows?.split(' ')[0] ?? '';
        if (page) layer.set(m.id, `build-and-shown ${page}`);
        else if (![...pages.values()].some((html) => html.includes(marker))) layer.set(m.id, 'built-not-published (no page shows this field)');
        else failures.push(`${m.id} ${m.category} in ${m.path}: the checker passed it and the build succeeded, but no page shows "${m.shows}"`);
      }
      // Restore the batch's files before the next one.
      for (const m of batch) {
        if (m.path !== m.source) rmSync(join(root, m.path));
        writeFileSync(join(root, m.source), readFileSync(m.source));
      }
    }
    writeReport(verdicts, layer);
    expect(failures).toEqual([]);
  }, 600_000);
});

function writeReport(verdicts: readonly Verdict[], layer: Map<string, string>): void {
  const rows = verdicts.map((v) => {
    const m = v.mutation;
    const how = layer.get(m.id) ?? 'NOT CAUGHT';
    const said = v.problems.find((p) => p.file === m.path);
    return `| ${m.id} | ${m.category} | ${m.path} | ${how.split(' ')[0]} | ${said ? `${said.line}:${said.col} ${said.message.replace(/\|/g, '\\|').slice(0, 110)}` : how.split(' ').slice(1).join(' ')} |`;
  });
  const count = (name: string) => [...layer.values()].filter((l) => l.startsWith(name)).length;
  const categories = new Map<string, [number, number, number]>();
  for (const v of verdicts) {
    const c = categories.get(v.mutation.category) ?? [0, 0, 0];
    const l = layer.get(v.mutation.id) ?? '';
    categories.set(v.mutation.category, [c[0] + (l.startsWith('checker') ? 1 : 0), c[1] + (l.startsWith('build-and-shown') ? 1 : 0), c[2] + (l.startsWith('built-not') ? 1 : 0)]);
  }
  const text = [
    '# Checker and build agreement',
    '',
    `${verdicts.length} mutations of real files: ${count('checker')} caught by the checker near the change, ${count('build-and-shown')} passed it and were built and shown, ${count('built-not-published')} passed and built but edit a field no page shows, ${verdicts.length - layer.size} disagreements.`,
    '',
    '| category | checker | build-and-shown | built, field not published |',
    '| --- | --- | --- | --- |',
    ...[...categories].map(([c, [a, b, d]]) => `| ${c} | ${a} | ${b} | ${d} |`),
    '',
    '| id | mutation | file | layer | reported as / shown on |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
  mkdirSync('test-results', { recursive: true });
  writeFileSync(REPORT, text);
}
