// WHY: every downloadable figure is drawn for a board paper, not a screen: one frame (title, round, body, key, source)
// at a width where its smallest text is at least 9 pt when the picture fills an A4 text column (160 mm).
import { LEVEL_FILL, LEVEL_INK, LEVEL_LABEL, LEVEL_MARK, type Level, type LevelCounts } from '../../domain/levels.ts';
import { DIAGRAM, layoutStructure, type StructureInput, wrapText } from '../guidance/model-diagram.ts';
import { MOVEMENTS, MOVEMENT_HEADINGS, type MovementCounts } from '../../domain/round-history.ts';
import { plainText } from '../../open-data/plain-text.ts';

/** An A4 text column (160 mm) in points: the width a figure is pasted at in a board paper. */
export const A4_COLUMN_PT = 453.5;
/** The smallest text a printed figure may have, in points. */
export const MIN_PRINT_PT = 9;
/** Generic families only: Word and every browser have Arial or its metric twin, Liberation Sans, which resvg loads. */
export const FONT_FAMILY = "Arial, 'Liberation Sans', Helvetica, sans-serif";
const INK = '#0b0c0c';
const MUTED = '#484949';
const MARGIN = 16;
const TEXT = 14;
const LINE = 19;
/** Average advance of a character, as a share of the font size (Arial); used to wrap and to place. */
const CHAR = 0.56;
const LEVEL_ORDER: Level[] = ['high', 'medium', 'low', 'not-mentioned'];
const MOVEMENT_FILL: Record<(typeof MOVEMENTS)[number], string> = { up: '#0f579f', down: '#d4351c', same: '#b1b4b6', new: '#80b9da', unrated: '#ffffff' };

export interface FrameText {
  title: string;
  /** Which round the figure counts, or what it shows when it counts none (a model). */
  subtitle: string;
  /** Sample notice, source, data version and licence. */
  footer: string[];
  /** The text equivalent, for the SVG's <desc>. */
  description: string;
}

export interface DrawnFigure {
  svg: string;
  width: number;
  height: number;
}

const r1 = (n: number) => Math.round(n * 10) / 10;
export const escapeXml = (s: string): string => plainText(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const textWidth = (s: string, size = TEXT) => s.length * size * CHAR;

/** The smallest font size a figure may use at width `width`, so it prints at 9 pt or more in an A4 column. */
export function minFontFor(width: number): number {
  return Math.ceil((MIN_PRINT_PT * width) / A4_COLUMN_PT);
}

function text(x: number, y: number, s: string, attrs = ''): string {
  return `<text x="${r1(x)}" y="${r1(y)}"${attrs ? ` ${attrs}` : ''}>${escapeXml(s)}</text>`;
}

/** Title, subtitle, body (drawn by `body` from a top y, returning its height), wrapped footer; text no smaller than the width needs. */
function frame(width: number, meta: FrameText, body: (top: number) => { parts: string[]; height: number }): DrawnFigure {
  const size = Math.max(TEXT, minFontFor(width));
  const chars = Math.floor((width - 2 * MARGIN) / (size * CHAR));
  const out: string[] = [];
  let y = MARGIN + 20;
  for (const line of wrapText(meta.title, Math.floor((width - 2 * MARGIN) / (20 * CHAR)))) {
    out.push(text(MARGIN, y, line, 'font-size="20" font-weight="700"'));
    y += 25;
  }
  for (const line of wrapText(meta.subtitle, chars)) {
    out.push(text(MARGIN, y, line, `fill="${MUTED}"`));
    y += LINE;
  }
  y += 10;
  const drawn = body(y);
  out.push(...drawn.parts);
  y += drawn.height + 12;
  for (const line of meta.footer.flatMap((l) => wrapText(l, chars))) {
    out.push(text(MARGIN, y + size, line, `fill="${MUTED}"`));
    y += LINE;
  }
  const height = Math.ceil(y + MARGIN);
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="figure-title figure-desc" font-family="${FONT_FAMILY}" font-size="${size}" fill="${INK}">`,
    `<title id="figure-title">${escapeXml(meta.title)}</title>`,
    `<desc id="figure-desc">${escapeXml(meta.description)}</desc>`,
    `<defs><pattern id="not-mentioned" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="4" height="4" fill="#ffffff"/><rect width="1.2" height="4" fill="#6f777b"/></pattern></defs>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...out,
    '</svg>',
  ];
  return { svg: svg.join('\n') + '\n', width, height };
}

const levelFill = (l: Level) => (l === 'not-mentioned' ? 'url(#not-mentioned)' : LEVEL_FILL[l]);

/** A square with its level's letter in it, so the level never rests on colour alone. */
function levelSquare(x: number, y: number, size: number, level: Level): string {
  return `<rect x="${r1(x)}" y="${r1(y)}" width="${size}" height="${size}" fill="${levelFill(level)}" stroke="${level === 'not-mentioned' ? '#6f777b' : 'none'}"/>` +
    text(x + size / 2, y + size / 2 + 5, LEVEL_MARK[level], `text-anchor="middle" font-weight="700" fill="${LEVEL_INK[level]}"`);
}

/** The level key, flowing onto as many lines as the width needs. */
function levelKey(top: number, width: number): { parts: string[]; height: number } {
  const parts: string[] = [];
  let x = MARGIN;
  let y = top;
  for (const l of LEVEL_ORDER) {
    const label = l === 'not-mentioned' ? `${LEVEL_LABEL[l]} (the evidence was silent; not the same as Low)` : LEVEL_LABEL[l];
    const w = 26 + textWidth(label) + 18;
    if (x > MARGIN && x + w > width - MARGIN) {
      x = MARGIN;
      y += 26;
    }
    parts.push(levelSquare(x, y, 20, l), text(x + 26, y + 15, label));
    x += w;
  }
  return { parts, height: y - top + 22 };
}

export interface HeatmapInput {
  strands: { title: string; dimensions: { number: number; title: string }[] }[];
  rows: { name: string; levels: Level[] }[];
}

/** Boroughs down, dimensions across (numbered; the key below names them), a lettered square per rating. */
export function drawHeatmap(input: HeatmapInput, meta: FrameText): DrawnFigure {
  const columns = input.strands.reduce((n, s) => n + s.dimensions.length, 0);
  const label = Math.min(200, Math.max(80, ...input.rows.map((r) => textWidth(r.name) + 8)));
  const cell = 18;
  const gap = 10;
  const width = Math.max(680, Math.ceil(2 * MARGIN + label + columns * (cell + 2) + gap * (input.strands.length - 1)));
  return frame(width, meta, (top) => {
    const parts: string[] = [];
    const headY = top + 16;
    const numY = top + 40;
    const gridTop = top + 50;
    let x = MARGIN + label;
    const starts: number[] = [];
    for (const s of input.strands) {
      starts.push(x);
      parts.push(text(x, headY, s.title, 'font-weight="700"'));
      s.dimensions.forEach((d, i) => {
        const cx = x + i * (cell + 2) + cell / 2;
        parts.push(text(cx, numY, String(d.number), 'text-anchor="middle"'));
      });
      x += s.dimensions.length * (cell + 2) + gap;
    }
    input.rows.forEach((row, r) => {
      const y = gridTop + r * (cell + 2);
      parts.push(text(MARGIN + label - 8, y + cell / 2 + 5, row.name, 'text-anchor="end"'));
      let k = 0;
      input.strands.forEach((s, si) => {
        s.dimensions.forEach((_, i) => parts.push(levelSquare(starts[si]! + i * (cell + 2), y, cell, row.levels[k++]!)));
      });
    });
    let y = gridTop + input.rows.length * (cell + 2) + 14;
    const key = levelKey(y, width);
    parts.push(...key.parts);
    y += key.height + 12;
    const chars = Math.floor((width - 2 * MARGIN) / (TEXT * CHAR));
    for (const s of input.strands) {
      for (const line of wrapText(`${s.title}: ${s.dimensions.map((d) => `${d.number} ${d.title}`).join('; ')}.`, chars)) {
        parts.push(text(MARGIN, y + TEXT, line));
        y += LINE;
      }
      y += 4;
    }
    return { parts, height: y - top };
  });
}

export interface StrandsInput {
  strands: { title: string; counts: LevelCounts; total: number }[];
}

/** One lettered square per dimension, High first, both strands to the same scale. */
export function drawStrands(input: StrandsInput, meta: FrameText): DrawnFigure {
  const width = 680;
  const size = 30;
  return frame(width, meta, (top) => {
    const parts: string[] = [];
    let y = top;
    for (const s of input.strands) {
      const words = LEVEL_ORDER.filter((l) => s.counts[l] > 0).map((l) => `${s.counts[l]} ${LEVEL_LABEL[l]}`).join(', ');
      parts.push(text(MARGIN, y + TEXT, `${s.title} (${s.total}): ${words}`, 'font-weight="700"'));
      y += 24;
      let i = 0;
      for (const l of LEVEL_ORDER) for (let n = 0; n < s.counts[l]; n++) parts.push(levelSquare(MARGIN + (i++) * (size + 4), y, size, l));
      y += size + 18;
    }
    const key = levelKey(y, width);
    parts.push(...key.parts);
    return { parts, height: y - top + key.height };
  });
}

export interface DistributionInput {
  /** How many boroughs were rated: the scale's end. */
  of: number;
  counts: LevelCounts;
}

/** A bar per level, its count written beside it. */
export function drawDistribution(input: DistributionInput, meta: FrameText): DrawnFigure {
  const width = 680;
  const label = 130;
  const track = width - 2 * MARGIN - label - 90;
  return frame(width, meta, (top) => {
    const parts: string[] = [];
    LEVEL_ORDER.forEach((l, i) => {
      const y = top + i * 36;
      const w = input.of ? r1((input.counts[l] / input.of) * track) : 0;
      parts.push(text(MARGIN, y + 20, `${LEVEL_MARK[l]} ${LEVEL_LABEL[l]}`));
      parts.push(`<rect x="${MARGIN + label}" y="${y + 4}" width="${track}" height="24" fill="#f3f2f1"/>`);
      if (w > 0) parts.push(`<rect x="${MARGIN + label}" y="${y + 4}" width="${w}" height="24" fill="${levelFill(l)}" stroke="${INK}" stroke-width="0.5"/>`);
      parts.push(text(MARGIN + label + track + 8, y + 21, `${input.counts[l]} of ${input.of}`, 'font-weight="700"'));
    });
    return { parts, height: LEVEL_ORDER.length * 36 };
  });
}

export interface MovementInput {
  boroughs: number;
  rows: { label: string; counts: MovementCounts }[];
  say: (c: MovementCounts) => string;
}

/** A stacked bar per dimension, its counts written above it, and the key in words. */
export function drawMovement(input: MovementInput, meta: FrameText): DrawnFigure {
  const width = 680;
  const track = width - 2 * MARGIN;
  return frame(width, meta, (top) => {
    const parts: string[] = [];
    let y = top;
    for (const row of input.rows) {
      parts.push(text(MARGIN, y + TEXT, `${row.label}: ${input.say(row.counts)}`));
      let x = MARGIN;
      for (const m of MOVEMENTS) {
        if (!row.counts[m]) continue;
        const w = r1((row.counts[m] / Math.max(1, input.boroughs)) * track);
        parts.push(`<rect x="${r1(x)}" y="${y + 20}" width="${w}" height="14" fill="${MOVEMENT_FILL[m]}" stroke="${INK}" stroke-width="0.5"${m === 'unrated' ? ' stroke-dasharray="3 2"' : ''}/>`);
        x += w;
      }
      y += 44;
    }
    const key = `Key, from the left of each bar: ${MOVEMENTS.map((m) => MOVEMENT_HEADINGS[m]).join(', ')}.`;
    for (const line of wrapText(key, Math.floor(track / (TEXT * CHAR)))) {
      parts.push(text(MARGIN, y + TEXT, line));
      y += LINE;
    }
    return { parts, height: y - top };
  });
}

/** The model's structure as the models page draws it, with the page's styles written onto each shape. */
export function drawModel(structure: StructureInput, meta: FrameText): DrawnFigure {
  const d = layoutStructure(structure);
  const width = Math.max(d.width + 2 * MARGIN, 480);
  const dx = MARGIN + (width - 2 * MARGIN - d.width) / 2;
  return frame(width, meta, (top) => {
    const parts: string[] = [`<g transform="translate(${r1(dx)} ${top})" font-size="13">`];
    parts.push(`<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0 0 L10 5 L0 10 z" fill="${INK}"/></marker></defs>`);
    for (const c of d.connectors) parts.push(`<path d="${c.d}" fill="none" stroke="${INK}" stroke-width="1.5"${c.dashed ? ' stroke-dasharray="5 3"' : ''} marker-end="url(#arrow)"/>`);
    for (const b of d.boxes) {
      const fill = b.kind === 'commissions' ? '#f3f2f1' : '#ffffff';
      for (let k = 0; k < b.stack; k++) {
        const o = (b.stack - k) * DIAGRAM.stackOffset;
        parts.push(`<rect x="${r1(b.x + o)}" y="${r1(b.y + o)}" width="${b.w}" height="${b.h}" rx="4" fill="#ffffff" stroke="#505a5f"/>`);
      }
      parts.push(`<rect x="${b.x}" y="${b.y}" width="${b.w}" height="${b.h}" rx="4" fill="${fill}" stroke="${INK}" stroke-width="${b.kind === 'strategic' ? 3 : 1}"${b.kind === 'link' ? ' stroke-dasharray="5 3"' : ''}/>`);
      parts.push(text(b.heading.x, b.heading.y, b.heading.text, 'font-weight="700"'));
      for (const l of b.lines) parts.push(text(l.x, l.y, l.text));
    }
    parts.push('</g>');
    return { parts, height: d.height };
  });
}

export interface GlanceInput {
  /** How many boroughs the round rated: each bar's full length. */
  of: number;
  strands: { title: string; rows: { label: string; counts: LevelCounts }[] }[];
}

/** London at a glance: a row per dimension with its four counts written out and drawn as one bar, High first. */
export function drawGlance(input: GlanceInput, meta: FrameText): DrawnFigure {
  const width = 680;
  const label = 170;
  const num = 28;
  const track = width - 2 * MARGIN - label - LEVEL_ORDER.length * num - 8;
  const barX = MARGIN + label + LEVEL_ORDER.length * num + 8;
  return frame(width, meta, (top) => {
    const parts: string[] = [];
    let y = top;
    for (const s of input.strands) {
      parts.push(text(MARGIN, y + TEXT, `${s.title} (${s.rows.length} dimensions)`, 'font-weight="700"'));
      y += 22;
      LEVEL_ORDER.forEach((l, i) => parts.push(text(MARGIN + label + i * num + num / 2, y + TEXT, LEVEL_MARK[l], 'text-anchor="middle" font-weight="700"')));
      parts.push(text(barX, y + TEXT, `Boroughs at each level (of ${input.of})`, `fill="${MUTED}"`));
      y += 24;
      for (const row of s.rows) {
        parts.push(text(MARGIN, y + 14, row.label));
        LEVEL_ORDER.forEach((l, i) => parts.push(text(MARGIN + label + i * num + num / 2, y + 14, String(row.counts[l]), 'text-anchor="middle"')));
        let x = barX;
        for (const l of LEVEL_ORDER) {
          const w = input.of ? r1((row.counts[l] / input.of) * track) : 0;
          if (w > 0) parts.push(`<rect x="${r1(x)}" y="${y + 2}" width="${w}" height="16" fill="${levelFill(l)}" stroke="${INK}" stroke-width="0.5"/>`);
          x += w;
        }
        y += 22;
      }
      y += 12;
    }
    const key = levelKey(y, width);
    parts.push(...key.parts);
    return { parts, height: y - top + key.height };
  });
}
