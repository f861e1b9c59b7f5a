// The officer's loop: scaffold a borough, get pointed at the wrong line, and see what a change does to London.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { annotation, reportAnnotations } from '../../src/content/checker/annotations.ts';
import { checkContent, formatProblem } from '../../src/content/checker/index.ts';
import { contentWithFixture } from '../support/fixture-site.ts';

const node = process.execPath;
const repo = process.cwd();
const run = (script: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) =>
  spawnSync(node, [join(repo, script), ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...env } });

describe('npm run new:borough and new:assessment', () => {
  test('new:borough states the identity once; new:assessment writes every dimension under its descriptors, which passes once rated', () => {
    const root = contentWithFixture('none');
    const made = run('scripts/new-borough.ts', ['Hackney'], root);
    expect(made.stdout).toContain('wrote content/boroughs/hackney.yaml');
    expect(readFileSync(join(root, 'content/boroughs/hackney.yaml'), 'utf8')).not.toMatch(/^ratings:/m);
    const started = run('scripts/new-assessment.ts', ['hackney', '--round', 'self-assessment-2026-27'], root);
    expect(started.stdout).toContain('wrote content/assessments/self-assessment-2026-27/hackney.yaml');
    const file = join(root, 'content/assessments/self-assessment-2026-27/hackney.yaml');
    const text = readFileSync(file, 'utf8');
    expect(text.match(/^ {4}level: not-mentioned$/gm)).toHaveLength(27);
    expect(text).toContain('  # 2. Data sharing\n  #   Low:    No data sharing\n');
    expect(checkContent(root).problems).toEqual([]);
    // The officer rates data sharing, with evidence.
    writeFileSync(file, text.replace(/(  data-sharing:\n    level: )not-mentioned/, '$1high\n    evidence: Shared dashboards reviewed termly.'));
    expect(checkContent(root).problems).toEqual([]);
  });

  test('new:assessment starts from the previous round\'s ratings, and the filled-in file passes the checker', () => {
    const root = contentWithFixture('none');
    run('scripts/new-borough.ts', ['Hackney'], root);
    run('scripts/new-assessment.ts', ['hackney', '--round', 'self-assessment-2026-27'], root);
    const first = join(root, 'content/assessments/self-assessment-2026-27/hackney.yaml');
    writeFileSync(first, readFileSync(first, 'utf8').replace(/(  rpa:\n(?: {4}#.*\n)*? {4}level: )\S+/, '$1medium'));
    // A later round, so the borough has a previous assessment of its own (a sample borough is assessed only in its research round).
    const rounds = join(root, 'data/rounds.yaml');
    writeFileSync(rounds, `${readFileSync(rounds, 'utf8')}- id: self-assessment-2027-28\n  title: Borough self-assessment 2027–28\n  period: { from: 2027-09, to: 2028-07 }\n  kind: self-assessment\n  measured: The next self-assessment.\n`);
    const made = run('scripts/new-assessment.ts', ['hackney', '--round', 'self-assessment-2027-28'], root);
    expect(made.status).toBe(0);
    expect(made.stdout).toContain('wrote content/assessments/self-assessment-2027-28/hackney.yaml');
    const text = readFileSync(join(root, 'content/assessments/self-assessment-2027-28/hackney.yaml'), 'utf8');
    const before = readFileSync(first, 'utf8');
    const levels = (t: string) => [...t.matchAll(/^ {2}([a-z0-9-]+):\n(?: {4}#.*\n)*? {4}level: (\S+)$/gm)].map((m) => `${m[1]}=${m[2]}`);
    expect(levels(text)).toHaveLength(27);
    expect(levels(text)).toEqual(levels(before));
    expect(text).toContain('  #   In Borough self-assessment 2026–27: Medium');
    // Filled in: one rating moves.
    writeFileSync(join(root, 'content/assessments/self-assessment-2027-28/hackney.yaml'), text.replace(/(  rpa:\n(?: {4}#.*\n)*? {4}level: )\S+/, '$1high\n    evidence: In our own view every provider now tracks participation.'));
    expect(checkContent(root).problems).toEqual([]);
  });

  test('new:assessment refuses an unknown round, an unknown borough, a sample borough outside its round and an assessment that exists', () => {
    const root = contentWithFixture('none');
    const round = run('scripts/new-assessment.ts', ['borough-c', '--round', 'self-assesment-2026-27'], root);
    expect(round.status).toBe(1);
    expect(round.stderr).toContain('"self-assesment-2026-27" is not a round in data/rounds.yaml (did you mean "self-assessment-2026-27"?)');
    // In a self-assessment round no sample borough is suggested: that would tie a real borough's ratings to it.
    const borough = run('scripts/new-assessment.ts', ['borough-cc', '--round', 'self-assessment-2026-27'], root);
    expect(borough.status).toBe(1);
    expect(borough.stderr).toContain('"borough-cc" is not a borough in content/boroughs/; add its profile first');
    const sample = run('scripts/new-assessment.ts', ['borough-c', '--round', 'self-assessment-2026-27'], root);
    expect(sample.status).toBe(1);
    expect(sample.stderr).toContain('Borough C is an anonymised sample borough: sample boroughs are reconstructions of the counts published for ioe-2012-13, so nobody can assess one in self-assessment-2026-27');
    const near = run('scripts/new-assessment.ts', ['borough-cc', '--round', 'ioe-2012-13'], root);
    expect(near.stderr).toContain('"borough-cc" is not a borough in content/boroughs/ (did you mean "borough-c"?)');
    const again = run('scripts/new-assessment.ts', ['borough-c', '--round', 'ioe-2012-13'], root);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('content/assessments/ioe-2012-13/borough-c.yaml already exists');
  });

  test('a rating left invalid fails the check on its own line and column', () => {
    const root = contentWithFixture('none');
    run('scripts/new-borough.ts', ['Hackney'], root);
    run('scripts/new-assessment.ts', ['hackney', '--round', 'self-assessment-2026-27'], root);
    const file = join(root, 'content/assessments/self-assessment-2026-27/hackney.yaml');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(/(  rpa:\n    level: )not-mentioned/, '$1hihg'));
    const line = text.split('\n').findIndex((l) => l === '  rpa:') + 2;
    const problems = checkContent(root).problems.map(formatProblem);
    expect(problems).toEqual([`content/assessments/self-assessment-2026-27/hackney.yaml:${line}:12  ratings.rpa.level  "hihg" is not a level; expected low, medium, high or not-mentioned (did you mean "high"?)`]);
  });

  test('refuses a name or slug that exists', () => {
    const root = contentWithFixture('none');
    const sample = run('scripts/new-borough.ts', ['borough c'], root);
    expect(sample.status).toBe(1);
    expect(sample.stderr).toContain('"Borough C" is an anonymised sample borough, a reconstruction of the published counts; add your borough under its real name');
    run('scripts/new-borough.ts', ['Hackney'], root);
    const again = run('scripts/new-borough.ts', ['hackney'], root);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already exists');
  });
});

describe('npm run changes', () => {
  test('names exactly the changed ratings and count shifts against a git ref', () => {
    const root = contentWithFixture('none');
    const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' });
    git('init', '-q');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qm', 'base');
    const file = join(root, 'content/assessments/ioe-2012-13/borough-c.yaml');
    const text = readFileSync(file, 'utf8');
    const m = /( {2}rpa:\n {4}level: )(\w[\w-]*)/.exec(text)!;
    const from = m[2]!;
    const to = from === 'high' ? 'low' : 'high';
    writeFileSync(file, text.replace(m[0], m[1] + to).replace(/(cpd:\n {4}level: \S+\n)/, '$1    evidence: Joint CPD is planned each term.\n'));
    const out = run('scripts/changes.ts', ['--base', 'HEAD'], root).stdout;
    const section = (title: string) => out.split(`### ${title}\n\n`)[1]?.split('\n\n')[0]?.split('\n') ?? [];
    // The 2012–13 round is history (a later round exists), so its edited rating is flagged and named.
    const ioe = 'Institute of Education study of 14–19 partnership working in London';
    expect(out).toContain('### Changes to history');
    expect(out.split('### Changes to history\n\n')[1]!.split('\n\n')[1]!.split('\n')).toEqual([`- Borough C · ${ioe} · RPA: ${from} → ${to}`]);
    expect(section('Ratings changed')).toEqual([]);
    expect(section('Evidence edited')).toEqual([`- Borough C · ${ioe} · CPD and staff development`]);
    const published = { low: 3, medium: 10, high: 5, 'not-mentioned': 0 } as Record<string, number>;
    const label = { low: 'Low', medium: 'Medium', high: 'High', 'not-mentioned': 'Not mentioned' } as Record<string, string>;
    expect(section('London counts').sort()).toEqual([`- RPA, ${label[from]}: ${published[from]} → ${published[from]! - 1}`, `- RPA, ${label[to]}: ${published[to]} → ${published[to]! + 1}`].sort());
    expect(section('New check errors')).toHaveLength(2);
    expect(out).toMatch(/✗ The content check reports 2 problems/);
  });
});

describe('GitHub annotations', () => {
  const problem = { file: 'content/boroughs/borough-c.mdx', line: 50, col: 12, field: 'ratings.data-sharing.level', message: '"hgh" is not a level; expected low, medium, high or not-mentioned' };

  test('are written only when GITHUB_ACTIONS=true', () => {
    const lines: string[] = [];
    reportAnnotations([problem], {}, (l) => lines.push(l));
    reportAnnotations([problem], { GITHUB_ACTIONS: 'false' }, (l) => lines.push(l));
    expect(lines).toEqual([]);
    reportAnnotations([problem], { GITHUB_ACTIONS: 'true' }, (l) => lines.push(l));
    expect(lines).toEqual([annotation(problem)]);
    expect(lines[0]).toBe('::error file=content/boroughs/borough-c.mdx,line=50,col=12,title=ratings.data-sharing.level::"hgh" is not a level; expected low, medium, high or not-mentioned');
  });

  test('npm run check prints them in Actions, and only there', () => {
    const root = contentWithFixture('bad-level');
    const plain = run('scripts/check.ts', [root], repo, { GITHUB_ACTIONS: '' });
    const actions = run('scripts/check.ts', [root], repo, { GITHUB_ACTIONS: 'true' });
    expect(plain.status).toBe(1);
    expect(plain.stdout).not.toContain('::error');
    expect(actions.stdout).toContain('::error file=content/assessments/self-assessment-2026-27/borough-s.yaml,line=31,col=12,title=ratings.data-sharing.level::');
  });
});

describe('the README example error', () => {
  test('is what the checker prints for that typo', () => {
    const readme = readFileSync('README.md', 'utf8');
    const example = /```text\n(content\/assessments\/ioe-2012-13\/borough-c\.yaml:.*)\n/.exec(readme)![1]!;
    const root = contentWithFixture('none');
    const file = join(root, 'content/assessments/ioe-2012-13/borough-c.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/( {2}data-sharing:\n {4}level: )\S+/, '$1hgh'));
    expect(checkContent(root).problems.map(formatProblem)).toEqual([example]);
  });
});

describe('the examples in CONTRIBUTING.md', () => {
  const guide = readFileSync('CONTRIBUTING.md', 'utf8');
  const examples = [...guide.matchAll(/<!-- example: ([\w-]+) -->\n```text\n([\s\S]*?)\n```/g)].map((m) => [m[1]!, m[2]!] as const);

  test('there are examples', () => expect(examples.length).toBeGreaterThanOrEqual(3));
  test.each(examples)('%s is what the checker prints', (fixture, expected) => {
    expect(checkContent(contentWithFixture(fixture)).problems.map(formatProblem).join('\n')).toBe(expected);
  });
});
