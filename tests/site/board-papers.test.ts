// The board paper page: numbers from structure, references resolved, the header block, and the regenerated annex.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readPage, SITE_DIR, visibleText } from '../support/site.ts';

const SLUG = '2013-03-19-partnership-research';
const ROUTE = `/board-papers/${SLUG}/`;

describe('the 19 March 2013 board paper', () => {
  const $ = readPage(ROUTE);
  const numbers = $('[data-para]').map((_, el) => $(el).attr('data-para')).get();

  test('sections, paragraphs and sub-paragraphs are numbered as in the paper the board received', () => {
    expect(numbers.filter((n) => !n.includes('.'))).toEqual(['1', '2', '3', '4', '5']);
    expect(numbers.filter((n) => n.startsWith('1.'))).toEqual(['1.1', '1.1.1', '1.1.2', '1.1.3', '1.1.4', '1.1.5', '1.1.6', '1.1.7', '1.2', '1.2.1', '1.2.2', '1.3']);
    expect(numbers).toContain('3.2.1');
    expect(numbers).toContain('3.2.3');
    expect(numbers.at(-1)).toBe('5.1');
    expect(visibleText($('#para-3-2-1'))).toMatch(/^3\.2\.1 Most boroughs have a partnership/);
    expect(visibleText($('#progress-and-key-findings'))).toBe('3 Progress and Key findings');
  });

  test('cross-references print the number of the paragraph they point to, and link to it', () => {
    const refs = $('a.para-ref').map((_, el) => `${visibleText($(el))} → ${$(el).attr('href')}`).get();
    expect(refs).toEqual(['paragraph 1.1 → #vision-areas', 'paragraph 1.2 → #research-this-year', 'paragraph 3 → #progress-and-key-findings', 'paragraph 4 → #next-steps']);
    for (const ref of refs) expect($(ref.split(' → ')[1]!).length).toBe(1);
    expect($('main').text()).not.toMatch(/paragraph \?|ParaRef|<Anchor/);
  });

  test('the header block and the summary box hold the paper’s fields', () => {
    expect(visibleText($('.paper-board'))).toBe("Young People's Education and Skills Board");
    expect(visibleText($('h1'))).toBe('Partnership & Collaboration: Research Recommendations');
    const meta = $('.paper-meta div').map((_, el) => visibleText($(el))).get();
    expect(meta).toEqual(expect.arrayContaining(['Item no: 7', 'Report by: Mary Vine-Morris', 'Date: 19 March 2013', "Contact officer: Peter O'Brien", 'Telephone: 020 7934 9743']));
    const box = $('table.paper-summary');
    expect(box.find('caption').length).toBe(1);
    expect(box.find('th[scope="row"]').map((_, el) => visibleText($(el))).get()).toEqual(['Summary', 'Recommendation']);
  });

  test('the print stylesheet gives the running footer its item number', () => {
    const href = $('link[rel="stylesheet"][media="print"]').attr('href')!;
    const css = readFileSync(join(SITE_DIR, href), 'utf8');
    expect(css).toContain('@bottom-center { content: "Item no: 7"; }');
    expect(css).toContain("Young People's Education and Skills Board · 19 March 2013");
  });

  test('the page links its PDF with a plain link, and the build made it', () => {
    const link = $('a[href$=".pdf"]');
    expect(link.attr('href')).toBe(`/pdf/board-papers/${SLUG}.pdf`);
    expect(existsSync(join(SITE_DIR, 'pdf/board-papers', `${SLUG}.pdf`))).toBe(true);
  });
});

describe('the annex: the tabled paper regenerated from the borough data', () => {
  const $ = readPage(ROUTE);
  const annex = $('.grid-annex');

  test('it is titled with the number of boroughs counted, and says the boroughs are reconstructions', () => {
    expect(annex.length).toBe(1);
    expect(visibleText(annex.find('h2'))).toBe('Annex: The extent of 14-19 partnership organisation and activity in 18 London boroughs');
    expect(visibleText(annex)).toContain('The boroughs are anonymised reconstructions consistent with the published counts');
  });

  test('a real table per strand, a row per dimension, with a repeated header row', () => {
    const tables = annex.find('table');
    expect(tables.length).toBe(2);
    expect(tables.map((_, t) => $(t).find('tbody tr').length).get()).toEqual([11, 16]);
    tables.each((_, t) => {
      expect($(t).find('caption').length).toBe(1);
      expect($(t).find('thead th[scope="col"]').map((_, th) => visibleText($(th))).get().slice(1)).toEqual(['Low', 'Medium', 'High', 'Not mentioned']);
      expect($(t).find('tbody th[scope="row"]').length).toBe($(t).find('tbody tr').length);
    });
  });

  test('each cell has its descriptor, one x per borough and the count, as on the tabled paper', () => {
    const row = annex.find('tbody tr').first();
    expect(visibleText(row.find('th'))).toBe('1. Partnership history/background');
    const cells = row.find('td').map((_, td) => visibleText($(td))).get();
    expect(cells).toEqual([
      'Weak partnership history – affected by increased competition xx 2',
      'History of partnership but not developing in the new context xxxxxxxxx 9',
      'History of partnership & reshaped in the current policy context xxxxxxx 7',
      '0',
    ]);
    const he = annex.find('tbody tr').filter((_, tr) => visibleText($(tr).find('th')) === '11. Progression to HE');
    expect(visibleText(he.find('td').last())).toBe(`${'x'.repeat(15)} 15`);
  });

  test('strand totals: the printed activity erratum "Not mentioned 102" sits beside the corrected 93, with its note', () => {
    const totals = annex.find('tr.annex-totals').map((_, tr) => $(tr).find('td').map((_, td) => visibleText($(td))).get().join(' | ')).get();
    expect(totals).toEqual(['62 | 91 | 41 | 4', '49 | 102 | 44 | 93 (printed as 102*)']);
    const note = annex.find('.annex-note');
    expect(visibleText(note)).toContain('the tabled paper prints “Not mentioned 102”; the rows add up to 93');
    expect(annex.find('tr.annex-totals a').attr('href')).toBe(`#${note.attr('id')}`);
  });
});

describe('the board papers index', () => {
  test('lists each paper with its page and its PDF', () => {
    const $ = readPage('/board-papers/');
    const row = $('table.papers-table tbody tr').first();
    expect(visibleText(row)).toContain('19 March 2013');
    expect(row.find('a').map((_, a) => $(a).attr('href')).get()).toEqual([ROUTE, `/pdf/board-papers/${SLUG}.pdf`]);
  });
});

test('every borough page links its PDF', () => {
  const $ = readPage('/boroughs/borough-a/');
  expect($('a[href="/pdf/boroughs/borough-a.pdf"]').length).toBe(1);
});
