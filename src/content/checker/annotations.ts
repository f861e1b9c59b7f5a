// Inside GitHub Actions each problem is also printed as an annotation, so it shows on the officer's diff.
import type { Problem } from './problem.ts';

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function annotation(p: Problem): string {
  return `::error file=${escapeProperty(p.file)},line=${p.line},col=${p.col},title=${escapeProperty(p.field)}::${escapeData(p.message)}`;
}

export function reportAnnotations(problems: readonly Problem[], env: NodeJS.ProcessEnv = process.env, write: (line: string) => void = console.log): void {
  if (env.GITHUB_ACTIONS !== 'true') return;
  for (const p of problems) write(annotation(p));
}
