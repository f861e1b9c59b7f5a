// Frozen copies of each release's open data, kept in releases/<version>/ beside the content (not inside data/, which the
// checker reads): the Data Package and its CSV files as they were published, so a citation's numbers stay findable.
// WHY the Data Package only: it is the whole dataset, self-described; the spreadsheet, JSON and SVG are made from the
// same tables, so freezing them too would triple each copy for no figure that is not already there.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { contentRoot } from '../content/content-root.ts';

export const FROZEN_DIR = 'releases';

export interface FrozenFile {
  name: string;
  bytes: number;
}
export interface FrozenRelease {
  version: string;
  dir: string;
  files: FrozenFile[];
}

/** The files a release freezes, read from its Data Package: the descriptor and every resource it lists. */
export function packageFiles(datapackageJson: string): string[] {
  const descriptor = JSON.parse(datapackageJson) as { resources: { path: string }[] };
  return ['datapackage.json', ...descriptor.resources.map((r) => r.path)];
}

/** Every frozen release under the content root, oldest version first. */
export function frozenReleases(root = contentRoot()): FrozenRelease[] {
  const base = join(root, FROZEN_DIR);
  if (!existsSync(base)) return [];
  return readdirSync(base)
    .filter((v) => /^\d+\.\d+\.\d+$/.test(v) && statSync(join(base, v)).isDirectory())
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .map((version) => {
      const dir = join(base, version);
      const names = existsSync(join(dir, 'datapackage.json')) ? packageFiles(readFileSync(join(dir, 'datapackage.json'), 'utf8')) : [];
      return { version, dir, files: names.map((name) => ({ name, bytes: statSync(join(dir, name)).size })) };
    });
}
