// /embed/<figure id>/oembed.json: the oEmbed (rich) answer for the figure's embed page, found through its
// <link rel="alternate" type="application/json+oembed">; static, so it serves the default size only.
import type { APIRoute, GetStaticPaths } from 'astro';
import { figureFiles, loadFigures, type Figure } from '../../../features/figures/figure-registry.ts';
import { embedCode } from '../../../features/figures/embed-code.ts';
import { href } from '../../../site/url.ts';
import { loadAtlas } from '../../../content/load.ts';

export const getStaticPaths = (async () => {
  const { list } = await loadFigures();
  return list.map((figure) => ({ params: { id: figure.id }, props: { figure } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { figure } = props as { figure: Figure };
  const { release } = await loadFigures();
  const { settings } = await loadAtlas();
  const files = figureFiles(figure, release.version);
  const absolute = (path: string) => new URL(href(path), site).href;
  const drawn = figure.draw();
  const body = {
    version: '1.0',
    type: 'rich',
    title: figure.title,
    provider_name: settings.title,
    provider_url: absolute(''),
    author_name: settings.publisher,
    html: embedCode(figure, absolute(files.embed), absolute('embed/resize.js'), drawn.height),
    width: drawn.width,
    height: Math.ceil(drawn.height + 260),
    thumbnail_url: absolute(files.png),
    thumbnail_width: drawn.width * 2,
    thumbnail_height: drawn.height * 2,
  };
  return new Response(JSON.stringify(body, null, 2) + '\n', { headers: { 'Content-Type': 'application/json' } });
};
