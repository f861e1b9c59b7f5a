// WHY: every figure's PNG is drawn from its SVG after Astro has written it, by resvg (no browser), several at a time on
// the thread pool: rendering is the one costly part of the downloads (about 40 ms a figure), so it stays out of Astro's
// single-threaded page loop. The same step writes _headers, which lets other sites frame /embed/ pages and no others.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';

/** PNG pixels per SVG unit: the figure-registry's PNG_SCALE, which the panels' stated sizes use. */
const SCALE = 2;
/** Liberation Sans is Arial's metric twin: the figure's FONT_FAMILY, found here on Debian and most Linux builders. */
const FONT_FILES = ['/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf', '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf'];

export function pngOptions() {
  const files = FONT_FILES.filter((f) => existsSync(f));
  return {
    fitTo: { mode: 'zoom' as const, value: SCALE },
    // Only the named fonts, not whatever the machine has: the same PNG on every builder with them.
    font: files.length === FONT_FILES.length ? { loadSystemFonts: false, fontFiles: files, defaultFontFamily: 'Liberation Sans', sansSerifFamily: 'Liberation Sans' } : { loadSystemFonts: true },
    background: '#ffffff',
  };
}

/**
 * A PNG is a function of its SVG, the options and resvg's version, so it is kept under their hash and reused by the next
 * build: only changed figures are drawn again (a first build at 1,000 boroughs draws about 1,050, some 120 ms of CPU each).
 */
const CACHE = process.env.ATLAS_FIGURE_CACHE ?? 'node_modules/.cache/atlas-figures';
const RESVG_VERSION = (JSON.parse(readFileSync('node_modules/@resvg/resvg-js/package.json', 'utf8')) as { version: string }).version;

/** Draws <dir>/figures/*.svg to .png beside them; returns how many were drawn and how many came from the cache. */
export async function renderFigurePngs(dir: string): Promise<{ drawn: number; cached: number }> {
  const folder = join(dir, 'figures');
  if (!existsSync(folder)) return { drawn: 0, cached: 0 };
  mkdirSync(CACHE, { recursive: true });
  const svgs = readdirSync(folder).filter((f) => f.endsWith('.svg')).sort();
  const options = pngOptions();
  const width = Math.max(2, Math.min(8, availableParallelism()));
  const salt = JSON.stringify([options, RESVG_VERSION]);
  let next = 0;
  let cached = 0;
  const worker = async () => {
    while (next < svgs.length) {
      const file = svgs[next++]!;
      const svg = readFileSync(join(folder, file));
      const out = join(folder, file.replace(/\.svg$/, '.png'));
      const kept = join(CACHE, `${createHash('sha256').update(salt).update(svg).digest('hex')}.png`);
      if (existsSync(kept)) {
        copyFileSync(kept, out);
        cached++;
        continue;
      }
      const png = (await renderAsync(svg, options)).asPng();
      writeFileSync(out, png);
      writeFileSync(kept, png);
    }
  };
  await Promise.all(Array.from({ length: width }, worker));
  return { drawn: svgs.length - cached, cached };
}

/**
 * Netlify and Cloudflare Pages read _headers: embeds may be framed anywhere, every other page only by the site itself.
 * (GitHub Pages sends no custom headers: there, framing stays allowed everywhere, as before.)
 */
export function writeFrameHeaders(dir: string, base: string): void {
  const root = base.replace(/\/?$/, '/');
  writeFileSync(join(dir, '_headers'), `${root}*\n  Content-Security-Policy: frame-ancestors 'self'\n${root}embed/*\n  Content-Security-Policy: frame-ancestors *\n`);
}

export async function figureStep(dir: string, base: string): Promise<string> {
  const started = performance.now();
  const { drawn, cached } = await renderFigurePngs(dir);
  writeFrameHeaders(dir, base);
  return `figures ${((performance.now() - started) / 1000).toFixed(1)} s (${drawn} PNG drawn, ${cached} from the cache)`;
}
