// Level colours from a colour-blind-safe sequential scheme (d3 Blues), with a text colour that keeps 4.5:1.
import { interpolateBlues } from 'd3-scale-chromatic';
import { color } from 'd3-color';
import type { Level } from '../schemas/common.ts';

function hex(t: number): string {
  return color(interpolateBlues(t))!.formatHex();
}

export const LEVEL_FILL: Record<Level, string> = {
  low: hex(0.15),
  medium: hex(0.45),
  high: hex(0.85),
  'not-mentioned': '#ffffff',
};

export const LEVEL_INK: Record<Level, string> = {
  low: '#0b0c0c',
  medium: '#0b0c0c',
  high: '#ffffff',
  'not-mentioned': '#0b0c0c',
};
