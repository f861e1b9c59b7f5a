// WHY: a PDF is a function of its page's HTML, the files that page loads, the browser and our print code; kept under
// their hash, a rebuild prints only the pages that changed (one borough edited, one PDF printed), like figure-png.ts.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** Where kept PDFs live; ATLAS_PDF_CACHE=off prints every PDF afresh. */
export const PDF_CACHE = process.env.ATLAS_PDF_CACHE ?? 'node_modules/.cache/atlas-pdfs';

/** What a kept PDF was printed from: every file its page loaded (path below the site → sha256), and what the check found. */
export interface PdfManifest<T> {
  deps: Record<string, string>;
  overflows: T[];
}

const sha = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** The files of our own that decide how a page prints, and the browser driver's version. */
const CODE = ['print-pdfs.ts', 'pdf-reproducible.ts', 'pdf-cache.ts', 'chromium.ts'].map((f) => new URL(f, import.meta.url));
const FONT_DIRS = ['/usr/share/fonts', '/usr/local/share/fonts', '/etc/fonts', join(homedir(), '.fonts'), join(homedir(), '.local/share/fonts')];

/** Every font file the browser could pick (path, size, time): a font installed or updated changes every key. */
function fontFingerprint(): string {
  const out: string[] = [];
  for (const dir of FONT_DIRS) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir, { recursive: true }) as string[]) {
      const s = statSync(join(dir, f), { throwIfNoEntry: false });
      if (s?.isFile()) out.push(`${dir}/${f} ${s.size} ${s.mtimeMs}`);
    }
  }
  return out.sort().join('\n');
}

/**
 * The part of every key that is not the page: browser (its own version line), fonts, our print code, playwright's
 * version, and the run's settings (print options, base, published address).
 */
export function printSalt(chromiumPath: string, settings: unknown): string {
  const version = spawnSync(chromiumPath, ['--version'], { encoding: 'utf8' }).stdout.trim();
  const playwright = (JSON.parse(readFileSync('node_modules/playwright-core/package.json', 'utf8')) as { version: string }).version;
  return sha(JSON.stringify([version, playwright, sha(fontFingerprint()), CODE.map((u) => sha(readFileSync(u))), settings]));
}

/** Hashes of the site's files, each read once per run (every borough page loads the same stylesheets). */
export class SiteFiles {
  private known = new Map<string, string>();
  private dist: string;
  constructor(dist: string) {
    this.dist = dist;
  }

  /** sha256 of a file below the site, or "missing" (a page that loaded a 404 prints the same while it stays missing). */
  hash(path: string): string {
    let h = this.known.get(path);
    if (h === undefined) {
      const file = join(this.dist, path);
      h = existsSync(file) && statSync(file).isFile() ? sha(readFileSync(file)) : 'missing';
      this.known.set(path, h);
    }
    return h;
  }
}

/** The entry for a page: its route and HTML under the run's salt. */
export function pageKey(salt: string, route: string, html: Buffer): string {
  return createHash('sha256').update(salt).update(route).update('\0').update(html).digest('hex');
}

/** The kept PDF and what the check found, when every file the page loaded last time is unchanged; else undefined. */
export function lookUp<T>(key: string, files: SiteFiles, cache = PDF_CACHE): { pdf: Buffer; overflows: T[] } | undefined {
  if (cache === 'off') return undefined;
  const manifestFile = join(cache, `${key}.json`);
  const pdfFile = join(cache, `${key}.pdf`);
  if (!existsSync(manifestFile) || !existsSync(pdfFile)) return undefined;
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as PdfManifest<T>;
  for (const [path, hash] of Object.entries(manifest.deps)) if (files.hash(path) !== hash) return undefined;
  return { pdf: readFileSync(pdfFile), overflows: manifest.overflows };
}

/** Keeps a fresh print: the PDF first, then its manifest (written last, so a half-written entry is never a hit). */
export function keep<T>(key: string, pdf: Buffer, deps: string[], overflows: T[], files: SiteFiles, cache = PDF_CACHE): void {
  if (cache === 'off') return;
  mkdirSync(cache, { recursive: true });
  const manifest: PdfManifest<T> = { deps: Object.fromEntries([...new Set(deps)].sort().map((p) => [p, files.hash(p)])), overflows };
  for (const [file, data] of [[`${key}.pdf`, pdf], [`${key}.json`, JSON.stringify(manifest)]] as const) {
    const tmp = join(cache, `${file}.${process.pid}.tmp`);
    writeFileSync(tmp, data);
    renameSync(tmp, join(cache, file));
  }
}
