// Hostile text planted in a copy of the content: markup, quotes, ampersands and Unicode in every field a reader sees.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import type { Hostile } from './gates/escape.ts';

export const HOSTILE_NAME: Hostile = { token: 'Ünïcødé-name', text: `Borough <script>alert("x")</script> & "Ünïcødé-name" ‘quotes’, commas` };
export const HOSTILE_EVIDENCE: Hostile = { token: 'Ünïcødé-evidence', text: `Evidence </p><img src=x onerror=alert(1)> & 'single' "double" Ünïcødé-evidence R&amp;D, ‘curly’ — done` };
export const HOSTILE_SOURCE: Hostile = { token: 'Ünïcødé-source', text: `Source <b onmouseover="alert(2)">bold</b> & Ünïcødé-source` };
export const HOSTILE_TITLE: Hostile = { token: 'Ünïcødé-title', text: `Title <script>alert('t')</script> & "Ünïcødé-title"` };
// Prose bodies pass through smartypants, which curls straight quotes on purpose, so this one has curly quotes only.
export const HOSTILE_BODY: Hostile = { token: 'Ünïcødé-body', text: `Body & “double” ‘single’ — Ünïcødé-body` };
// A spreadsheet formula (one dimension's evidence): every download must keep it as text, never a formula.
export const HOSTILE_FORMULA: Hostile = { token: 'Ünïcødé-formula', text: `=HYPERLINK("https://evil.example/?q=Ünïcødé-formula","Click me")` };
export const HOSTILE = [HOSTILE_NAME, HOSTILE_EVIDENCE, HOSTILE_SOURCE, HOSTILE_TITLE, HOSTILE_BODY, HOSTILE_FORMULA];
/** The dimension whose evidence holds the formula; every other dimension of Borough C holds HOSTILE_EVIDENCE. */
export const FORMULA_DIMENSION = 'cpd';

/**
 * Characters XML forbids (a bell, a vertical tab, U+FFFF), in another dimension's evidence and a case study's summary.
 * Pages show them as they are; every download leaves them out, so it reads `clean`.
 */
export const HOSTILE_CONTROL = { token: 'Ünïcødé-control', raw: 'Control\u0007 chars\u000B and U+FFFF\uFFFF Ünïcødé-control', clean: 'Control chars and U+FFFF Ünïcødé-control' };
export const CONTROL_DIMENSION = 'rpa';
export const CONTROL_CASE_STUDY = 'content/case-studies/kent.md';

/** Sets fields in YAML text (a whole file, or an MDX or Markdown file's frontmatter), keeping comments and everything else. */
function setYaml(text: string, set: (doc: ReturnType<typeof parseDocument>) => void): string {
  const doc = parseDocument(text);
  set(doc);
  return String(doc);
}

function editFrontmatter(file: string, set: (doc: ReturnType<typeof parseDocument>) => void, body?: (text: string) => string): void {
  const text = readFileSync(file, 'utf8');
  if (file.endsWith('.yaml')) return writeFileSync(file, setYaml(text, set));
  const end = text.indexOf('\n---', 3);
  const front = setYaml(text.slice(4, end + 1), set);
  const rest = text.slice(end + 4);
  writeFileSync(file, `---\n${front}---${body ? body(rest) : rest}`);
}

/**
 * Plants the hostile text in a project copy: Borough C's name and Markdown narrative, every evidence of its 2012–13
 * assessment (one a formula, one with control characters) and that assessment's source, the title of every other
 * titled content file (pages, case studies, board papers …) and one case study's summary.
 */
export function plantHostileContent(root: string): void {
  editFrontmatter(
    join(root, 'content/boroughs/borough-c.md'),
    (doc) => doc.set('name', HOSTILE_NAME.text),
    (rest) => `${rest}\n${HOSTILE_BODY.text}\n`,
  );
  editFrontmatter(join(root, 'content/assessments/ioe-2012-13/borough-c.yaml'), (doc) => {
    doc.set('source', HOSTILE_SOURCE.text);
    const ratings = doc.get('ratings') as { items: { key: { value: string } }[] };
    for (const pair of ratings.items) doc.setIn(['ratings', pair.key.value, 'evidence'], HOSTILE_EVIDENCE.text);
    doc.setIn(['ratings', FORMULA_DIMENSION, 'evidence'], HOSTILE_FORMULA.text);
    doc.setIn(['ratings', CONTROL_DIMENSION, 'evidence'], HOSTILE_CONTROL.raw);
  });
  for (const folder of readdirSync(join(root, 'content'), { withFileTypes: true })) {
    if (!folder.isDirectory() || folder.name === 'boroughs') continue;
    const dir = join(root, 'content', folder.name);
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isFile() || !/\.(mdx?|yaml)$/.test(entry.name)) continue;
      const file = join(dir, entry.name);
      const text = readFileSync(file, 'utf8');
      if (/^title:/m.test(text)) editFrontmatter(file, (doc) => doc.has('title') && doc.set('title', HOSTILE_TITLE.text));
      if (file === join(root, CONTROL_CASE_STUDY)) editFrontmatter(file, (doc) => doc.set('summary', HOSTILE_CONTROL.raw));
    }
  }
}
