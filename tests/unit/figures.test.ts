// The pieces behind a figure's downloads and citations, without a build: the A4 text rule, escaping, the PNG renderer
// and the citation's version, date and address.
import { describe, expect, test } from 'vitest';
import { renderAsync } from '@resvg/resvg-js';
import { cite } from '../../src/features/figures/citation.ts';
import { A4_COLUMN_PT, drawStrands, minFontFor, MIN_PRINT_PT } from '../../src/features/figures/figure-svg.ts';
import { pngOptions } from '../../scripts/lib/figure-png.ts';
import { xmlErrors } from '../support/xml.ts';

const meta = { title: 'Borough <script>&"x"\u0001', subtitle: 'Counts one round: a test round.', footer: ['Source: a test.'], description: 'In words.' };
const strands = { strands: [{ title: 'Partnership organisation', counts: { high: 2, medium: 3, low: 5, 'not-mentioned': 1 }, total: 11 }] };

describe('figure pictures', () => {
  test('the smallest font a width allows prints at 9 pt or more across an A4 column', () => {
    for (const width of [440, 680, 1000]) expect((minFontFor(width) * A4_COLUMN_PT) / width).toBeGreaterThanOrEqual(MIN_PRINT_PT);
  });

  test('a drawn figure is well-formed XML, shows hostile text literally and keeps every font size printable', () => {
    const { svg, width } = drawStrands(strands, meta);
    expect(xmlErrors(svg)).toEqual([]);
    expect(svg).toContain('Borough &lt;script&gt;&amp;&quot;x&quot;');
    expect(svg).not.toContain('<script');
    for (const m of svg.matchAll(/font-size="([\d.]+)"/g)) expect((Number(m[1]) * A4_COLUMN_PT) / width).toBeGreaterThanOrEqual(MIN_PRINT_PT);
  });

  test('resvg draws the PNG at twice the SVG size, with no browser', async () => {
    const drawn = drawStrands(strands, meta);
    const png = (await renderAsync(drawn.svg, pngOptions())).asPng();
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([drawn.width * 2, drawn.height * 2]);
  });
});

describe('citations', () => {
  const input = { id: 'strands-borough-a', title: 'Borough A & co', url: 'https://example.org/boroughs/borough-a/#figure-strands-borough-a', publisher: 'London Councils', siteTitle: 'Partnership Atlas', release: { version: '1.1.0', date: '2026-11-29' } };

  test('plain text and BibTeX carry the release version, its date and the permalink', () => {
    const c = cite(input);
    expect(c.text).toContain('(2026)');
    expect(c.text).toContain('Version 1.1.0');
    expect(c.text).toContain('Borough A & co');
    expect(c.text).toContain(input.url);
    expect(c.bibtex).toMatch(/^@misc\{atlas_strands_borough_a,/);
    expect(c.bibtex).toContain('note = {Data version 1.1.0, released 2026-11-29}');
    expect(c.bibtex).toContain(`url = {${input.url}}`);
  });

  test('a new release changes the citation, and the same release always cites the same way', () => {
    expect(cite(input)).toEqual(cite(input));
    expect(cite({ ...input, release: { version: '1.2.0', date: '2027-01-05' } }).text).toContain('Version 1.2.0');
  });
});
