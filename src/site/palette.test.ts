// The level colours exist twice, in site.css (for HTML) and levels.ts (for SVG fills); they must not drift apart.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { interpolateBlues } from 'd3-scale-chromatic';
import { color } from 'd3-color';
import { LEVEL_FILL } from '../domain/levels.ts';

test('site.css level colours equal the d3 palette used for SVG', () => {
  const css = readFileSync('src/site/site.css', 'utf8');
  const cssVar = (name: string) => new RegExp(`--lv-${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(css)?.[1]?.toLowerCase();
  expect({ low: cssVar('low'), medium: cssVar('medium'), high: cssVar('high') }).toEqual({ low: LEVEL_FILL.low, medium: LEVEL_FILL.medium, high: LEVEL_FILL.high });
});

test('the level fills are d3 Blues at 0.15, 0.45 and 0.85', () => {
  const blues = (t: number) => color(interpolateBlues(t))!.formatHex();
  expect({ low: LEVEL_FILL.low, medium: LEVEL_FILL.medium, high: LEVEL_FILL.high }).toEqual({ low: blues(0.15), medium: blues(0.45), high: blues(0.85) });
});
