// Lays out a horizontal bar chart with d3 at build time; the .astro component only draws the result.
import { max } from 'd3-array';
import { scaleBand, scaleLinear } from 'd3-scale';

export interface Bar {
  label: string;
  value: number;
  /** Extra class on the bar (e.g. a level colour). */
  tone?: string;
}

export interface BarLayout {
  width: number;
  height: number;
  labelWidth: number;
  bars: (Bar & { y: number; w: number; h: number; textX: number; textY: number; valueText: string })[];
}

const round = (n: number) => Math.round(n * 10) / 10;

export function layoutBars(
  bars: readonly Bar[],
  options: { width?: number | undefined; labelWidth?: number | undefined; domainMax?: number | undefined; format?: (v: number) => string } = {},
): BarLayout {
  const width = options.width ?? 480;
  const labelWidth = options.labelWidth ?? 140;
  const rowHeight = 26;
  const height = bars.length * rowHeight + 4;
  const x = scaleLinear().domain([0, options.domainMax ?? (max(bars, (b) => b.value) || 1)]).range([0, width - labelWidth - 40]);
  const y = scaleBand().domain(bars.map((_, i) => String(i))).range([2, height - 2]).padding(0.2);
  const format = options.format ?? String;
  return {
    width,
    height,
    labelWidth,
    bars: bars.map((b, i) => {
      const w = round(x(b.value));
      const top = round(y(String(i))!);
      const h = round(y.bandwidth());
      return { ...b, y: top, w, h, textX: round(labelWidth + w + 4), textY: round(top + h / 2 + 4), valueText: format(b.value) };
    }),
  };
}
