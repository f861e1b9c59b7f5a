// The grid as a standalone SVG for print and papers: laid out with d3 scales, coordinates rounded so the file is byte-stable.
import { scaleBand } from 'd3-scale';
import type { Heatmap, HeatColumn } from './heatmap.ts';
import { legend } from './heatmap.ts';
import { LEVEL_LABEL } from '../../domain/levels.ts';

export interface SvgMeta {
  title: string;
  /** Lines printed under the grid: the sample notice, source and licence. */
  footer: string[];
}

export interface SvgLayout {
  width: number;
  height: number;
  labelWidth: number;
  cell: number;
  headerTop: number;
  gridTop: number;
  columns: { column: HeatColumn; x: number; w: number; labelX: number }[];
  strands: { title: string; x: number; w: number }[];
  rows: { index: number; name: string; y: number; h: number; labelY: number }[];
  legendY: number;
  footerY: number;
}

const MARGIN = 16;
const CELL = 22;
const GAP = 2;
const STRAND_GAP = 12;
const LABEL_WIDTH = 96;
const HEADER = 124;
const FOOTER_LINE = 14;

/** One decimal place at most: enough for print, and stable from run to run. */
export const round = (n: number): number => Math.round(n * 10) / 10;

export function layoutSvg(heatmap: Heatmap, footerLines = 0): SvgLayout {
  const headerTop = 78;
  const gridTop = headerTop + HEADER;
  const columns: SvgLayout['columns'] = [];
  const strands: SvgLayout['strands'] = [];
  let start = MARGIN + LABEL_WIDTH;
  for (const s of heatmap.strands) {
    const end = start + s.columns.length * CELL;
    const x = scaleBand<string>().domain(s.columns.map((c) => c.id)).range([start, end]).paddingInner(GAP / CELL).paddingOuter(GAP / CELL / 2);
    for (const c of s.columns) columns.push({ column: c, x: round(x(c.id)!), w: round(x.bandwidth()), labelX: round(x(c.id)! + x.bandwidth() / 2 + 4) });
    strands.push({ title: s.title, x: round(start), w: round(end - start) });
    start = end + STRAND_GAP;
  }
  const width = round(start - STRAND_GAP + MARGIN);
  const y = scaleBand<number>().domain(heatmap.rows.map((r) => r.index)).range([gridTop, gridTop + heatmap.rows.length * CELL]).paddingInner(GAP / CELL).paddingOuter(GAP / CELL / 2);
  const rows = heatmap.rows.map((r) => ({ index: r.index, name: r.name, y: round(y(r.index)!), h: round(y.bandwidth()), labelY: round(y(r.index)! + y.bandwidth() / 2 + 4) }));
  const legendY = gridTop + heatmap.rows.length * CELL + 20;
  const footerY = legendY + 40;
  return { width, height: footerY + footerLines * FOOTER_LINE + MARGIN, labelWidth: LABEL_WIDTH, cell: CELL, headerTop, gridTop, columns, strands, rows, legendY, footerY };
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A plain-text version of every row, so the SVG's <desc> carries the whole grid for readers who cannot see it. */
export function describeGrid(heatmap: Heatmap): string {
  const key = legend().map((l) => `${l.mark} ${l.label}`).join(', ');
  const rows = heatmap.rows.map((r) => `${r.name}: ${heatmap.strands.map((s) => `${s.title.toLowerCase()} ${s.columns.map((c) => r.cells[c.index]!.mark).join(' ')}`).join('; ')}.`);
  const cols = heatmap.strands.map((s) => `${s.title}: ${s.columns.map((c) => `${c.number} ${c.title}`).join(', ')}.`);
  return [`${heatmap.rows.length} boroughs (rows) by ${heatmap.columns.length} dimensions (columns), each cell a level: ${key}.`, ...cols, ...rows].join(' ');
}

export function heatmapSvg(heatmap: Heatmap, meta: SvgMeta): string {
  const L = layoutSvg(heatmap, meta.footer.length);
  const out: string[] = [];
  const push = (s: string) => out.push(s);
  push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${L.width} ${L.height}" width="${L.width}" height="${L.height}" role="img" aria-labelledby="grid-title grid-desc" font-family="Arial, Helvetica, sans-serif" font-size="11" fill="#0b0c0c">`);
  push(`<title id="grid-title">${escapeXml(meta.title)}</title>`);
  push(`<desc id="grid-desc">${escapeXml(describeGrid(heatmap))}</desc>`);
  push(`<defs><pattern id="not-mentioned" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="4" height="4" fill="#ffffff"/><rect width="1.2" height="4" fill="#6f777b"/></pattern></defs>`);
  push(`<rect width="${L.width}" height="${L.height}" fill="#ffffff"/>`);
  push(`<text x="${MARGIN}" y="28" font-size="16" font-weight="700">${escapeXml(meta.title)}</text>`);
  for (const s of L.strands) {
    push(`<text x="${s.x}" y="${L.headerTop - 10}" font-size="12" font-weight="700">${escapeXml(s.title)}</text>`);
    push(`<line x1="${s.x}" x2="${round(s.x + s.w)}" y1="${L.headerTop - 4}" y2="${L.headerTop - 4}" stroke="#0b0c0c"/>`);
  }
  for (const c of L.columns) {
    push(`<text transform="translate(${c.labelX} ${L.gridTop - 6}) rotate(-90)"><title>${escapeXml(`${c.column.strandTitle} ${c.column.number}: ${c.column.title}`)}</title>${c.column.number} ${escapeXml(c.column.short)}</text>`);
  }
  for (const [i, r] of L.rows.entries()) {
    const row = heatmap.rows[i]!;
    push(`<text x="${MARGIN + L.labelWidth - 8}" y="${r.labelY}" text-anchor="end" font-size="12">${escapeXml(r.name)}</text>`);
    for (const c of L.columns) {
      const cell = row.cells[c.column.index]!;
      const fill = cell.level === 'not-mentioned' ? 'url(#not-mentioned)' : cell.fill;
      push(
        `<g class="cell lv-${cell.level}"><title>${escapeXml(cell.spoken)}</title>` +
          `<rect x="${c.x}" y="${r.y}" width="${c.w}" height="${r.h}" fill="${fill}" stroke="${cell.level === 'not-mentioned' ? '#6f777b' : 'none'}"/>` +
          `<text x="${round(c.x + c.w / 2)}" y="${r.labelY}" text-anchor="middle" font-weight="700" fill="${cell.ink}">${escapeXml(cell.mark)}</text></g>`,
      );
    }
  }
  let x = MARGIN;
  for (const item of legend()) {
    const fill = item.level === 'not-mentioned' ? 'url(#not-mentioned)' : item.fill;
    const label = item.level === 'not-mentioned' ? `${LEVEL_LABEL[item.level]} (the evidence was silent)` : LEVEL_LABEL[item.level];
    push(`<rect x="${x}" y="${L.legendY}" width="18" height="18" fill="${fill}" stroke="#0b0c0c" stroke-width="0.5"/>`);
    push(`<text x="${x + 9}" y="${L.legendY + 13}" text-anchor="middle" font-weight="700" fill="${item.ink}">${escapeXml(item.mark)}</text>`);
    push(`<text x="${x + 24}" y="${L.legendY + 13}">${escapeXml(label)}</text>`);
    x += 24 + Math.ceil(label.length * 6.2) + 20;
  }
  meta.footer.forEach((line, i) => push(`<text x="${MARGIN}" y="${L.footerY + i * FOOTER_LINE}" font-size="10" fill="#484949">${escapeXml(line)}</text>`));
  push('</svg>');
  return out.join('\n') + '\n';
}
