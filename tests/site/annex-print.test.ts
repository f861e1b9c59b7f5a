// The board paper's annex as printed by the build: on landscape pages, and no word on them under 8 pt (measured with pdftotext -bbox).
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { MM, pdfInfo, pdfWords, pointSize } from '../support/pdf-reader.ts';
import { SITE_DIR } from '../support/site.ts';

const PAPER = join(SITE_DIR, 'pdf', 'board-papers', '2013-03-19-partnership-research.pdf');

test('the annex pages of the board paper PDF set no word under 8 pt', () => {
  const { pages } = pdfInfo(PAPER);
  const annexPages = new Set(pages.flatMap((p, i) => (p.width > p.height && Math.abs(p.width - 297 * MM) < 1.5 ? [i + 1] : [])));
  expect(annexPages.size).toBeGreaterThanOrEqual(1);
  const words = pdfWords(PAPER).filter((w) => annexPages.has(w.page));
  expect(words.map((w) => w.text).join(' ')).toContain('(boroughs ×');
  const smallest = Math.min(...words.map(pointSize));
  console.log(`board paper annex: ${annexPages.size} landscape pages, smallest word ${smallest.toFixed(2)} pt`);
  expect(smallest).toBeGreaterThanOrEqual(7.95);
});
