// WHY: the borough PDF's footer names the borough and the page ("Borough C · page 1 of 2"); the CSP allows only
// same-origin stylesheets, so each borough gets a generated one (!important: the site bundle, linked after it, sets "Page X of Y").
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadAtlas, type BoroughEntry } from '../../../content/load.ts';
import { cssString } from '../../../site/print-css.ts';

export const getStaticPaths = (async () => (await loadAtlas()).boroughs.map((borough) => ({ params: { slug: borough.id }, props: { borough } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ borough: BoroughEntry }> = ({ props }) => {
  const footer = `content: ${cssString(`${props.borough.data.name} · page `)} counter(page) " of " counter(pages) !important; font-size: 9pt !important;`;
  const css = ['/* Generated for one borough: its running footer. */', '@page {', '  margin-top: 10mm;', '  margin-bottom: 14mm;', `  @bottom-right { ${footer} }`, '}', ''].join('\n');
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
