// The level colours exist twice, in site.css (for HTML) and palette.ts (for SVG fills); they must not drift apart.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { LEVEL_FILL } from '../../src/lib/palette.ts';

test('site.css level colours equal the d3 palette used for SVG', () => {
  const css = readFileSync('src/styles/site.css', 'utf8');
  const cssVar = (name: string) => new RegExp(`--lv-${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(css)?.[1]?.toLowerCase();
  expect({ low: cssVar('low'), medium: cssVar('medium'), high: cssVar('high') }).toEqual({ low: LEVEL_FILL.low, medium: LEVEL_FILL.medium, high: LEVEL_FILL.high });
});
