// WHY: a partnership model's structure (who commissions, the strategic partnership, its groups) laid out with d3 at build time, as pure data a component draws.
import { scaleBand } from 'd3-scale';
import { linkVertical } from 'd3-shape';

export interface StructureInput {
  strategic: string;
  groups: { label: string; count?: number | undefined; members: string };
  commissions: string;
  links?: string[] | undefined;
}

export type BoxKind = 'commissions' | 'strategic' | 'groups' | 'link';

export interface Line {
  x: number;
  y: number;
  text: string;
}

export interface Box {
  id: string;
  kind: BoxKind;
  x: number;
  y: number;
  w: number;
  h: number;
  heading: Line;
  lines: Line[];
  /** Outlines drawn behind a box that stands for several groups (only when the source gives a count above 1), offset right and down. */
  stack: number;
}

export interface Connector {
  from: string;
  to: string;
  d: string;
  dashed: boolean;
}

export interface Diagram {
  width: number;
  height: number;
  boxes: Box[];
  connectors: Connector[];
}

export const DIAGRAM = { width: 440, pad: 8, gap: 40, padX: 10, lineHeight: 17, headingHeight: 20, charWidth: 6.7, stackOffset: 5 } as const;

const round = (n: number) => Math.round(n * 10) / 10;

/** Greedy word wrap to at most `max` characters a line; a word longer than a line gets a line to itself. */
export function wrapText(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export function headingFor(kind: BoxKind, structure: StructureInput): string {
  if (kind === 'commissions') return 'Who commissions';
  if (kind === 'strategic') return 'Strategic partnership';
  if (kind === 'groups') return structure.groups.count ? `${structure.groups.count} × ${structure.groups.label}` : structure.groups.label;
  return 'Linked with';
}

function makeBox(id: string, kind: BoxKind, heading: string, text: string, x: number, y: number, w: number, stack = 0): Box {
  const { padX, lineHeight, headingHeight, charWidth } = DIAGRAM;
  const wrapped = wrapText(text, Math.max(8, Math.floor((w - 2 * padX) / charWidth)));
  const h = headingHeight + wrapped.length * lineHeight + 10;
  return {
    id,
    kind,
    x: round(x),
    y: round(y),
    w: round(w),
    h: round(h),
    heading: { x: round(x + padX), y: round(y + 17), text: heading },
    lines: wrapped.map((t, i) => ({ x: round(x + padX), y: round(y + headingHeight + 14 + i * lineHeight), text: t })),
    stack,
  };
}

/**
 * Top to bottom: who commissions, the strategic partnership, its area groups or consortia, then anything it links
 * with. Arrows point up: each tier feeds or informs the one above it.
 */
export function layoutStructure(structure: StructureInput): Diagram {
  const { width, pad, gap, stackOffset } = DIAGRAM;
  const stack = structure.groups.count && structure.groups.count > 1 ? 2 : 0;
  // Outlines behind a stacked box peek out to the right and below, so every tier is narrowed by the same amount
  // and the boxes stay centred on one line.
  const room = stack * stackOffset;
  const inner = width - 2 * pad - room;
  const boxes: Box[] = [];
  let y = pad;
  for (const [kind, text] of [
    ['commissions', structure.commissions],
    ['strategic', structure.strategic],
    ['groups', structure.groups.members],
  ] as const) {
    const own = kind === 'groups' ? stack : 0;
    const box = makeBox(kind, kind, headingFor(kind, structure), text, pad, y, inner, own);
    boxes.push(box);
    y = box.y + box.h + own * stackOffset + gap;
  }
  const links = structure.links ?? [];
  if (links.length) {
    const band = scaleBand<number>().domain(links.map((_, i) => i)).range([pad, pad + inner]).paddingInner(links.length > 1 ? 0.06 : 0);
    const row = links.map((text, i) => makeBox(`link-${i + 1}`, 'link', headingFor('link', structure), text, band(i)!, y, band.bandwidth()));
    // A row of boxes shares one height, so the row reads as a row.
    const h = Math.max(...row.map((b) => b.h));
    for (const b of row) b.h = h;
    boxes.push(...row);
    y += h + pad;
  } else y = y - gap + pad;

  const link = linkVertical<{ source: [number, number]; target: [number, number] }, [number, number]>()
    .source((d) => d.source)
    .target((d) => d.target);
  const byId = new Map(boxes.map((b) => [b.id, b]));
  const connect = (from: string, to: string, dashed: boolean): Connector => {
    const a = byId.get(from)!;
    const b = byId.get(to)!;
    // From the top centre of the lower box to just below the upper box (and its outlines), leaving room for the arrowhead.
    const d = link({ source: [round(a.x + a.w / 2), a.y], target: [round(b.x + b.w / 2), round(b.y + b.h + b.stack * stackOffset + 6)] })!;
    return { from, to, d: roundPath(d), dashed };
  };
  const connectors = [connect('strategic', 'commissions', false), connect('groups', 'strategic', false)];
  for (const b of boxes.filter((b) => b.kind === 'link')) connectors.push(connect(b.id, 'groups', true));
  return { width, height: round(y), boxes, connectors };
}

/** d3-shape writes full-precision numbers; one decimal keeps the SVG small and the same on every machine. */
export function roundPath(d: string): string {
  return d.replace(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g, (n) => String(round(Number(n))));
}

/** The picture in one sentence, for the SVG's <desc>. */
export function describeStructure(structure: StructureInput): string {
  const groups = structure.groups.count ? `${structure.groups.count} ${structure.groups.label}` : structure.groups.label;
  const links = structure.links?.length ? ` Also linked with: ${structure.links.join('; ')}.` : '';
  return `${groups} (${structure.groups.members}) feed the strategic partnership (${structure.strategic}), which informs who commissions (${structure.commissions}).${links}`;
}
