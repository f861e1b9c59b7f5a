// The content checker: reads every file under content/ and data/ and reports every problem in one run.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { BoroughIdentity } from '../schemas/borough.ts';
import type { Assessment } from '../schemas/assessment.ts';
import type { Round } from '../schemas/round.ts';
import { assessmentPlace, assessmentRules, roundRules } from './rounds.ts';
import type { CaseStudy } from '../schemas/case-study.ts';
import type { Glossary } from '../schemas/glossary.ts';
import type { Model } from '../schemas/model.ts';
import type { Grid } from '../schemas/grid.ts';
import type { Published } from '../schemas/published.ts';
import type { Settings } from '../schemas/settings.ts';
import { KINDS, kindOf } from './kinds.ts';
import { sortProblems, type Problem } from './problem.ts';
import { boroughRules, caseStudyRules, dimensionIds, glossaryRules, gridRules, modelRules, publishedRules, reconcileRules, sourceRules, type Loaded } from './rules.ts';
import { parseSourceFile, problemAt, type SourceFile } from './source-file.ts';
import { validate } from './validate.ts';
import { mdxBodyRules } from './mdx-rules.ts';
import { paraRefRules } from './para-refs.ts';
import { didYouMean, listOr } from './error-map.ts';

export { formatProblem } from './problem.ts';
export type { Problem } from './problem.ts';

export const CONTENT_DIRS = ['content', 'data'] as const;

export interface CheckResult {
  problems: Problem[];
  /** Valid files of each kind, for the summary line and for cross-file rules. */
  byKind: Record<string, Loaded<unknown>[]>;
  files: number;
}

export function listContentFiles(root: string): string[] {
  const files: string[] = [];
  for (const dir of CONTENT_DIRS) {
    const abs = join(root, dir);
    let entries: string[];
    try {
      entries = readdirSync(abs, { recursive: true }) as string[];
    } catch {
      continue;
    }
    for (const entry of entries) {
      const full = join(abs, entry);
      if (statSync(full).isFile()) files.push(relative(root, full).split(sep).join('/'));
    }
  }
  return files.sort();
}

const IGNORED = /(^|\/)(README\.md|\.gitkeep|\.DS_Store)$/;

export function checkContent(root: string): CheckResult {
  const paths = listContentFiles(root).filter((p) => !IGNORED.test(p));
  const problems: Problem[] = [];
  const byKind = Object.fromEntries(KINDS.map((k) => [k.name, []])) as unknown as CheckResult['byKind'];
  const parsed: { file: SourceFile; kind: string }[] = [];

  for (const path of paths) {
    const file = parseSourceFile(path, readFileSync(join(root, path), 'utf8'));
    const kind = kindOf(path);
    if (!kind) {
      const places = [...new Set(KINDS.map((k) => k.where))];
      const folder = path.replace(/[^/]*$/, '');
      problems.push(problemAt(file, 0, '-', `is not a place the site reads${didYouMean(folder, places)}; content files go in ${listOr(places)}`));
      continue;
    }
    problems.push(...file.problems, ...mdxBodyRules(file), ...paraRefRules(file));
    if (file.problems.length === 0) parsed.push({ file, kind: kind.name });
  }

  // The grid comes first: the borough schema is built from its dimension ids.
  const gridEntry = parsed.find((p) => p.kind === 'grid');
  let grid: Grid | undefined;
  if (gridEntry) {
    const result = validate(gridEntry.file, kindOf('data/grid.yaml')!.schema([]));
    problems.push(...result.problems);
    grid = result.data as Grid | undefined;
    if (grid) byKind.grid!.push({ file: gridEntry.file, data: grid });
  } else if (!paths.includes('data/grid.yaml')) {
    problems.push({ file: 'data/grid.yaml', line: 1, col: 1, field: '-', message: 'the grid file is missing; every page depends on it' });
  }
  const ids = grid ? dimensionIds(grid) : [];
  const titleOf = (id: string) => grid?.strands.flatMap((s) => s.dimensions).find((d) => d.id === id)?.title;

  // One schema per kind for the whole run: building the borough schema per file was the checker's main cost.
  const schemas = new Map(KINDS.map((k) => [k.name, k.schema(ids)]));
  for (const { file, kind } of parsed) {
    if (kind === 'grid') continue;
    if ((kind === 'borough' || kind === 'assessment') && !grid) continue;
    const result = validate(file, schemas.get(kind)!, { dimensionTitle: titleOf });
    problems.push(...result.problems);
    if (result.data !== undefined) byKind[kind]!.push({ file, data: result.data });
  }
  // Borough files that failed to parse or validate: counting is only meaningful once every profile reads cleanly.
  const brokenBoroughFiles = paths.filter((p) => ['borough', 'assessment'].includes(kindOf(p)?.name ?? '')).length - byKind.borough!.length - byKind.assessment!.length;

  const stemsOf = (kind: string) => paths.filter((p) => kindOf(p)?.name === kind).map((p) => p.replace(/^.*\//, '').replace(/\.[^.]+$/, ''));
  const studies = byKind['case-study'] as Loaded<CaseStudy>[];
  problems.push(...modelRules(byKind.model as Loaded<Model>[], studies, stemsOf('case-study')));
  for (const glossary of byKind.glossary as Loaded<Glossary>[]) problems.push(...glossaryRules(glossary));
  if (grid) problems.push(...caseStudyRules(studies, stemsOf('model'), ids));

  if (grid && gridEntry) {
    problems.push(...gridRules({ file: gridEntry.file, data: grid }));
    const boroughs = byKind.borough as Loaded<BoroughIdentity>[];
    problems.push(...boroughRules(boroughs));
    const rounds = byKind.rounds![0] as Loaded<Round[]> | undefined;
    const assessments = byKind.assessment as Loaded<Assessment>[];
    const assessmentPaths = paths.filter((p) => kindOf(p)?.name === 'assessment');
    problems.push(...roundRules(rounds, byKind.sources![0]?.data as { id: string }[] | undefined, byKind.published as Loaded<Published>[], stemsOf('published')));
    problems.push(...assessmentRules(assessments, assessmentPaths, rounds?.data, boroughs, stemsOf('borough')));
    const settings = byKind.settings![0]?.data as Settings | undefined;
    problems.push(...sourceRules(Object.values(byKind).flat(), byKind.sources![0]?.data as { id: string }[] | undefined));
    for (const published of byKind.published as Loaded<Published>[]) {
      problems.push(...publishedRules(published, grid));
      // Reconciled only when a round names this table (data/rounds.yaml `published:`).
      const named = rounds?.data.some((r) => r.published === published.file.path.replace(/^.*\//, '').replace(/\.yaml$/, '') && r.id === published.data.round);
      const inRound = assessments.filter((a) => assessmentPlace(a.file.path).round === published.data.round).map((a) => a.data);
      if (brokenBoroughFiles === 0 && named) problems.push(...reconcileRules(published, inRound, grid, settings));
    }
  }
  return { problems: sortProblems(problems), byKind, files: paths.length };
}

export function summaryLine(result: CheckResult): string {
  const parts = KINDS.filter((k) => (result.byKind[k.name]?.length ?? 0) > 1).map((k) => `${result.byKind[k.name]!.length} ${k.label}`);
  const what = parts.length ? ` (${parts.join(', ')})` : '';
  if (result.problems.length === 0) return `✓ ${result.files} content files checked${what}: no problems`;
  const files = new Set(result.problems.map((p) => p.file)).size;
  return `✗ ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}; nothing was built`;
}
