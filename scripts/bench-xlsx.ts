// `node scripts/bench-xlsx.ts [boroughs] [out.xlsx]`: times the spreadsheet writer (src/open-data/xlsx.ts) alone on a
// synthetic dataset shaped like npm run bench's (every borough rates all 27 dimensions, with evidence), and prints its
// CPU time, peak memory and the workbook's hash. XLSX_BENCH_PROJECT=<folder> times another copy of the project's code.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { DatasetInput } from '../src/open-data/tables.ts';
import type { XlsxContent } from '../src/open-data/xlsx.ts';

const project = process.env.XLSX_BENCH_PROJECT ?? new URL('..', import.meta.url).pathname;
const { tables } = (await import(`${project}/src/open-data/tables.ts`)) as typeof import('../src/open-data/tables.ts');
const { workbookBuffer } = (await import(`${project}/src/open-data/xlsx.ts`)) as typeof import('../src/open-data/xlsx.ts');
const grid = parse(readFileSync(`${project}/data/grid.yaml`, 'utf8')) as { strands: DatasetInput['strands'] };
const LEVELS = ['low', 'medium', 'high', 'not-mentioned'] as const;
const n = Number(process.argv[2] ?? 1000);
const strands = grid.strands.map((s) => ({ id: s.id, title: s.title, dimensions: s.dimensions }));
const dims = strands.flatMap((s) => s.dimensions);
const assessments = Array.from({ length: n }, (_, i) => ({
  round: 'bench-1',
  borough: { name: `Bench Borough ${i}`, slug: `bench-${String(i).padStart(4, '0')}`, anonymised: false },
  date: '2026-01',
  source: 'Synthetic benchmark data',
  ratings: Object.fromEntries(
    dims.map((d, j) => {
      const level = LEVELS[(i * 7 + j * 3) % 4]!;
      return [d.id, { level, evidence: `Synthetic evidence ${i}-${j}: ${level === 'not-mentioned' ? 'nothing recorded' : d.descriptors[level]}.` }];
    }),
  ),
}));
const input: DatasetInput = { strands, rounds: [{ id: 'bench-1', title: 'Bench round 1', kind: 'self-assessment', from: '2030-01', to: '2030-06' }], assessments, published: {} };
const content: XlsxContent = {
  title: 'Partnership Atlas', description: 'Synthetic benchmark data.', publisher: 'Bench', licence: { name: 'OGL', url: 'https://example.org/ogl' }, version: '1.0.0', released: '2026-11-29',
  homepage: 'https://example.org/data/', notice: undefined, sources: [{ title: 'Grid', publisher: 'Bench', date: '2013-03' }], errata: [], tables: tables(input),
};

let peak = 0;
const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
const before = process.memoryUsage().rss;
const cpu = process.cpuUsage();
const started = performance.now();
const bytes = await workbookBuffer(content);
const wall = performance.now() - started;
const used = process.cpuUsage(cpu);
clearInterval(sample);
peak = Math.max(peak, process.memoryUsage().rss);
if (process.argv[3]) writeFileSync(process.argv[3], bytes);
const mb = (b: number) => Math.round(b / 1e6);
console.log(`${n} boroughs (${content.tables[0]!.rows.length} rating rows): ${Math.round((used.user + used.system) / 1000)} ms CPU, ${Math.round(wall)} ms wall, peak RSS ${mb(peak)} MB (+${mb(peak - before)} MB), ${bytes.length} bytes, sha256 ${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}`);
