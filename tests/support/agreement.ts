// Runs each mutation through the checker in one scratch copy of the content, restoring the file after each.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkContent, formatProblem, type Problem } from '../../src/content/checker/index.ts';
import type { Mutation } from './mutations.ts';

export interface Verdict {
  mutation: Mutation;
  problems: Problem[];
  /** A problem in the mutated file within 2 lines of the change. */
  placed: boolean;
}

export function checkMutations(mutations: readonly Mutation[], root = '.'): Verdict[] {
  const scratch = mkdtempSync(join(tmpdir(), 'atlas-agree-'));
  const fresh = () => {
    rmSync(join(scratch, 'content'), { recursive: true, force: true });
    rmSync(join(scratch, 'data'), { recursive: true, force: true });
    cpSync(join(root, 'content'), join(scratch, 'content'), { recursive: true });
    cpSync(join(root, 'data'), join(scratch, 'data'), { recursive: true });
  };
  fresh();
  const verdicts: Verdict[] = [];
  for (const m of mutations) {
    applyMutation(scratch, m, root);
    const { problems } = checkContent(scratch);
    const placed = problems.some((p) => p.file === m.path && m.lines.some((l) => Math.abs(p.line - l) <= 2));
    verdicts.push({ mutation: m, problems, placed });
    undoMutation(scratch, m, root);
  }
  rmSync(scratch, { recursive: true, force: true });
  return verdicts;
}

export function applyMutation(dir: string, m: Mutation, _root = '.'): void {
  if (m.path !== m.source) rmSync(join(dir, m.source));
  mkdirSync(dirname(join(dir, m.path)), { recursive: true });
  writeFileSync(join(dir, m.path), m.bytes);
}

export function undoMutation(dir: string, m: Mutation, root = '.'): void {
  if (m.path !== m.source) rmSync(join(dir, m.path));
  cpSync(join(root, m.source), join(dir, m.source));
}

export const describeVerdict = (v: Verdict) => v.problems.filter((p) => p.file === v.mutation.path).map(formatProblem).slice(0, 2).join(' | ');
