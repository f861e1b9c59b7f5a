// WHY: scripts and tests read data/site.yaml as astro.config.mjs does (ATLAS_BASE overriding base), in one place.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** The fields of data/site.yaml that scripts and tests use; the checker's schema (src/schemas) holds the rest. */
export interface SiteSettings {
  title: string;
  base?: string;
  data?: 'sample' | 'real' | 'demo';
  licence: { name: string; url: string };
  [field: string]: unknown;
}

/** data/site.yaml of the project at `root`, as written. */
export function siteSettings(root = '.'): SiteSettings {
  return parse(readFileSync(join(root, 'data/site.yaml'), 'utf8')) as SiteSettings;
}

/** The base path the site is built under (ATLAS_BASE, else data/site.yaml), always ending in "/". */
export function siteBase(root = '.'): string {
  return (process.env.ATLAS_BASE ?? siteSettings(root).base ?? '/').replace(/\/?$/, '/');
}
