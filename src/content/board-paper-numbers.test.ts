// The numbering plugin: numbers come from structure (sections, paragraphs, lists), references resolve to them.
import { readFileSync } from 'node:fs';
import rehypeStringify from 'rehype-stringify';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import type { Root } from 'mdast';
import { numberBoardPaper, remarkBoardPaperNumbers } from './board-paper-numbers.ts';

const parse = (mdx: string): Root => unified().use(remarkParse).use(remarkMdx).parse(mdx) as Root;

/** The whole path a board paper takes: parse, number, then HTML (the plugin leaves no JSX behind). */
async function html(mdx: string, path = '/site/content/board-papers/2013-03-19-x.mdx'): Promise<string> {
  const file = await unified().use(remarkParse).use(remarkMdx).use(remarkBoardPaperNumbers).use(remarkRehype).use(rehypeStringify).process({ value: mdx, path });
  return String(file);
}

/** Every number in document order, as "number: first two words". */
function outline(out: string): string[] {
  return [...out.matchAll(/<span class="para-num">([\d.]+)<\/span> ([^\s<]+(?: [^\s<]+)?)/g)].map((m) => `${m[1]}: ${m[2]}`);
}

const small = readFileSync('tests/fixtures/board-papers/small.mdx', 'utf8');

describe('board paper numbering', () => {
  test('sections, paragraphs, sub-paragraphs and nested lists are numbered in order', async () => {
    expect(outline(await html(small))).toEqual([
      '1: Background',
      '1.1: Several areas',
      '1.1.1: First area.',
      '1.1.2: Second area,',
      '1.1.2.1: A nested',
      '1.1.2.2: Another nested',
      '1.1.3: Third area.',
      '1.2: A second',
      '1.3: A third',
      '2: Next Steps',
      '2.1: A list',
      '2.2: Its items',
      '2.3: Then a',
      '2.3.1: The first',
      '2.4: See',
    ]);
  });

  test('text before the first heading and sub-headings are not numbered', async () => {
    const out = await html(small);
    expect(out).toContain('<p>Intro text before the first heading is not numbered.</p>');
    expect(out).toContain('<h3 id="a-sub-heading-not-numbered">A sub-heading, not numbered</h3>');
  });

  test('ParaRef resolves to the anchored paragraph or the section, as a link', async () => {
    const out = await html(small);
    expect(out).toContain('refers back to <a href="#areas" class="para-ref">paragraph 1.1</a> and forward to <a href="#next-steps" class="para-ref">paragraph 2</a>.');
    expect(out).toContain('See <a href="#sub-point" class="para-ref">paragraph 2.3.1</a> and <a href="#background" class="para-ref">paragraph 1</a>.');
  });

  test('an anchor becomes the id of its paragraph; other paragraphs get ids from their numbers', async () => {
    const out = await html(small);
    expect(out).toContain('<p id="areas" class="para" data-para="1.1"><span class="para-num">1.1</span> Several areas');
    expect(out).toContain('<li id="sub-point" class="para" data-para="2.3.1"><span class="para-num">2.3.1</span> The first sub-paragraph.</li>');
    expect(out).toContain('<p id="para-1-2" class="para" data-para="1.2">');
    expect(out).toContain('<h2 id="background" data-para="1"><span class="para-num">1</span> Background</h2>');
    expect(out).not.toMatch(/Anchor|ParaRef/);
  });

  test('references stay right when a paragraph moves', async () => {
    const moved = small.replace('A third paragraph.\n', '').replace('## Background\n', '## Background\n\nA new first paragraph.\n\nA third paragraph.\n');
    const out = await html(moved);
    expect(out).toContain('refers back to <a href="#areas" class="para-ref">paragraph 1.3</a>');
  });

  test('unknown targets are listed with their place in the source', () => {
    const tree = parse('## One\n\nSee <ParaRef to="nowhere" /> and <ParaRef to="one" />.\n');
    const { labels, unknown } = numberBoardPaper(tree);
    expect([...labels]).toEqual([['one', '1']]);
    expect(unknown).toEqual([{ to: 'nowhere', line: 3, column: 5 }]);
  });

  test('the plugin fails the build on an unknown target and leaves other files alone', async () => {
    await expect(html('## One\n\nSee <ParaRef to="nowhere" />.\n')).rejects.toThrow(/board-papers\/2013-03-19-x\.mdx:3:5 <ParaRef to="nowhere" \/>/);
    const page = await html('## One\n\nPlain.\n', '/site/content/pages/research.mdx');
    expect(page).toBe('<h2>One</h2>\n<p>Plain.</p>');
  });

  test('heading slugs match the ids Astro would give (github-slugger, duplicates numbered)', async () => {
    const out = await html('## Next Steps\n\nA.\n\n## Next steps\n\nB, see <ParaRef to="next-steps-1" />.\n');
    expect(out).toContain('<h2 id="next-steps-1" data-para="2">');
    expect(out).toContain('<a href="#next-steps-1" class="para-ref">paragraph 2</a>');
  });
});
