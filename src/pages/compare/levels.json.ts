// /compare/levels.json: every borough's levels in one small file, so a compare page carries only its own columns and
// the picker fetches the rest (a page holding every borough would make the site grow with the square of its boroughs).
import type { APIRoute } from 'astro';
import { loadAtlas } from '../../content/load.ts';
import { depthScore } from '../../domain/scores.ts';

export const GET: APIRoute = async () => {
  const atlas = await loadAtlas();
  const dimensions = atlas.dimensions.map((d) => d.id);
  const boroughs = atlas.boroughs.map((b) => ({
    slug: b.id,
    name: b.data.name,
    round: b.data.assessment.round,
    depth: depthScore(b.data),
    levels: dimensions.map((id) => b.data.ratings[id]!.level),
  }));
  return new Response(JSON.stringify({ dimensions, boroughs }), { headers: { 'Content-Type': 'application/json' } });
};
