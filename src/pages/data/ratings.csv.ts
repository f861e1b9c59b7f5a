// /data/ratings.csv: every rating, one row per borough, round and dimension (columns and rows from src/lib/downloads.ts).
import type { APIRoute } from 'astro';
import { csvEndpoint } from '../../lib/dataset.ts';

export const GET: APIRoute = csvEndpoint('ratings');
