// CITATION.cff: valid Citation File Format 1.2.0 (the official schema, tests/fixtures/citation-file-format/), and citing
// the same version and date as the latest release in data/releases.yaml, so GitHub's "Cite this repository" never lags.
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { CORE_SCHEMA, load } from 'js-yaml';
import { describe, expect, test } from 'vitest';

const schema = JSON.parse(readFileSync('tests/fixtures/citation-file-format/schema-1.2.0.json', 'utf8'));
// CFF's own note: YAML dates are validated as strings, so the file is read without YAML's timestamp type.
const readYaml = (path: string) => load(readFileSync(path, 'utf8'), { schema: CORE_SCHEMA }) as Record<string, unknown>;
const cff = readYaml('CITATION.cff');
const releases = load(readFileSync('data/releases.yaml', 'utf8'), { schema: CORE_SCHEMA }) as { version: string; date: string }[];

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);
const problems = (doc: unknown) => (validate(doc) ? [] : validate.errors!.map((e) => `${e.instancePath || '/'} ${e.message}`));

describe('CITATION.cff', () => {
  test('validates against the Citation File Format 1.2.0 schema', () => {
    expect(cff['cff-version']).toBe('1.2.0');
    expect(problems(cff)).toEqual([]);
  });

  test('the schema check fails on a broken citation (no authors, a date that is not one)', () => {
    const { authors: _authors, ...rest } = cff;
    expect(problems({ ...rest, 'date-released': '2026-13-40' }).join('\n')).toMatch(/authors[\s\S]*date-released|date-released[\s\S]*authors/);
  });

  test('cites the latest release in data/releases.yaml: its version and its date', () => {
    const latest = releases.at(-1)!;
    expect({ version: String(cff.version), date: String(cff['date-released']) }).toEqual({ version: latest.version, date: latest.date });
  });
});
