// The glossary's <abbr> mark-up on its own (the pass over each page's <main>): which words match, first use only, what is never touched, and safe output.
import { describe, expect, test } from 'vitest';
import { buildMatcher, markFirstUses } from './abbreviations.ts';

const matcher = buildMatcher([
  { term: 'IAG', expansion: 'Information, Advice and Guidance' },
  { term: 'CEIAG', expansion: 'careers education, information, advice and guidance' },
  { term: 'LA', expansion: 'local authority' },
  { term: 'LAA', expansion: 'Local Area Agreement' },
  { term: 'NEET', expansion: 'not in education, employment or training', aliases: ['NEETs'] },
  { term: 'YPES', expansion: "Young People's Education and Skills" },
]);
/** The marked forms and the entry each belongs to, e.g. "NEETs=NEET". */
const forms = (text: string) => [...markFirstUses(`<p>${text}</p>`, matcher).matchAll(/data-glossary="([^"]+)">([^<]+)</g)].map((m) => `${m[2]}=${m[1]}`);

describe('matching', () => {
  test('whole words only: IAG is not found inside CEIAG, LA not inside LAA or "LAB"', () => {
    expect(forms('CEIAG and IAG; the LAA, the LA and LAB')).toEqual(['CEIAG=CEIAG', 'IAG=IAG', 'LAA=LAA', 'LA=LA']);
  });
  test('aliases and plain plurals belong to their entry', () => {
    expect(forms('NEETs, NEET and two LAs')).toEqual(['NEETs=NEET', 'LAs=LA']);
  });
  test('case matters, and entities are not words', () => {
    expect(forms('la, Neet and &LA; are not acronyms')).toEqual([]);
  });
});

const LA = '<abbr title="local authority" data-glossary="LA">LA</abbr>';
const IAG = '<abbr title="Information, Advice and Guidance" data-glossary="IAG">IAG</abbr>';
const mark = (html: string) => markFirstUses(html, matcher);

describe('first use per page', () => {
  test('the first use of each term is marked, later ones are not, and every other byte stays as it was', () => {
    expect(mark('<p>The LA &amp; the &lt;LA&gt; met.</p><p>The LA left with NEETs.</p>')).toBe(
      `<p>The ${LA} &amp; the &lt;LA&gt; met.</p><p>The LA left with <abbr title="not in education, employment or training" data-glossary="NEET">NEETs</abbr>.</p>`,
    );
  });
  test('an expansion with a quote is escaped in the attribute', () => {
    expect(mark('<p>YPES</p>')).toBe('<p><abbr title="Young People&#39;s Education and Skills" data-glossary="YPES">YPES</abbr></p>');
  });
  test('links, headings, code, SVG and data-no-abbr or aria-hidden regions are left alone, however deeply nested', () => {
    const html =
      '<h2 id="x">LA</h2><a href="/a"><span>LA</span></a><code>IAG</code><svg viewBox="0 0 1 1"><text>LA</text><path d="M0 0"/></svg>' +
      '<div data-no-abbr><div><p>LA</p></div><p>IAG</p></div><span aria-hidden="true">LA</span><p>LA and IAG</p>';
    expect(mark(html)).toBe(html.replace('<p>LA and IAG</p>', `<p>${LA} and ${IAG}</p>`));
  });
  test('a term in the attribute of a region left alone does not let the region be marked', () => {
    const html = '<div data-no-abbr title="LA"><p>LA</p></div><p>LA</p>';
    expect(mark(html)).toBe(html.replace('<p>LA</p></div><p>LA</p>', `<p>LA</p></div><p>${LA}</p>`));
  });
  test('a hand-written abbr counts as the first use of its term', () => {
    expect(mark('<p><abbr title="mine">LA</abbr> then LA and IAG</p>')).toBe(`<p><abbr title="mine">LA</abbr> then LA and ${IAG}</p>`);
  });
  test('attribute values, comments, scripts and void elements are not text', () => {
    const html = '<img alt="LA" src="x.png"><!-- LA --><script>const s = "<p>LA</p>";</script><input value="IAG"><p title="a > LA">IAG</p>';
    expect(mark(html)).toBe(html.replace('>IAG</p>', `>${IAG}</p>`));
  });
  test('text with no term, or a stray "<", is returned unchanged', () => {
    expect(mark('<p>nothing here</p>')).toBe('<p>nothing here</p>');
    expect(mark('<p>1 < 2, LA</p>')).toBe(`<p>1 < 2, ${LA}</p>`);
  });
});
