// Rules across rounds, boroughs and assessments: every reference must name something that exists, a borough's
// identity is stated once, and each round that names a published table reproduces it.
import type { Assessment } from '../schemas/assessment.ts';
import type { BoroughIdentity } from '../schemas/borough.ts';
import type { Round } from '../schemas/round.ts';
import type { AssessmentRecord } from '../../domain/round-history.ts';
import { assessmentPlace, identitiesOf, identityFromBlock } from '../../domain/assessment-identity.ts';
import { didYouMean, listOr } from './error-map.ts';
import type { Problem } from './problem.ts';
import { problemAt, problemAtPath, type SourceFile } from './source-file.ts';
import type { Loaded } from './rules.ts';

export { assessmentPlace };

const stemOfPath = (path: string) => path.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
const stem = (file: SourceFile) => stemOfPath(file.path);

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
 * self-assessment by a borough with no profile yet, which carries its identity in a `borough:` block. A sample
 * borough is assessed only in the round whose published table it reconstructs, and no message ever points an
 * assessment at a sample borough: that would tie a real borough's ratings to an anonymised one.
 */
export function assessmentRules(
  assessments: readonly Loaded<Assessment>[],
  /** Every path under content/assessments/, read or not (a misnamed file or a link still stands for its borough). */
  assessmentPaths: readonly string[],
  rounds: readonly Round[] | undefined,
  boroughs: readonly Loaded<BoroughIdentity>[],
  /** Every borough file's name, valid or not. */
  boroughSlugs: readonly string[],
  /** Files the site does not read: a profile saved as .yml is named, rather than a borough it is not. */
  unreadPaths: readonly string[] = [],
): Problem[] {
  const problems: Problem[] = [];
  const roundIds = rounds?.map((r) => r.id);
  const inline = new Map<string, string>();
  const profiles = new Map<string, Loaded<BoroughIdentity>>();
  for (const b of boroughs) if (!profiles.has(stem(b.file))) profiles.set(stem(b.file), b);
  const profileOf = (slug: string) => profiles.get(slug);
  const samples = new Set(boroughs.filter((b) => b.data.anonymised).map((b) => stem(b.file)));
  /** The rounds a sample reconstructs: those whose published table its assessments reproduce. */
  const reconstructed = (slug: string) => {
    const published = rounds?.filter((r) => r.published !== undefined) ?? [];
    const own = published.filter((r) => assessmentPaths.some((p) => assessmentPlace(p).round === r.id && assessmentPlace(p).borough === slug));
    return (own.length ? own : published).map((r) => r.id);
  };
  const names = new Map<string, { path: string; sample: boolean }>();
  const nameKey = (name: string) => name.toLowerCase().replace(/\s+/g, ' ');
  for (const { file, data } of boroughs) if (!names.has(nameKey(data.name))) names.set(nameKey(data.name), { path: file.path, sample: data.anonymised });

  for (const { file, data } of assessments) {
    const { round: roundId, borough: slug } = assessmentPlace(file.path);
    const round = rounds?.find((r) => r.id === roundId);
    if (roundIds && !round) {
      problems.push(problemAt(file, 0, '-', `the folder "${roundId}" is not a round in data/rounds.yaml${didYouMean(roundId, roundIds)}; an assessment goes in content/assessments/<round id>/, and the rounds are ${listOr(roundIds)}`));
    }
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
      problems.push(problemAt(file, 0, '-', `the file name "${slug}" is not a borough slug; name the file after the borough, in lower case with hyphens, like your-borough-name.yaml`));
      continue;
    }
    const profile = boroughSlugs.includes(slug);
    const sample = profileOf(slug)?.data.anonymised === true;
    if (round && round.published === undefined && sample) {
      problems.push(problemAt(file, 0, '-', sampleMessage(profileOf(slug)!.data.name, reconstructed(slug), round.id)));
      continue;
    }
    if (data.borough) {
      const elsewhere = inline.get(slug);
      if (profile) {
        const ext = profileOf(slug)?.file.path ?? `content/boroughs/${slug}.yaml`;
        problems.push(problemAtPath(file, ['borough'], `a borough's identity is stated once: in ${ext}; remove this borough: block`, 'key'));
      } else if (elsewhere) {
        problems.push(problemAtPath(file, ['borough'], `a borough's identity is stated once: ${elsewhere} already states it; remove this borough: block`, 'key'));
      } else if (round && round.kind !== 'self-assessment') {
        problems.push(problemAtPath(file, ['borough'], `only a borough's first self-assessment may state its identity; this is a ${round.kind} round, so add content/boroughs/${slug}.yaml instead`, 'key'));
      } else {
        inline.set(slug, file.path);
        if (data.borough.anonymised) {
          problems.push(problemAtPath(file, ['borough', 'anonymised'], `a borough that assesses itself is not anonymised: anonymised boroughs are reconstructions of ${publishedCounts(reconstructed(slug))}, so nobody can assess one; state your real borough under its own name, with anonymised: false`));
        }
        const same = names.get(nameKey(data.borough.name));
        if (same) {
          const message = same.sample
            ? `"${data.borough.name}" is already the name of ${same.path}, an anonymised sample borough; every borough needs its own name, so state your borough under its real name`
            : `"${data.borough.name}" is already the name of ${same.path}; every borough needs its own name: if this is that borough, name this file ${stemOfPath(same.path)}.yaml and remove this borough: block`;
          problems.push(problemAtPath(file, ['borough', 'name'], message));
        } else names.set(nameKey(data.borough.name), { path: file.path, sample: false });
      }
    }
  }
  for (const { file, data } of assessments) {
    const { round: roundId, borough: slug } = assessmentPlace(file.path);
    if (!data.borough && !boroughSlugs.includes(slug) && !inline.has(slug) && /^[a-z0-9-]+$/.test(slug)) {
      const misnamed = unreadPaths.find((p) => /^content\/boroughs\/[^/]+$/.test(p) && stemOfPath(p) === slug);
      if (misnamed) {
        problems.push(problemAt(file, 0, '-', `"${slug}" has no profile the site reads: its profile ${misnamed} is not read until it is renamed ${slug}.yaml (or ${slug}.md)`));
        continue;
      }
      // A sample borough is offered only where it may be assessed: the round it reconstructs.
      const open = rounds?.find((r) => r.id === roundId)?.published === undefined;
      const known = [...boroughSlugs, ...inline.keys()].filter((s) => !(open && samples.has(s)));
      problems.push(problemAt(file, 0, '-', `"${slug}" is not a borough in content/boroughs/${didYouMean(slug, known)}; name the file after a borough's slug, add its profile with npm run new:borough, or (for a first self-assessment) add a borough: block with its name`));
    }
  }
  const assessed = new Set(assessmentPaths.map(stemOfPath));
  for (const { file, data } of boroughs) {
    if (!assessed.has(data.slug) && !assessed.has(stem(file))) {
      const where = data.anonymised ? (reconstructed(data.slug)[0] ?? '<round id>') : '<round id>';
      problems.push(problemAtPath(file, ['slug'], `${data.name} has no assessment yet; add content/assessments/${where}/${data.slug}.yaml (npm run new:assessment -- ${data.slug} --round ${where})`));
    }
  }
  return problems;
}

const publishedCounts = (rounds: readonly string[]) => (rounds.length ? `the counts published for ${listOr(rounds)}` : 'published counts');

/** Why nobody can assess a sample borough outside the round it reconstructs, in one sentence, and what to do instead. */
export function sampleMessage(name: string, reconstructs: readonly string[], roundId: string): string {
  return `${name} is an anonymised sample borough: sample boroughs are reconstructions of ${publishedCounts(reconstructs)}, so nobody can assess one in ${roundId}; assess your real borough under its own name instead, in content/assessments/${roundId}/<its slug>.yaml`;
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
