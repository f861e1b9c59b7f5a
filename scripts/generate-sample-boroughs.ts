// Writes the 18 anonymised sample boroughs (A–R) so that their counts reproduce the published table.
// Run once; the files it wrote are content from then on and are edited by hand.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { randomLcg, randomNormal } from 'd3-random';
import { Document, parse } from 'yaml';
import { gridSchema } from '../src/schemas/grid.ts';
import { publishedSchema } from '../src/schemas/published.ts';
import { LEVEL_LABEL } from '../src/lib/format.ts';
import { assignLevels } from '../src/lib/sample.ts';

const grid = gridSchema.parse(parse(readFileSync('data/grid.yaml', 'utf8')));
const published = publishedSchema.parse(parse(readFileSync('data/published/extent-2013.yaml', 'utf8')));
const letters = 'ABCDEFGHIJKLMNOPQR'.split('').slice(0, published.boroughs);

// A hidden "collaboration strength" per borough, so each one is consistently weak or strong.
const random = randomLcg(2013);
const normal = randomNormal.source(random)(0, 1);
const strength = letters.map(() => normal());
const dimensions = grid.strands.flatMap((s) => s.dimensions.map((d) => ({ ...d, strand: s.id })));
const levels = new Map(dimensions.map((d) => [d.id, assignLevels(strength, published.counts[d.id]!, () => normal() * 0.8, random)]));

// A third of the profiles carry an MDX narrative; the rest are YAML only.
const narrativeLetters = new Set(['A', 'C', 'F', 'J', 'M', 'Q']);
mkdirSync('content/boroughs', { recursive: true });

letters.forEach((letter, b) => {
  const slug = `borough-${letter.toLowerCase()}`;
  const ratings = Object.fromEntries(
    dimensions.map((d) => {
      const level = levels.get(d.id)![b]!;
      const said = level === 'not-mentioned' ? 'the evidence did not mention this dimension' : `the partnership matched the ${LEVEL_LABEL[level]} descriptor: "${d.descriptors[level]}"`;
      return [d.id, { level, evidence: `Illustrative only: in this reconstruction ${said}.` }];
    }),
  );
  // Identity once in content/boroughs/; the ratings of each round in content/assessments/<round>/.
  const profile = { name: `Borough ${letter}`, slug, anonymised: true };
  const assessment = {
    date: '2012-12',
    source: 'Anonymised reconstruction consistent with the published London-wide counts (Institute of Education, 2013)',
    ratings,
  };
  const doc = new Document(profile);
  doc.commentBefore =
    ` Borough ${letter} is an anonymised sample profile, not a real borough. Its ratings were reconstructed so that\n` +
    ` the 18 sample boroughs together reproduce the published counts; the research did not publish borough-level data.\n` +
    ` Its ratings for each round are in content/assessments/<round>/${slug}.yaml.`;
  const assessed = new Document(assessment);
  assessed.commentBefore = ` Borough ${letter}, ${published.round} (round and borough come from this file's path). Anonymised sample ratings.`;
  mkdirSync(`content/assessments/${published.round}`, { recursive: true });
  writeFileSync(`content/assessments/${published.round}/${slug}.yaml`, assessed.toString({ lineWidth: 0 }));
  const yaml = doc.toString({ lineWidth: 0 });
  if (narrativeLetters.has(letter)) {
    const high = dimensions.filter((d) => ratings[d.id]!.level === 'high').map((d) => d.title);
    const silent = dimensions.filter((d) => ratings[d.id]!.level === 'not-mentioned').length;
    const body = [
      `## About this profile`,
      ``,
      `Borough ${letter} is one of eighteen anonymised sample profiles. It stands for no particular borough: the ratings were reconstructed so that, taken together, the sample reproduces the London-wide counts the Institute of Education published in 2013.`,
      ``,
      `## Where the partnership is strongest`,
      ``,
      high.length ? `In this reconstruction the partnership reaches the High descriptor on ${high.length} dimension${high.length === 1 ? '' : 's'}: ${high.join('; ')}.` : `In this reconstruction the partnership reaches the High descriptor on no dimension.`,
      ``,
      `## What the evidence does not cover`,
      ``,
      silent ? `On ${silent} dimension${silent === 1 ? '' : 's'} the evidence was silent, shown as Not mentioned. That is not the same as Low: it means the study found nothing either way.` : `The evidence touched on every dimension of the grid.`,
      ``,
    ].join('\n');
    writeFileSync(`content/boroughs/${slug}.mdx`, `---\n${yaml}---\n\n${body}`);
  } else {
    writeFileSync(`content/boroughs/${slug}.yaml`, yaml);
  }
});
console.log(`wrote ${letters.length} sample boroughs to content/boroughs/ and their ratings to content/assessments/${published.round}/`);
