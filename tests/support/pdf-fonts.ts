// Text sizes in a PDF, from pdftotext -bbox: a word's box runs from the font's ascent to its descent.
import { spawnSync } from 'node:child_process';

export interface SizedWord {
  page: number;
  text: string;
  /** The word box's height in points: about 1.12 × the font size for Liberation Sans (Arial), 1.16 for DejaVu Sans. */
  height: number;
}

/**
 * The height a word of 9 pt type reaches in the fonts the PDFs use (9 × 1.117 = 10.05 pt in Liberation Sans,
 * 9 × 1.164 = 10.48 pt in DejaVu Sans); 8.5 pt DejaVu Sans reaches only 9.9 pt, so anything below this is under 9 pt.
 */
export const NINE_POINT_HEIGHT = 10;

export function sizedWords(file: string): SizedWord[] {
  const result = spawnSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error || result.status !== 0) throw new Error(`pdftotext -bbox ${file} failed (apt-get install poppler-utils): ${result.error?.message ?? result.stderr}`);
  const words: SizedWord[] = [];
  let page = 0;
  for (const m of result.stdout.matchAll(/<page |<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
    if (!m[1]) page++;
    else words.push({ page, text: m[3]!, height: Number(m[2]) - Number(m[1]) });
  }
  return words;
}
