// /data/ratings.json: the ratings as one JSON document for programs, from the same content as the CSV and the pages.
import type { APIRoute } from 'astro';
import { loadAtlas } from '../../lib/atlas.ts';
import { ratingsJson, SAMPLE_NOTICE } from '../../lib/downloads.ts';

export const GET: APIRoute = async () => {
  const atlas = await loadAtlas();
  const { title, publisher, licence } = atlas.settings;
  const body = ratingsJson({ title, publisher, licence, notice: atlas.boroughs.some((b) => b.data.anonymised) ? SAMPLE_NOTICE : undefined }, atlas.strands, atlas.boroughs.map((b) => b.data));
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
