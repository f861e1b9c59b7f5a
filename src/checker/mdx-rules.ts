// MDX bodies may hold prose and the site's own components only: no code (import/export) and no raw script, style, frame or handler.
import type { Problem } from './problem.ts';
import { problemAt, type SourceFile } from './source-file.ts';

/** Blanks out fenced code blocks and inline code spans, keeping every offset, so examples in code are not flagged. */
export function maskCode(body: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  let masked = body.replace(/^( {0,3})(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^ {0,3}\2[`~]*[ \t]*$|(?![\s\S]))/gm, blank);
  masked = masked.replace(/(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, blank);
  return masked;
}

const ELEMENTS: Record<string, string> = {
  script: 'the site runs no script from content (its Content-Security-Policy forbids inline script)',
  style: 'styles live in src/styles/site.css, not in content',
  iframe: 'it would load another site inside the page; link to it instead',
  object: 'it would embed another document or plug-in; link to it instead',
  embed: 'it would embed another document or plug-in; link to it instead',
};

export function mdxBodyRules(file: SourceFile): Problem[] {
  if (file.body === undefined) return [];
  const body = maskCode(file.body);
  const problems: Problem[] = [];
  const at = (index: number, message: string) => problems.push(problemAt(file, file.bodyStart + index, 'body', message));

  // MDX runs import and export lines as code when they start a block (the first line, or after a blank line).
  let offset = 0;
  let blockStart = true;
  let inCode = false;
  for (const line of body.split('\n')) {
    const esm = /^(import|export)\b/.exec(line);
    if (esm && (blockStart || inCode)) {
      at(offset, `an "${esm[1]}" line runs code when the site is built; content may use only the site's own components, so remove it`);
      inCode = true;
    } else if (line.trim() === '') inCode = false;
    blockStart = line.trim() === '';
    offset += line.length + 1;
  }
  for (const m of body.matchAll(/(?<!\\)<(script|style|iframe|object|embed)\b/gi)) {
    const name = m[1]!.toLowerCase();
    at(m.index, `${/^[aeiou]/.test(name) ? 'an' : 'a'} <${name}> element is not allowed in content: ${ELEMENTS[name]}`);
  }
  // An on… attribute (onclick, onerror …) inside any tag is inline script.
  for (const tag of body.matchAll(/(?<!\\)<[A-Za-z][\w.:-]*(?:\s[^<>]*)?>/g)) {
    for (const attr of tag[0].matchAll(/\s(on[a-z]+)\s*=/gi)) {
      at(tag.index + attr.index + 1, `"${attr[1]}" is not allowed in content: an event-handler attribute is inline script, which the site forbids`);
    }
  }
  return problems;
}
