// When Astro fails despite a clean check, the officer reads a file and a sentence, never a stack trace.
import { describe, expect, test } from 'vitest';
import { describeBuildFailure } from '../../scripts/lib/build-failure.ts';

const root = '/tmp/atlas-copy';

describe('a failure inside the build', () => {
  test('a compiled MDX chunk is traced back to its content file', () => {
    const output = [
      'Expected component `Chart` to be defined: you likely forgot to import, pass, or provide it.',
      '  Hint:',
      '    This issue often occurs when your MDX component encounters runtime errors.',
      '  Stack trace:',
      `    at _missingMdxReference (file://${root}/.astro/.prerender/chunks/2013-03-19-partnership-research_BN0pA7U9.mjs:66:8)`,
      `    at MDXContent (file://${root}/.astro/.prerender/chunks/2013-03-19-partnership-research_BN0pA7U9.mjs:63:7)`,
    ].join('\n');
    const said = describeBuildFailure(output, process.cwd());
    expect(said).toMatchInlineSnapshot(`"The build stopped while making the page from content/board-papers/2013-03-19-partnership-research.mdx: Expected component \`Chart\` to be defined: you likely forgot to import, pass, or provide it.; run npm run check; if it passes, the fault is in the site, not the content: report it with this line"`);
    expect(said).not.toMatch(/\bat |Stack trace|\.mjs/);
  });
  test('a content file at line 0 is named in a sentence, never as :0:0', () => {
    const output = `[ERROR] [content] plugin broke\n  Location:\n    ${root}/content/boroughs/borough-c.mdx:0:0\n  Stack trace:\n    at x (file:///a.js:1:1)\n`;
    const said = describeBuildFailure(output, root);
    expect(said).toBe('The build stopped while reading content/boroughs/borough-c.mdx: plugin broke; run npm run check; if it passes, the fault is in the site, not the content: report it with this line');
  });
  test('a place with a line is printed file:line:col', () => {
    const said = describeBuildFailure(`error   Unexpected character\n  File:\n    ${root}/content/pages/history.mdx:12:4\n`, root);
    expect(said).toMatch(/^content\/pages\/history\.mdx:12:4 {2}Unexpected character; /);
  });
});

test('a library file is never named as the cause', () => {
  const said = describeBuildFailure(`boom\n    at x (${root}/node_modules/astro/dist/content/loaders/glob.js:10:2)\n`, root);
  expect(said).toMatch(/^The build stopped: boom; /);
});
