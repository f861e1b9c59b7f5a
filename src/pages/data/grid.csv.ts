// /data/grid.csv: the rubric, one row per dimension with its descriptors word for word.
import type { APIRoute } from 'astro';
import { loadAtlas } from '../../lib/atlas.ts';
import { csvResponse, toCsv } from '../../lib/csv.ts';
import { GRID_COLUMNS, gridRows, keys } from '../../lib/downloads.ts';

export const GET: APIRoute = async () => {
  const atlas = await loadAtlas();
  return csvResponse(toCsv(keys(GRID_COLUMNS), gridRows(atlas.strands)));
};
