// Copies the real content and data into a temporary folder and lays a fixture's files over them.
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent, formatProblem } from '../../src/checker/index.ts';

export const BROKEN = 'tests/fixtures/broken';

export function contentWithFixture(name: string, dir = BROKEN): string {
  const root = mkdtempSync(join(tmpdir(), `atlas-${name}-`));
  cpSync('content', join(root, 'content'), { recursive: true });
  cpSync('data', join(root, 'data'), { recursive: true });
  const files = join(dir, name, 'files');
  if (existsSync(files)) cpSync(files, root, { recursive: true });
  return root;
}

/** The checker's report for a fixture, exactly as `npm run check` prints it (without the summary). */
export function checkFixture(name: string): string {
  return checkContent(contentWithFixture(name)).problems.map(formatProblem).join('\n');
}
