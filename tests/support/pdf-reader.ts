// Reads PDFs with Debian's poppler-utils (pdfinfo, pdftotext): page sizes, text, and where each word sits.
import { spawnSync } from 'node:child_process';

function run(tool: string, args: string[]): string {
  const result = spawnSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw new Error(`${tool} is not installed: apt-get install poppler-utils (${result.error.message})`);
  if (result.status !== 0) throw new Error(`${tool} ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

export interface PdfPage {
  width: number;
  height: number;
}

/** The document's title and each page's size in points. */
export function pdfInfo(file: string): { title: string; pages: PdfPage[] } {
  const out = run('pdfinfo', ['-f', '1', '-l', '9999', file]);
  const title = /^Title:\s*(.*)$/m.exec(out)?.[1]?.trim() ?? '';
  const pages = [...out.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
  return { title, pages };
}

/** The text of one page (1-based), or of the whole document, in reading order. */
export function pdfText(file: string, page?: number): string {
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  return run('pdftotext', [...range, '-layout', file, '-']);
}

export interface PdfWord {
  page: number;
  pageWidth: number;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
  text: string;
}

/** Every word with its box, from pdftotext -bbox (poppler drops glyphs that fall wholly outside the page). */
export function pdfWords(file: string): PdfWord[] {
  const html = run('pdftotext', ['-bbox', file, '-']);
  const words: PdfWord[] = [];
  let page = 0;
  let pageWidth = 0;
  for (const m of html.matchAll(/<page width="([\d.]+)"|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
    if (m[1]) {
      page++;
      pageWidth = Number(m[1]);
    } else words.push({ page, pageWidth, xMin: Number(m[2]), yMin: Number(m[3]), xMax: Number(m[4]), yMax: Number(m[5]), text: m[6]! });
  }
  return words;
}

export const MM = 72 / 25.4;

/** A word's type size in points: pdftotext's box is the font's full height, 1.116 times its size (8 pt text measures 8.93).
 * A word set sideways (a rotated column heading) is much taller than wide: its size is then its width. */
export function pointSize(w: Pick<PdfWord, 'xMin' | 'xMax' | 'yMin' | 'yMax' | 'text'>): number {
  const width = w.xMax - w.xMin;
  const height = w.yMax - w.yMin;
  const sideways = w.text.replace(/&\w+;/g, '&').length > 3 && height > width * 1.5;
  return (sideways ? width : height) / 1.116;
}
