// The built site as the gates see it: its files and the pages its sitemap lists (its base path: scripts/lib/site-settings.ts).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function locs(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.replace(/&amp;/g, '&').trim());
}

/** Page paths (with the base, e.g. /boroughs/borough-a/) listed by sitemap-index.xml and its sitemaps. */
export function sitemapPaths(siteDir: string): string[] {
  const index = join(siteDir, 'sitemap-index.xml');
  const sitemaps = existsSync(index) ? locs(readFileSync(index, 'utf8')).map((u) => new URL(u).pathname.replace(/^.*\//, '')) : ['sitemap-0.xml'];
  const paths = sitemaps.flatMap((name) => locs(readFileSync(join(siteDir, name), 'utf8')).map((u) => new URL(u).pathname));
  if (paths.length === 0) throw new Error(`the sitemap in ${siteDir} lists no pages`);
  return [...new Set(paths)].sort();
}

export interface SiteFiles {
  /** Relative file path (forward slashes) → text, for the HTML pages. */
  pages: Map<string, string>;
  /** Every file the site has, for assets. */
  exists: (file: string) => boolean;
}

export function readSite(dir: string): SiteFiles {
  const files = (readdirSync(dir, { recursive: true }) as string[]).map((f) => f.replace(/\\/g, '/')).filter((f) => statSync(join(dir, f)).isFile());
  const pages = new Map(files.filter((f) => f.endsWith('.html')).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
  const all = new Set(files);
  return { pages, exists: (f) => all.has(f) };
}

/** A site given as strings (path → HTML) plus asset paths, for planted-defect tests. */
export function siteFromStrings(pages: Record<string, string>, assets: string[] = []): SiteFiles {
  const all = new Set([...Object.keys(pages), ...assets]);
  return { pages: new Map(Object.entries(pages)), exists: (f) => all.has(f) };
}
