// WHY: pages and figures cite themselves with the site's publisher and the current data release (data/releases.yaml),
// through one call, so a citation's version and date are always the release the page was built from.
import { getCollection, getEntry } from 'astro:content';
import { cite, type Citation, type Release } from './citation.ts';

let cached: Promise<{ release: Release; publisher: string; siteTitle: string }> | undefined;

function context() {
  cached ??= (async () => {
    const releases = (await getCollection('releases')).map((e) => e.data).sort((a, b) => a.date.localeCompare(b.date) || a.version.localeCompare(b.version, 'en', { numeric: true }));
    const settings = (await getEntry('settings', 'site'))!.data;
    const latest = releases.at(-1)!;
    return { release: { version: latest.version, date: latest.date }, publisher: settings.publisher, siteTitle: settings.title };
  })();
  return cached;
}

/** A citation of `title` at the absolute address `url`. */
export async function citeOnSite(id: string, title: string, url: string): Promise<Citation & { release: Release }> {
  const c = await context();
  return { ...cite({ id, title, url, publisher: c.publisher, siteTitle: c.siteTitle, release: c.release }), release: c.release };
}
