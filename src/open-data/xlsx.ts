// The spreadsheet for people, after the GOV.UK guidance on accessible spreadsheets: a cover sheet, contents, notes,
// then one table per sheet with a title above it, no merged cells, no blank rows, levels as words. Byte for byte
// reproducible: the workbook's dates come from the release, and the zip is rewritten with one fixed entry date.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { PackageMeta } from './datapackage.ts';
import type { Erratum } from './dataset.ts';
import type { ColumnDoc, Row, Table } from './tables.ts';
import { plainText } from './plain-text.ts';
import { type Level, LEVELS, LEVEL_LABEL } from '../domain/levels.ts';

/** What the cover says (as the Data Package does), the errata for the notes sheet, and the tables. */
export interface XlsxContent extends PackageMeta {
  errata: Erratum[];
  tables: readonly Table[];
}

/** A sheet of the workbook as plain cells: what the tests compare a read-back workbook with. */
export interface SheetPlan {
  name: string;
  title: string;
  intro: string;
  /** For a table sheet: its header and rows (cells as written). Absent on the cover sheet. */
  header?: string[];
  rows: (string | number | boolean | null)[][];
}

const LEVEL_WORDS = new Set<string>(LEVELS);
/** Levels become words (“Not mentioned”); empty cells become null, so no cell holds an empty string. */
function cell(column: ColumnDoc, value: Row[string]): string | number | boolean | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string') return value;
  if (column.values === LEVELS && LEVEL_WORDS.has(value)) return LEVEL_LABEL[value as Level];
  return plainText(value);
}

/** The table sheets, in the order a reader wants them: the grid first. */
const SHEET_FOR: Record<string, { name: string; intro: string }> = {
  'grid-wide': { name: 'Grid', intro: 'One row per borough and round, one column per dimension (O = partnership organisation, A = partnership activity), with the level as a word.' },
  ratings: { name: 'Ratings', intro: 'One row per borough, round and dimension, with the evidence for the rating where given.' },
  tallies: { name: 'Tallies', intro: 'Per round, dimension and level: the count printed in the published table beside the count of this site’s boroughs. Empty cells: no published table for the round, or tally marks that agree with the count.' },
  grid: { name: 'Dimensions', intro: 'The analytical grid: each dimension with its Low, Medium and High descriptors, word for word from the source.' },
  rounds: { name: 'Rounds', intro: 'The assessment rounds.' },
};

/** The sheets in order, cell by cell: the one description the writer follows and the tests check against. */
export function sheetPlan(c: XlsxContent): SheetPlan[] {
  const order = Object.keys(SHEET_FOR);
  const sorted = [...c.tables].sort((a, b) => (order.indexOf(a.name) + 1 || 99) - (order.indexOf(b.name) + 1 || 99));
  const tableSheets: SheetPlan[] = sorted.map((t) => ({
    name: SHEET_FOR[t.name]?.name ?? t.title,
    title: `${t.title}: ${c.title}, version ${c.version}`,
    intro: `This worksheet contains one table. ${SHEET_FOR[t.name]?.intro ?? t.summary} Also published as ${t.path.replace(/^data\//, '')}.`,
    header: t.columns.map((col) => col.title),
    rows: t.rows.map((r) => t.columns.map((col) => cell(col, r[col.key]))),
  }));
  const notes: SheetPlan = {
    name: 'Notes',
    title: 'Notes: errors in the published source, and how they are shown',
    intro: 'This worksheet contains one table. Where the source disagrees with itself, the printed figure is kept and the correction sits beside it.',
    header: ['Note', 'Where in the source', 'Printed', 'Correction', 'Explanation'],
    rows: c.errata.map((e, i) => [`[note ${i + 1}]`, plainText(e.where), plainText(e.printed), plainText(e.correction), plainText(e.note)]),
  };
  const contents: SheetPlan = {
    name: 'Contents',
    title: 'Contents',
    intro: 'This worksheet contains one table: the worksheets of this workbook and what each holds.',
    header: ['Worksheet', 'What it holds', 'Rows in its table'],
    rows: [
      ['Cover', 'What this data is, where it comes from, its licence and version', 'Not a table'],
      ['Contents', 'This list', 3 + tableSheets.length],
      [notes.name, notes.title, notes.rows.length],
      ...tableSheets.map((s) => [s.name, s.intro.replace(/^This worksheet contains one table\. /, ''), s.rows.length] as (string | number)[]),
    ],
  };
  const cover: SheetPlan = {
    name: 'Cover',
    title: plainText(c.title),
    intro: plainText(c.description),
    rows: [
      ['Anonymisation'],
      [plainText(c.notice ?? 'Every borough is named as itself.')],
      ['Source'],
      ...c.sources.map((s) => [plainText(`${s.title}. ${s.publisher}, ${s.date}.`)]),
      ['Publisher'],
      [plainText(c.publisher)],
      ['Licence'],
      [plainText(`${c.licence.name}: ${c.licence.url}`)],
      ['Version'],
      [`${c.version}, released ${c.released}. What changed in each release: ${c.homepage}changes/`],
      ['More information'],
      [`Column definitions, CSV and JSON versions of every table: ${c.homepage}`],
      ['Notes'],
      ['Errors in the published source and how they are shown are on the Notes worksheet. Levels are Low, Medium, High or Not mentioned: the evidence was silent, which is not the same as Low.'],
    ],
  };
  return [cover, contents, notes, ...tableSheets];
}

const COVER_HEADINGS = new Set(['Anonymisation', 'Source', 'Publisher', 'Licence', 'Version', 'More information', 'Notes']);
/** The table starts on this row: a title in A1, a sentence in A2, the header in A3 (GOV.UK: no blank rows). */
export const TABLE_ROW = 3;

export async function workbookBuffer(c: XlsxContent): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const date = new Date(`${c.released}T00:00:00Z`);
  wb.creator = plainText(c.publisher);
  wb.lastModifiedBy = plainText(c.publisher);
  wb.title = plainText(c.title);
  wb.subject = plainText(c.description);
  wb.created = date;
  wb.modified = date;
  wb.calcProperties.fullCalcOnLoad = false;

  for (const sheet of sheetPlan(c)) {
    const ws = wb.addWorksheet(sheet.name, { views: [sheet.header ? { state: 'frozen', xSplit: 0, ySplit: TABLE_ROW, activeCell: 'A4' } : { activeCell: 'A1' }] });
    ws.getCell('A1').value = sheet.title;
    ws.getCell('A1').font = { bold: true, size: 16 };
    ws.getCell('A2').value = sheet.intro;
    if (!sheet.header) {
      sheet.rows.forEach((r, i) => {
        const at = ws.getCell(TABLE_ROW + i, 1);
        at.value = r[0] ?? null;
        if (COVER_HEADINGS.has(String(r[0]))) at.font = { bold: true, size: 13 };
        at.alignment = { wrapText: true, vertical: 'top' };
      });
      ws.getColumn(1).width = 110;
      continue;
    }
    ws.addTable({
      name: `${sheet.name.replace(/\W/g, '')}Table`,
      ref: `A${TABLE_ROW}`,
      headerRow: true,
      totalsRow: false,
      style: { theme: 'TableStyleLight1', showRowStripes: true },
      columns: sheet.header.map((name) => ({ name, filterButton: true })),
      rows: sheet.rows.length ? sheet.rows : [sheet.header.map(() => null)],
    });
    sheet.header.forEach((h, i) => {
      const longest = Math.max(h.length, ...sheet.rows.map((r) => String(r[i] ?? '').length));
      const col = ws.getColumn(i + 1);
      col.width = Math.min(60, Math.max(10, longest + 2));
      if (longest > 60) col.alignment = { wrapText: true, vertical: 'top' };
    });
    ws.getRow(TABLE_ROW).font = { bold: true };
    shareStyles(ws);
  }
  const raw = Buffer.from(await wb.xlsx.writeBuffer({ zip: { compression: 'DEFLATE', compressionOptions: { level: 6 } } } as Partial<ExcelJS.XlsxWriteOptions>));
  return stableZip(raw, date);
}

/**
 * Gives cells whose styles are equal one shared style object. exceljs keeps each cell's style as its own object and
 * works out a style's id by writing it as XML, remembering the answer per object: shared, that is once per style
 * rather than once per cell (a third of the writer's time at 1,000 boroughs). The workbook's bytes do not change.
 */
function shareStyles(ws: ExcelJS.Worksheet): void {
  const shared = new Map<string, Partial<ExcelJS.Style>>();
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      const key = JSON.stringify(cell.style);
      const style = shared.get(key);
      if (style) cell.style = style;
      else shared.set(key, cell.style);
    }),
  );
}

/**
 * Dates every entry of the zip `date`, so the same workbook gives the same bytes, and drops the folder entries. Each
 * entry keeps the compressed data exceljs wrote (JSZip reuses it when the method is the same), so nothing is
 * compressed twice.
 */
export async function stableZip(raw: Buffer, date: Date): Promise<Buffer> {
  const zip = await JSZip.loadAsync(raw);
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir) delete zip.files[name];
    else entry.date = date;
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
