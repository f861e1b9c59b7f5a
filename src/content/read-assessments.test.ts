// The loader reads assessments itself: it must read what the checker accepts, and refuse, with each place, what it refuses.
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { assessmentPaths, readAssessments, watchAssessments } from './read-assessments.ts';

const grid = { dimensionIds: ['structure', 'leadership'], dimensionTitle: (id: string) => ({ structure: 'Structure', leadership: 'Leadership' })[id] };
const valid = 'date: 2024-05\nsource: Partners\nratings:\n  structure:\n    level: high\n    evidence: Met monthly\n  leadership:\n    level: low\n';

describe('readAssessments', () => {
  let root: string;
  const write = (path: string, text: string) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'atlas-assessments-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  test('reads each round folder by the registry pattern, in path order, its round and borough from the path', () => {
    write('content/assessments/r2/kent.yaml', valid);
    write('content/assessments/r1/kent.yaml', valid);
    write('content/assessments/r1/README.md', '# not an assessment');
    write('content/assessments/r1/.draft.yaml', 'not: read');
    write('content/assessments/loose.yaml', 'not: read');
    expect(assessmentPaths(root)).toEqual(['content/assessments/r1/kent.yaml', 'content/assessments/r2/kent.yaml']);
    const read = readAssessments(root, grid);
    expect(read.map((a) => [a.round, a.borough])).toEqual([['r1', 'kent'], ['r2', 'kent']]);
    expect(read[0]!.data).toEqual({ date: '2024-05', source: 'Partners', ratings: { structure: { level: 'high', evidence: 'Met monthly' }, leadership: { level: 'low' } } });
  });

  test('no assessments folder: no assessments', () => {
    expect(readAssessments(root, grid)).toEqual([]);
  });

  test('refuses every bad file in one error, each problem with its file, line, column and field', () => {
    write('content/assessments/r1/kent.yaml', valid.replace('level: low', 'level: lots'));
    write('content/assessments/r1/essex.yaml', valid.replace('source: Partners\n', ''));
    write('content/assessments/r1/surrey.yaml', valid);
    expect(() => readAssessments(root, grid)).toThrow(/content\/assessments\/r1\/essex\.yaml:1:1 +source +[^\n]+\ncontent\/assessments\/r1\/kent\.yaml:8:12 +ratings\.leadership\.level +/);
  });

  test('astro dev is told when a file is replaced in place (as git checkout does) and when a round folder is added', async () => {
    write('content/assessments/r1/kent.yaml', valid);
    let changes = 0;
    const watcher = watchAssessments(root, () => changes++);
    const seen = async () => {
      for (let i = 0; i < 100 && changes === 0; i++) await new Promise((r) => setTimeout(r, 20));
      const was = changes;
      changes = 0;
      return was > 0;
    };
    try {
      write('content/assessments/r1/kent.new', valid.replace('level: low', 'level: medium'));
      renameSync(join(root, 'content/assessments/r1/kent.new'), join(root, 'content/assessments/r1/kent.yaml'));
      expect(await seen()).toBe(true);
      write('content/assessments/r2/kent.yaml', valid);
      expect(await seen()).toBe(true);
      await new Promise((r) => setTimeout(r, 100));
      changes = 0;
      write('content/assessments/r2/kent.yaml', valid.replace('level: high', 'level: low'));
      expect(await seen()).toBe(true);
    } finally {
      watcher.close();
    }
  });
});
