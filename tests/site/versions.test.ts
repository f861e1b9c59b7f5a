// Frozen releases: the current release's copy in releases/<version>/ is byte for byte what the build publishes today (so
// a figure cannot change under a version number unnoticed), and every release /data/ lists resolves to its files.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { FROZEN_DIR, packageFiles } from '../../src/open-data/frozen-releases.ts';
import { pagePath, readPage, SITE_DIR, visibleText } from '../support/site.ts';

const releases: { version: string; date: string }[] = parse(readFileSync('data/releases.yaml', 'utf8'));
const current = releases.at(-1)!.version;
const built = (path: string) => readFileSync(join(SITE_DIR, path));
const frozenFolders = existsSync(FROZEN_DIR) ? readdirSync(FROZEN_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name) : [];

describe('frozen releases', () => {
  test(`the current release (${current}) has a frozen copy, and it equals today's Data Package and CSV files byte for byte`, () => {
    const dir = join(FROZEN_DIR, current);
    expect(existsSync(dir), `${dir}/ is missing: run npm run build, then npm run release:freeze`).toBe(true);
    const today = packageFiles(built('data/datapackage.json').toString('utf8'));
    expect(readdirSync(dir).sort()).toEqual([...today].sort());
    const drifted = today.filter((f) => !readFileSync(join(dir, f)).equals(built(`data/${f}`)));
    expect(drifted, `these files changed since version ${current} was frozen: add a release to data/releases.yaml and freeze it`).toEqual([]);
  });

  test('every frozen copy is a listed release, and its Data Package carries that version', () => {
    for (const version of frozenFolders) {
      expect(releases.map((r) => r.version)).toContain(version);
      expect(JSON.parse(readFileSync(join(FROZEN_DIR, version, 'datapackage.json'), 'utf8')).version).toBe(version);
    }
  });

  test('/data/ lists every release, newest first, and each copy it links resolves to exactly the frozen files', () => {
    const $ = readPage('/data/');
    const items = $('ul.versions li');
    expect(items.map((_, li) => visibleText($(li)).split(',')[0]).get()).toEqual([...releases].reverse().map((r) => `Version ${r.version}`));
    const linked = items.find('a').map((_, a) => $(a).attr('href')!).get();
    expect(linked).toEqual([...frozenFolders].sort().reverse().map((v) => `/data/${v}/`));
    for (const href of linked) {
      const version = href.split('/')[2]!;
      const page = readPage(href);
      expect(visibleText(page('h1'))).toBe(`Open data, version ${version}`);
      const files = page('main li a').map((_, a) => page(a).attr('href')!).get().filter((h) => h.startsWith(href));
      expect(files.map((h) => h.slice(href.length)).sort()).toEqual(readdirSync(join(FROZEN_DIR, version)).sort());
      for (const f of files) expect(readFileSync(pagePath(f)).equals(readFileSync(join(FROZEN_DIR, version, f.slice(href.length))))).toBe(true);
    }
  });

  test('a release without a copy says so rather than linking nowhere', () => {
    const $ = readPage('/data/');
    for (const r of releases.filter((x) => !frozenFolders.includes(x.version))) {
      expect(visibleText($(`#version-${r.version.replace(/\./g, '-')}`))).toContain('no copy is kept of this release');
    }
  });
});
