// A borough with hostile text in every field, built for real: the text shows literally everywhere and injects nothing.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cspFindings } from '../support/gates/csp.ts';
import { csvFindings, escapeFindings, jsonFindings, jsonStrings, literalCount, pdfFindings, pdfTitles } from '../support/gates/escape.ts';
import { lines } from '../support/gates/finding.ts';
import { readSite } from '../support/gates/site-map.ts';
import ExcelJS from 'exceljs';
import { CONTROL_DIMENSION, FORMULA_DIMENSION, HOSTILE, HOSTILE_BODY, HOSTILE_CONTROL, HOSTILE_EVIDENCE, HOSTILE_FORMULA, HOSTILE_NAME, HOSTILE_SOURCE, HOSTILE_TITLE, plantHostileContent } from '../support/hostile.ts';
import { profileErrors, tableSchemaErrors, type Resource } from '../support/table-schema.ts';
import { xlsxXmlErrors, xmlErrors, xmlTexts } from '../support/xml.ts';
import { buildCopy, copyProject } from '../../scripts/lib/project-copy.ts';

let root: string;
let dist: string;
beforeAll(async () => {
  root = copyProject('atlas-hostile');
  plantHostileContent(root);
  const build = await buildCopy(root);
  if (build.status !== 0) throw new Error(`the hostile fixture did not build:\n${build.output}`);
  dist = join(root, 'dist');
}, 180_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const files = (ext: string) => (readdirSync(dist, { recursive: true }) as string[]).filter((f) => f.endsWith(ext) && !f.startsWith('pagefind'));
const page = (route: string) => readFileSync(join(dist, route, 'index.html'), 'utf8');

describe('hostile text in the content', () => {
  test('no page, inline SVG or standalone SVG has anything injected or mangled', () => {
    const { pages } = readSite(dist);
    const found = [...pages].flatMap(([file, html]) => [...escapeFindings(html, file, HOSTILE), ...cspFindings(html, file)]);
    for (const svg of files('.svg')) found.push(...escapeFindings(readFileSync(join(dist, svg), 'utf8'), svg, HOSTILE, true));
    expect(lines(found)).toEqual([]);
  });

  test('the borough page shows the name, source, evidence and narrative literally', () => {
    const html = page('boroughs/borough-c');
    const $ = cheerio.load(html);
    expect($('h1').text()).toBe(HOSTILE_NAME.text);
    expect($('title').text().startsWith(HOSTILE_NAME.text)).toBe(true);
    expect($('meta[name="description"]').attr('content')).toContain(HOSTILE_NAME.text);
    expect($('nav[aria-label="Breadcrumb"] [aria-current="page"]').text()).toBe(HOSTILE_NAME.text);
    expect(literalCount(html, HOSTILE_SOURCE.text)).toBeGreaterThan(0);
    expect(literalCount(html, HOSTILE_EVIDENCE.text)).toBeGreaterThanOrEqual(25); // every dimension's evidence but two
    expect(literalCount(html, HOSTILE_FORMULA.text)).toBeGreaterThanOrEqual(1);
    expect(literalCount(html, HOSTILE_BODY.text)).toBeGreaterThanOrEqual(1);
    expect($('img[src="x"], [onerror], [onmouseover], b:contains("bold")')).toHaveLength(0);
  });

  test('the name is shown literally where boroughs are listed', () => {
    expect(literalCount(page('boroughs'), HOSTILE_NAME.text)).toBeGreaterThan(0);
    expect(literalCount(page('dimensions/cpd'), HOSTILE_NAME.text)).toBeGreaterThan(0);
  });

  test('CSV downloads parse, keep their shape, and hold the text exactly', () => {
    const csvs = files('.csv');
    for (const csv of csvs) expect(lines(csvFindings(readFileSync(join(dist, csv), 'utf8'), csv, HOSTILE))).toEqual([]);
    // /data/ratings.csv is built by another change; these run once it exists.
    if (!existsSync(join(dist, 'data/ratings.csv'))) return;
    const rows = Papa.parse<string[]>(readFileSync(join(dist, 'data/ratings.csv'), 'utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data.flat();
    expect(rows).toContain(HOSTILE_NAME.text);
    expect(rows).toContain(HOSTILE_EVIDENCE.text);
  });

  test('JSON downloads parse and hold the text exactly', () => {
    for (const json of files('.json')) expect(lines(jsonFindings(readFileSync(join(dist, json), 'utf8'), json, HOSTILE))).toEqual([]);
    if (!existsSync(join(dist, 'data/ratings.json'))) return;
    const strings = jsonStrings(readFileSync(join(dist, 'data/ratings.json'), 'utf8'));
    expect(strings).toContain(HOSTILE_NAME.text);
    expect(strings).toContain(HOSTILE_EVIDENCE.text);
  });

  test('PDF titles and bookmarks hold the text exactly', () => {
    const pdfs = files('.pdf');
    for (const pdf of pdfs) expect(lines(pdfFindings(readFileSync(join(dist, pdf)), pdf, HOSTILE))).toEqual([]);
    // The PDFs are printed by the build when a Chromium is there; these run once they exist.
    const borough = pdfs.find((f) => f.endsWith('borough-c.pdf'));
    if (borough) expect(pdfTitles(readFileSync(join(dist, borough))).some((t) => t.startsWith(HOSTILE_NAME.text))).toBe(true);
    const papers = pdfs.filter((f) => f.includes('board-papers'));
    for (const paper of papers) expect(pdfTitles(readFileSync(join(dist, paper)))).toContain(HOSTILE_TITLE.text);
  });

  // Characters XML forbids anywhere in a download: C0 controls other than tab, LF and CR; U+FFFE and U+FFFF.
  const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
  const read = (route: string) => readFileSync(join(dist, route), 'utf8');

  test('the formula is text and the control characters are gone, in every CSV and JSON file', () => {
    expect(page('boroughs/borough-c'), 'the control characters were planted').toContain('\u0007');
    for (const f of [...files('.csv'), ...files('.json')]) expect(NOT_XML.test(read(f)), f).toBe(false);
    const rows = Papa.parse<Record<string, string>>(read('data/ratings.csv').slice(1), { header: true }).data.filter((r) => r.slug === 'borough-c');
    expect(rows.find((r) => r.dimension === FORMULA_DIMENSION)!.evidence).toBe(`'${HOSTILE_FORMULA.text}`);
    expect(rows.find((r) => r.dimension === CONTROL_DIMENSION)!.evidence).toBe(HOSTILE_CONTROL.clean);
    expect(jsonStrings(read('data/ratings.json'))).toContain(HOSTILE_CONTROL.clean);
  });

  test('the Data Package stays valid and every CSV still keeps to its Table Schema', () => {
    const descriptor = JSON.parse(read('data/datapackage.json'));
    expect(profileErrors(descriptor)).toEqual([]);
    expect(tableSchemaErrors(descriptor.resources as Resource[], (path) => read(`data/${path}`))).toEqual([]);
  });

  test('the spreadsheet is valid XML throughout and holds the hostile text as plain text, never a formula', async () => {
    const bytes = readFileSync(join(dist, 'data/partnership-atlas.xlsx'));
    expect(await xlsxXmlErrors(bytes)).toEqual([]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const cells: ExcelJS.Cell[] = [];
    for (const ws of wb.worksheets) ws.eachRow((row) => row.eachCell((c) => cells.push(c)));
    expect(cells.filter((c) => c.type === ExcelJS.ValueType.Formula)).toEqual([]);
    const texts = cells.map((c) => c.value);
    for (const t of [HOSTILE_NAME.text, HOSTILE_EVIDENCE.text, HOSTILE_FORMULA.text, HOSTILE_CONTROL.clean]) expect(texts, t).toContain(t);
  });

  test('the feed is valid XML, with hostile titles as text and the control characters gone', () => {
    const feed = read('feed.xml');
    expect(xmlErrors(feed)).toEqual([]);
    expect(xmlTexts(feed, 'title')).toContain(HOSTILE_TITLE.text);
    expect(xmlTexts(feed, 'summary')).toContain(HOSTILE_CONTROL.clean);
  });
});
