// /data/grid.csv: the rubric, one row per dimension with its descriptors word for word (columns and rows from src/open-data/tables.ts).
import type { APIRoute } from 'astro';
import { csvEndpoint } from '../../open-data/dataset.ts';

export const GET: APIRoute = csvEndpoint('grid');
