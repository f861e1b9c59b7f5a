// /data/grid.csv: the rubric, one row per dimension with its descriptors word for word (columns and rows from src/lib/downloads.ts).
import type { APIRoute } from 'astro';
import { csvEndpoint } from '../../lib/dataset.ts';

export const GET: APIRoute = csvEndpoint('grid');
