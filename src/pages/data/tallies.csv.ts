// /data/tallies.csv: the published counts beside the counts of this site's profiles, so anyone can check the reconstruction.
import type { APIRoute } from 'astro';
import { loadAtlas } from '../../lib/atlas.ts';
import { csvResponse, toCsv } from '../../lib/csv.ts';
import { keys, TALLY_COLUMNS, tallyRows } from '../../lib/downloads.ts';

export const GET: APIRoute = async () => {
  const atlas = await loadAtlas();
  return csvResponse(toCsv(keys(TALLY_COLUMNS), tallyRows(atlas.strands, atlas.published.counts, atlas.countedInRound)));
};
