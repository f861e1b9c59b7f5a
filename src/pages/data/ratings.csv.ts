// /data/ratings.csv: every rating, one row per borough, round and dimension (columns and rows from src/open-data/tables.ts).
import type { APIRoute } from 'astro';
import { csvEndpoint } from '../../open-data/dataset.ts';

export const GET: APIRoute = csvEndpoint('ratings');
