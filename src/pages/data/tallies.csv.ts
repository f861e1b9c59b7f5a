// /data/tallies.csv: the published counts beside the counts of this site's boroughs, so anyone can check the reconstruction (columns and rows from src/open-data/tables.ts).
import type { APIRoute } from 'astro';
import { csvEndpoint } from '../../open-data/dataset.ts';

export const GET: APIRoute = csvEndpoint('tallies');
