// Rules across rounds, boroughs and assessments: every reference must name something that exists, a borough's
// identity is stated once, and each round that names a published table reproduces it.
import type { Assessment } from '../schemas/assessment.ts';
import type { BoroughIdentity } from '../schemas/borough.ts';
import type { Round } from '../schemas/round.ts';
import type { AssessmentRecord } from '../lib/rounds.ts';
import { assessmentPlace, identitiesOf, identityFromBlock } from '../lib/assessment-identity.ts';
import { didYouMean, listOr } from './error-map.ts';
import type { Problem } from './problem.ts';
import { problemAt, problemAtPath, type SourceFile } from './source-file.ts';
import type { Loaded } from './rules.ts';

export { assessmentPlace };

const stem = (file: SourceFile) => file.path.replace(/^.*\//, '').replace(/\.[^.]+$/, '');

export function roundRules(
  rounds: Loaded<Round[]> | undefined,
  sources: readonly { id: string }[] | undefined,
  /** Names of the files in data/published/, valid or not. */
  tables: readonly Loaded<{ round: string }>[],
  tableNames: readonly string[],
  /** The rounds that have at least one assessment file (its folder name); unchecked when not given. */
  assessedRounds?: ReadonlySet<string>,
): Problem[] {
  if (!rounds) return [];
  const { file, data } = rounds;
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  const sourceIds = sources?.map((s) => s.id);
  data.forEach((round, i) => {
    const first = seen.get(round.id);
    if (first !== undefined) problems.push(problemAtPath(file, [i, 'id'], `"${round.id}" is already the id of round ${first + 1} (line ${problemAtPath(file, [first, 'id'], '').line}); every round needs its own id`));
    else seen.set(round.id, i);
    if (round.source !== undefined && sourceIds && !sourceIds.includes(round.source)) {
      problems.push(problemAtPath(file, [i, 'source'], `"${round.source}" is not a source document${didYouMean(round.source, sourceIds)}; documents are listed in data/sources.yaml`));
    }
    if (round.published !== undefined) {
      const table = tables.find((t) => stem(t.file) === round.published);
      if (!tableNames.includes(round.published)) {
        problems.push(problemAtPath(file, [i, 'published'], `"${round.published}" is not a table in data/published/${didYouMean(round.published, tableNames)}; the tables are ${listOr(tableNames) || 'none yet'}`));
      } else if (table && table.data.round !== round.id) {
        problems.push(problemAtPath(file, [i, 'published'], `data/published/${round.published}.yaml is the table of round "${table.data.round}", not of "${round.id}"`));
      }
    }
    const before = data[i - 1];
    if (before && (round.period.from < before.period.from || (round.period.from === before.period.from && round.period.to < before.period.to))) {
      problems.push(problemAtPath(file, [i, 'period', 'from'], `starts before the round above it (${before.id}, from ${before.period.from}); list the rounds oldest first`));
    }
    if (round.open && round.kind !== 'self-assessment') problems.push(problemAtPath(file, [i, 'open'], `only a self-assessment round can be open; this round is a ${round.kind}`));
  });
  problems.push(...referenceRules(rounds, assessedRounds));
  for (const t of tables) {
    if (!data.some((r) => r.id === t.data.round)) {
      const ids = data.map((r) => r.id);
      problems.push(problemAtPath(t.file, ['round'], `"${t.data.round}" is not a round in data/rounds.yaml${didYouMean(t.data.round, ids)}; the rounds are ${listOr(ids)}`));
    }
  }
  return problems;
}

/** Exactly one round stands for London (`reference: true`), and it has assessments: it is what every figure counts. */
function referenceRules({ file, data }: Loaded<Round[]>, assessedRounds: ReadonlySet<string> | undefined): Problem[] {
  const marked = data.flatMap((r, i) => (r.reference ? [i] : []));
  const withData = data.filter((r) => assessedRounds?.has(r.id)).map((r) => r.id);
  const suggestion = withData.length ? `; put it on one round with assessments: ${listOr(withData)}` : '';
  if (marked.length === 0) {
    return [problemAtPath(file, [0], `no round says "reference: true"; exactly one round must stand for London, the round whose boroughs every figure counts and every other round is compared with${suggestion}`)];
  }
  const problems = marked.slice(1).map((i) =>
    problemAtPath(file, [i, 'reference'], `round ${marked[0]! + 1} (${data[marked[0]!]!.id}) is already the reference round; only one round can stand for London, so remove "reference: true" here`, 'key'));
  const first = data[marked[0]!]!;
  if (assessedRounds && !assessedRounds.has(first.id)) {
    problems.push(problemAtPath(file, [marked[0]!, 'reference'], `the reference round "${first.id}" has no assessments in content/assessments/${first.id}/; the round that stands for London must have boroughs${suggestion}`, 'key'));
  }
  return problems;
}

/**
 * Each assessment's folder names a round and its file name a borough with a profile; the only exception is a first
 * self-assessment by a borough with no profile yet, which carries its identity in a `borough:` block.
 */
export function assessmentRules(
  assessments: readonly Loaded<Assessment>[],
  /** Every assessment file's path, valid or not. */
  assessmentPaths: readonly string[],
  rounds: readonly Round[] | undefined,
  boroughs: readonly Loaded<BoroughIdentity>[],
  /** Every borough file's name, valid or not. */
  boroughSlugs: readonly string[],
): Problem[] {
  const problems: Problem[] = [];
  const roundIds = rounds?.map((r) => r.id);
  const inline = new Map<string, string>();
  for (const { file, data } of assessments) {
    const { round: roundId, borough: slug } = assessmentPlace(file.path);
    const round = rounds?.find((r) => r.id === roundId);
    if (roundIds && !round) {
      problems.push(problemAt(file, 0, '-', `the folder "${roundId}" is not a round in data/rounds.yaml${didYouMean(roundId, roundIds)}; an assessment goes in content/assessments/<round id>/, and the rounds are ${listOr(roundIds)}`));
    }
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
      problems.push(problemAt(file, 0, '-', `the file name "${slug}" is not a borough slug; name the file after the borough, like borough-c.yaml`));
      continue;
    }
    const profile = boroughSlugs.includes(slug);
    if (data.borough) {
      const elsewhere = inline.get(slug);
      if (profile) {
        const ext = boroughs.find((b) => stem(b.file) === slug)?.file.path ?? `content/boroughs/${slug}.yaml`;
        problems.push(problemAtPath(file, ['borough'], `a borough's identity is stated once: in ${ext}; remove this borough: block`, 'key'));
      } else if (elsewhere) {
        problems.push(problemAtPath(file, ['borough'], `a borough's identity is stated once: ${elsewhere} already states it; remove this borough: block`, 'key'));
      } else if (round && round.kind !== 'self-assessment') {
        problems.push(problemAtPath(file, ['borough'], `only a borough's first self-assessment may state its identity; this is a ${round.kind} round, so add content/boroughs/${slug}.yaml instead`, 'key'));
      } else inline.set(slug, file.path);
    }
  }
  for (const { file, data } of assessments) {
    const { borough: slug } = assessmentPlace(file.path);
    if (!data.borough && !boroughSlugs.includes(slug) && !inline.has(slug) && /^[a-z0-9-]+$/.test(slug)) {
      const known = [...boroughSlugs, ...inline.keys()];
      problems.push(problemAt(file, 0, '-', `"${slug}" is not a borough in content/boroughs/${didYouMean(slug, known)}; name the file after a borough's slug, add its profile with npm run new:borough, or (for a first self-assessment) add a borough: block with its name`));
    }
  }
  const assessed = new Set(assessmentPaths.map((p) => assessmentPlace(p).borough));
  for (const { file, data } of boroughs) {
    if (!assessed.has(data.slug) && !assessed.has(stem(file))) {
      problems.push(problemAtPath(file, ['slug'], `${data.name} has no assessment yet; add content/assessments/<round id>/${data.slug}.yaml (npm run new:assessment -- ${data.slug} --round <round id>)`));
    }
  }
  return problems;
}

/** The rounds, assessments and borough identities (profiles, and first self-assessments' borough: blocks) of a check. */
export function roundsContent(byKind: Record<string, Loaded<unknown>[]>): { rounds: Round[]; assessments: AssessmentRecord[]; identities: BoroughIdentity[] } {
  const rounds = (byKind.rounds?.[0]?.data ?? []) as Round[];
  const files = (byKind.assessment ?? []) as Loaded<Assessment>[];
  const assessments = files.map(({ file, data }) => ({ ...assessmentPlace(file.path), date: data.date, source: data.source, ratings: data.ratings }));
  const identities = identitiesOf(
    (byKind.borough ?? []).map((b) => b.data as BoroughIdentity),
    files.filter((a) => a.data.borough).map((a) => identityFromBlock(assessmentPlace(a.file.path).borough, a.data.borough!)),
  );
  return { rounds, assessments, identities };
}
