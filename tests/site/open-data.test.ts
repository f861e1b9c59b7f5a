// The open data as its users meet it: a Data Package a Frictionless tool accepts, CSVs that keep to it, a spreadsheet
// that holds the content cell for cell, a catalogue record on /data/, a changes page and a feed. Expected values come
// from the content files read independently.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { readProfiles } from '../support/profiles.ts';
import { cspFindings } from '../support/gates/csp.ts';
import { microdata, type Item } from '../support/microdata.ts';
import { readPage, readText, SITE_DIR, visibleText, allRoutes } from '../support/site.ts';
import { parseTable, profileErrors, tableSchemaErrors, type Resource } from '../support/table-schema.ts';
import { siteSettings } from '../../scripts/lib/site-settings.ts';

type Level = 'low' | 'medium' | 'high' | 'not-mentioned';
const LEVELS: Level[] = ['low', 'medium', 'high', 'not-mentioned'];
const WORD: Record<Level, string> = { low: 'Low', medium: 'Medium', high: 'High', 'not-mentioned': 'Not mentioned' };
interface Profile { name: string; slug: string; anonymised: boolean; assessment: { round: string }; ratings: Record<string, { level: Level; evidence?: string }> }

const grid = parse(readFileSync('data/grid.yaml', 'utf8'));
const site = siteSettings();
const published = parse(readFileSync('data/published/extent-2013.yaml', 'utf8'));
const releases: { version: string; date: string; summary: string; changes: { kind: string; text: string }[] }[] = parse(readFileSync('data/releases.yaml', 'utf8'));
const dimIds: string[] = grid.strands.flatMap((s: { dimensions: { id: string }[] }) => s.dimensions.map((d) => d.id));
const profiles: Profile[] = (readProfiles() as Profile[])
  .sort((a, b) => a.name.localeCompare(b.name, 'en-GB', { numeric: true }));
const csvFiles = readdirSync(join(SITE_DIR, 'data')).filter((f) => f.endsWith('.csv')).sort();
const descriptor = JSON.parse(readText('/data/datapackage.json'));
const resources = descriptor.resources as Resource[];
const csvOf = (path: string) => readText(`/data/${path}`);
/** A CSV cell as the spreadsheet holds it: no formula-guard apostrophe, levels as words, nothing for empty. */
const unguard = (v: string) => (/^'[=+\-@\t\r]/.test(v) ? v.slice(1) : v);

describe('/data/datapackage.json', () => {
  test('is valid against the published Tabular Data Package profile', () => {
    expect(profileErrors(descriptor)).toEqual([]);
  });

  test('the profile check fails a broken descriptor (so the test above can fail)', () => {
    const broken = structuredClone(descriptor);
    broken.resources[0].schema.fields[0].type = 'text';
    delete broken.resources[1].path;
    expect(profileErrors(broken).length).toBeGreaterThan(0);
  });

  test('has one resource per CSV file, each with a described, typed Table Schema', () => {
    expect(resources.map((r) => r.path).sort()).toEqual(csvFiles);
    for (const r of resources) {
      for (const f of r.schema.fields as unknown as { name: string; description: string; type: string }[]) {
        expect(f.description, `${r.name}.${f.name}`).toMatch(/\w{3}/);
        expect(f.type).toMatch(/^(string|integer|boolean|yearmonth)$/);
      }
    }
    const ratings = resources.find((r) => r.name === 'ratings')!;
    expect(ratings.schema.fields.find((f) => f.name === 'level')!.constraints?.enum).toEqual(LEVELS);
  });

  test('keys: ratings are identified by round, borough and dimension, and point at the grid, the rounds and the boroughs', () => {
    const ratings = resources.find((r) => r.name === 'ratings')!;
    expect(ratings.schema.primaryKey).toEqual(['round', 'slug', 'dimension']);
    expect(ratings.schema.foreignKeys).toEqual(expect.arrayContaining([
      { fields: ['dimension'], reference: { resource: 'grid', fields: ['dimension'] } },
      { fields: ['round'], reference: { resource: 'rounds', fields: ['round'] } },
      { fields: ['round', 'slug'], reference: { resource: 'grid-wide', fields: ['round', 'slug'] } },
    ]));
    expect(resources.find((r) => r.name === 'tallies')!.schema.primaryKey).toEqual(['round', 'dimension', 'level']);
  });

  test('carries the licence from data/site.yaml, the source and the version from data/releases.yaml', () => {
    expect(descriptor.licenses).toEqual([{ path: site.licence.url, title: site.licence.name }]);
    expect(descriptor.version).toBe(releases.at(-1)!.version);
    expect(descriptor.created).toBe(`${releases.at(-1)!.date}T00:00:00Z`);
    expect(descriptor.sources[0].title).toMatch(/The extent of 14-19 partnership organization and activity/);
    expect(descriptor.sources[0].path).toBe('https://london-ypes.github.io/sources/#ioe-grid-2013');
    expect(readPage('/sources/')('#ioe-grid-2013')).toHaveLength(1);
  });

  test('every CSV keeps to its Table Schema: header, types, allowed values, required cells, keys', () => {
    expect(tableSchemaErrors(resources, csvOf)).toEqual([]);
  });

  test('the conformance check catches a bad level, a missing key and a repeated row', () => {
    const tampered = (path: string) => {
      const text = csvOf(path);
      if (path === 'ratings.csv') return text.replace(',medium,', ',middling,').replace(/\r\n$/, '\r\n' + text.split('\r\n')[1] + '\r\n');
      if (path === 'rounds.csv') return text.split('\r\n')[0] + '\r\n';
      return text;
    };
    const errors = tableSchemaErrors(resources, tampered).join('\n');
    expect(errors).toMatch(/"middling" is not one of low, medium, high, not-mentioned/);
    expect(errors).toMatch(/primary key .* repeated/);
    expect(errors).toMatch(/round \["ioe-2012-13"\] not in rounds/);
  });
});

describe('/data/grid-wide.csv', () => {
  const { header, rows } = parseTable(csvOf('grid-wide.csv'));
  test('has one row per borough and one column per dimension, holding the profile’s level', () => {
    expect(header).toEqual(['round', 'borough', 'slug', 'anonymised', ...dimIds]);
    expect(rows.map((r) => r.slug)).toEqual(profiles.map((p) => p.slug));
    for (const p of profiles) {
      const row = rows.find((r) => r.slug === p.slug)!;
      expect(row.round).toBe(p.assessment.round);
      expect(dimIds.map((d) => row[d])).toEqual(dimIds.map((d) => p.ratings[d]!.level));
    }
  });
});

describe('/data/partnership-atlas.xlsx', () => {
  let wb: ExcelJS.Workbook;
  let zip: JSZip;
  const bytes = readFileSync(join(SITE_DIR, 'data/partnership-atlas.xlsx'));
  beforeAll(async () => {
    wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    zip = await JSZip.loadAsync(bytes);
  });
  const values = (ws: ExcelJS.Worksheet) => {
    const out: unknown[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      out[n - 1] = Array.from({ length: ws.columnCount }, (_, i) => row.getCell(i + 1).value ?? null);
    });
    return out;
  };
  /** The table on a sheet: header on row 3, then its rows. */
  const table = (name: string) => values(wb.getWorksheet(name)!).slice(2);

  test('has a cover, contents and notes, then one table per sheet', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Cover', 'Contents', 'Notes', 'Grid', 'Ratings', 'Tallies', 'Dimensions', 'Rounds']);
    for (const ws of wb.worksheets.slice(1)) expect(ws.getTables(), ws.name).toHaveLength(1);
    expect(wb.getWorksheet('Cover')!.getTables()).toHaveLength(0);
  });

  test('the cover says what it is, that the boroughs are anonymised, the source, the licence and the version', () => {
    const text = values(wb.getWorksheet('Cover')!).map((r) => r[0]).join('\n');
    expect(values(wb.getWorksheet('Cover')!)[0]![0]).toBe(site.title);
    expect(text).toMatch(/anonymised reconstructions/);
    expect(text).toContain('The extent of 14-19 partnership organization and activity in 18 London boroughs');
    expect(text).toContain(`${site.licence.name}: ${site.licence.url}`);
    expect(text).toContain(`${releases.at(-1)!.version}, released ${releases.at(-1)!.date}`);
  });

  test('no merged cells and no blank rows, in any sheet', async () => {
    for (const name of Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f))) {
      expect(await zip.file(name)!.async('string'), name).not.toContain('<mergeCell');
    }
    for (const ws of wb.worksheets) {
      values(ws).forEach((row, i) => expect(row.some((v) => v !== null && v !== ''), `${ws.name} row ${i + 1}`).toBe(true));
    }
  });

  test('the notes hold every erratum of the published table', () => {
    const rows = table('Notes').slice(1);
    const strand = published.strands.activity.corrections[0];
    expect(rows).toContainEqual(['[note 1]', 'Partnership activity, strand total, Not mentioned', String(published.strands.activity.printed['not-mentioned']), String(strand.corrected), strand.note]);
    const tallies = Object.entries(published.counts as Record<string, { tallies?: Record<string, number> }>).flatMap(([, c]) => Object.keys(c.tallies ?? {}));
    expect(rows).toHaveLength(1 + tallies.length);
  });

  test('the grid sheet is the wide table: boroughs by 27 dimensions, levels as words', () => {
    const [head, ...rows] = table('Grid');
    expect(head).toHaveLength(4 + 27);
    expect(rows.map((r) => r[2])).toEqual(profiles.map((p) => p.slug));
    for (const [i, p] of profiles.entries()) {
      expect(rows[i]!.slice(0, 4)).toEqual([p.assessment.round, p.name, p.slug, p.anonymised]);
      expect(rows[i]!.slice(4)).toEqual(dimIds.map((d) => WORD[p.ratings[d]!.level]));
    }
  });

  test.each([['Ratings', 'ratings.csv'], ['Tallies', 'tallies.csv'], ['Dimensions', 'grid.csv'], ['Rounds', 'rounds.csv']])('the %s sheet holds %s cell for cell', (sheet, csv) => {
    const resource = resources.find((r) => r.path === csv)!;
    const { rows } = parseTable(csvOf(csv));
    const expected = rows.map((r) => resource.schema.fields.map((f) => {
      const v = unguard(r[f.name]!);
      if (v === '') return null;
      if (f.type === 'integer') return Number(v);
      if (f.type === 'boolean') return v === 'true';
      return f.constraints?.enum === undefined || !LEVELS.includes(v as Level) ? v : WORD[v as Level];
    }));
    const [head, ...got] = table(sheet);
    expect(head).toHaveLength(resource.schema.fields.length);
    expect(got).toEqual(expected);
  });
});

describe('/data/ as a catalogue sees it', () => {
  const $ = readPage('/data/');
  const base = 'https://london-ypes.github.io/data/';
  const items = microdata($, base);
  const dataset = items.find((i) => i.type === 'https://schema.org/Dataset')!;
  const one = (item: Item, name: string) => item.properties[name]?.[0];

  test('is a schema.org Dataset with name, description, licence, creator, version and coverage', () => {
    expect(dataset).toBeDefined();
    expect(one(dataset, 'name')).toBe(site.title);
    expect(String(one(dataset, 'description')).length).toBeGreaterThan(50);
    expect(one(dataset, 'license')).toBe(site.licence.url);
    expect((one(dataset, 'creator') as Item).properties.name).toEqual([site.publisher]);
    expect(one(dataset, 'version')).toBe(releases.at(-1)!.version);
    expect(one(dataset, 'temporalCoverage')).toMatch(/^\d{4}-\d{2}\/\d{4}-\d{2}$/);
    const place = one(dataset, 'spatialCoverage') as Item;
    expect([place.type, place.properties.name]).toEqual(['https://schema.org/Place', ['London']]);
  });

  test('lists every file as a distribution with its address and encoding format', () => {
    const files = (dataset.properties.distribution as Item[]).map((d) => [one(d, 'contentUrl'), one(d, 'encodingFormat')]);
    expect(files).toEqual(expect.arrayContaining([
      [`${base}partnership-atlas.xlsx`, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      [`${base}datapackage.json`, 'application/json'],
      ['https://london-ypes.github.io/grid.svg', 'image/svg+xml'],
      ...csvFiles.map((f) => [`${base}${f}`, 'text/csv']),
    ]));
  });

  test('documents the new tables’ columns: every column of rounds.csv, and the wide table’s dimension columns as one group', () => {
    const columns = (id: string) => $(`#${id}`).parent().find('tbody th').map((_, th) => visibleText($(th))).get();
    expect(columns('rounds-csv-columns')).toEqual(parseTable(csvOf('rounds.csv')).header);
    expect(columns('grid-wide-csv-columns')).toEqual(['round', 'borough', 'slug', 'anonymised', `${dimIds[0]} … ${dimIds.at(-1)}`]);
  });

  test('with no inline script', () => {
    expect(cspFindings(readText('/data/'), '/data/')).toEqual([]);
    expect($('script:not([src])')).toHaveLength(0);
  });
});

describe('/data/changes/', () => {
  const $ = readPage('/data/changes/');
  test('lists every release from data/releases.yaml, newest first, with what changed', () => {
    expect($('main h2').map((_, h) => visibleText($(h))).get().map((t) => t.split(',')[0])).toEqual([...releases].reverse().map((r) => `Version ${r.version}`));
    const newest = $(`#v${releases.at(-1)!.version.replace(/\./g, '-')}`).closest('section');
    for (const c of releases.at(-1)!.changes) expect(visibleText(newest)).toContain(c.text);
  });
  test('is linked from /data/', () => {
    expect(readPage('/data/')('a[href="/data/changes/"]').length).toBeGreaterThan(0);
  });
});

describe('/feed.xml', () => {
  const text = readText('/feed.xml');
  test('is well-formed XML in the Atom namespace, with the ids, titles and dates Atom requires', () => {
    const parser = new SaxesParser({ xmlns: true });
    let root = '';
    parser.on('opentag', (t) => (root ||= `${t.uri} ${t.local}`));
    parser.write(text).close();
    expect(root).toBe('http://www.w3.org/2005/Atom feed');
    const entries = text.split('<entry>').slice(1);
    expect(entries.length).toBeGreaterThan(0);
    for (const e of entries) {
      expect(e).toMatch(/<id>https:\/\/[^<]+<\/id>/);
      expect(e).toMatch(/<updated>\d{4}-\d{2}-\d{2}T00:00:00Z<\/updated>/);
      expect(e).toMatch(/<title>[^<]+<\/title>/);
    }
  });
  test('lists board papers, case studies, rounds and data releases, dated from the content', () => {
    const terms = [...text.matchAll(/<category term="([^"]+)"\/>/g)].map((m) => m[1]);
    expect(new Set(terms)).toEqual(new Set(['Board paper', 'Case study', 'Assessment round', 'Data release']));
    expect(text).toContain(`<updated>${releases.at(-1)!.date}T00:00:00Z</updated>`);
    expect(terms.filter((t) => t === 'Case study')).toHaveLength(readdirSync('content/case-studies').length);
  });
  test('is linked from the head of every page', () => {
    // Embed pages hold only their figure (they are framed on other sites), so they carry no feed link.
    for (const route of allRoutes().filter((r) => !r.startsWith('/embed/'))) {
      expect(readPage(route)('head link[rel="alternate"][type="application/atom+xml"]').attr('href'), route).toBe('/feed.xml');
    }
  });
});
