// /data/partnership-atlas.xlsx: every table in one accessible spreadsheet for people (see src/open-data/xlsx.ts).
import type { APIRoute } from 'astro';
import { datasetMeta, loadDataset } from '../../open-data/dataset.ts';
import { href } from '../../site/url.ts';
import { workbookBuffer } from '../../open-data/xlsx.ts';

export const GET: APIRoute = async ({ site }) => {
  const d = await loadDataset();
  const body = await workbookBuffer({ ...datasetMeta(d, site, href), errata: d.errata, tables: d.tables });
  return new Response(new Uint8Array(body), { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
};
