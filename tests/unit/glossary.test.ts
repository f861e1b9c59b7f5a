// The glossary's <abbr> mark-up on its own: which words match, first use only, what is never touched, and safe output.
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, test } from 'vitest';
import { abbrHtml } from '../../src/lib/abbr.ts';
import { buildMatcher, findTerms } from '../../src/lib/glossary.ts';
import { markPageAbbreviations } from '../../src/lib/page-abbr.ts';
import { markFirstUses } from '../../src/plugins/rehype-glossary.ts';

const matcher = buildMatcher([
  { term: 'IAG', expansion: 'Information, Advice and Guidance' },
  { term: 'CEIAG', expansion: 'careers education, information, advice and guidance' },
  { term: 'LA', expansion: 'local authority' },
  { term: 'LAA', expansion: 'Local Area Agreement' },
  { term: 'NEET', expansion: 'not in education, employment or training', aliases: ['NEETs'] },
  { term: 'YPES', expansion: "Young People's Education and Skills" },
]);
const forms = (text: string) => findTerms(text, matcher).map((m) => `${m.form}=${m.entry.term}`);

describe('matching', () => {
  test('whole words only: IAG is not found inside CEIAG, LA not inside LAA or "LAB"', () => {
    expect(forms('CEIAG and IAG; the LAA, the LA and LAB')).toEqual(['CEIAG=CEIAG', 'IAG=IAG', 'LAA=LAA', 'LA=LA']);
  });
  test('aliases and plain plurals belong to their entry', () => {
    expect(forms('NEETs, NEET and two LAs')).toEqual(['NEETs=NEET', 'NEET=NEET', 'LAs=LA']);
  });
  test('case matters, and entities are not words', () => {
    expect(forms('la, Neet and &LA; are not acronyms')).toEqual([]);
  });
});

describe('abbrHtml (text from data)', () => {
  test('marks the first use of each term only, and escapes everything else', () => {
    expect(abbrHtml('The LA & the <LA> with NEETs', matcher)).toBe(
      'The <abbr title="local authority" data-glossary="LA">LA</abbr> &amp; the &lt;LA&gt; with <abbr title="not in education, employment or training" data-glossary="NEET">NEETs</abbr>',
    );
  });
  test('an expansion with a quote is escaped in the attribute', () => {
    expect(abbrHtml('YPES', matcher)).toBe('<abbr title="Young People&#39;s Education and Skills" data-glossary="YPES">YPES</abbr>');
  });
});

function rehype(html: string): string {
  const tree = fromHtml(html, { fragment: true }) as Root;
  markFirstUses(tree, matcher);
  return toHtml(tree);
}

describe('the rehype plugin (MDX)', () => {
  test('the first use in prose is marked; later ones are not', () => {
    expect(rehype('<p>The LA met. The LA left.</p>')).toBe('<p>The <abbr title="local authority" data-glossary="LA">LA</abbr> met. The LA left.</p>');
  });
  test('links, headings, code and existing abbreviations are left alone, and a hand-written abbr counts as the first use', () => {
    const html = '<h2>LA</h2><p><a href="/x">LA</a> <code>IAG</code> <abbr title="mine">NEET</abbr> then LA, IAG and NEET</p>';
    expect(rehype(html)).toBe(
      '<h2>LA</h2><p><a href="/x">LA</a> <code>IAG</code> <abbr title="mine">NEET</abbr> then <abbr title="local authority" data-glossary="LA">LA</abbr>, <abbr title="Information, Advice and Guidance" data-glossary="IAG">IAG</abbr> and NEET</p>',
    );
  });
});

const page = (main: string) => `<!doctype html><html lang="en"><head><title>LA</title></head><body><header><a href="/">LA</a> LA</header><main id="main">${main}</main></body></html>`;

describe('the page pass (first use per page)', () => {
  test('keeps the first <abbr> of a term and unwraps later ones, leaving every other byte as it was', () => {
    const html = page('<p>An <abbr title="local authority" data-glossary="LA">LA</abbr> here &amp; there.</p><p>Another <abbr title="local authority" data-glossary="LA">LA</abbr>.</p>');
    expect(markPageAbbreviations(html, matcher)).toBe(page('<p>An <abbr title="local authority" data-glossary="LA">LA</abbr> here &amp; there.</p><p>Another LA.</p>'));
  });
  test('a plain first use before a marked one takes the mark', () => {
    const html = page('<p>The LA &amp; the IAG.</p><p><abbr title="local authority" data-glossary="LA">LA</abbr></p>');
    expect(markPageAbbreviations(html, matcher)).toBe(
      page('<p>The <abbr title="local authority" data-glossary="LA">LA</abbr> &amp; the <abbr title="Information, Advice and Guidance" data-glossary="IAG">IAG</abbr>.</p><p>LA</p>'),
    );
  });
  test('only <main> is marked; headings, links, SVG and data-no-abbr regions are skipped, and a stray mark in a link is removed', () => {
    const main = '<h1>LA</h1><a href="/a"><abbr title="local authority" data-glossary="LA">LA</abbr></a><svg><text>LA</text></svg><dl data-no-abbr><dt>LA</dt></dl><p>LA</p>';
    expect(markPageAbbreviations(page(main), matcher)).toBe(
      page('<h1>LA</h1><a href="/a">LA</a><svg><text>LA</text></svg><dl data-no-abbr><dt>LA</dt></dl><p><abbr title="local authority" data-glossary="LA">LA</abbr></p>'),
    );
  });
  test('a page without <main> or without any term is returned unchanged', () => {
    expect(markPageAbbreviations('<p>LA</p>', matcher)).toBe('<p>LA</p>');
    expect(markPageAbbreviations(page('<p>nothing here</p>'), matcher)).toBe(page('<p>nothing here</p>'));
  });
});
