// Each broken fixture must produce exactly the lines in its expected.txt: the messages officers read are pinned
// beside the change that causes them (tests/fixtures/broken/<name>/), as Observable Framework keeps its build tests.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BROKEN, checkFixture } from '../support/fixture-site.ts';

const names = readdirSync(BROKEN).filter((n) => statSync(join(BROKEN, n)).isDirectory());

describe('content checker on broken fixtures', () => {
  test('there are at least 25 fixtures', () => {
    expect(names.length).toBeGreaterThanOrEqual(25);
  });

  test('the real content has no problems', () => {
    expect(checkFixture('none')).toBe('');
  });

  test.each(names)('%s', async (name) => {
    const output = checkFixture(name);
    expect(output, `${name} reports nothing`).not.toBe('');
    await expect(`${output}\n`).toMatchFileSnapshot(`../fixtures/broken/${name}/expected.txt`);
  });
});
