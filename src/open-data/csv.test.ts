// The CSV writer against RFC 4180, Excel's needs and formula injection, and the download rows against the content's shape.
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { BOM, needsFormulaGuard, toCsv } from './csv.ts';
import { assessmentsOf, GRID_COLUMNS, gridRows, keys, RATINGS_COLUMNS, ratingRows, ratingsJson, TALLY_COLUMNS, tallyRows, wideRows, type DatasetInput, type StrandLike } from './tables.ts';
import type { Borough } from '../content/schemas/borough.ts';

const parseCsv = (text: string) => Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

describe('toCsv', () => {
  test('starts with a UTF-8 byte order mark and ends every line, the last too, with CRLF', () => {
    const csv = toCsv(['a', 'b'], [{ a: 'x', b: 'y' }, { a: 'z', b: 'w' }]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv).toBe(`${BOM}a,b\r\nx,y\r\nz,w\r\n`);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  test('quotes fields with a comma, a quote or a line break, doubling quotes, and leaves others bare', () => {
    const csv = toCsv(['v'], [{ v: 'plain' }, { v: 'a, b' }, { v: 'say "hi"' }, { v: 'two\nlines' }, { v: 'crlf\r\ninside' }, { v: 'Meetings – “decisions”' }]);
    expect(csv.split('\r\n').slice(1, 4)).toEqual(['plain', '"a, b"', '"say ""hi"""']);
    expect(csv).toContain('"two\nlines"\r\n');
    expect(csv).toContain('"crlf\r\ninside"\r\n');
    expect(csv).toContain('Meetings – “decisions”\r\n');
  });

  test('writes numbers and booleans as they are, and nothing for a missing value', () => {
    expect(toCsv(['n', 'b', 'e'], [{ n: -3, b: true, e: undefined }, { n: 0, b: false, e: null }])).toBe(`${BOM}n,b,e\r\n-3,true,\r\n0,false,\r\n`);
  });

  test.each([
    ['=SUM(A1:A9)', `"'=SUM(A1:A9)"`],
    ['+44 20 7946 0000', `"'+44 20 7946 0000"`],
    ['-1+1', `"'-1+1"`],
    ['@cmd', `"'@cmd"`],
    ['\tTAB', `"'\tTAB"`],
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['=1+1\nsecond line', `"'=1+1\nsecond line"`],
  ])('guards %j against formula injection with a leading apostrophe', (value, written) => {
    expect(needsFormulaGuard(value)).toBe(true);
    expect(toCsv(['v'], [{ v: value }])).toBe(`${BOM}v\r\n${written}\r\n`);
  });

  test('leaves text that merely contains those characters alone', () => {
    expect(needsFormulaGuard('a=b')).toBe(false);
    expect(needsFormulaGuard(-1)).toBe(false);
    expect(toCsv(['v'], [{ v: 'a=b, c-d' }])).toBe(`${BOM}v\r\n"a=b, c-d"\r\n`);
  });

  test('drops characters XML and spreadsheets cannot hold (control characters, U+FFFE, lone surrogates), keeping tab and line breaks', () => {
    expect(toCsv(['v'], [{ v: 'a\u0000b\u0001c\u000Bd\u000Ce\u001Ff\uFFFEg\uD800h \u{1F600}' }])).toBe(`${BOM}v\r\nabcdefgh \u{1F600}\r\n`);
    expect(toCsv(['v'], [{ v: '\u0001=HYPERLINK("x")' }])).toBe(`${BOM}v\r\n"'=HYPERLINK(""x"")"\r\n`);
  });

  test('round-trips through a CSV parser, apostrophes apart', () => {
    const values = ['plain', 'a, b', 'say "hi"', 'two\r\nlines', '=danger', ' padded ', 'Borough’s – test'];
    const rows = parseCsv(toCsv(['v', 'n'], values.map((v, n) => ({ v, n }))));
    expect(rows[0]).toEqual(['v', 'n']);
    expect(rows.slice(1).map((r) => r[0])).toEqual(values.map((v) => (needsFormulaGuard(v) ? `'${v}` : v)));
    expect(rows.slice(1).map((r) => Number(r[1]))).toEqual(values.map((_, n) => n));
  });
});

const strands: StrandLike[] = [
  { id: 'organisation', title: 'Partnership organisation', dimensions: [
    { id: 'structure', number: 2, title: 'Structure', short: 'Structure', descriptors: { low: 'No main partnership, but some groups', medium: 'M', high: 'H' }, examples: ['schools', 'colleges'] },
  ] },
  { id: 'activity', title: 'Partnership activity', dimensions: [
    { id: 'rpa', number: 3, title: 'RPA', short: 'RPA', descriptors: { low: 'L', medium: 'M', high: 'H' }, notes: { medium: 'Printed twice.' } },
  ] },
];
const boroughs: Borough[] = [
  { name: 'Borough A', slug: 'borough-a', anonymised: true, assessment: { round: 'r', date: '2012-12', source: 's' }, ratings: { structure: { level: 'high', evidence: 'Said "yes", twice' }, rpa: { level: 'not-mentioned' } } },
  { name: 'Hackney', slug: 'hackney', anonymised: false, assessment: { round: 'r', date: '2026', source: 's' }, ratings: { structure: { level: 'low' }, rpa: { level: 'medium', evidence: '-ve trend' } } },
];

const input: DatasetInput = {
  strands,
  rounds: [{ id: 'r', title: 'R', kind: 'research', from: '2012-09', to: '2013-03' }, { id: 's', title: 'S', kind: 'self-assessment', from: '2026-09', to: '2027-07' }],
  assessments: [
    ...assessmentsOf(boroughs),
    { round: 's', borough: { name: 'Hackney', slug: 'hackney', anonymised: false }, date: '2027-01', source: 'own', ratings: { structure: { level: 'high' }, rpa: { level: 'high' } } },
  ],
  published: {},
};

describe('the download rows', () => {
  test('ratings: one row per borough and dimension, in the documented column order', () => {
    const rows = parseCsv(toCsv(keys(RATINGS_COLUMNS), ratingRows(strands, assessmentsOf(boroughs))));
    expect(rows).toEqual([
      ['round', 'borough', 'slug', 'anonymised', 'strand', 'dimension', 'number', 'title', 'level', 'evidence'],
      ['r', 'Borough A', 'borough-a', 'true', 'organisation', 'structure', '2', 'Structure', 'high', 'Said "yes", twice'],
      ['r', 'Borough A', 'borough-a', 'true', 'activity', 'rpa', '3', 'RPA', 'not-mentioned', ''],
      ['r', 'Hackney', 'hackney', 'false', 'organisation', 'structure', '2', 'Structure', 'low', ''],
      ['r', 'Hackney', 'hackney', 'false', 'activity', 'rpa', '3', 'RPA', 'medium', "'-ve trend"],
    ]);
  });

  test('grid: descriptors, examples and source notes per dimension', () => {
    const rows = parseCsv(toCsv(keys(GRID_COLUMNS), gridRows(strands)));
    expect(rows[0]).toEqual(GRID_COLUMNS.map((c) => c.key));
    expect(rows[1]).toEqual(['organisation', 'Partnership organisation', 'structure', '2', 'Structure', 'Structure', 'No main partnership, but some groups', 'M', 'H', 'schools; colleges', '']);
    expect(rows[2]!.at(-1)).toBe('Medium: Printed twice.');
  });

  test('tallies: per round, published beside counted, four levels per dimension, tally marks only where they differ', () => {
    const counts = { low: 1, medium: 0, high: 1, 'not-mentioned': 0 };
    const rows = tallyRows({ ...input, published: { r: { structure: { ...counts, tallies: { low: 2 } }, rpa: counts } } });
    expect(rows).toHaveLength(16);
    expect(rows[0]).toMatchObject({ round: 'r', dimension: 'structure', level: 'low', published: 1, counted: 1, tally_marks: 2 });
    expect(rows[1]).toMatchObject({ level: 'medium', tally_marks: '' });
    expect(rows[5]).toMatchObject({ dimension: 'rpa', level: 'medium', published: 0, counted: 1 });
    // A round with no published table: its counts, and nothing in the published column.
    expect(rows[8]).toMatchObject({ round: 's', dimension: 'structure', level: 'low', published: '', counted: 0 });
    expect(rows.filter((r) => r.round === 's').reduce((n, r) => n + Number(r.counted), 0)).toBe(2);
    expect(Object.keys(rows[0]!)).toEqual(keys(TALLY_COLUMNS));
  });

  test('grid-wide: one row per assessment, one column per dimension', () => {
    expect(wideRows(strands, input.assessments)).toEqual([
      { round: 'r', borough: 'Borough A', slug: 'borough-a', anonymised: true, structure: 'high', rpa: 'not-mentioned' },
      { round: 'r', borough: 'Hackney', slug: 'hackney', anonymised: false, structure: 'low', rpa: 'medium' },
      { round: 's', borough: 'Hackney', slug: 'hackney', anonymised: false, structure: 'high', rpa: 'high' },
    ]);
  });

  test('ratings.json holds the same ratings, keyed by dimension id, evidence only where given', () => {
    const doc = JSON.parse(ratingsJson({ title: 't', publisher: 'p', licence: { name: 'OGL', url: 'https://x' }, notice: 'sample', version: '1.0.0' }, input));
    expect(doc.notice).toBe('sample');
    expect(doc.version).toBe('1.0.0');
    expect(doc.strands.map((s: { id: string }) => s.id)).toEqual(['organisation', 'activity']);
    expect(doc.boroughs.map((b: { slug: string }) => b.slug)).toEqual(['borough-a', 'hackney']);
    expect(doc.boroughs[0].assessments[0].ratings).toEqual({ structure: { level: 'high', evidence: 'Said "yes", twice' }, rpa: { level: 'not-mentioned' } });
    expect(doc.boroughs[1].assessments.map((a: { round: string }) => a.round)).toEqual(['r', 's']);
    expect(doc.boroughs[1].assessments[0].ratings.rpa.evidence).toBe('-ve trend');
  });
});
