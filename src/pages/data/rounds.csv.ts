// /data/rounds.csv: the assessment rounds (columns and rows from src/lib/downloads.ts).
import type { APIRoute } from 'astro';
import { csvEndpoint } from '../../lib/dataset.ts';

export const GET: APIRoute = csvEndpoint('rounds');
