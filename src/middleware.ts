// WHY: runs over every page as it is built, so the glossary's "first use per page" holds across MDX and data-driven text.
import { defineMiddleware } from 'astro:middleware';
import { markPageAbbreviations } from './lib/page-abbr.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  const html = markPageAbbreviations(await response.text());
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
