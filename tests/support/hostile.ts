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
export const HOSTILE = [HOSTILE_NAME, HOSTILE_EVIDENCE, HOSTILE_SOURCE, HOSTILE_TITLE, HOSTILE_BODY];

/** Sets fields in YAML text (a whole file, or an MDX file's frontmatter), keeping comments and everything else. */
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
 * Plants the hostile text in a project copy: Borough C's name, every evidence and the source of its 2012–13 assessment,
 * its MDX narrative, and the title of every other titled content file (pages, case studies, board papers …).
 */
export function plantHostileContent(root: string): void {
  editFrontmatter(
    join(root, 'content/boroughs/borough-c.mdx'),
    (doc) => doc.set('name', HOSTILE_NAME.text),
    (rest) => `${rest}\n${HOSTILE_BODY.text}\n`,
  );
  editFrontmatter(join(root, 'content/assessments/ioe-2012-13/borough-c.yaml'), (doc) => {
    doc.set('source', HOSTILE_SOURCE.text);
    const ratings = doc.get('ratings') as { items: { key: { value: string } }[] };
    for (const pair of ratings.items) doc.setIn(['ratings', pair.key.value, 'evidence'], HOSTILE_EVIDENCE.text);
  });
  for (const folder of readdirSync(join(root, 'content'), { withFileTypes: true })) {
    if (!folder.isDirectory() || folder.name === 'boroughs') continue;
    const dir = join(root, 'content', folder.name);
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isFile() || !/\.(mdx|yaml)$/.test(entry.name)) continue;
      const file = join(dir, entry.name);
      const text = readFileSync(file, 'utf8');
      if (/^title:/m.test(text)) editFrontmatter(file, (doc) => doc.has('title') && doc.set('title', HOSTILE_TITLE.text));
    }
  }
}
