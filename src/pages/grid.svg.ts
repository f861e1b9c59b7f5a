// /grid.svg: the pan-London grid as a standalone picture for print and papers, drawn at build time.
import type { APIRoute } from 'astro';
import { loadAtlas } from '../content/load.ts';
import { buildHeatmap } from '../features/grid/heatmap.ts';
import { heatmapSvg } from '../features/grid/heatmap-svg.ts';
import { SAMPLE_NOTICE_LINES } from '../open-data/tables.ts';
import { loadPublishedCredit } from '../content/published-credit.ts';

export const GET: APIRoute = async () => {
  const atlas = await loadAtlas();
  const credit = await loadPublishedCredit();
  // The same round as /grid/: London's reference round, never each borough's latest.
  const boroughs = atlas.referenceLondon.boroughs;
  const heatmap = buildHeatmap(atlas.strands, boroughs.map((b) => b.data));
  const sample = boroughs.some((b) => b.data.anonymised);
  const footer = [
    ...(sample ? SAMPLE_NOTICE_LINES : []),
    `Published counts: ${credit.label}.`,
    `${atlas.settings.title}, ${atlas.settings.publisher}. ${atlas.settings.licence.name}.`,
  ];
  const svg = heatmapSvg(heatmap, { title: `London on the 14-19 partnership grid: ${heatmap.rows.length} boroughs, ${heatmap.columns.length} dimensions`, footer });
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
