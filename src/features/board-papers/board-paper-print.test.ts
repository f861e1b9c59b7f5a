// The pure parts behind board papers in print: the annex's figures, the footer's CSS strings, reproducible PDFs.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { annexTitle, buildAnnex } from './grid-annex.ts';
import { cssString, longDate, paperPrintCss } from '../../site/print-css.ts';
import { reproduciblePdf } from '../../../scripts/lib/pdf-reproducible.ts';
import type { Grid } from '../../content/schemas/grid.ts';
import type { Published } from '../../content/schemas/published.ts';

const grid = parse(readFileSync('data/grid.yaml', 'utf8')) as Grid;
const published = parse(readFileSync('data/published/extent-2013.yaml', 'utf8')) as Published;
const headers = Object.fromEntries(
  (['organisation', 'activity'] as const).map((id) => [id, { printed: published.strands[id].printed, notes: (published.strands[id].corrections ?? []).map((c) => ({ level: c.level, note: c.note })) }]),
);

describe('the grid annex', () => {
  const annex = buildAnnex(grid.strands, published.counts, 18, headers);

  test('is titled with the number of boroughs', () => {
    expect(annex.title).toBe('The extent of 14-19 partnership organisation and activity in 18 London boroughs');
    expect(annexTitle(3)).toBe('The extent of 14-19 partnership organisation and activity in 3 London boroughs');
  });

  test('draws one x per borough beside each count, and Not mentioned has no descriptor', () => {
    const seniority = annex.strands[0]!.rows.find((r) => r.id === 'seniority-of-membership')!;
    expect(seniority.cells.map((c) => [c.level, c.tally, c.count, c.descriptor === undefined])).toEqual([
      ['low', 'xx', 2, false],
      ['medium', 'x'.repeat(14), 14, false],
      ['high', '', 0, false],
      ['not-mentioned', 'xx', 2, true],
    ]);
  });

  test('totals come from the rows; a printed figure that differs is kept beside them with its note', () => {
    const [organisation, activity] = annex.strands;
    expect(organisation!.totals.map((t) => [t.count, t.printed])).toEqual([[62, undefined], [91, undefined], [41, undefined], [4, undefined]]);
    const nm = activity!.totals.find((t) => t.level === 'not-mentioned')!;
    expect([nm.count, nm.printed]).toEqual([93, 102]);
    expect(nm.note).toContain('49 + 102 + 44 + 93 = 288');
  });
});

describe('print stylesheet for a paper', () => {
  test('CSS strings escape quotes, backslashes and line breaks', () => {
    expect(cssString('Item "7" \\ a\nb')).toBe('"Item \\"7\\" \\\\ a b"');
  });
  test('the footer names the board, date and item', () => {
    const css = paperPrintCss({ left: `Young People's Board · ${longDate('2013-03-19')}`, centre: 'Item no: 7' });
    expect(css).toContain(`@bottom-left { content: "Young People's Board · 19 March 2013"; }`);
    expect(css).toContain('@bottom-center { content: "Item no: 7"; }');
  });
});

describe('reproducible PDFs', () => {
  const pdf = (date: string, ids: number[]) =>
    Buffer.from(`%PDF-1.4\n1 0 obj\n<</CreationDate (D:${date}+00'00')\n/ModDate (D:${date}+00'00')>>\n${ids.map((n) => `<</ID (node${String(n).padStart(8, '0')})>>`).join('\n')}\n%%EOF\n`, 'latin1');

  test('two prints at different times, from different renderer processes, come out identical and the same length', () => {
    const a = reproduciblePdf(pdf('20260101120000', [113, 114, 119, 125]));
    const b = reproduciblePdf(pdf('20270505235959', [212, 213, 218, 224]));
    expect(a.equals(b)).toBe(true);
    expect(a.length).toBe(pdf('20260101120000', [113, 114, 119, 125]).length);
    expect(a.toString('latin1')).toContain('(node00000001)');
    expect(a.toString('latin1')).not.toContain('D:2026');
  });
});
