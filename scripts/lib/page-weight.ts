// Bytes a reader downloads per page: HTML, CSS and JS, raw and compressed, and what blocks the first render.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import * as cheerio from 'cheerio';

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

export interface PageWeight {
  route: string;
  html: Sizes;
  css: Sizes;
  js: Sizes;
  /** The HTML plus every screen stylesheet and classic script in <head> the browser must fetch before it can render. */
  blockingRequests: number;
}

export function sizes(bytes: Buffer): Sizes {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const add = (a: Sizes, b: Sizes): Sizes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });
const zero: Sizes = { raw: 0, gzip: 0, brotli: 0 };

/** Weighs one built page; `base` is the site's base path, so asset URLs map onto files in `dist`. */
export function weighPage(dist: string, route: string, base = '/'): PageWeight {
  const htmlBytes = readFileSync(join(dist, route, 'index.html'));
  const $ = cheerio.load(htmlBytes.toString('utf8'));
  const file = (url: string) => readFileSync(join(dist, url.replace(base, '/').replace(/^\//, '')));
  const css = $('link[rel=stylesheet]').map((_, el) => $(el).attr('href')!).get();
  const js = withImports(dist, $('script[src]').map((_, el) => $(el).attr('src')!).get(), base);
  // A print-only stylesheet is fetched without holding up the first render.
  const blockingCss = $('link[rel=stylesheet]').filter((_, el) => el.attribs.media !== 'print').length;
  const blockingScripts = $('head script[src]').filter((_, el) => !('async' in el.attribs || 'defer' in el.attribs || el.attribs.type === 'module')).length;
  return {
    route,
    html: sizes(htmlBytes),
    css: css.map((u) => sizes(file(u))).reduce(add, zero),
    js: js.map((u) => sizes(file(u))).reduce(add, zero),
    blockingRequests: 1 + blockingCss + blockingScripts,
  };
}

/** Module scripts pull in their chunks: follow relative static imports so the JS total is what is fetched. */
function withImports(dist: string, urls: string[], base: string): string[] {
  const seen = new Set<string>();
  const visit = (url: string) => {
    if (seen.has(url)) return;
    seen.add(url);
    const code = readFileSync(join(dist, url.replace(base, '/').replace(/^\//, '')), 'utf8');
    for (const m of code.matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+)["']/g)) visit(new URL(m[1]!, `http://x${url}`).pathname);
  };
  urls.forEach(visit);
  return [...seen];
}
