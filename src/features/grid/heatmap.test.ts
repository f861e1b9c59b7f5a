// The grid's layout logic on its own: columns, row orders, colours that read, and an SVG that is the same every build.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { buildHeatmap, contrast, legend, type HeatBoroughInput, type HeatStrandInput } from './heatmap.ts';
import { LEVEL_WEIGHT as LEVEL_RANK } from '../../domain/levels.ts';
import { describeGrid, heatmapSvg, layoutSvg } from './heatmap-svg.ts';
import type { Level } from '../../domain/levels.ts';

const strands: HeatStrandInput[] = [
  { id: 'organisation', title: 'Partnership organisation', dimensions: [
    { id: 'history', number: 1, title: 'Partnership history/background', short: 'History' },
    { id: 'meetings', number: 2, title: 'Meetings, communication & decision-making', short: 'Meetings' },
  ] },
  { id: 'activity', title: 'Partnership activity', dimensions: [
    { id: 'data-sharing', number: 1, title: 'Data sharing', short: 'Data sharing' },
  ] },
];
const borough = (name: string, history: Level, meetings: Level, data: Level): HeatBoroughInput => ({
  name,
  slug: name.toLowerCase().replace(/ /g, '-'),
  ratings: { history: { level: history }, meetings: { level: meetings }, 'data-sharing': { level: data } },
});
// Deliberately out of order, with "Borough 10" to catch a plain string sort.
const boroughs = [
  borough('Borough 10', 'high', 'high', 'low'),
  borough('Borough 2', 'low', 'not-mentioned', 'high'),
  borough('Borough 1', 'medium', 'low', 'medium'),
  borough('Borough 3', 'high', 'low', 'not-mentioned'),
];
const names = (order: number[], map = buildHeatmap(strands, boroughs)) => order.map((i) => map.rows[i]!.name);

describe('buildHeatmap', () => {
  const map = buildHeatmap(strands, boroughs);

  test('columns run in strand order, each knowing its strand and where a strand starts', () => {
    expect(map.columns.map((c) => `${c.strand}:${c.id}`)).toEqual(['organisation:history', 'organisation:meetings', 'activity:data-sharing']);
    expect(map.columns.map((c) => c.strandStart)).toEqual([true, false, true]);
    expect(map.columns.map((c) => c.index)).toEqual([0, 1, 2]);
  });

  test('rows are in name order, numbers compared as numbers', () => {
    expect(map.rows.map((r) => r.name)).toEqual(['Borough 1', 'Borough 2', 'Borough 3', 'Borough 10']);
    expect(map.rows.map((r) => r.index)).toEqual([0, 1, 2, 3]);
  });

  test('each cell says its borough, dimension and level in words, and carries a mark that is not a colour', () => {
    const cell = map.rows[0]!.cells[2]!;
    expect(cell.spoken).toBe('Borough 1, Data sharing: Medium');
    expect(map.rows[1]!.cells[1]!.spoken).toBe('Borough 2, Meetings, communication & decision-making: Not mentioned');
    const marks = new Set(legend().map((l) => l.mark));
    expect(marks.size).toBe(4);
  });

  test('depth is High 3, Medium 2, Low 1, Not mentioned 0', () => {
    expect(map.rows.map((r) => r.depth)).toEqual([2 + 1 + 2, 1 + 0 + 3, 3 + 1 + 0, 3 + 3 + 1]);
  });

  test('the name order is the order of the page without JavaScript', () => {
    const byName = map.sorts.find((s) => s.value === 'name')!;
    expect(names(byName.order)).toEqual(['Borough 1', 'Borough 2', 'Borough 3', 'Borough 10']);
    expect(byName.direction).toBe('ascending');
  });

  test('depth order is deepest first, ties in name order', () => {
    // depths: 1→5, 2→4, 3→4, 10→7
    expect(names(map.sorts.find((s) => s.value === 'depth')!.order)).toEqual(['Borough 10', 'Borough 1', 'Borough 2', 'Borough 3']);
  });

  test('a column order puts High first and Not mentioned last, ties in name order', () => {
    const order = (id: string) => names(map.sorts.find((s) => s.value === id)!.order);
    expect(order('history')).toEqual(['Borough 3', 'Borough 10', 'Borough 1', 'Borough 2']);
    expect(order('meetings')).toEqual(['Borough 10', 'Borough 1', 'Borough 3', 'Borough 2']);
    expect(order('data-sharing')).toEqual(['Borough 2', 'Borough 1', 'Borough 10', 'Borough 3']);
    expect(LEVEL_RANK.high > LEVEL_RANK.medium && LEVEL_RANK.medium > LEVEL_RANK.low && LEVEL_RANK.low > LEVEL_RANK['not-mentioned']).toBe(true);
  });

  test('there is a sort each way for the name and the depth, and one for every column, each a permutation of the rows', () => {
    expect(map.sorts.map((s) => s.value)).toEqual(['name', 'name-desc', 'depth', 'depth-asc', 'history', 'meetings', 'data-sharing']);
    for (const s of map.sorts) {
      expect([...s.order].sort()).toEqual([0, 1, 2, 3]);
      for (const o of Object.values(s.orderBy ?? {})) expect([...o].sort()).toEqual([0, 1, 2, 3]);
    }
    expect(names(map.sorts.find((s) => s.value === 'name-desc')!.order)).toEqual(['Borough 10', 'Borough 3', 'Borough 2', 'Borough 1']);
    // Shallowest first, ties still in name order (2 and 3 both have 4).
    expect(names(map.sorts.find((s) => s.value === 'depth-asc')!.order)).toEqual(['Borough 2', 'Borough 3', 'Borough 1', 'Borough 10']);
  });

  test('with one strand shown, depth counts only that strand and orders by it', () => {
    expect(map.rows.map((r) => [r.depthBy.organisation, r.depthBy.activity])).toEqual([[3, 2], [1, 3], [4, 0], [6, 1]]);
    const depth = map.sorts.find((s) => s.value === 'depth')!;
    expect(names(depth.orderBy!.activity)).toEqual(['Borough 2', 'Borough 1', 'Borough 10', 'Borough 3']);
    expect(names(depth.orderBy!.organisation)).toEqual(['Borough 10', 'Borough 3', 'Borough 1', 'Borough 2']);
    expect(map.sorts.filter((s) => s.strand === 'activity').map((s) => s.value)).toEqual(['data-sharing']);
  });

  test('a borough missing a rating is an error, not a blank cell', () => {
    expect(() => buildHeatmap(strands, [{ name: 'X', slug: 'x', ratings: {} }])).toThrow(/X has no rating for history/);
  });
});

describe('colours', () => {
  test('the letter in every cell has at least 4.5:1 contrast with its fill', () => {
    for (const l of legend()) expect(contrast(l.ink, l.fill), l.level).toBeGreaterThanOrEqual(4.5);
  });

  test('the levels get lighter from High to Low, so the scale reads in one direction in any colour vision', () => {
    const [high, medium, low] = legend();
    expect(contrast(high!.fill, '#ffffff')).toBeGreaterThan(contrast(medium!.fill, '#ffffff'));
    expect(contrast(medium!.fill, '#ffffff')).toBeGreaterThan(contrast(low!.fill, '#ffffff'));
  });

  test('neighbouring levels are told apart by lightness as well as by their letters', () => {
    const [high, medium, low] = legend();
    expect(contrast(high!.fill, medium!.fill)).toBeGreaterThanOrEqual(3);
    expect(contrast(medium!.fill, low!.fill)).toBeGreaterThanOrEqual(1.5);
  });

  test('contrast() gives the WCAG figures', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});

describe('the SVG', () => {
  const grid = parse(readFileSync('data/grid.yaml', 'utf8'));
  const real: HeatStrandInput[] = grid.strands;
  const all = real.flatMap((s) => s.dimensions.map((d) => d.id));
  const levels: Level[] = ['low', 'medium', 'high', 'not-mentioned'];
  const many = 'ABCDEFGHIJKLMNOPQR'.split('').map((letter, b) => ({
    name: `Borough ${letter}`,
    slug: `borough-${letter.toLowerCase()}`,
    ratings: Object.fromEntries(all.map((id, d) => [id, { level: levels[(b + d) % 4]! }])),
  }));
  const map = buildHeatmap(real, many);
  const meta = { title: 'A & B <grid>', footer: ['line one', 'line two'] };

  test('is byte-for-byte the same on every run', () => {
    expect(heatmapSvg(map, meta)).toBe(heatmapSvg(buildHeatmap(real, [...many].reverse()), meta));
  });

  test('every coordinate has at most one decimal place', () => {
    const svg = heatmapSvg(map, meta);
    const numbers = [...svg.matchAll(/(?:x|y|x1|x2|y1|y2|width|height)="([^"]+)"/g)].map((m) => m[1]!).filter((v) => /^-?[\d.]+$/.test(v));
    expect(numbers.length).toBeGreaterThan(1000);
    for (const n of numbers) expect(n).toMatch(/^-?\d+(\.\d)?$/);
  });

  test('has a title and a description that carries every row, and escapes text', () => {
    const svg = heatmapSvg(map, meta);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* role="img" aria-labelledby="grid-title grid-desc"/);
    expect(svg).toContain('<title id="grid-title">A &amp; B &lt;grid&gt;</title>');
    const desc = /<desc id="grid-desc">([^<]*)<\/desc>/.exec(svg)![1]!;
    expect(desc).toContain('18 boroughs (rows) by 27 dimensions (columns)');
    for (const r of map.rows) expect(desc).toContain(`${r.name}: partnership organisation ${r.cells.slice(0, 11).map((c) => c.mark).join(' ')}`);
    expect(describeGrid(map)).toBe(desc.replace(/&amp;/g, '&'));
  });

  test('draws one cell per borough and dimension, Not mentioned hatched rather than coloured', () => {
    const svg = heatmapSvg(map, meta);
    const cells = [...svg.matchAll(/<g class="cell lv-([a-z-]+)"><title>([^<]+)<\/title><rect [^>]*fill="([^"]+)"/g)];
    expect(cells).toHaveLength(18 * 27);
    for (const [, level, , fill] of cells) expect(fill === 'url(#not-mentioned)').toBe(level === 'not-mentioned');
    expect(cells[0]![2]).toBe('Borough A, Partnership history/background: Low');
  });

  test('cells do not overlap and sit inside the picture, with a gap between the strands', () => {
    const L = layoutSvg(map, 2);
    for (let i = 1; i < L.columns.length; i++) expect(L.columns[i]!.x).toBeGreaterThanOrEqual(L.columns[i - 1]!.x + L.columns[i - 1]!.w);
    for (let i = 1; i < L.rows.length; i++) expect(L.rows[i]!.y).toBeGreaterThanOrEqual(L.rows[i - 1]!.y + L.rows[i - 1]!.h);
    const last = L.columns.at(-1)!;
    expect(last.x + last.w).toBeLessThanOrEqual(L.width);
    expect(L.rows.at(-1)!.y + L.rows.at(-1)!.h).toBeLessThan(L.legendY);
    expect(L.footerY + 14).toBeLessThanOrEqual(L.height);
    const gap = L.columns[11]!.x - (L.columns[10]!.x + L.columns[10]!.w);
    const inner = L.columns[1]!.x - (L.columns[0]!.x + L.columns[0]!.w);
    expect(gap).toBeGreaterThan(inner + 5);
  });
});
