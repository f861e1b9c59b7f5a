// Writes a new borough's identity file and each round's assessment file, the latter with the rubric in comments, so an
// officer rates with the descriptors in view.
import type { Grid } from '../../src/content/schemas/grid.ts';
import type { Level } from '../../src/domain/levels.ts';
import { slugify } from '../../src/domain/slug.ts';

const quote = (s: string) => JSON.stringify(s);

/** A borough's identity, stated once: content/boroughs/<slug>.yaml. */
export function scaffoldBorough(name: string): string {
  return [
    `# ${name}: who the borough is. Its ratings live in content/assessments/<round id>/${slugify(name)}.yaml, one file per round.`,
    `name: ${quote(name)}`,
    `slug: ${slugify(name)}`,
    `anonymised: false`,
  ].join('\n') + '\n';
}

export interface ScaffoldAssessment {
  name: string;
  round: { id: string; title: string; kind: string };
  today: string;
  source: string;
  /** The borough's previous assessment, to start from: its round's title and its ratings. */
  previous?: { title: string; ratings: Record<string, { level: Level }> } | undefined;
}

const LABEL: Record<Level, string> = { low: 'Low', medium: 'Medium', high: 'High', 'not-mentioned': 'Not mentioned' };

/** One borough's assessment in one round, every dimension under its descriptors, starting from the previous ratings. */
export function scaffoldAssessment(grid: Grid, a: ScaffoldAssessment): string {
  const lines = [
    `# ${a.name}, ${a.round.title} (${a.round.kind}). The round and the borough come from this file's path.`,
    a.previous
      ? `# Each level starts at ${a.name}'s rating in ${a.previous.title}: change it where the partnership has moved,`
      : `# Rate each dimension low, medium, high or not-mentioned, using the descriptors in the comment above it,`,
    a.previous ? `# using the descriptors above it, and say in "evidence" what the rating rests on.` : `# and say in "evidence" what the rating rests on.`,
    `# Check your work with: npm run check`,
    `date: ${a.today}`,
    `source: ${quote(a.source)}`,
    `ratings:`,
  ];
  for (const strand of grid.strands) {
    lines.push(`  # ── ${strand.title} ──`);
    for (const d of strand.dimensions) {
      const before = a.previous?.ratings[d.id]?.level;
      lines.push(
        `  # ${d.number}. ${d.title}`,
        `  #   Low:    ${d.descriptors.low}`,
        `  #   Medium: ${d.descriptors.medium}`,
        `  #   High:   ${d.descriptors.high}`,
        ...(before ? [`  #   In ${a.previous!.title}: ${LABEL[before]}`] : []),
        `  ${d.id}:`,
        `    level: ${before ?? 'not-mentioned'}`,
      );
    }
  }
  return lines.join('\n') + '\n';
}
