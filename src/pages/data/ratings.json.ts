// /data/ratings.json: the ratings as one JSON document for programs, from the same rows as the CSV and the pages.
import type { APIRoute } from 'astro';
import { loadDataset } from '../../open-data/dataset.ts';
import { ratingsJson } from '../../open-data/tables.ts';
import { plainDeep } from '../../open-data/plain-text.ts';

export const GET: APIRoute = async () => {
  const d = await loadDataset();
  const body = ratingsJson({ title: d.title, publisher: d.publisher, licence: d.licence, notice: d.notice, version: d.version }, plainDeep(d.input));
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
