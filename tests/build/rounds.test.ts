// Rounds as a user sees them: the demonstration set's movement and history, counted again here from its files,
// and the real one-round site with no empty change sections.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { copyProject } from '../../scripts/lib/project-copy.ts';
import { launchBrowser, serveSite } from '../support/browser.ts';
import { axeFindings } from '../support/gates/axe.ts';
import { lines, type Finding } from '../support/gates/finding.ts';
import { htmlFindings } from '../support/gates/html.ts';
import { readSite } from '../support/gates/site-map.ts';
import { allRoutes, readPage, visibleText, waitForSite } from '../support/site.ts';

const DEMO = 'examples/demo';
let copy = '';
const demoPage = (route: string) => cheerio.load(readFileSync(join(copy, 'dist-demo', route.replace(/^\//, ''), 'index.html'), 'utf8'));

beforeAll(() => {
  copy = copyProject('atlas-demo');
  const result = spawnSync(join(copy, 'node_modules/.bin/node'), ['scripts/build-demo.ts'], { cwd: copy, encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '' } });
  if (result.status !== 0) throw new Error(`the demo did not build:\n${result.stdout}\n${result.stderr}`);
}, 900_000);
afterAll(() => rmSync(copy, { recursive: true, force: true }));

/** Read straight from the demo's files, not through the site's code. */
const ratings = (round: string, slug: string): Record<string, string> =>
  Object.fromEntries(Object.entries(parse(readFileSync(join(DEMO, 'content/assessments', round, `${slug}.yaml`), 'utf8')).ratings as Record<string, { level: string }>).map(([d, r]) => [d, r.level]));
const rank: Record<string, number> = { low: 1, medium: 2, high: 3 };
const label: Record<string, string> = { low: 'Low', medium: 'Medium', high: 'High', 'not-mentioned': 'Not mentioned' };
const moved = (a: string, b: string) => (a === b ? 'same' : !rank[a] ? 'new' : !rank[b] ? 'unrated' : rank[b]! > rank[a]! ? 'up' : 'down');

describe('the demonstration set', () => {
  test('a borough page shows its latest round, named with its kind, and each dimension\'s movement since the previous one', () => {
    const $ = demoPage('/boroughs/carrowvale/');
    expect(visibleText($('.round-line'))).toContain("This page shows Carrowvale's own self-assessment, November 2025: Demonstration self-assessment 2025 (self-assessment");
    expect(visibleText($('.round-line'))).toContain("the borough's own self-assessment, not a research finding");
    const [before, after] = [ratings('demo-peer-review-2022', 'carrowvale'), ratings('demo-self-assessment-2025', 'carrowvale')];
    const blocks = $('.dimension-block');
    expect(blocks.length).toBe(27);
    blocks.each((_, el) => {
      const id = $(el).attr('id')!;
      const m = moved(before[id]!, after[id]!);
      const text = visibleText($(el).find('.movement'));
      const words = { up: 'Moved up', down: 'Moved down', same: 'Stayed the same', new: 'New', unrated: 'Not mentioned this time' }[m];
      expect(text, id).toContain(`${words} since Demonstration peer review 2022`);
      expect(text, id).toContain(m === 'same' ? `at ${label[after[id]!]}` : `from ${label[before[id]!]} to ${label[after[id]!]}`);
    });
    // At least one of each direction in this set, so the test reads real movement.
    const seen = new Set(blocks.map((_, el) => $(el).find('.movement').attr('data-movement')).get());
    expect([...seen]).toEqual(expect.arrayContaining(['up', 'same']));
  });

  test('the history table shows the borough in every round it took part in, by dimension', () => {
    const $ = demoPage('/boroughs/carrowvale/');
    const heads = $('.history-table thead th').map((_, th) => visibleText($(th))).get();
    expect(heads).toEqual(['Dimension', 'Demonstration study 2019 (research study)', 'Demonstration peer review 2022 (peer review)', 'Demonstration self-assessment 2025 (self-assessment)']);
    const study = ratings('demo-study-2019', 'carrowvale');
    $('.history-table tr[data-dimension]').each((_, tr) => {
      expect(visibleText($(tr).find('td[data-round="demo-study-2019"]'))).toContain(label[study[$(tr).attr('data-dimension')!]!]!);
    });
  });

  test('the movement table\'s counts equal a count made from the two rounds\' files', () => {
    const $ = demoPage('/grid/demo-self-assessment-2025/movement/');
    const [from, to] = ['demo-peer-review-2022', 'demo-self-assessment-2025'];
    const both = readdirSync(join(DEMO, 'content/assessments', to)).filter((f) => existsSync(join(DEMO, 'content/assessments', from, f))).map((f) => f.replace(/\.yaml$/, ''));
    expect(both.length).toBe(4);
    expect(visibleText($('caption'))).toContain('(of 4)');
    const rows = $('.movement-table tr[data-dimension]');
    expect(rows.length).toBe(27);
    rows.each((_, tr) => {
      const id = $(tr).attr('data-dimension')!;
      const expected = { up: 0, down: 0, same: 0, new: 0, unrated: 0 };
      for (const slug of both) expected[moved(ratings(from, slug)[id]!, ratings(to, slug)[id]!) as keyof typeof expected]++;
      const shown = Object.fromEntries(Object.keys(expected).map((m) => [m, Number(visibleText($(tr).find(`td[data-movement="${m}"]`)))]));
      expect(shown, id).toEqual(expected);
    });
    // The chart says the same in words.
    expect($('.movement-chart text').length).toBe(27);
  });

  test('every grid names its round; /grid/ is the reference round; /rounds/ shows the open round as open, not as data', () => {
    expect(visibleText(demoPage('/grid/')('.round-line'))).toContain('This grid shows the round that stands for London, Demonstration study 2019');
    for (const [round, title] of [['demo-study-2019', 'Demonstration study 2019'], ['demo-peer-review-2022', 'Demonstration peer review 2022']]) {
      const $ = demoPage(`/grid/${round}/`);
      expect(visibleText($('h1'))).toBe(`The grid in ${title}`);
      expect(visibleText($('.round-line'))).toContain(title);
    }
    const $ = demoPage('/rounds/');
    expect(visibleText($('#demo-self-assessment-2027'))).toContain('Open for self-assessment: no assessments yet');
    expect(existsSync(join(copy, 'dist-demo/grid/demo-self-assessment-2027'))).toBe(false);
  });

  test('every page carries the fictional-data banner', () => {
    const pages = (readdirSync(join(copy, 'dist-demo'), { recursive: true }) as string[]).filter((f) => f.endsWith('index.html') && !f.startsWith('pagefind'));
    expect(pages.length).toBeGreaterThan(20);
    for (const f of pages) expect(visibleText(cheerio.load(readFileSync(join(copy, 'dist-demo', f), 'utf8'))('.demo-banner')), f).toContain('Fictional, for demonstration only.');
  });
});

describe('the demonstration set passes the gates on the pages rounds add', () => {
  const routes = ['/boroughs/carrowvale/', '/boroughs/fenwold/', '/grid/', '/grid/demo-study-2019/', '/grid/demo-self-assessment-2025/movement/', '/rounds/', '/dimensions/data-sharing/'];

  test('html-validate finds no error on any demo page', async () => {
    const { pages } = readSite(join(copy, 'dist-demo'));
    const findings: Finding[] = [];
    for (const [file, html] of pages) findings.push(...(await htmlFindings(html, file)));
    expect(lines(findings)).toEqual([]);
  });

  test('axe finds no violation on them', async () => {
    const [browser, server] = await Promise.all([launchBrowser(), serveSite(join(copy, 'dist-demo'))]);
    const findings: Finding[] = [];
    try {
      const page = await browser.newPage();
      for (const route of routes) {
        await page.goto(server.origin + route, { waitUntil: 'load' });
        findings.push(...(await axeFindings(page, route)));
      }
    } finally {
      await browser.close();
      await server.close();
    }
    expect(lines(findings)).toEqual([]);
  }, 120_000);
});

describe('the real site, with one round of data', () => {
  beforeAll(() => waitForSite(), 1_200_000);
  test('has no change sections: no movement, no history table, no movement view, no per-round table', () => {
    const routes = allRoutes();
    expect(routes.filter((r) => r.includes('/movement/'))).toEqual([]);
    for (const route of routes.filter((r) => /^\/(boroughs|dimensions|grid)\//.test(r))) {
      const $ = readPage(route);
      expect($('.movement, .history, #by-round-h, .demo-banner').length, route).toBe(0);
    }
    expect(visibleText(readPage('/grid/')('.round-line'))).toContain('This grid shows the round that stands for London, Institute of Education study of 14–19 partnership working in London (research study');
    expect(visibleText(readPage('/rounds/')('#self-assessment-2026-27'))).toContain('Open for self-assessment: no assessments yet');
  });
});
