// Builds are reproducible (two clean builds, byte for byte) and atomic (a failed check or build leaves dist/ as it was).
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildCopy, copyProject } from '../../scripts/lib/project-copy.ts';
import { applyFixture } from '../support/fixture-site.ts';
import { SITE_DIR, waitForSite } from '../support/site.ts';

/** Every file under a folder with the SHA-256 of its bytes, sorted by path. */
function fingerprint(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of (readdirSync(dir, { recursive: true }) as string[]).sort()) {
    const full = join(dir, f);
    if (statSync(full).isFile()) out[f.replace(/\\/g, '/')] = createHash('sha256').update(readFileSync(full)).digest('hex');
  }
  return out;
}

const copies: string[] = [];
const copy = (prefix: string) => copies[copies.push(copyProject(prefix)) - 1]!;
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('reproducible builds', () => {
  // One side is the run's shared build (tests/support/global-setup.ts: this checkout, UTC, C.UTF-8), PDFs included.
  test('two clean builds, from two checkouts, in different time zones and locales, are byte-identical', async () => {
    const b = copy('atlas-repro-b');
    // Its PDFs are printed afresh, not taken from the PDF cache the shared build may have filled.
    const rb = await buildCopy(b, 'dist', { TZ: 'Pacific/Kiritimati', LANG: 'de_DE.UTF-8', ATLAS_PDF_CACHE: 'off' });
    expect(rb.status, rb.output).toBe(0);
    await waitForSite();
    const [fa, fb] = [fingerprint(SITE_DIR), fingerprint(join(b, 'dist'))];
    expect(Object.keys(fa).length).toBeGreaterThan(10);
    expect(Object.keys(fa).filter((f) => f.startsWith('pdf/')).length, 'PDFs compared too').toBeGreaterThan(10);
    const differ = [...new Set([...Object.keys(fa), ...Object.keys(fb)])].filter((f) => fa[f] !== fb[f]);
    expect(differ).toEqual([]);
  }, 600_000);
});

describe('atomic builds', () => {
  test('a failing content check, then a build that fails inside Astro, both leave the previous dist/ untouched', async () => {
    const root = copy('atlas-atomic');
    const dist = join(root, 'dist');
    mkdirSync(join(dist, 'boroughs'), { recursive: true });
    writeFileSync(join(dist, 'marker.txt'), 'the previous build\n');
    writeFileSync(join(dist, 'boroughs/index.html'), '<!DOCTYPE html><title>previous</title>\n');
    const before = fingerprint(dist);

    applyFixture(root, 'bad-level');
    const check = await buildCopy(root);
    expect(check.status).not.toBe(0);
    expect(check.output).toContain('ratings.data-sharing.level');
    expect(fingerprint(dist)).toEqual(before);

    rmSync(join(root, 'content/boroughs/borough-s.yaml'));
    rmSync(join(root, 'content/assessments/self-assessment-2026-27'), { recursive: true });
    writeFileSync(join(root, 'src/pages/planted-failure.astro'), "---\nthrow new Error('planted failure inside astro build');\n---\n");
    const astro = await buildCopy(root);
    expect(astro.status).not.toBe(0);
    expect(astro.output).toContain('planted failure inside astro build');
    expect(astro.output).toContain('dist/ was left as it was');
    expect(astro.output, 'no stack trace').not.toMatch(/^\s+at |Stack trace/m);
    expect(fingerprint(dist)).toEqual(before);
  }, 180_000);
});
