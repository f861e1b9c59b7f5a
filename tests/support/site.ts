// Reads pages of the site built by global-setup, as a user's browser would receive them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { join } from 'node:path';
import * as cheerio from 'cheerio';

export const SITE_DIR = '.test-site';
/** Written beside the built site when its build has finished (the build's output), or has failed. */
export const SITE_READY = `${SITE_DIR}.ready`;
export const SITE_FAILED = `${SITE_DIR}.failed`;

/** Waits for the run's shared build of the real site (tests/support/global-setup.ts); throws with its output if it failed. */
export async function waitForSite(limitMs = 20 * 60_000): Promise<void> {
  const started = Date.now();
  while (!existsSync(SITE_READY)) {
    if (existsSync(SITE_FAILED)) throw new Error(`the site did not build:\n${readFileSync(SITE_FAILED, 'utf8')}`);
    if (Date.now() - started > limitMs) throw new Error(`the site's build did not finish within ${limitMs / 60_000} minutes`);
    await sleep(250);
  }
}

export function pagePath(route: string): string {
  const clean = route.replace(/^\//, '');
  return clean === '' || clean.endsWith('/') ? join(SITE_DIR, clean, 'index.html') : join(SITE_DIR, clean);
}

export function readPage(route: string): cheerio.CheerioAPI {
  const file = pagePath(route);
  if (!existsSync(file)) throw new Error(`no page built at ${route} (${file})`);
  return cheerio.load(readFileSync(file, 'utf8'));
}

export function readText(route: string): string {
  return readFileSync(pagePath(route), 'utf8');
}

/** Every HTML page in the built site, as routes like "/boroughs/borough-a/". */
export function allRoutes(): string[] {
  return (readdirSync(SITE_DIR, { recursive: true }) as string[])
    .filter((f) => f.endsWith('index.html') && !f.startsWith('pagefind'))
    .map((f) => '/' + f.replace(/\\/g, '/').replace(/index\.html$/, ''))
    .sort();
}

/** The text a reader sees in an element, with white space folded. */
export function visibleText($el: cheerio.Cheerio<never> | cheerio.Cheerio<any>): string {
  return $el.text().replace(/\s+/g, ' ').trim();
}

/** The text a screen reader announces: as visibleText, but without aria-hidden decorations. */
export function spokenText($el: cheerio.Cheerio<any>): string {
  const clone = $el.clone();
  clone.find('[aria-hidden="true"]').remove();
  return clone.text().replace(/\s+/g, ' ').trim();
}

/** The one script every page may load: the copy-to-clipboard helper of "Cite this" and "Use and share" (an enhancement: the text boxes work without it). */
export const COPY_HELPER_SCRIPT = /\/_astro\/CiteThis\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/;
