// /data/ratings.csv: every rating, one row per borough and dimension, from the same content as the pages.
import type { APIRoute } from 'astro';
import { loadAtlas } from '../../lib/atlas.ts';
import { csvResponse, toCsv } from '../../lib/csv.ts';
import { keys, ratingRows, RATINGS_COLUMNS } from '../../lib/downloads.ts';

export const GET: APIRoute = async () => {
  const atlas = await loadAtlas();
  return csvResponse(toCsv(keys(RATINGS_COLUMNS), ratingRows(atlas.strands, atlas.boroughs.map((b) => b.data))));
};
