// The static gates (links, markup, inline script, escaping) pass a clean page and catch each planted defect.
import { describe, expect, test } from 'vitest';
import { cspFindings } from '../support/gates/csp.ts';
import { csvFindings, escapeFindings, jsonFindings, pdfFindings, pdfTitles, type Hostile } from '../support/gates/escape.ts';
import type { Finding } from '../support/gates/finding.ts';
import { htmlFindings } from '../support/gates/html.ts';
import { linkFindings } from '../support/gates/links.ts';
import { CSP, planted } from '../support/gates/planted.ts';
import { siteFromStrings } from '../support/gates/site-map.ts';

const rules = (findings: Finding[]) => findings.map((f) => f.rule);
const CLEAN = planted('<p id="top">Text with <a href="/about/">a link</a>, <a href="#top">an anchor</a> and <a href="https://example.org/">another site</a>.</p>');

describe('the link gate', () => {
  const site = (about: string) => siteFromStrings({ 'index.html': CLEAN, 'about/index.html': planted(about) }, ['site.css']);
  test('passes a site whose links resolve', () => {
    expect(linkFindings(site('<p><a href="../">Home</a> <a href="/#top">Top</a> <a href="https://site.invalid/about/">Self</a></p>'))).toEqual([]);
  });
  test('fails on a missing page, a missing anchor, a missing trailing slash and a missing asset', () => {
    const findings = linkFindings(site('<p><a href="/missing/">A</a> <a href="/#nowhere">B</a> <a href="/about">C</a> <img src="../chart.png" alt="Chart"></p>'));
    expect(findings.map((f) => `${f.page} ${f.target}: ${f.message}`)).toEqual([
      '/about/ /missing/: no such page or file (/missing/)',
      '/about/ /#nowhere: / has no element with id="nowhere"',
      '/about/ /about: needs a trailing slash (/about/)',
      '/about/ ../chart.png: no such page or file (/chart.png)',
    ]);
  });
  test('resolves under the base path, and fails on a link that leaves it', () => {
    const pages = { 'index.html': planted('<p><a href="/atlas/about/">About</a> <a href="about/">About</a></p>'), 'about/index.html': planted('<p><a href="/about/">Wrong</a></p>') };
    const findings = linkFindings(siteFromStrings(pages, ['site.css']), '/atlas/');
    // The planted shell's own /site.css and home link are outside /atlas/ too.
    expect(findings.filter((f) => !['/site.css', '/'].includes(f.target)).map((f) => `${f.page} ${f.target}: ${f.message}`)).toEqual([
      "/atlas/about/ /about/: points outside the site's base path /atlas/",
    ]);
  });
});

describe('the markup gate (html-validate)', () => {
  test('passes a valid page', async () => {
    expect(await htmlFindings(CLEAN, 'clean.html')).toEqual([]);
  });
  test('fails on invalid HTML', async () => {
    const findings = await htmlFindings(planted('<p id="x">One<div id="x">Two</div></p><ul><p>Three</p></ul>'), 'bad.html');
    expect(new Set(rules(findings))).toEqual(new Set(['no-dup-id', 'no-implicit-close', 'element-permitted-content', 'close-order']));
  });
  test('passes every form of date, time, week and duration a datetime attribute takes', async () => {
    const values = ['2012-09', '2013-03-31', '--02-29', '14:54:39.929', '2011-11-18T14:54Z', '2011-11-18 14:54:39-04:00', '+05:30', '2015-W53', '2012', 'P2DT3H', '4h 18m 3s'];
    const times = values.map((v) => `<time datetime="${v}">then</time>`).join(' ');
    expect(await htmlFindings(planted(`<p>${times} <ins datetime="2026-12-06">new</ins> <del datetime="2026-12-06T19:00Z">old</del></p>`), 'times.html')).toEqual([]);
  });
  test('fails on a datetime that is not one (the Nu HTML Checker\'s error on /data/: an interval)', async () => {
    const bad = ['2012-09/2013-03', '2013-02-29', '2012-13', '2011-W53', '24:00', 'September 2012'];
    const findings = await htmlFindings(planted(`<p>${bad.map((v) => `<time datetime="${v}">then</time>`).join(' ')} <ins datetime="2012-09">new</ins></p>`), 'bad-times.html');
    expect(findings.map((f) => `${f.rule} ${f.message}`)).toEqual([
      ...bad.map((v) => `atlas/valid-datetime datetime="${v}" is not a valid date, time, week or duration`),
      'atlas/valid-datetime datetime="2012-09" is not a valid date or date and time',
    ]);
  });
  test('passes row-group headings in their own <tbody>, and fails a column-group heading in the body (HTML_CodeSniffer H43)', async () => {
    const table = (scope: string) => planted(`<table><caption>Levels</caption><thead><tr><th scope="col">Dimension</th><th scope="col">Level</th></tr></thead><tbody><tr><th scope="${scope}" colspan="2">Organisation</th></tr><tr><th scope="row">Vision</th><td>High</td></tr></tbody></table>`);
    expect(await htmlFindings(table('rowgroup'), 'rowgroup.html')).toEqual([]);
    expect(rules(await htmlFindings(table('colgroup'), 'colgroup.html'))).toEqual(['atlas/header-scope']);
  });
});

describe('the inline-script gate', () => {
  test('passes a page with a strict CSP and only external scripts', () => {
    expect(cspFindings(planted('<script type="module" src="/app.js"></script>'), 'clean')).toEqual([]);
  });
  test('fails on an inline script, a handler attribute and a javascript: URL', () => {
    const page = planted('<script>alert(1)</script><button type="button" onclick="go()">Go</button><a href="javascript:go()">Go</a>');
    expect(rules(cspFindings(page, 'bad'))).toEqual(['inline-script', 'inline-handler', 'javascript-url']);
  });
  test("fails on a CSP that allows 'unsafe-inline', or none at all", () => {
    expect(cspFindings(planted('<p>Text.</p>').replace(CSP, CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")), 'loose').map((f) => f.message)).toEqual([
      "script-src allows 'unsafe-inline'",
    ]);
    expect(rules(cspFindings(planted('<p>Text.</p>').replace(/<meta http-equiv[^>]*>/, ''), 'none'))).toEqual(['csp-missing']);
  });
});

describe('the escaping gate', () => {
  const hostile: Hostile = { token: 'Ünïcødé', text: `Borough <script>alert("x")</script> & "Ünïcødé" ‘quotes’, commas </p><img src=x onerror=alert(1)>` };
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const page = (text: string, attr: string) => planted(`<p title="${attr}">${text}</p>`, { title: text });

  test('passes text escaped in content, attributes and the title', () => {
    expect(escapeFindings(page(escape(hostile.text), escape(hostile.text)), 'ok', [hostile])).toEqual([]);
  });
  test('fails on unescaped text: injected elements and attributes, markup in the title, mangled text', () => {
    const findings = escapeFindings(page(hostile.text, hostile.text), 'bad', [hostile]);
    expect(new Set(rules(findings))).toEqual(new Set(['unescaped-markup', 'injected-element', 'injected-attribute', 'mangled-text']));
  });
  test('fails on text escaped twice', () => {
    expect(new Set(rules(escapeFindings(page(escape(escape(hostile.text)), escape(hostile.text)), 'twice', [hostile])))).toEqual(new Set(['mangled-text']));
  });
  test('fails on a CSV written without quoting, and passes a quoted one', () => {
    const quoted = `name,level\n"${hostile.text.replace(/"/g, '""')}",high\n`;
    expect(csvFindings(quoted, 'ok.csv', [hostile])).toEqual([]);
    expect(rules(csvFindings(`name,level\n${hostile.text},high\n`, 'bad.csv', [hostile]))).toContain('mangled-text');
  });
  test('fails on JSON written by hand, and passes JSON.stringify', () => {
    expect(jsonFindings(JSON.stringify({ name: hostile.text }), 'ok.json', [hostile])).toEqual([]);
    expect(rules(jsonFindings(`{"name": "${hostile.text}"}`, 'bad.json', [hostile]))).toEqual(['json-parse']);
  });
  test('reads PDF titles, and fails on one that lost part of the text', () => {
    const utf16 = Buffer.from('\ufeff' + hostile.text, 'utf16le').swap16().toString('hex');
    const good = Buffer.from(`<< /Title <${utf16}> >> << /Title (Borough \\(1\\) \\374) >>`, 'latin1');
    expect(pdfTitles(good)).toEqual([hostile.text, 'Borough (1) ü']);
    expect(pdfFindings(good, 'ok.pdf', [hostile])).toEqual([]);
    expect(rules(pdfFindings(Buffer.from('<< /Title (Borough Ünïcødé) >>', 'latin1'), 'bad.pdf', [hostile]))).toEqual(['mangled-text']);
  });
});
