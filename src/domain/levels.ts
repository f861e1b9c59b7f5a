// The levels of the grid, said once: their words, marks, order, weights, colours and empty counts, so pages,
// downloads, the PDF and the checker never drift apart. It imports nothing (the schemas build on LEVELS), so
// browser code that needs a weight or a label carries neither Zod nor d3.

export const LEVELS = ['low', 'medium', 'high', 'not-mentioned'] as const;
export const RATED_LEVELS = ['low', 'medium', 'high'] as const;

export type Level = (typeof LEVELS)[number];
/** How many boroughs stand at each level (the shape levelCountsSchema checks). */
export type LevelCounts = Record<Level, number>;

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

/**
 * The site's own weights for a level (not the research's), behind the depth score and every "High first" order:
 * High 3, Medium 2, Low 1, Not mentioned 0.
 */
export const LEVEL_WEIGHT: Record<Level, number> = { low: 1, medium: 2, high: 3, 'not-mentioned': 0 };

/**
 * Fills from a colour-blind-safe sequential scheme, d3 Blues at 0.15, 0.45 and 0.85. Written as hex so that browser
 * code importing this module carries no d3; src/site/palette.test.ts checks them against d3 and against site.css.
 */
export const LEVEL_FILL: Record<Level, string> = {
  low: '#d9e8f5',
  medium: '#80b9da',
  high: '#0f579f',
  'not-mentioned': '#ffffff',
};

/** A text colour per fill that keeps 4.5:1. */
export const LEVEL_INK: Record<Level, string> = {
  low: '#0b0c0c',
  medium: '#0b0c0c',
  high: '#ffffff',
  'not-mentioned': '#0b0c0c',
};

export function emptyCounts(): LevelCounts {
  return { low: 0, medium: 0, high: 0, 'not-mentioned': 0 };
}
