// `npm run build:demo`: builds the fictional demonstration set (examples/demo) into dist-demo/.
// The demo states only what differs (its boroughs, assessments, rounds, published table, sources, releases and
// settings, with an invented publisher and no contact);
// everything else (the grid, glossary, pages) is the project's own, so there is one copy of each.
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const demo = 'examples/demo';
const root = '.demo-root';
rmSync(root, { recursive: true, force: true });
for (const dir of ['content', 'data']) {
  cpSync(dir, join(root, dir), { recursive: true });
  // Each file or folder the demo has at this level replaces the project's whole file or folder.
  for (const entry of readdirSync(join(demo, dir))) {
    rmSync(join(root, dir, entry), { recursive: true, force: true });
    cpSync(join(demo, dir, entry), join(root, dir, entry), { recursive: true });
  }
}
const result = spawnSync(process.execPath, ['scripts/build.ts'], {
  stdio: 'inherit',
  env: { ...process.env, ATLAS_ROOT: root, ATLAS_DIST: process.env.ATLAS_DIST ?? 'dist-demo', ATLAS_PDF: process.env.ATLAS_PDF ?? 'off' },
});
process.exit(result.status ?? 1);
