// Writes a new borough profile with the rubric in comments, so an officer rates with the descriptors in view.
import type { Grid } from '../schemas/grid.ts';

export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const quote = (s: string) => JSON.stringify(s);

export function scaffoldBorough(name: string, grid: Grid, today: string): string {
  const lines = [
    `# ${name}: a borough profile. Rate each dimension low, medium, high or not-mentioned, using the`,
    `# descriptors in the comment above it, and say in "evidence" what the rating rests on.`,
    `# Check your work with: npm run check`,
    `name: ${quote(name)}`,
    `slug: ${slugify(name)}`,
    `anonymised: false`,
    `assessment:`,
    `  round: review-${today.slice(0, 4)}`,
    `  date: ${today}`,
    `  source: ${quote(`${name} 14-19 partnership self-assessment`)}`,
    `ratings:`,
  ];
  for (const strand of grid.strands) {
    lines.push(`  # ── ${strand.title} ──`);
    for (const d of strand.dimensions) {
      lines.push(
        `  # ${d.number}. ${d.title}`,
        `  #   Low:    ${d.descriptors.low}`,
        `  #   Medium: ${d.descriptors.medium}`,
        `  #   High:   ${d.descriptors.high}`,
        `  ${d.id}:`,
        `    level: not-mentioned`,
      );
    }
  }
  return lines.join('\n') + '\n';
}
