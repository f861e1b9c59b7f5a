// When Astro or a plugin fails despite a clean check, the officer still gets `file:line:col  message`, or one plain
// sentence naming the file, never a stack trace.
import { readdirSync } from 'node:fs';
import { join, sep } from 'node:path';

/** Content files by name without extension, to name the file behind a compiled chunk such as "borough-c_AbC123.mjs". */
function contentStems(root: string): Map<string, string> {
  const stems = new Map<string, string>();
  for (const dir of ['content', 'data']) {
    let entries: string[] = [];
    try {
      entries = readdirSync(join(root, dir), { recursive: true }) as string[];
    } catch {
      continue;
    }
    for (const e of entries) stems.set(e.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, ''), `${dir}/${e.split(sep).join('/')}`);
  }
  return stems;
}

/** The first line that says what went wrong, without log prefixes, hints or stack frames. */
function headline(output: string): string {
  const lines = output
    .split('\n')
    .map((l) => l.replace(/\x1b\[[0-9;]*m/g, '').replace(/^\s*(\d\d:\d\d:\d\d\s*)?((\[[^\]]+\]|error|ERROR)\s+)+/, '').trim())
    .filter((l) => l && !/^(at |Stack trace|Hint:|Location:|error\s*$|file:\/\/)/.test(l) && !/^\s*\^/.test(l) && !/^\d+ \|/.test(l));
  const line = lines.find((l) => !/^(building|generating|Completed|▶|λ|└─|├─)/i.test(l)) ?? '';
  return line.replace(/\s*\(?\b(file:\/\/)?\/[^\s)]*\)?/g, '').replace(/\s+/g, ' ').trim();
}

/** `file:line:col  message` for the first project file the output names, else one sentence. */
export function describeBuildFailure(output: string, root: string): string {
  const clean = output.replace(/\x1b\[[0-9;]*m/g, '');
  const message = headline(clean) || 'the build stopped without saying why';
  const abs = new RegExp(`(?:file://)?${root.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/((?:(?!node_modules/|\\.astro/)[^\\s:)/]+/)*?(?:content|data|src)/[^\\s:)]+)(?::(\\d+)(?::(\\d+))?)?`);
  const found = abs.exec(clean);
  const advice = 'run npm run check; if it passes, the fault is in the site, not the content: report it with this line';
  // Astro puts content errors at line 0: then the file is all that is known.
  if (found && Number(found[2]) > 0) return `${found[1]}:${found[2]}:${found[3] ?? 1}  ${message}; ${advice}`;
  if (found) return `The build stopped while reading ${found[1]}: ${message}; ${advice}`;
  const stems = contentStems(root);
  for (const m of clean.matchAll(/([\w.-]+?)_[\w-]{6,10}\.mjs/g)) {
    const file = stems.get(m[1]!);
    if (file) return `The build stopped while making the page from ${file}: ${message}; ${advice}`;
  }
  return `The build stopped: ${message}; ${advice}`;
}

