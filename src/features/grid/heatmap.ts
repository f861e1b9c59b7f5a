// The pan-London grid as data: columns, rows, cell colours and every row order, computed once with d3 at build time.
import { ascending, descending, sort } from 'd3-array';
import { rgb } from 'd3-color';
import { scaleOrdinal } from 'd3-scale';
import { depthScore } from '../../domain/scores.ts';
import { LEVEL_FILL, LEVEL_INK, LEVEL_LABEL, LEVEL_MARK, LEVEL_WEIGHT, LEVELS, type Level } from '../../domain/levels.ts';
import type { Borough } from '../../content/schemas/borough.ts';
import type { Dimension, Strand, StrandId } from '../../content/schemas/grid.ts';

type HeatDimensionInput = Pick<Dimension, 'id' | 'number' | 'title' | 'short'>;
export type HeatStrandInput = Pick<Strand, 'id' | 'title'> & { dimensions: readonly HeatDimensionInput[] };
export type HeatBoroughInput = Pick<Borough, 'name' | 'slug'> & { ratings: Record<string, { level: Level }> };

export interface HeatColumn extends HeatDimensionInput {
  strand: StrandId;
  strandTitle: string;
  /** Position among all columns, left to right. */
  index: number;
  /** True for the first column of its strand (where a strand gap or rule goes). */
  strandStart: boolean;
}

export interface HeatCell {
  column: HeatColumn;
  level: Level;
  /** The letter or symbol drawn in the cell, so it reads without colour. */
  mark: string;
  fill: string;
  ink: string;
  /** What a screen reader hears: "Borough C, Data sharing: Medium". */
  spoken: string;
}

export interface HeatRow {
  /** Position in name order: the order of the page without JavaScript. */
  index: number;
  name: string;
  slug: string;
  depth: number;
  /** Depth over one strand's dimensions only, for when the reader shows that strand alone. */
  depthBy: Record<StrandId, number>;
  cells: HeatCell[];
}

/** What the grid shows: both strands, or one. */
export type View = 'both' | StrandId;

export interface SortOption {
  /** The value kept in the URL (?sort=…): "name", "depth" or a dimension id. */
  value: string;
  label: string;
  /** Row indexes (name order) in the order this sort shows them, with both strands shown. */
  order: number[];
  /** The order when one strand is shown, where it differs (depth counts only that strand). */
  orderBy?: Record<StrandId, number[]>;
  /** Which way the sorted column runs, for aria-sort. */
  direction: 'ascending' | 'descending';
  /** The column the sort is by: "borough", "depth" or a dimension id. */
  column: string;
  /** A dimension's sort belongs to its strand and is offered only when that strand is shown. */
  strand?: StrandId;
}

export interface Heatmap {
  strands: { id: StrandId; title: string; columns: HeatColumn[] }[];
  columns: HeatColumn[];
  rows: HeatRow[];
  sorts: SortOption[];
}

export const fillScale = scaleOrdinal<Level, string>().domain(LEVELS).range(LEVELS.map((l) => LEVEL_FILL[l]));
export const inkScale = scaleOrdinal<Level, string>().domain(LEVELS).range(LEVELS.map((l) => LEVEL_INK[l]));

const collator = new Intl.Collator('en-GB', { numeric: true });

/** WCAG contrast ratio between two colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const { r, g, b: bl } = rgb(c);
    const ch = (v: number) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(bl);
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export function buildHeatmap(strandInputs: readonly HeatStrandInput[], boroughs: readonly HeatBoroughInput[]): Heatmap {
  let index = 0;
  const strands = strandInputs.map((s) => ({
    id: s.id,
    title: s.title,
    columns: s.dimensions.map((d, i): HeatColumn => ({
      id: d.id,
      number: d.number,
      title: d.title,
      short: d.short,
      strand: s.id,
      strandTitle: s.title,
      index: index++,
      strandStart: i === 0,
    })),
  }));
  const columns = strands.flatMap((s) => s.columns);
  const named = sort(boroughs, (a, b) => collator.compare(a.name, b.name));
  const rows: HeatRow[] = named.map((b, i) => {
    const cells = columns.map((column): HeatCell => {
      const rating = b.ratings[column.id];
      if (!rating) throw new Error(`${b.name} has no rating for ${column.id}`);
      const level = rating.level;
      return { column, level, mark: LEVEL_MARK[level], fill: fillScale(level), ink: inkScale(level), spoken: `${b.name}, ${column.title}: ${LEVEL_LABEL[level]}` };
    });
    const depthOf = (strand: StrandId) => depthScore({ ratings: Object.fromEntries(cells.filter((c) => c.column.strand === strand).map((c) => [c.column.id, c])) });
    return { index: i, name: b.name, slug: b.slug, depth: depthScore(b), depthBy: Object.fromEntries(strands.map((s) => [s.id, depthOf(s.id)])) as Record<StrandId, number>, cells };
  });
  return { strands, columns, rows, sorts: sortOptions(rows, columns) };
}

/** Every order a reader can choose, each a permutation of the rows. Ties always fall back to name order. */
export function sortOptions(rows: readonly HeatRow[], columns: readonly HeatColumn[]): SortOption[] {
  const by = (key: (r: HeatRow) => number, way = descending) =>
    sort(rows, (a, b) => way(key(a), key(b)) || ascending(a.index, b.index)).map((r) => r.index);
  const strandIds = [...new Set(columns.map((c) => c.strand))];
  const depthBy = (way: typeof descending) => Object.fromEntries(strandIds.map((id) => [id, by((r) => r.depthBy[id], way)])) as Record<StrandId, number[]>;
  return [
    { value: 'name', label: 'Borough name, A to Z', order: rows.map((r) => r.index), direction: 'ascending', column: 'borough' },
    { value: 'name-desc', label: 'Borough name, Z to A', order: rows.map((r) => r.index).reverse(), direction: 'descending', column: 'borough' },
    { value: 'depth', label: 'Depth, deepest first', order: by((r) => r.depth), orderBy: depthBy(descending), direction: 'descending', column: 'depth' },
    { value: 'depth-asc', label: 'Depth, shallowest first', order: by((r) => r.depth, ascending), orderBy: depthBy(ascending), direction: 'ascending', column: 'depth' },
    ...columns.map((c): SortOption => ({
      value: c.id,
      label: `${c.number}. ${c.title}`,
      order: by((r) => LEVEL_WEIGHT[r.cells[c.index]!.level]),
      direction: 'descending',
      column: c.id,
      strand: c.strand,
    })),
  ];
}

/** The legend, in reading order from deepest to silent. */
export function legend(): { level: Level; mark: string; label: string; fill: string; ink: string }[] {
  return (['high', 'medium', 'low', 'not-mentioned'] as const).map((level) => ({
    level,
    mark: LEVEL_MARK[level],
    label: LEVEL_LABEL[level],
    fill: fillScale(level),
    ink: inkScale(level),
  }));
}
