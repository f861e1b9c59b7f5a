// WHY: a <ParaRef> whose target is gone would print "paragraph ?" in a board paper, so the checker names it with its place first.
import GithubSlugger from 'github-slugger';
import { BOARD_PAPER_FILE } from '../plugins/board-paper-numbers.ts';
import { didYouMean } from './error-map.ts';
import { maskCode } from './mdx-rules.ts';
import type { Problem } from './problem.ts';
import { problemAt, type SourceFile } from './source-file.ts';

/** A heading's text as the numbering plugin sees it: markup and JSX removed. */
function plainHeading(text: string): string {
  return text
    .replace(/<[^>]*>/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .trim();
}

/** The targets a paper offers: the slug of each `## ` section and each <Anchor id> from the first section on. */
export function paraRefTargets(body: string): Set<string> {
  const targets = new Set<string>();
  const slugger = new GithubSlugger();
  let numbered = false;
  for (const line of body.split('\n')) {
    const heading = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(line);
    if (heading) {
      // Every heading takes a slug, in order, so a repeated title gets "-1" as the plugin gives it.
      const slug = slugger.slug(plainHeading(heading[2]!));
      if (heading[1] === '##') {
        targets.add(slug);
        numbered = true;
      }
    }
    if (numbered) for (const m of line.matchAll(/<Anchor\s[^>]*?\bid\s*=\s*(["'])(.*?)\1/g)) targets.add(m[2]!);
  }
  return targets;
}

export function paraRefRules(file: SourceFile): Problem[] {
  if (file.body === undefined || !BOARD_PAPER_FILE.test(file.path)) return [];
  const body = maskCode(file.body);
  const targets = paraRefTargets(body);
  const problems: Problem[] = [];
  for (const m of body.matchAll(/(?<!\\)<ParaRef\b[^>]*>/g)) {
    const to = /\bto\s*=\s*(["'])(.*?)\1/.exec(m[0])?.[2];
    const at = (message: string) => problems.push(problemAt(file, file.bodyStart + m.index, 'body', message));
    if (to === undefined) at(`<ParaRef> needs a "to" attribute naming a section or an anchored paragraph, like <ParaRef to="next-steps" />`);
    else if (!targets.has(to)) {
      at(`<ParaRef to="${to}" /> points to no section or anchored paragraph in this paper${didYouMean(to, [...targets])}; "to" takes a section heading's slug (e.g. "${[...targets][0] ?? 'background'}") or the id of an <Anchor id="…" /> at the start of a paragraph`);
    }
  }
  return problems;
}
