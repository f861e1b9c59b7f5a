// Writes the 18 anonymised sample boroughs (A–R) so that their counts reproduce the published table.
// Run once; the files it wrote are content from then on and are edited by hand.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { randomLcg, randomNormal } from 'd3-random';
import { Document, parse } from 'yaml';
import { gridSchema } from '../src/content/schemas/grid.ts';
import { publishedSchema } from '../src/content/schemas/published.ts';
import { assignLevels } from '../src/domain/sample.ts';

const grid = gridSchema.parse(parse(readFileSync('data/grid.yaml', 'utf8')));
const published = publishedSchema.parse(parse(readFileSync('data/published/extent-2013.yaml', 'utf8')));
const letters = 'ABCDEFGHIJKLMNOPQR'.split('').slice(0, published.boroughs);

// A hidden "collaboration strength" per borough, so each one is consistently weak or strong.
const random = randomLcg(2013);
const normal = randomNormal.source(random)(0, 1);
const strength = letters.map(() => normal());
const dimensions = grid.strands.flatMap((s) => s.dimensions.map((d) => ({ ...d, strand: s.id })));
const levels = new Map(dimensions.map((d) => [d.id, assignLevels(strength, published.counts[d.id]!, () => normal() * 0.8, random)]));

// A third of the profiles carry a short Markdown narrative (examples for officers); the rest are YAML only.
const narrativeLetters = new Set(['A', 'C', 'F', 'J', 'M', 'Q']);
mkdirSync('content/boroughs', { recursive: true });

letters.forEach((letter, b) => {
  const slug = `borough-${letter.toLowerCase()}`;
  const ratings = Object.fromEntries(
    // No evidence: a reconstruction has none of its own, and the page says so once rather than per dimension.
    dimensions.map((d) => [d.id, { level: levels.get(d.id)![b]! }]),
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
    // The narrative says only what the ratings cannot: the page itself states strengths and silences from the ratings.
    const body = [
      `Borough ${letter} is one of eighteen anonymised sample profiles. It stands for no particular borough: the ratings were reconstructed so that, taken together, the sample reproduces the London-wide counts the Institute of Education published in 2013.`,
      ``,
    ].join('\n');
    writeFileSync(`content/boroughs/${slug}.md`, `---\n${yaml}---\n\n${body}`);
  } else {
    writeFileSync(`content/boroughs/${slug}.yaml`, yaml);
  }
});
console.log(`wrote ${letters.length} sample boroughs to content/boroughs/ and their ratings to content/assessments/${published.round}/`);
