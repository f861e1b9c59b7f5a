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
import { KINDS, KIND_NAMES, extensionsOf, kindOf, type DataOf, type KindName } from '../registry/kinds.ts';
import { sortProblems, type Problem } from './problem.ts';
import { boroughRules, caseStudyRules, dimensionIds, glossaryRules, gridRules, modelRules, publishedRules, reconcileRules, sourceRules, type Loaded } from './rules.ts';
import { parseSourceFile, problemAt, type SourceFile } from './source-file.ts';
import { validate } from './validate.ts';
import { bodyRules } from './mdx-rules.ts';
import { didYouMean, listOr } from './error-map.ts';

export { formatProblem } from './problem.ts';
export type { Problem } from './problem.ts';

export const CONTENT_DIRS = ['content', 'data'] as const;

export type ByKind = { [N in KindName]: Loaded<DataOf<N>>[] };

export interface CheckResult {
  problems: Problem[];
  /** Valid files of each kind, typed by the registry's schemas, for the summary line, cross-file rules and scripts. */
  byKind: ByKind;
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

/** Why a file is not read: a wrong extension in the right folder names the right one; otherwise the places that are read. */
function unreadMessage(path: string): string {
  const folder = path.replace(/\/[^/]*$/, '');
  const name = path.replace(/^.*\//, '');
  const stem = name.replace(/\.[^.]*$/, '');
  const ext = name.slice(stem.length + 1);
  for (const k of KIND_NAMES.map((n) => KINDS[n])) {
    const exts = extensionsOf(k);
    const sameFolder = folder === k.dir && (/[*{]/.test(k.pattern) || k.pattern.replace(/\.[^.]*$/, '') === stem);
    if (sameFolder && !exts.includes(ext)) {
      const expected = listOr(exts.map((e) => `.${e}`));
      // .yml → .yaml, .md → .mdx: the extension the officer almost wrote.
      const meant = exts.find((e) => e.startsWith(ext[0] ?? '')) ?? exts[0];
      return `the site does not read ".${ext}" files here: files in ${k.dir}/ end in ${expected}; rename it to ${stem}.${meant}`;
    }
  }
  const places = [...new Set(KIND_NAMES.map((n) => (/[*{]/.test(KINDS[n].pattern) ? `${KINDS[n].dir}/` : `${KINDS[n].dir}/${KINDS[n].pattern}`)))];
  const others = places.filter((p) => p !== `${folder}/`);
  const sameDir = KIND_NAMES.filter((n) => KINDS[n].dir === folder && !/[*{]/.test(KINDS[n].pattern)).map((n) => KINDS[n].pattern);
  if (sameDir.length) return `is not a file the site reads; the files it reads in ${folder}/ are ${listOr(sameDir)}${didYouMean(name, sameDir)}`;
  return `is not a place the site reads${didYouMean(`${folder}/`, others)}; content files go in ${listOr(places)}`;
}

/** Files read in this process, by absolute path: an unchanged file is not parsed again (npm run changes, tests). */
const readCache = new Map<string, { bytes: Buffer; file: SourceFile; body: Problem[] }>();

function readFile(root: string, path: string, kind: KindName | undefined): { file: SourceFile; body: Problem[] } {
  const abs = join(root, path);
  const bytes = readFileSync(abs);
  const cached = readCache.get(abs);
  if (cached && cached.bytes.equals(bytes)) return cached;
  const file = parseSourceFile(path, bytes);
  const k = kind && KINDS[kind];
  const body = k && (file.problems.length === 0 || file.data !== undefined) ? bodyRules(file, { components: k.components ?? {}, numbered: kind === 'board-paper' }) : [];
  const entry = { bytes, file, body };
  readCache.set(abs, entry);
  return entry;
}

export function checkContent(root: string): CheckResult {
  const paths = listContentFiles(root).filter((p) => !IGNORED.test(p));
  const problems: Problem[] = [];
  const byKind = Object.fromEntries(KIND_NAMES.map((k) => [k, []])) as unknown as ByKind;
  const parsed: { file: SourceFile; kind: KindName }[] = [];
  /** Files the site would not read: one may be a borough profile saved in the wrong place. */
  let unread = 0;

  for (const path of paths) {
    const kind = kindOf(path);
    const { file, body } = readFile(root, path, kind);
    if (!kind) {
      problems.push(problemAt(file, 0, '-', unreadMessage(path)));
      unread++;
      continue;
    }
    problems.push(...file.problems, ...body);
    if (file.data !== undefined && file.data !== null) parsed.push({ file, kind });
  }

  // The grid comes first: the borough schema is built from its dimension ids.
  const gridEntry = parsed.find((p) => p.kind === 'grid');
  let grid: Grid | undefined;
  if (gridEntry) {
    const result = validate(gridEntry.file, KINDS.grid.schema({ dimensionIds: [] }));
    problems.push(...result.problems);
    grid = result.data;
    if (grid) byKind.grid.push({ file: gridEntry.file, data: grid });
  } else if (!paths.includes('data/grid.yaml')) {
    problems.push({ file: 'data/grid.yaml', line: 1, col: 1, field: '-', message: 'the grid file is missing; every page depends on it' });
  }
  const ids = grid ? dimensionIds(grid) : [];
  const titleOf = (id: string) => grid?.strands.flatMap((s) => s.dimensions).find((d) => d.id === id)?.title;

  // One schema per kind for the whole run: building the borough schema per file was the checker's main cost.
  const schemas = new Map(KIND_NAMES.map((k) => [k, KINDS[k].schema({ dimensionIds: ids })]));
  for (const { file, kind } of parsed) {
    if (kind === 'grid') continue;
    if ((kind === 'borough' || kind === 'assessment') && !grid) continue;
    const result = validate(file, schemas.get(kind)!, { dimensionTitle: titleOf });
    problems.push(...result.problems);
    if (result.data !== undefined) (byKind[kind] as Loaded<unknown>[]).push({ file, data: result.data });
  }
  // Borough files that failed to parse or validate: counting is only meaningful once every profile reads cleanly.
  const brokenBoroughFiles = paths.filter((p) => kindOf(p) === 'borough' || kindOf(p) === 'assessment').length - byKind.borough.length - byKind.assessment.length;

  const stemsOf = (kind: KindName) => paths.filter((p) => kindOf(p) === kind).map((p) => p.replace(/^.*\//, '').replace(/\.[^.]+$/, ''));
  const studies = byKind['case-study'] as Loaded<CaseStudy>[];
  problems.push(...modelRules(byKind.model as Loaded<Model>[], studies, stemsOf('case-study')));
  for (const glossary of byKind.glossary as Loaded<Glossary>[]) problems.push(...glossaryRules(glossary));
  if (grid) problems.push(...caseStudyRules(studies, stemsOf('model'), ids));

  if (grid && gridEntry) {
    problems.push(...gridRules({ file: gridEntry.file, data: grid }));
    const boroughs = byKind.borough as Loaded<BoroughIdentity>[];
    problems.push(...boroughRules(boroughs));
    const rounds = byKind.rounds[0] as Loaded<Round[]> | undefined;
    const assessments = byKind.assessment as Loaded<Assessment>[];
    const assessmentPaths = paths.filter((p) => kindOf(p) === 'assessment');
    const assessedRounds = new Set(assessmentPaths.map((p) => assessmentPlace(p).round));
    problems.push(...roundRules(rounds, byKind.sources[0]?.data, byKind.published as Loaded<Published>[], stemsOf('published'), assessedRounds));
    problems.push(...assessmentRules(assessments, assessmentPaths, rounds?.data, boroughs, stemsOf('borough')));
    const settings = byKind.settings[0]?.data as Settings | undefined;
    problems.push(...sourceRules(Object.values(byKind).flat(), byKind.sources[0]?.data));
    for (const published of byKind.published as Loaded<Published>[]) {
      problems.push(...publishedRules(published, grid));
      // A broken or unread file may be a borough: its absence from the counts follows from that problem, reported once.
      // Reconciled only when a round names this table (data/rounds.yaml `published:`), counting that round's assessments.
      const named = rounds?.data.some((r) => r.published === published.file.path.replace(/^.*\//, '').replace(/\.yaml$/, '') && r.id === published.data.round);
      const inRound = assessments.filter((a) => assessmentPlace(a.file.path).round === published.data.round).map((a) => a.data);
      if (brokenBoroughFiles === 0 && unread === 0 && named) problems.push(...reconcileRules(published, inRound, grid, settings));
    }
  }
  return { problems: sortProblems(problems), byKind, files: paths.length };
}

export function summaryLine(result: CheckResult): string {
  const parts = KIND_NAMES.filter((k) => result.byKind[k].length > 1).map((k) => `${result.byKind[k].length} ${KINDS[k].label}`);
  const what = parts.length ? ` (${parts.join(', ')})` : '';
  if (result.problems.length === 0) return `✓ ${result.files} content files checked${what}: no problems`;
  const files = new Set(result.problems.map((p) => p.file)).size;
  return `✗ ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}; nothing was built`;
}
