// /data/<version>/<file>: a release's frozen Data Package and CSV files, byte for byte as committed in releases/<version>/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { frozenReleases } from '../../../open-data/frozen-releases.ts';

export const getStaticPaths = (() =>
  frozenReleases().flatMap((r) => r.files.map((f) => ({ params: { version: r.version, file: f.name }, props: { path: join(r.dir, f.name) } })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const type = props.path.endsWith('.json') ? 'application/json; charset=utf-8' : 'text/csv; charset=utf-8';
  return new Response(readFileSync(props.path as string), { headers: { 'Content-Type': type } });
};
