// One registry: the files the checker accepts are exactly the files the site's loaders load (Astro's glob() matches
// with picomatch), and paragraph-reference targets are the numbering plugin's own, pinned on the headings that once differed.
import picomatch from 'picomatch';
import { describe, expect, test } from 'vitest';
import { bodyRules } from '../../src/content/checker/mdx-rules.ts';
import { parseSourceFile } from '../../src/content/checker/source-file.ts';
import { BOARD_PAPER_COMPONENTS, KIND_NAMES, KINDS, isSingleFile, kindOf } from '../../src/content/registry.ts';
import { sampleFiles } from '../support/mutations.ts';

/** Whether Astro's loader for a kind would load a root-relative path: file() takes one path, glob() a pattern under its base. */
function loadedBySite(path: string): string[] {
  return KIND_NAMES.filter((n) => {
    const k = KINDS[n];
    if (isSingleFile(k)) return path === `${k.dir}/${k.pattern}`;
    return path.startsWith(`${k.dir}/`) && picomatch.isMatch(path.slice(k.dir.length + 1), k.pattern);
  });
}

describe('the content registry', () => {
  const candidates = [
    ...sampleFiles(),
    'data/research/questionnaire-2014.yaml',
    'content/boroughs/borough-s.yml',
    'content/boroughs/borough-s.md',
    'content/boroughs/nested/borough-s.yaml',
    'content/case-studies/x.yaml',
    'content/models/x.mdx',
    'data/published/extent-2014.yaml',
    'data/plans/annex-2.yaml',
    'content/pages/x.md',
    'data/grid.yml',
  ];
  test.each(candidates)('%s: checked if and only if loaded', (path) => {
    const kind = kindOf(path);
    expect(loadedBySite(path)).toEqual(kind ? [kind] : []);
  });
  test('a questionnaire the site never shows is not accepted by the checker', () => {
    expect(kindOf('data/research/questionnaire-2014.yaml')).toBeUndefined();
  });
});

describe('paragraph-reference targets come from the numbering plugin', () => {
  const paper = (body: string) =>
    parseSourceFile('content/board-papers/x.mdx', `---\ntitle: x\n---\n\n${body}`);
  const problems = (body: string) => bodyRules(paper(body), { components: BOARD_PAPER_COMPONENTS, numbered: true }).map((p) => p.message);
  const headings = '## Partnership &amp; collaboration\n\nText.\n\n## Data\\_sharing\n\nText.\n\nNext steps\n----------\n\nText.\n\n';

  test('an entity, an escaped underscore and a setext heading give the slugs the plugin gives', () => {
    expect(problems(`${headings}See <ParaRef to="partnership--collaboration" />, <ParaRef to="data_sharing" /> and <ParaRef to="next-steps" />.\n`)).toEqual([]);
  });
  test('the slugs a regular expression would have made are refused', () => {
    expect(problems(`${headings}See <ParaRef to="partnership-amp-collaboration" />, <ParaRef to="data-sharing" />.\n`).map((m) => m.slice(0, 70))).toMatchInlineSnapshot(`
      [
        "<ParaRef to="partnership-amp-collaboration" /> points to no section or",
        "<ParaRef to="data-sharing" /> points to no section or anchored paragra",
      ]
    `);
  });
});
