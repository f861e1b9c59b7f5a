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

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
