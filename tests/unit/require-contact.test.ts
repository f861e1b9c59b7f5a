// The publish workflow's contact gate: the site is never published without a contact readers can write to.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { contactProblem } from '../../scripts/lib/contact-rule.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Runs the workflow's step, as the workflow does, over a content root holding this site.yaml. */
function gate(siteYaml: string) {
  const root = mkdtempSync(join(tmpdir(), 'atlas-contact-'));
  dirs.push(root);
  mkdirSync(join(root, 'data'));
  writeFileSync(join(root, 'data/site.yaml'), siteYaml);
  return spawnSync(process.execPath, ['scripts/require-contact.ts', root], { encoding: 'utf8' });
}

describe('the publish workflow refuses to publish without a contact', () => {
  test('an unset contact fails the step with one line saying why', () => {
    const run = gate('title: Partnership Atlas\n# contact: someone@your-organisation.gov.uk\n');
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toEqual(['✗ Not published: data/site.yaml  contact  is not set; the accessibility statement needs an address the publisher reads, so the site is not published until `contact:` is added']);
  });

  test('an address at a domain reserved for examples is refused: it is invented', () => {
    for (const address of ['atlas-demo@example.org', 'a@mail.example.com', 'x@atlas.test']) expect(contactProblem({ contact: address }), address).toMatch(/reserved for examples/);
    expect(gate('contact: atlas-demo@example.org\n').status).toBe(1);
  });

  test('something that is not an address is refused', () => {
    expect(contactProblem({ contact: 'the YPES team' })).toMatch(/"the YPES team" is not an email address/);
  });

  test('a real-looking address passes, and the step says so', () => {
    const run = gate('contact: atlas@borough.gov.uk\n');
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe('✓ data/site.yaml gives readers a contact');
  });

  test('the project as committed invents no contact, and the publish workflow runs the gate before it builds', () => {
    expect(contactProblem(undefined)).toMatch(/is not set/);
    expect(readFileSync('data/site.yaml', 'utf8')).not.toMatch(/^contact:/m);
    const workflow = readFileSync('.github/workflows/publish.yml', 'utf8');
    const gateAt = workflow.indexOf('scripts/require-contact.ts');
    expect(gateAt).toBeGreaterThan(0);
    expect(gateAt).toBeLessThan(workflow.indexOf('npm run build'));
  });
});
