// Reads a Data Package as a data user's tool would: the descriptor against the published profile, each CSV against its Table Schema.
import { readFileSync } from 'node:fs';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import Papa from 'papaparse';

const PROFILE = JSON.parse(readFileSync('tests/fixtures/frictionless/tabular-data-package.json', 'utf8'));

/** Errors from validating a descriptor against the Tabular Data Package profile (JSON Schema draft-04), as "path message". */
export function profileErrors(descriptor: unknown): string[] {
  // The profile uses editor-only keywords (propertyOrder, context, options) and a "textarea" format: not validation rules.
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addFormat('textarea', true);
  const validate = ajv.compile(PROFILE);
  return validate(descriptor) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
}

interface Field {
  name: string;
  type: string;
  constraints?: { required?: boolean; enum?: string[] };
}
export interface Resource {
  name: string;
  path: string;
  schema: { fields: Field[]; missingValues?: string[]; primaryKey: string[]; foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[] };
}

const TYPES: Record<string, (v: string) => boolean> = {
  string: () => true,
  integer: (v) => /^-?\d+$/.test(v),
  boolean: (v) => v === 'true' || v === 'false',
  yearmonth: (v) => /^\d{4}-(0[1-9]|1[0-2])$/.test(v),
};

export function parseTable(csv: string): { header: string[]; rows: Record<string, string>[] } {
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  const [header = [], ...body] = parsed.data;
  return { header, rows: body.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']))) };
}

/** Every way the CSV text of each resource breaks its Table Schema: header, types, enums, required, keys. */
export function tableSchemaErrors(resources: readonly Resource[], csvOf: (path: string) => string): string[] {
  const tables = new Map(resources.map((r) => [r.name, parseTable(csvOf(r.path))]));
  const errors: string[] = [];
  for (const r of resources) {
    const { header, rows } = tables.get(r.name)!;
    const fields = r.schema.fields;
    const missing = new Set(r.schema.missingValues ?? ['']);
    if (JSON.stringify(header) !== JSON.stringify(fields.map((f) => f.name))) errors.push(`${r.path}: header ${header.join(',')} is not the schema's fields`);
    rows.forEach((row, i) => {
      for (const f of fields) {
        const v = row[f.name] ?? '';
        const at = `${r.path} row ${i + 2} ${f.name}`;
        if (missing.has(v)) {
          if (f.constraints?.required) errors.push(`${at}: required but empty`);
          continue;
        }
        if (!TYPES[f.type]) errors.push(`${at}: type ${f.type} is not one this test knows`);
        else if (!TYPES[f.type]!(v)) errors.push(`${at}: ${JSON.stringify(v)} is not a ${f.type}`);
        if (f.constraints?.enum && !f.constraints.enum.includes(v)) errors.push(`${at}: ${JSON.stringify(v)} is not one of ${f.constraints.enum.join(', ')}`);
      }
    });
    const key = (row: Record<string, string>, names: string[]) => JSON.stringify(names.map((n) => row[n]));
    const seen = new Set<string>();
    for (const row of rows) {
      const k = key(row, r.schema.primaryKey);
      if (seen.has(k)) errors.push(`${r.path}: primary key ${k} repeated`);
      seen.add(k);
    }
    for (const fk of r.schema.foreignKeys ?? []) {
      const target = tables.get(fk.reference.resource || r.name);
      if (!target) {
        errors.push(`${r.path}: foreign key to unknown resource ${fk.reference.resource}`);
        continue;
      }
      const known = new Set(target.rows.map((t) => key(t, fk.reference.fields)));
      for (const row of rows) if (!known.has(key(row, fk.fields))) errors.push(`${r.path}: ${fk.fields.join('+')} ${key(row, fk.fields)} not in ${fk.reference.resource}`);
    }
  }
  return errors;
}
