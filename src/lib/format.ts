// Words for levels and counts, shared by pages, CSV and the checker so they never drift apart.
import type { Level } from '../schemas/common.ts';

export const LEVEL_LABEL: Record<Level, string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  'not-mentioned': 'Not mentioned',
};

/** A letter per level, so a cell is readable without its colour. */
export const LEVEL_MARK: Record<Level, string> = {
  low: 'L',
  medium: 'M',
  high: 'H',
  'not-mentioned': '–',
};

/** The site's own weights for a level (not the research's), behind the depth score: High 3, Medium 2, Low 1, Not mentioned 0. */
export const LEVEL_WEIGHT: Record<Level, number> = { low: 1, medium: 2, high: 3, 'not-mentioned': 0 };

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "2012-12" → "December 2012", "2012-12-05" → "5 December 2012", "2012" → "2012": dates as people write them. */
export function writtenDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  if (!m) return y!;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d ?? 1)));
  const options: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric', timeZone: 'UTC', ...(d && { day: 'numeric' }) };
  return new Intl.DateTimeFormat('en-GB', options).format(date);
}
