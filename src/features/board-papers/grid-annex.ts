// WHY: the tabled paper (002) is regenerated from the published round's assessments, so the annex can never drift from the data.
import { LEVELS, type Level, type LevelCounts } from '../../domain/levels.ts';
import type { Dimension, Strand } from '../../content/schemas/grid.ts';

export interface AnnexCell {
  level: Level;
  /** Low, Medium and High have a descriptor; Not mentioned has only a count. */
  descriptor: string | undefined;
  count: number;
  /** One x per borough, as the tabled paper drew them. */
  tally: string;
}

export interface AnnexTotal {
  level: Level;
  count: number;
  /** The figure the tabled paper printed, when it differs from the rows' total. */
  printed: number | undefined;
  note: string | undefined;
}

export interface AnnexStrand {
  id: string;
  title: string;
  rows: { id: string; number: number; title: string; examples: string[]; cells: AnnexCell[] }[];
  totals: AnnexTotal[];
}

export interface Annex {
  boroughs: number;
  title: string;
  strands: AnnexStrand[];
}

type StrandInput = Pick<Strand, 'id' | 'title'> & { dimensions: readonly Pick<Dimension, 'id' | 'number' | 'title' | 'examples' | 'descriptors'>[] };

export function annexTitle(boroughs: number): string {
  return `The extent of 14-19 partnership organisation and activity in ${boroughs} London boroughs`;
}

/**
 * The annex from counts per dimension (the boroughs of the published round) and the strand headers as printed,
 * with any correction beside the printed figure.
 */
export function buildAnnex(
  strands: readonly StrandInput[],
  counts: Record<string, LevelCounts>,
  boroughs: number,
  headers: Record<string, { printed: LevelCounts; notes: { level: Level; note: string }[] }>,
): Annex {
  return {
    boroughs,
    title: annexTitle(boroughs),
    strands: strands.map((s) => {
      const rows = s.dimensions.map((d) => ({
        id: d.id,
        number: d.number,
        title: d.title,
        examples: d.examples ?? [],
        cells: LEVELS.map((level) => {
          const count = counts[d.id]?.[level] ?? 0;
          const descriptor = level === 'not-mentioned' ? undefined : d.descriptors[level];
          return { level, descriptor, count, tally: 'x'.repeat(count) };
        }),
      }));
      const header = headers[s.id];
      const totals = LEVELS.map((level) => {
        const count = rows.reduce((sum, r) => sum + r.cells.find((c) => c.level === level)!.count, 0);
        const printed = header?.printed[level];
        return {
          level,
          count,
          printed: printed !== undefined && printed !== count ? printed : undefined,
          note: header?.notes.find((n) => n.level === level)?.note,
        };
      });
      return { id: s.id, title: s.title, rows, totals };
    }),
  };
}
