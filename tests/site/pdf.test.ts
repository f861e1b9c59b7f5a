// The PDFs `npm run build` prints: A4, paper numbers and running footer present, the annex landscape, nothing cut off.
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { pdfJobs, renderPdfs } from '../../scripts/lib/print-pdfs.ts';
import { MM, pdfInfo, pdfText, pdfWords, type PdfPage } from '../support/pdf-reader.ts';
import { NINE_POINT_HEIGHT, sizedWords } from '../support/pdf-fonts.ts';
import { SITE_DIR } from '../support/site.ts';

const PDF = join(SITE_DIR, 'pdf');
const PAPER = join(PDF, 'board-papers', '2013-03-19-partnership-research.pdf');
const A4 = { short: 210 * MM, long: 297 * MM };
const near = (a: number, b: number) => Math.abs(a - b) < 1.5;
const portrait = (p: PdfPage) => near(p.width, A4.short) && near(p.height, A4.long);
const landscape = (p: PdfPage) => near(p.width, A4.long) && near(p.height, A4.short);
const all = (kind: string) => (existsSync(join(PDF, kind)) ? readdirSync(join(PDF, kind)).filter((f) => f.endsWith('.pdf')).map((f) => join(PDF, kind, f)) : []);

describe('the board paper PDF', () => {
  test('was printed by the build (a Chromium is needed: apt-get install chromium, or CHROMIUM_PATH)', () => {
    expect(existsSync(PAPER)).toBe(true);
  });

  test('is titled, starts on A4 portrait, and holds the item number, paragraph numbers and "Page 1 of N"', () => {
    const { title, pages } = pdfInfo(PAPER);
    expect(title).toBe('Partnership & Collaboration: Research Recommendations');
    expect(portrait(pages[0]!)).toBe(true);
    const first = pdfText(PAPER, 1);
    expect(first).toMatch(/Item no:\s+7/);
    expect(first).toMatch(/^\s*1\.1\s+In taking forward/m);
    expect(first).toContain(`Page 1 of ${pages.length}`);
    expect(pdfText(PAPER)).toMatch(/^\s*3\.2\.1\s+Most boroughs have a partnership/m);
    // The running footer is on every page, the annex's included.
    pages.forEach((_, i) => expect(pdfText(PAPER, i + 1)).toContain(`Item no: 7`));
    pages.forEach((_, i) => expect(pdfText(PAPER, i + 1)).toContain(`Page ${i + 1} of ${pages.length}`));
  });

  test('the paper is on portrait pages and the annex on landscape pages, its header row repeated on each', () => {
    const { pages } = pdfInfo(PAPER);
    const kinds = pages.map((p, i) => {
      const annex = pdfText(PAPER, i + 1).includes('(boroughs ×');
      return `${annex ? 'annex' : 'paper'} ${landscape(p) ? 'landscape' : portrait(p) ? 'portrait' : `${p.width}x${p.height}`}`;
    });
    expect(kinds.filter((k) => k.startsWith('annex')).length).toBeGreaterThanOrEqual(1);
    expect(kinds.every((k) => k === 'paper portrait' || k === 'annex landscape')).toBe(true);
    expect(kinds.indexOf('annex landscape')).toBeGreaterThan(kinds.lastIndexOf('paper portrait'));
  });
});

describe('borough PDFs', () => {
  test('one per borough, each on at most two A4 portrait pages', () => {
    const files = all('boroughs');
    expect(files.length).toBe(18);
    const over = files.map((f) => ({ f, pages: pdfInfo(f).pages })).filter(({ pages }) => pages.length > 2 || !pages.every(portrait));
    expect(over.map(({ f, pages }) => `${f}: ${pages.length} pages`)).toEqual([]);
  });

  test('every page’s footer names the borough and the page: "Borough C · page 1 of 2"', () => {
    for (const f of all('boroughs')) {
      const name = `Borough ${/borough-([a-r])\.pdf$/.exec(f)![1]!.toUpperCase()}`;
      const { pages } = pdfInfo(f);
      pages.forEach((_, i) => expect(pdfText(f, i + 1), f).toContain(`${name} · page ${i + 1} of ${pages.length}`));
    }
  });

  test('no text is smaller than 9 pt, grey text and the footer included', () => {
    const small = all('boroughs').flatMap((f) => sizedWords(f).filter((w) => w.height < NINE_POINT_HEIGHT).map((w) => `${f} page ${w.page}: "${w.text}" ${w.height.toFixed(2)} pt tall`));
    expect(small.slice(0, 20)).toEqual([]);
  });
});

test('no PDF has text cut off at the right margin (or running into either side margin)', () => {
  const files = [...all('board-papers'), ...all('boroughs')];
  expect(files.length).toBeGreaterThan(1);
  const margin = 15 * MM; // src/site/print.css: 15 mm left and right, portrait and landscape
  const slack = 2; // points: a glyph's box may pass the text edge by a fraction of a point; cut-off text passes it by far more
  const outside = files.flatMap((f) =>
    pdfWords(f)
      .filter((w) => w.xMax > w.pageWidth - margin + slack || w.xMin < margin - slack)
      .map((w) => `${f} page ${w.page}: "${w.text}" spans ${w.xMin.toFixed(0)}–${w.xMax.toFixed(0)} pt of ${w.pageWidth.toFixed(0)}`),
  );
  expect(outside).toEqual([]);
});

test('PDFs link to the published site, never to the loopback server they were printed from', () => {
  const files = [...all('board-papers'), ...all('boroughs')];
  expect(files.filter((f) => readFileSync(f, 'latin1').includes('127.0.0.1'))).toEqual([]);
  expect(readFileSync(join(PDF, 'boroughs', 'borough-a.pdf'), 'latin1')).toContain('/URI (https://london-ypes.github.io/dimensions/');
});

describe('a rebuild prints only the pages that changed (scripts/lib/pdf-cache.ts)', () => {
  test('a fresh print is the build’s PDF byte for byte; then a page’s own stylesheet or a shared one reprints just the pages that load it', async () => {
    // A copy of the built site (the shared one stays as it is), two borough pages, and a cache of the test's own.
    const dir = mkdtempSync(join(tmpdir(), 'atlas-pdf-cache-'));
    try {
      const site = join(dir, 'site');
      cpSync(SITE_DIR, site, { recursive: true, filter: (src) => !/[/\\](pagefind|pdf|figures|data)$/.test(src) });
      const jobs = pdfJobs(site).filter((j) => j.slug === 'borough-a' || j.slug === 'borough-b');
      const print = async () => {
        const results = await renderPdfs(site, { jobs, cache: join(dir, 'cache') });
        return Object.fromEntries(results.map((r) => [r.job.slug, r.cached ? 'kept' : 'printed']));
      };
      const pdf = (slug: string) => readFileSync(join(site, 'pdf', 'boroughs', `${slug}.pdf`));

      expect(await print()).toEqual({ 'borough-a': 'printed', 'borough-b': 'printed' });
      // The build's PDFs may themselves have come from the cache: a fresh print must give the same bytes.
      for (const slug of ['borough-a', 'borough-b']) expect(pdf(slug).equals(readFileSync(join(PDF, 'boroughs', `${slug}.pdf`))), slug).toBe(true);
      const fresh = pdf('borough-a');
      expect(await print()).toEqual({ 'borough-a': 'kept', 'borough-b': 'kept' });
      expect(pdf('borough-a').equals(fresh)).toBe(true);

      appendFileSync(join(site, 'boroughs', 'borough-a', 'print.css'), '\nh1::after { content: " (edited)"; }\n');
      expect(await print()).toEqual({ 'borough-a': 'printed', 'borough-b': 'kept' });
      expect(pdf('borough-a').equals(fresh)).toBe(false);

      const shared = readdirSync(join(site, '_astro')).filter((f) => f.endsWith('.css')).map((f) => join(site, '_astro', f));
      shared.forEach((f) => appendFileSync(f, '\n/* a changed stylesheet */\n'));
      expect(await print()).toEqual({ 'borough-a': 'printed', 'borough-b': 'printed' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
