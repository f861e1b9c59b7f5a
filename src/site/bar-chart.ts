// Lays out a horizontal bar chart with d3 at build time: each bar's length as a share of the scale; the .astro component draws it.
import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';

export interface Bar {
  label: string;
  value: number;
  /** Extra class on the bar (e.g. a level colour). */
  tone?: string;
}

export interface BarLayout {
  /** Each bar with its length as a percentage of the track (0–100, one decimal) and its figure as text. */
  bars: (Bar & { percent: number; valueText: string })[];
}

const round = (n: number) => Math.round(n * 10) / 10;

export function layoutBars(bars: readonly Bar[], options: { domainMax?: number | undefined; format?: (v: number) => string } = {}): BarLayout {
  const x = scaleLinear().domain([0, options.domainMax ?? (max(bars, (b) => b.value) || 1)]).range([0, 100]).clamp(true);
  const format = options.format ?? String;
  return { bars: bars.map((b) => ({ ...b, percent: round(x(b.value)), valueText: format(b.value) })) };
}
