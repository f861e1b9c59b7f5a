// The link gate: every internal link, asset and #anchor in the built site resolves, relative to its page and the base path.
import * as cheerio from 'cheerio';
import type { Finding } from './finding.ts';
import type { SiteFiles } from './site-map.ts';

const ATTRS: [string, string][] = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['link[href]', 'href'],
  ['img[src]', 'src'],
  ['script[src]', 'src'],
  ['source[src]', 'src'],
  ['use[href]', 'href'],
  ['form[action]', 'action'],
];

/** The ids a page can be linked to with #fragment. */
function anchorsOf(html: string): Set<string> {
  const $ = cheerio.load(html);
  const ids = new Set<string>();
  $('[id]').each((_, el) => void ids.add($(el).attr('id')!));
  $('a[name]').each((_, el) => void ids.add($(el).attr('name')!));
  return ids;
}

/**
 * Checks every page of a site whose pages are served at `origin` + `base`. Links to other hosts are not
 * followed (the site is checked offline); links to the site's own origin are checked like relative ones.
 */
export function linkFindings(site: SiteFiles, base = '/', origin = 'https://site.invalid'): Finding[] {
  const findings: Finding[] = [];
  const anchors = new Map<string, Set<string>>();
  const anchorsFor = (file: string) => {
    if (!anchors.has(file)) anchors.set(file, anchorsOf(site.pages.get(file) ?? ''));
    return anchors.get(file)!;
  };
  const self = new URL(origin).origin;

  for (const [file, html] of site.pages) {
    const route = base + file.replace(/(^|\/)index\.html$/, '$1');
    const pageUrl = new URL(route, self);
    const $ = cheerio.load(html);
    const baseHref = $('base[href]').attr('href');
    const resolveFrom = baseHref ? new URL(baseHref, pageUrl) : pageUrl;
    for (const [selector, attr] of ATTRS) {
      $(selector).each((_, el) => {
        const raw = $(el).attr(attr)!.trim();
        const add = (message: string): void => void findings.push({ page: route, rule: 'broken-link', target: raw, message });
        if (raw === '') return add(`empty ${attr}`);
        let url: URL;
        try {
          url = new URL(raw, resolveFrom);
        } catch {
          return add('is not a valid URL');
        }
        if (!['http:', 'https:'].includes(url.protocol) || url.origin !== self) return; // mailto:, other sites
        if (!url.pathname.startsWith(base)) return add(`points outside the site's base path ${base}`);
        const path = decodeURIComponent(url.pathname.slice(base.length));
        let target: string | undefined;
        if (path === '' || path.endsWith('/')) target = site.exists(path + 'index.html') ? path + 'index.html' : undefined;
        else if (site.exists(path)) target = path;
        else if (site.exists(path + '/index.html')) return add(`needs a trailing slash (${url.pathname}/)`);
        if (target === undefined) return add(`no such page or file (${url.pathname})`);
        const hash = decodeURIComponent(url.hash.slice(1));
        if (hash && target.endsWith('.html') && !anchorsFor(target).has(hash)) add(`${url.pathname} has no element with id="${hash}"`);
      });
    }
  }
  return findings;
}
