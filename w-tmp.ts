import { weighPage } from './scripts/lib/page-weight.ts';
for (const r of ['boroughs/borough-a/', 'boroughs/borough-c/', 'grid/', 'dimensions/ceiag/']) { const w = weighPage(process.argv[2]!, r); console.log(r, w.html.brotli, w.css.brotli, w.js.brotli); }
