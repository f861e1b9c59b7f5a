// /embed/resize.js: what a host page loads beside an embed's iframe: @iframe-resizer/parent's browser build, started on
// every iframe marked data-atlas-embed. Budget: 10 KB brotli (it is about 9).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { APIRoute } from 'astro';
import { PARENT_START } from '../../features/figures/embed-code.ts';

export const GET: APIRoute = () => {
  const file = createRequire(`${process.cwd()}/`).resolve('@iframe-resizer/parent/index.umd.js');
  return new Response(readFileSync(file, 'utf8') + PARENT_START, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
