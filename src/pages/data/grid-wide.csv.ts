// /data/grid-wide.csv: the grid as one wide table, a row per borough and round and a column per dimension, which opens tidily in a spreadsheet (columns and rows from src/open-data/tables.ts).
import type { APIRoute } from 'astro';
import { csvEndpoint } from '../../open-data/dataset.ts';

export const GET: APIRoute = csvEndpoint('grid-wide');
