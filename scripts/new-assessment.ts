// `npm run new:assessment -- <borough-slug> --round <round-id>`: writes content/assessments/<round>/<slug>.yaml,
// starting from the borough's previous ratings with the descriptors as comments.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../src/content/checker/index.ts';
import { contentRoot } from '../src/content/content-root.ts';
import { didYouMean, listOr } from '../src/content/checker/error-map.ts';
import { roundsContent, sampleMessage } from '../src/content/checker/round-rules.ts';
import { historyOf } from '../src/domain/round-history.ts';
import { scaffoldAssessment } from './lib/scaffold.ts';
import { KIND_LABEL } from '../src/content/schemas/round.ts';
import type { Grid } from '../src/content/schemas/grid.ts';

const fail = (message: string, code = 1): never => {
  console.error(`✗ ${message}`);
  process.exit(code);
};
const { values, positionals } = parseArgs({ allowPositionals: true, options: { round: { type: 'string' } } });
const slug = positionals[0];
if (!slug || !values.round || positionals.length > 1) fail('Usage: npm run new:assessment -- <borough-slug> --round <round-id>', 2);

const root = contentRoot();
const { byKind } = checkContent(root);
const grid = byKind.grid?.[0]?.data as Grid | undefined;
const { rounds, assessments, identities } = roundsContent(byKind);
if (!grid || !byKind.rounds?.length) fail('data/grid.yaml or data/rounds.yaml has problems; run npm run check and fix them first');

const round = rounds.find((r) => r.id === values.round);
const ids = rounds.map((r) => r.id);
if (!round) fail(`"${values.round}" is not a round in data/rounds.yaml${didYouMean(values.round!, ids)}; the rounds are ${listOr(ids)}`);

const borough = identities.find((b) => b.slug === slug);
// A sample borough is offered, and scaffolded, only in a round with a published table: the one it reconstructs.
const slugs = identities.filter((b) => round!.published !== undefined || !b.anonymised).map((b) => b.slug);
if (borough?.anonymised && round!.published === undefined) {
  fail(sampleMessage(borough.name, rounds.filter((r) => r.published !== undefined).map((r) => r.id), round!.id));
}
if (!borough) fail(`"${slug}" is not a borough in content/boroughs/${didYouMean(slug!, slugs)}; add its profile first with npm run new:borough -- "Borough name"`);

const file = `content/assessments/${round!.id}/${slug}.yaml`;
if (existsSync(join(root, file))) fail(`${file} already exists: ${borough!.name} has an assessment in ${round!.title}; edit that file instead`);

// The previous assessment: the latest of the borough's assessments in a round before this one.
const previous = historyOf(slug!, rounds, assessments).filter((a) => ids.indexOf(a.round) < ids.indexOf(round!.id)).at(-1);
const previousRound = previous && rounds.find((r) => r.id === previous.round)!;

mkdirSync(dirname(join(root, file)), { recursive: true });
writeFileSync(
  join(root, file),
  scaffoldAssessment(grid!, {
    name: borough!.name,
    round: { id: round!.id, title: round!.title, kind: KIND_LABEL[round!.kind] },
    today: new Date().toISOString().slice(0, 10),
    source: round!.kind === 'self-assessment' ? `${borough!.name} 14-19 partnership self-assessment` : round!.title,
    previous: previous && { title: previousRound!.title, ratings: previous.ratings },
  }),
);
console.log(`✓ wrote ${file}: ${previous ? `it starts from ${borough!.name}'s ratings in ${previousRound!.title}; change` : 'rate'} each dimension, then run npm run check`);
