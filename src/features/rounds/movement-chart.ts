// Lays out the movement chart with d3 at build time: one stacked bar per dimension, its counts written above it.
import { scaleBand, scaleLinear } from 'd3-scale';
import { MOVEMENTS, type Movement, type MovementCounts } from '../../domain/round-history.ts';

export interface MovementRow {
  id: string;
  label: string;
  counts: MovementCounts;
}

export interface MovementChartLayout {
  width: number;
  height: number;
  rows: {
    id: string;
    text: string;
    textY: number;
    segments: { movement: Movement; x: number; y: number; w: number; h: number }[];
  }[];
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Narrow on purpose (300 units): at a 320 px screen the 12 px text still renders at 12 px or more. */
export function layoutMovementChart(rows: readonly MovementRow[], boroughs: number, say: (c: MovementCounts) => string, width = 300): MovementChartLayout {
  const rowHeight = 40;
  const height = rows.length * rowHeight + 4;
  const x = scaleLinear().domain([0, Math.max(boroughs, 1)]).range([0, width - 2]);
  const y = scaleBand().domain(rows.map((r) => r.id)).range([2, height - 2]);
  return {
    width,
    height,
    rows: rows.map((r) => {
      const top = y(r.id)!;
      let at = 1;
      const segments = MOVEMENTS.filter((m) => r.counts[m] > 0).map((m) => {
        const w = round(x(r.counts[m]));
        const seg = { movement: m, x: round(at), y: round(top + 18), w, h: 14 };
        at += w;
        return seg;
      });
      return { id: r.id, text: `${r.label}: ${say(r.counts)}`, textY: round(top + 13), segments };
    }),
  };
}
