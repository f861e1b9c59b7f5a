// WHY: "then against now" for a few groups reads best as a dot plot; d3 lays it out at build time and a component draws the SVG.
import { scaleBand, scaleLinear } from 'd3-scale';

export interface DotRow {
  label: string;
  before: number;
  after: number;
}

export interface DotRowLayout extends DotRow {
  y: number;
  labelY: number;
  beforeX: number;
  afterX: number;
  /** Value labels sit outside the pair of dots, so they never overlap each other or the dots. */
  beforeText: { x: number; anchor: 'start' | 'end'; text: string };
  afterText: { x: number; anchor: 'start' | 'end'; text: string };
}

export interface DotPlotLayout {
  width: number;
  height: number;
  labelWidth: number;
  plotLeft: number;
  plotRight: number;
  axisY: number;
  ticks: { x: number; text: string }[];
  rows: DotRowLayout[];
  legend: { y: number; before: { x: number; textX: number }; after: { x: number; textX: number } };
}

const round = (n: number) => Math.round(n * 10) / 10;

export function layoutDotPlot(
  rows: readonly DotRow[],
  options: { width?: number; labelWidth?: number; domainMax?: number; unit?: string } = {},
): DotPlotLayout {
  const width = options.width ?? 480;
  const labelWidth = options.labelWidth ?? 170;
  const unit = options.unit ?? '';
  const rowHeight = 34;
  const legendHeight = 30;
  const top = legendHeight + 6;
  const axisHeight = 24;
  const plotLeft = labelWidth + 40; // room for a value label to the left of the lower dot
  const plotRight = width - 44; // and to the right of the higher one
  const max = options.domainMax ?? Math.max(1, ...rows.flatMap((r) => [r.before, r.after]));
  const x = scaleLinear().domain([0, max]).range([plotLeft, plotRight]).nice(5);
  const y = scaleBand().domain(rows.map((_, i) => String(i))).range([top, top + rows.length * rowHeight]).padding(0);
  const axisY = top + rows.length * rowHeight + 4;
  const fmt = (v: number) => `${v}${unit}`;
  return {
    width,
    height: axisY + axisHeight,
    labelWidth,
    plotLeft,
    plotRight: round(x.range()[1]!),
    axisY,
    ticks: x.ticks(5).map((t) => ({ x: round(x(t)), text: fmt(t) })),
    rows: rows.map((r, i) => {
      const cy = round(y(String(i))! + rowHeight / 2);
      const bx = round(x(r.before));
      const ax = round(x(r.after));
      const rising = r.after >= r.before;
      return {
        ...r,
        y: cy,
        labelY: round(cy + 4),
        beforeX: bx,
        afterX: ax,
        beforeText: rising ? { x: round(bx - 9), anchor: 'end', text: fmt(r.before) } : { x: round(bx + 9), anchor: 'start', text: fmt(r.before) },
        afterText: rising ? { x: round(ax + 9), anchor: 'start', text: fmt(r.after) } : { x: round(ax - 9), anchor: 'end', text: fmt(r.after) },
      };
    }),
    legend: { y: 14, before: { x: plotLeft, textX: plotLeft + 10 }, after: { x: plotLeft + 120, textX: plotLeft + 130 } },
  };
}
