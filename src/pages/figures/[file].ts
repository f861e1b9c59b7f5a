// /figures/<figure id>-<data version>.svg, .csv and .schema.json: each figure's picture, its data and the data's Table
// Schema. The PNG beside them is drawn from the SVG after the build (scripts/lib/figure-png.ts), without a browser.
import type { APIRoute, GetStaticPaths } from 'astro';
import { figureFiles, loadFigures, type Figure } from '../../features/figures/figure-registry.ts';
import { csvResponse, toCsv } from '../../open-data/csv.ts';
import { field } from '../../open-data/datapackage.ts';
import { plainDeep } from '../../open-data/plain-text.ts';

type Part = 'svg' | 'csv' | 'schema';

export const getStaticPaths = (async () => {
  const { list, release } = await loadFigures();
  return list.flatMap((figure) => {
    const files = figureFiles(figure, release.version);
    return (['svg', 'csv', 'schema'] as const).map((part) => ({ params: { file: files[part].replace(/^figures\//, '') }, props: { figure, part } }));
  });
}) satisfies GetStaticPaths;

export function tableSchema(figure: Figure): object {
  return plainDeep({ fields: figure.table.columns.map(field), missingValues: [''], primaryKey: figure.table.primaryKey });
}

export const GET: APIRoute = ({ props }) => {
  const { figure, part } = props as { figure: Figure; part: Part };
  if (part === 'svg') return new Response(figure.draw().svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
  if (part === 'csv') return csvResponse(toCsv(figure.table.columns.map((c) => c.key), figure.table.rows));
  return new Response(JSON.stringify(tableSchema(figure), null, 2) + '\n', { headers: { 'Content-Type': 'application/json' } });
};
