// WHY: headline figures are printed from the data they come from, in one wording, so no page types a number.
import type { Chart, Headline } from '../../content/schemas/research.ts';

/** "16 of 26", "56%" or "21". */
export function figureText(h: Pick<Headline, 'value' | 'unit' | 'denominator'>): string {
  if (h.unit === 'percent') return `${h.value}%`;
  return h.denominator !== undefined ? `${h.value} of ${h.denominator}` : String(h.value);
}

export function headline(headlines: readonly Headline[], id: string): Headline {
  const found = headlines.find((h) => h.id === id);
  if (!found) throw new Error(`no headline "${id}" in the questionnaire data`);
  return found;
}

/** A chart's scale: a percentage runs to 100, a count to its denominator (or its largest bar). */
export function chartMax(chart: Chart): number {
  if (chart.unit === 'percent') return 100;
  return chart.denominator ?? Math.max(...chart.bars.map((b) => b.value));
}

/** A bar's figure as a reader sees it: the source's own word when it printed one ("All"), else the number. */
export function barText(chart: Chart, bar: Chart['bars'][number]): string {
  const number = chart.unit === 'percent' ? `${bar.value}%` : chart.denominator !== undefined ? `${bar.value} of ${chart.denominator}` : String(bar.value);
  return bar.printed ? `${bar.printed} (${number})` : number;
}

/** Money as the sources print it: £10m, £4m, £0.5m. */
export function millions(gbp: number): string {
  return `£${gbp.toLocaleString('en-GB')}m`;
}

/** A share of a whole, to the nearest per cent. */
export function percentOf(part: number, whole: number): string {
  return `${Math.round((part / whole) * 100)}%`;
}
