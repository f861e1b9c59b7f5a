// WHY: pages and figures cite themselves with the site's publisher and the current data release (data/releases.yaml),
// through one call, so a citation's version and date are always the release the page was built from.
import { loadReleases, loadSettings, once } from '../../content/load.ts';
import { cite, type Citation, type Release } from './citation.ts';

const context = once(async () => {
  const settings = await loadSettings();
  const latest = (await loadReleases()).at(-1)!;
  return { release: { version: latest.version, date: latest.date }, publisher: settings.publisher, siteTitle: settings.title };
});

/** A citation of `title` at the absolute address `url`. */
export async function citeOnSite(id: string, title: string, url: string): Promise<Citation & { release: Release }> {
  const c = await context();
  return { ...cite({ id, title, url, publisher: c.publisher, siteTitle: c.siteTitle, release: c.release }), release: c.release };
}
