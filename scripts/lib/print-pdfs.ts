// WHY: board papers and borough profiles are published as A4 PDFs, printed by headless Chromium from the built pages themselves.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { pdfPath } from '../../src/site/pdf-path.ts';
import { CHROMIUM_PATH, launchChromium, missingBrowser } from './chromium.ts';
import { keep, lookUp, pageKey, PDF_CACHE, printSalt, SiteFiles } from './pdf-cache.ts';
import { reproduciblePdf } from './pdf-reproducible.ts';
import { serveDir } from './serve.ts';
import { siteBase } from './site-settings.ts';

export { missingBrowser };

/** The kinds of page that have a PDF, by their folder in the built site. */
export const PDF_KINDS = ['board-papers', 'boroughs'] as const;

export interface PdfJob {
  kind: (typeof PDF_KINDS)[number];
  slug: string;
  /** The page's route below the base, e.g. "boroughs/borough-a/". */
  route: string;
  /** The PDF's path below the built site, e.g. "pdf/boroughs/borough-a.pdf" (pages link it through src/site/pdf-path.ts). */
  out: string;
}

/** Every board paper and borough page in a built site. */
export function pdfJobs(dist: string): PdfJob[] {
  return PDF_KINDS.flatMap((kind) => {
    const dir = join(dist, kind);
    if (!existsSync(dir)) return [];
    return readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'index.html')))
      .map((e) => ({ kind, slug: e.name, route: `${kind}/${e.name}/`, out: pdfPath(kind, e.name) }))
      .sort((a, b) => a.slug.localeCompare(b.slug, 'en', { numeric: true }));
  });
}

/** The address the site is published at (origin and base), as the build wrote it into sitemap-index.xml. */
export function publicBase(dist: string): string | undefined {
  const file = join(dist, 'sitemap-index.xml');
  if (!existsSync(file)) return undefined;
  const loc = /<loc>([^<]+)<\/loc>/.exec(readFileSync(file, 'utf8'))?.[1];
  return loc ? loc.replace(/[^/]*$/, '') : undefined;
}

/**
 * Points the page's links at the published site, so a PDF never links to the loopback server it was printed from.
 * Links within the page itself stay as they are: Chromium makes them jumps inside the PDF.
 */
async function publishLinks(page: Page, local: string, published: string): Promise<void> {
  await page.evaluate(({ local, published }) => {
    for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
      const url = new URL(a.href);
      const samePage = url.origin === location.origin && url.pathname === location.pathname && url.search === location.search;
      if (samePage || !a.href.startsWith(local)) continue;
      a.href = published + a.href.slice(local.length);
      // Still the site's own link: print.css prints no address after it.
      a.dataset.siteLink = '';
    }
  }, { local, published });
}

/** An element that runs past the printable width: its text would be cut off at the right margin. */
export interface Overflow {
  route: string;
  element: string;
  right: number;
  width: number;
}

/** A4 printable widths in CSS px at 96 dpi: 210 mm and 297 mm less the left and right margins in src/site/print.css. */
const PRINTABLE = { portrait: ((210 - 30) / 25.4) * 96, landscape: ((297 - 30) / 25.4) * 96 };

/**
 * Lays the page out at the printable width (portrait, then landscape for elements on `page: wide`) with print
 * styles, and lists visible elements whose right edge passes it. (Chromium would shrink such a page to fit, or cut it off.)
 * The page must already emulate print media; its viewport is left at the landscape width.
 */
export async function overflows(page: Page, route: string): Promise<Overflow[]> {
  const found: Overflow[] = [];
  let anyWide = true;
  for (const [orientation, width] of Object.entries(PRINTABLE)) {
    await page.setViewportSize({ width: Math.floor(width), height: 1000 });
    const wide = orientation === 'landscape';
    // Most pages have nothing on a wide page: their landscape pass would look at no element, so it is not made.
    if (wide && !anyWide) break;
    const over = await page.evaluate(({ wide, width }) => {
      const out: { element: string; right: number }[] = [];
      // `page` is not inherited: an element is on a wide page when it or an ancestor names one (worked out once each).
      const onWide = new Map<Element, boolean>();
      const onWidePage = (el: Element | null): boolean => {
        if (!el) return false;
        let known = onWide.get(el);
        if (known === undefined) onWide.set(el, (known = getComputedStyle(el).page === 'wide' || onWidePage(el.parentElement)));
        return known;
      };
      const past = (el: Element | null) => !!el && el.getBoundingClientRect().right > width + 1;
      const describe = (el: Element) => el.tagName.toLowerCase() + (el.id ? `#${el.id}` : '') + (el.classList.length ? `.${[...el.classList].join('.')}` : '');
      let anyWide = false;
      for (const el of document.body.querySelectorAll('*')) {
        const elWide = onWidePage(el);
        anyWide ||= elWide;
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.height === 0 || elWide !== wide) continue;
        if (getComputedStyle(el).visibility === 'hidden' || el.closest('.visually-hidden')) continue;
        // Only the outermost element that runs past: its contents follow it.
        if (past(el)) {
          if (!past(el.parentElement)) out.push({ element: `${describe(el)} "${(el.textContent ?? '').trim().slice(0, 40)}"`, right: Math.round(box.right) });
          continue;
        }
        // Text that cannot wrap (a long word, a URL) runs out of its box without widening it.
        for (const node of el.childNodes) {
          if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          const right = range.getBoundingClientRect().right;
          if (right > width + 1) out.push({ element: `text "${node.textContent.trim().slice(0, 40)}" in ${describe(el)}`, right: Math.round(right) });
        }
      }
      return { out, anyWide };
    }, { wide, width: Math.floor(width) });
    if (!wide) anyWide = over.anyWide;
    found.push(...over.out.map((o) => ({ route, ...o, width: Math.floor(width) })));
  }
  return found;
}

export interface PdfResult {
  job: PdfJob;
  ms: number;
  overflows: Overflow[];
  /** True when the PDF came from the cache (its page and every file it loads unchanged since it was printed). */
  cached: boolean;
}

/**
 * Pages of the one browser printing at once. Printing is CPU-bound in the renderers and the browser process; four keep
 * two cores busy while a page loads or its PDF is handed over, and bound the memory (about 100 MB a page).
 */
export const PDF_PAGES = 4;

/** page.pdf's options (part of every cache key). */
const PRINT = { preferCSSPageSize: true, printBackground: true, tagged: true, outline: true } as const;
/**
 * One renderer process per site rather than a new one at every navigation: the same PDFs, with less process start-up
 * CPU per page (measured in BENCHMARKS.md, PDFs).
 */
const PRINT_ARGS = ['--process-per-site'];

/** The path below the site that a request for `url` reads, or undefined when the URL is not the site's. */
function sitePath(url: string, origin: string, base: string, dist: string): string | undefined {
  if (!url.startsWith(origin + base)) return undefined;
  let path = decodeURIComponent(new URL(url).pathname.slice(base.length));
  if (path === '' || path.endsWith('/')) path += 'index.html';
  else if (!/\.[^/]+$/.test(path) && existsSync(join(dist, `${path}.html`))) path += '.html';
  return path;
}

/**
 * Prints each job's page to `<out>/<job.out>` (out defaults to dist), PDF_PAGES at a time, from dist/ served on loopback.
 * A page whose HTML and loaded files are unchanged since it was last printed takes its PDF from the cache (pdf-cache.ts).
 */
export async function renderPdfs(
  dist: string,
  options: { base?: string; jobs?: PdfJob[]; concurrency?: number; out?: string; cache?: string } = {},
): Promise<PdfResult[]> {
  const missing = missingBrowser();
  if (missing) throw new Error(missing);
  const base = options.base ?? siteBase();
  const jobs = options.jobs ?? pdfJobs(dist);
  const out = options.out ?? dist;
  const cache = options.cache ?? PDF_CACHE;
  const published = publicBase(dist);
  const files = new SiteFiles(dist);
  const salt = cache === 'off' ? '' : printSalt(CHROMIUM_PATH, [PRINT, PRINT_ARGS, base, published]);
  const results: PdfResult[] = [];
  const write = (job: PdfJob, pdf: Buffer) => {
    const path = join(out, job.out);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, pdf);
  };
  // Pages unchanged since their last print are copied; only the rest open a browser.
  const toPrint: { job: PdfJob; key: string }[] = [];
  for (const job of jobs) {
    const started = performance.now();
    const key = pageKey(salt, job.route, readFileSync(join(dist, job.route, 'index.html')));
    const kept = lookUp<Overflow>(key, files, cache);
    if (!kept) {
      toPrint.push({ job, key });
      continue;
    }
    write(job, kept.pdf);
    results.push({ job, ms: performance.now() - started, overflows: kept.overflows, cached: true });
  }
  if (toPrint.length) await printPages(toPrint, { dist, base, published, files, cache, concurrency: options.concurrency ?? PDF_PAGES, write, results });
  return results.sort((a, b) => jobs.indexOf(a.job) - jobs.indexOf(b.job));
}

async function printPages(
  queue: { job: PdfJob; key: string }[],
  run: { dist: string; base: string; published: string | undefined; files: SiteFiles; cache: string; concurrency: number; write: (job: PdfJob, pdf: Buffer) => void; results: PdfResult[] },
): Promise<void> {
  const { dist, base, published, files, cache } = run;
  const server = await serveDir(dist, base);
  let browser: Browser | undefined;
  try {
    browser = await launchChromium(PRINT_ARGS);
    const context = await browser.newContext({ javaScriptEnabled: true, reducedMotion: 'reduce' });
    const worker = async () => {
      const page = await context.newPage();
      await page.emulateMedia({ media: 'print' });
      // Every file the page loads (stylesheets, fonts, scripts, anything a script fetches) is part of its cache entry.
      let loaded: string[] = [];
      page.on('request', (request) => loaded.push(request.url()));
      for (let next = queue.shift(); next; next = queue.shift()) {
        const { job, key } = next;
        const started = performance.now();
        loaded = [];
        const response = await page.goto(`${server.origin}${base}${job.route}`, { waitUntil: 'load' });
        if (!response?.ok()) throw new Error(`${job.route} answered ${response?.status()} while printing`);
        await page.evaluate(() => document.fonts.ready);
        if (published) await publishLinks(page, `${server.origin}${base}`, published);
        const found = await overflows(page, job.route);
        const pdf = reproduciblePdf(await page.pdf(PRINT));
        run.write(job, pdf);
        const deps = loaded.filter((url) => !/^(data|blob|about):/.test(url)).map((url) => sitePath(url, server.origin, base, dist));
        // A page that loads anything from elsewhere prints as that other server answers: it is never kept.
        if (deps.every((d) => d !== undefined)) keep(key, pdf, deps as string[], found, files, cache);
        run.results.push({ job, ms: performance.now() - started, overflows: found, cached: false });
      }
      await page.close();
    };
    await Promise.all(Array.from({ length: Math.min(run.concurrency, queue.length) }, worker));
  } finally {
    await browser?.close();
    await server.close();
  }
}
