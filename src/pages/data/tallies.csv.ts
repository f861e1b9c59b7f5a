// /data/tallies.csv: the published counts beside the counts of this site's boroughs, so anyone can check the reconstruction (columns and rows from src/lib/downloads.ts).
import type { APIRoute } from 'astro';
import { csvEndpoint } from '../../lib/dataset.ts';

export const GET: APIRoute = csvEndpoint('tallies');
