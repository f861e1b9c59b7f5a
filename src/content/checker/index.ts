// The content checker: reads every file under content/ and data/ and reports every problem in one run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BoroughIdentity } from '../schemas/borough.ts';
import type { Assessment } from '../schemas/assessment.ts';
import type { Round } from '../schemas/round.ts';
import { assessmentPlace, assessmentRules, roundRules } from './round-rules.ts';
import type { CaseStudy } from '../schemas/case-study.ts';
import type { Glossary } from '../schemas/glossary.ts';
import type { Model } from '../schemas/model.ts';
import type { Grid } from '../schemas/grid.ts';
import type { Published } from '../schemas/published.ts';
import type { Settings } from '../schemas/settings.ts';
import { KINDS, KIND_NAMES, kindOf, type DataOf, type KindName } from '../registry.ts';
import { listContentFiles, linkMessage } from '../files.ts';
import { sortProblems, type Problem } from './problem.ts';
import { boroughRules, caseStudyRules, dimensionIds, glossaryRules, gridRules, modelRules, publishedRules, reconcileRules, sourceRules, type Loaded } from './rules.ts';
import { parseSourceFile, problemAt, type SourceFile } from './source-file.ts';
import { validate } from './validate.ts';
import { bodyRules } from './mdx-rules.ts';
import { misplacedMessage, movedFieldMessage, wrongKindMessage } from './placement.ts';

export { formatProblem } from './problem.ts';
export type { Problem } from './problem.ts';

export { CONTENT_DIRS } from '../files.ts';

export type ByKind = { [N in KindName]: Loaded<DataOf<N>>[] };

export interface CheckResult {
  problems: Problem[];
  /** Valid files of each kind, typed by the registry's schemas, for the summary line, cross-file rules and scripts. */
  byKind: ByKind;
  files: number;
}

const IGNORED = /(^|\/)(README\.md|\.gitkeep|\.DS_Store)$/;

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
  const listing = listContentFiles(root);
  const paths = listing.files.filter((p) => !IGNORED.test(p));
  const problems: Problem[] = listing.links.map((link) => ({ file: link.path, line: 1, col: 1, field: '-', message: linkMessage(link) }));
  const byKind = Object.fromEntries(KIND_NAMES.map((k) => [k, []])) as unknown as ByKind;
  const parsed: { file: SourceFile; kind: KindName }[] = [];
  /** Files the site would not read (one may be a borough profile saved in the wrong place), and links it refuses. */
  const unread: SourceFile[] = [];

  for (const path of paths) {
    const kind = kindOf(path);
    const { file, body } = readFile(root, path, kind);
    if (!kind) {
      unread.push(file);
      continue;
    }
    problems.push(...file.problems, ...body);
    if (file.data !== undefined && file.data !== null) parsed.push({ file, kind });
  }
  // Round ids as written, for hints on where an assessment goes, even if data/rounds.yaml has other problems.
  const roundsData = parsed.find((p) => p.kind === 'rounds')?.file.data;
  const roundIds = Array.isArray(roundsData) ? roundsData.map((r: { id?: unknown } | null) => r?.id).filter((id): id is string => typeof id === 'string') : [];
  for (const file of unread) problems.push(problemAt(file, 0, '-', misplacedMessage(file.path, file.data, roundIds)));

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
    const movedField = kind === 'borough' ? (key: string) => movedFieldMessage(key, file.path.replace(/^.*\//, '').replace(/\.[^.]+$/, ''), file.data, roundIds) : undefined;
    const result = validate(file, schemas.get(kind)!, { dimensionTitle: titleOf, movedField });
    // A profile saved among assessments (or the reverse) is told where it belongs, not every field it lacks.
    const wrongKind = result.problems.length ? wrongKindMessage(kind, file.path, file.data, roundIds) : undefined;
    if (wrongKind) problems.push(problemAt(file, 0, '-', wrongKind));
    else problems.push(...result.problems);
    if (result.data !== undefined) (byKind[kind] as Loaded<unknown>[]).push({ file, data: result.data });
  }
  // Borough and assessment files that failed to parse or validate: counting is only meaningful once every one reads cleanly.
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
    // Every file under content/assessments/, read or not: a borough whose assessment is misnamed or a link is not also "without one".
    const assessmentPaths = [...paths, ...listing.links.map((l) => l.path)].filter((p) => p.startsWith(`${KINDS.assessment.dir}/`));
    const assessedRounds = new Set(paths.filter((p) => kindOf(p) === 'assessment').map((p) => assessmentPlace(p).round));
    problems.push(...roundRules(rounds, byKind.sources[0]?.data, byKind.published as Loaded<Published>[], stemsOf('published'), assessedRounds));
    problems.push(...assessmentRules(assessments, assessmentPaths, rounds?.data, boroughs, stemsOf('borough'), unread.map((f) => f.path)));
    const settings = byKind.settings[0]?.data as Settings | undefined;
    problems.push(...sourceRules(Object.values(byKind).flat(), byKind.sources[0]?.data));
    for (const published of byKind.published as Loaded<Published>[]) {
      problems.push(...publishedRules(published, grid));
      // A broken or unread file may be a borough: its absence from the counts follows from that problem, reported once.
      // Reconciled only when a round names this table (data/rounds.yaml `published:`), counting that round's assessments.
      const named = rounds?.data.some((r) => r.published === published.file.path.replace(/^.*\//, '').replace(/\.yaml$/, '') && r.id === published.data.round);
      const inRound = assessments.filter((a) => assessmentPlace(a.file.path).round === published.data.round).map((a) => a.data);
      if (brokenBoroughFiles === 0 && unread.length === 0 && listing.links.length === 0 && named) problems.push(...reconcileRules(published, inRound, grid, settings));
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
