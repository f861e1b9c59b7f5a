// The Frictionless (Tabular) Data Package v1 descriptor for the CSV files, made from the same table definitions as the files.
import type { ColumnDoc, Table } from './tables.ts';
import { plainDeep } from './plain-text.ts';

export interface PackageMeta {
  title: string;
  description: string;
  publisher: string;
  licence: { name: string; url: string };
  version: string;
  /** YYYY-MM-DD of the current release: the descriptor's `created`, so the file never depends on the build's clock. */
  released: string;
  homepage: string;
  /** With `id`, a source links to its entry on the site's /sources/ page. */
  sources: { id?: string; title: string; publisher: string; date: string }[];
  notice: string | undefined;
}

/** A column as a Table Schema field. */
export function field(c: ColumnDoc) {
  const constraints = {
    ...(c.required ? { required: true } : {}),
    ...(c.values ? { enum: [...c.values] } : {}),
  };
  return {
    name: c.key,
    title: c.title,
    description: c.description,
    type: c.type ?? 'string',
    ...(Object.keys(constraints).length ? { constraints } : {}),
  };
}

export function dataPackage(meta: PackageMeta, tableList: readonly Table[]): object {
  const descriptor = {
    profile: 'tabular-data-package',
    name: 'partnership-atlas',
    title: meta.title,
    description: meta.notice ? `${meta.description} ${meta.notice}` : meta.description,
    version: meta.version,
    created: `${meta.released}T00:00:00Z`,
    homepage: meta.homepage,
    licenses: [{ path: meta.licence.url, title: meta.licence.name }],
    sources: meta.sources.map((s) => ({ title: `${s.title} (${s.publisher}, ${s.date})`, ...(s.id ? { path: new URL(`../sources/#${s.id}`, meta.homepage).href } : {}) })),
    contributors: [{ title: meta.publisher, role: 'publisher' }],
    keywords: ['14-19', 'partnership working', 'London', 'boroughs', 'analytical grid'],
    resources: tableList.map((t) => ({
      profile: 'tabular-data-resource',
      name: t.name,
      path: t.path.replace(/^data\//, ''),
      title: t.title,
      description: t.summary,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      // As src/open-data/csv.ts writes them: RFC 4180 with CRLF, a BOM (which Frictionless readers skip) and a header row.
      dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
      schema: {
        fields: t.columns.map(field),
        missingValues: [''],
        primaryKey: t.primaryKey,
        ...(t.foreignKeys.length ? { foreignKeys: t.foreignKeys } : {}),
      },
    })),
  };
  return plainDeep(descriptor);
}
