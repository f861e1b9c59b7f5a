// One CSV writer for every download: RFC 4180 by papaparse, a BOM so Excel reads UTF-8, and no cell a spreadsheet would run.
import Papa from 'papaparse';
import { plainText } from './plain-text.ts';

export const BOM = '\uFEFF';
export const CRLF = '\r\n';

/** Cells starting like a formula (=, +, -, @, tab or carriage return) get a leading apostrophe, as OWASP advises. */
export const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvValue = string | number | boolean | null | undefined;

/** True when a text cell would be guarded with an apostrophe (numbers and booleans never are). */
export function needsFormulaGuard(value: CsvValue): boolean {
  return typeof value === 'string' && FORMULA_START.test(value);
}

/**
 * A complete CSV file: BOM, a header row of `columns`, one line per row, CRLF line ends (the last line too).
 * Fields holding a comma, quote or line break are quoted, with quotes doubled; characters XML forbids are dropped.
 */
export function toCsv<K extends string>(columns: readonly K[], rows: readonly Record<K, CsvValue>[]): string {
  const body = Papa.unparse(
    { fields: [...columns], data: rows.map((r) => columns.map((c) => { const v = r[c] ?? ''; return typeof v === 'string' ? plainText(v) : v; })) },
    { newline: CRLF, quotes: false, escapeFormulae: FORMULA_START, header: true },
  );
  return BOM + body + CRLF;
}

/** An endpoint's response for a CSV download. */
export function csvResponse(text: string): Response {
  return new Response(text, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
