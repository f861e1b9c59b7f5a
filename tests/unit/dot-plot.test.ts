// The before-and-after dot plot's layout: dots on the scale, value labels outside the pair, rounded coordinates.
import { describe, expect, test } from 'vitest';
import { layoutDotPlot } from '../../src/lib/dot-plot.ts';

const rows = [
  { label: 'Voluntary & Community bodies', before: 48, after: 52 },
  { label: 'Churches', before: 19, after: 20 },
  { label: 'Falling', before: 30, after: 10 },
];

describe('layoutDotPlot', () => {
  const d = layoutDotPlot(rows, { domainMax: 100, unit: '%', width: 500, labelWidth: 200 });

  test('dots sit on one linear scale from 0 to the maximum', () => {
    const per = (d.plotRight - d.plotLeft) / 100;
    expect(d.rows[0]!.beforeX).toBeCloseTo(d.plotLeft + 48 * per, 0);
    expect(d.rows[0]!.afterX).toBeCloseTo(d.plotLeft + 52 * per, 0);
    expect(d.ticks[0]).toEqual({ x: d.plotLeft, text: '0%' });
    expect(d.ticks.at(-1)!.text).toBe('100%');
  });

  test('value labels sit outside the pair: the lower value to the left, the higher to the right', () => {
    const rising = d.rows[0]!;
    expect(rising.beforeText).toMatchObject({ anchor: 'end', text: '48%' });
    expect(rising.beforeText.x).toBeLessThan(rising.beforeX);
    expect(rising.afterText).toMatchObject({ anchor: 'start', text: '52%' });
    expect(rising.afterText.x).toBeGreaterThan(rising.afterX);
    const falling = d.rows[2]!;
    expect(falling.afterText.anchor).toBe('end');
    expect(falling.afterText.x).toBeLessThan(falling.afterX);
  });

  test('rows go down the page in order and stay above the axis', () => {
    const ys = d.rows.map((r) => r.y);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    expect(ys.at(-1)!).toBeLessThan(d.axisY);
    expect(d.height).toBeGreaterThan(d.axisY);
  });

  test('coordinates are rounded to one decimal', () => {
    const numbers = d.rows.flatMap((r) => [r.y, r.labelY, r.beforeX, r.afterX, r.beforeText.x, r.afterText.x]).concat(d.ticks.map((t) => t.x));
    expect(numbers.every((n) => Math.round(n * 10) / 10 === n)).toBe(true);
  });
});
