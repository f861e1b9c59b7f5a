// Assessments are read here, through the registry, rather than held in Astro's content store: at 1,000 boroughs over
// three rounds the store kept every one in memory (BENCHMARKS.md). They are read as the checker reads them, with its
// reader and the registry's schema, so a build run without the checker still refuses a bad file, with its place.
import { readdirSync, readFileSync, watch, type FSWatcher } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { KINDS, kindOf } from './registry.ts';
import type { Assessment } from './schemas/assessment.ts';
import { assessmentPlace } from '../domain/assessment-identity.ts';
import { parseSourceFile } from './checker/source-file.ts';
import { validate } from './checker/validate.ts';
import { formatProblem, sortProblems, type Problem } from './checker/problem.ts';

export interface AssessmentFile {
  /** Relative to the content root: content/assessments/<round>/<slug>.yaml. */
  path: string;
  /** Relative to the project (the working directory), as Astro gives an entry's filePath: what "Edit this page" links to. */
  filePath: string;
  round: string;
  borough: string;
  data: Assessment;
}

/** The assessment files Astro's glob() would have loaded: the registry's pattern, dot-files left out, in path order. */
export function assessmentPaths(root: string): string[] {
  const dir = KINDS.assessment.dir;
  let names: string[];
  try {
    names = readdirSync(join(root, dir), { recursive: true }) as string[];
  } catch {
    return [];
  }
  return names
    .map((name) => `${dir}/${name.split(sep).join('/')}`)
    .filter((path) => kindOf(path) === 'assessment' && !/\/\./.test(path.slice(dir.length)))
    .sort();
}

/** Every assessment under `root`, valid by the registry's schema, or an error listing each problem as `file:line:col  field  message`. */
export function readAssessments(root: string, grid: { dimensionIds: readonly string[]; dimensionTitle?: (id: string) => string | undefined }): AssessmentFile[] {
  const schema = KINDS.assessment.schema({ dimensionIds: grid.dimensionIds });
  const problems: Problem[] = [];
  const files: AssessmentFile[] = [];
  for (const path of assessmentPaths(root)) {
    const abs = join(root, path);
    const file = parseSourceFile(path, readFileSync(abs));
    const result = file.problems.length ? { data: undefined, problems: file.problems } : validate(file, schema, { dimensionTitle: grid.dimensionTitle });
    problems.push(...result.problems);
    if (result.data) files.push({ path, filePath: relative(process.cwd(), abs).split(sep).join('/'), ...assessmentPlace(path), data: result.data as Assessment });
  }
  if (problems.length) throw new Error(`${problems.length === 1 ? 'An assessment does' : 'Assessments do'} not pass the checker (npm run check):\n${sortProblems(problems).map(formatProblem).join('\n')}`);
  return files;
}

/**
 * In `astro dev`: calls `changed` whenever a file in content/assessments/ or a round folder in it changes (if the
 * server started with no content/assessments/ at all, a restart). Each folder is watched on its own: Node's recursive
 * watch on Linux misses a file replaced in place, as `git checkout` replaces it.
 */
export function watchAssessments(root: string, changed: () => void): { close: () => void } {
  const dir = join(root, KINDS.assessment.dir);
  const watchers = new Map<string, FSWatcher>();
  const watchFolders = () => {
    let rounds: string[] = [];
    try {
      rounds = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => join(dir, e.name));
    } catch {
      return;
    }
    for (const folder of [dir, ...rounds].filter((f) => !watchers.has(f))) {
      const watcher = watch(folder, () => {
        watchFolders();
        changed();
      });
      watcher.on('error', () => watchers.delete(folder));
      watchers.set(folder, watcher);
    }
  };
  watchFolders();
  return { close: () => watchers.forEach((w) => w.close()) };
}
