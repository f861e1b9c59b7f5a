// `npm run pdf`: after a build, prints every board paper and borough profile to A4 PDF under dist/pdf/ (npm run build does this too when it finds Chromium).
import { existsSync } from 'node:fs';
import { missingBrowser, renderPdfs } from './lib/print-pdfs.ts';

const dist = process.env.ATLAS_DIST ?? 'dist';
const missing = missingBrowser();
if (missing) {
  console.error(`✗ ${missing}`);
  process.exit(1);
}
if (!existsSync(`${dist}/index.html`)) {
  console.error(`✗ no built site in ${dist}/: run npm run build first`);
  process.exit(1);
}
const started = performance.now();
const results = await renderPdfs(dist);
const overflows = results.flatMap((r) => r.overflows);
for (const o of overflows) console.error(`${o.route}  ${o.element} runs to ${o.right} px, past the printable width of ${o.width} px`);
const kept = results.filter((r) => r.cached).length;
console.log(`${overflows.length ? '✗' : '✓'} ${results.length} PDFs in ${dist}/pdf/ in ${((performance.now() - started) / 1000).toFixed(1)} s (${results.length - kept} printed, ${kept} unchanged from the cache)`);
if (overflows.length) process.exit(1);
