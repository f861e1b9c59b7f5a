// /data/datapackage.json: the Frictionless Data Package describing every CSV, so tools load the tables typed.
import type { APIRoute } from 'astro';
import { datasetMeta, loadDataset } from '../../open-data/dataset.ts';
import { dataPackage } from '../../open-data/datapackage.ts';
import { href } from '../../site/url.ts';

export const GET: APIRoute = async ({ site }) => {
  const d = await loadDataset();
  const descriptor = dataPackage(datasetMeta(d, site, href), d.tables);
  return new Response(JSON.stringify(descriptor, null, 2) + '\n', { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
