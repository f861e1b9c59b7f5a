// The fictional demonstration set (examples/demo), built once, as `npm run build:demo` builds it, and read as a user
// reads it. The rule this file holds the demo to:
//  1. No page, feed entry or download of the demo names a sample borough (Borough A to R, borough-a … borough-r, "A to
//     R") or calls its boroughs anonymised reconstructions, or calls its counts "published 2013".
//  2. The real study's names (Institute of Education, IoE, London Councils, the YPES Board, its researchers) appear only
//     on the pages whose content is a real document the demo reproduces: the research, the board papers, the history
//     and plans, the case studies and models, the glossary and the list of sources. Those pages are about the real
//     study; no other page (everything that shows the demo's boroughs, rounds or figures), no feed entry about a
//     round or a release, and no download names it. A figure on a real document's page (the board paper's annex)
//     names the demo's own source.
//  3. Every page carries the fictional banner; the home page introduces the demo as fictional, naming its rounds as
//     data/rounds.yaml does; the changes page and the feed carry the demo's releases and no other.
//  4. Rounds as a user sees them: the demo's movement and history, counted again here from its files, and the pages
//     rounds add pass html-validate and axe.
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
import { readPage, visibleText, waitForSite } from '../support/site.ts';

const DEMO = 'examples/demo';
/** Pages whose content is a real document (their routes, as the site builds them). */
const REAL_DOCUMENT = /^\/(research|board-papers|history|plans|case-studies|models|glossary|sources)\//;
const SAMPLE_WORDS = /\bBoroughs? [A-R]\b|\bborough-[a-r]\b|\b[A-R] to [A-R]\b|anonymised reconstruction|published 2013|2013 table/i;
const REAL_STUDY = /Institute of Education|\bIoE\b|London Councils|Young People['’]s Education and Skills|\bYPES\b|Hodgson|Spours/;

let dist = '';
let copy = '';
// One build of the demo serves every test here, as `npm run build:demo` makes it.
beforeAll(() => {
  copy = copyProject('atlas-demo');
  const result = spawnSync(join(copy, 'node_modules/.bin/node'), ['scripts/build-demo.ts'], { cwd: copy, encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '' } });
  if (result.status !== 0) throw new Error(`the demo did not build:\n${result.stdout}\n${result.stderr}`);
  dist = join(copy, 'dist-demo');
}, 600_000);
afterAll(() => rmSync(copy, { recursive: true, force: true }));

const files = () => (readdirSync(dist, { recursive: true }) as string[]).map((f) => f.replace(/\\/g, '/')).filter((f) => !f.startsWith('pagefind/'));
const routeOf = (file: string) => '/' + file.replace(/index\.html$/, '');
/** A page's words as a reader meets them, hidden notices included (a script may show them). */
const words = (file: string) => {
  const $ = cheerio.load(readFileSync(join(dist, file), 'utf8'));
  $('script, style').remove();
  return `${$('title').text()} ${$('meta[name="description"]').attr('content') ?? ''} ${visibleText($('body'))}`;
};
const demoPage = (route: string) => cheerio.load(readFileSync(join(dist, route.replace(/^\//, ''), 'index.html'), 'utf8'));
const KIND: Record<string, string> = { research: 'research study', 'peer-review': 'peer review', 'self-assessment': 'self-assessment' };
const found = (text: string, pattern: RegExp) => text.match(new RegExp(pattern.source, pattern.flags.replace('g', '') + 'g')) ?? [];

describe('the demo credits no figure to the real study and names no sample borough', () => {
  test('no page names a sample borough or calls its counts published 2013', () => {
    const pages = files().filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(60);
    const offences = pages.flatMap((f) => found(words(f), SAMPLE_WORDS).map((m) => `${routeOf(f)}: ${m}`));
    expect(offences).toEqual([]);
  });

  test('the real study is named only on the pages that reproduce its documents', () => {
    const pages = files().filter((f) => f.endsWith('.html'));
    const offences = pages.filter((f) => !REAL_DOCUMENT.test(routeOf(f))).flatMap((f) => found(words(f), REAL_STUDY).map((m) => `${routeOf(f)}: ${m}`));
    expect(offences).toEqual([]);
    // The rule has something to hold: the real documents are there, and do name the study.
    expect(words('research/index.html')).toMatch(REAL_STUDY);
  });

  test('the headline pages say nothing of the real study: home, grid, data, changes, a borough, a dimension', () => {
    for (const route of ['/', '/grid/', '/data/', '/data/changes/', '/boroughs/carrowvale/', '/dimensions/data-sharing/', '/rounds/']) {
      const text = visibleText(demoPage(route)('body'));
      expect(text, route).not.toMatch(REAL_STUDY);
      expect(text, route).not.toMatch(SAMPLE_WORDS);
    }
  });

  test('the published table is credited to the demo study, by its round title, wherever it is shown', () => {
    const study = (parse(readFileSync(join(DEMO, 'data/rounds.yaml'), 'utf8')) as { id: string; title: string; published?: string }[]).find((r) => r.published)!;
    expect(visibleText(demoPage('/grid/')('#totals-caption'))).toContain(`as published in ${study.title}`);
    expect(visibleText(demoPage('/dimensions/data-sharing/')('main'))).toContain(`Published in ${study.title}`);
    // A real board paper's annex is regenerated from the demo's boroughs: its source line is the demo's, not the paper's.
    const annex = visibleText(demoPage('/board-papers/2013-03-19-partnership-research/')('.annex-source'));
    expect(annex).toContain('Demonstration study of partnership working (Demonstration Research Unit (fictional)');
    expect(annex).not.toMatch(REAL_STUDY);
  });

  test('no download or feed entry about the data names a sample borough or the real study', () => {
    for (const f of files().filter((x) => /^(data\/.*\.(csv|json)|grid\.svg)$/.test(x))) {
      const text = readFileSync(join(dist, f), 'utf8');
      expect(found(text, SAMPLE_WORDS), f).toEqual([]);
      expect(found(text, REAL_STUDY), f).toEqual([]);
    }
  });
});

describe('the demo says it is fictional', () => {
  test('every page carries the fictional banner', () => {
    const pages = files().filter((f) => f.endsWith('.html'));
    for (const f of pages) expect(visibleText(cheerio.load(readFileSync(join(dist, f), 'utf8'))('.demo-banner')), f).toContain('Fictional, for demonstration only.');
  });

  test('the home page introduces the demo as fictional, naming each round with data as data/rounds.yaml does, with its boroughs', () => {
    const intro = visibleText(demoPage('/')('.demo-intro'));
    expect(intro).toContain('This is a demonstration of Partnership Atlas, on fictional data.');
    const rounds = parse(readFileSync(join(DEMO, 'data/rounds.yaml'), 'utf8')) as { id: string; title: string; kind: string; open?: boolean }[];
    for (const r of rounds) {
      const assessed = (() => {
        try {
          return readdirSync(join(DEMO, 'content/assessments', r.id)).length;
        } catch {
          return 0;
        }
      })();
      if (assessed > 0) expect(intro, r.id).toMatch(new RegExp(`${r.title} \\(${KIND[r.kind]}, [^)]*\\), ${assessed} boroughs`));
      else expect(intro, r.id).toContain(`${r.title} is open, with no assessments yet`);
    }
    // The research in brief is the study round's own description, not the real study's.
    expect(visibleText(demoPage('/')('.home-about'))).toContain('An invented research study placed five invented boroughs on the grid');
  });

  test('the changes page and the feed carry the demo\'s own releases and no other', () => {
    const releases = parse(readFileSync(join(DEMO, 'data/releases.yaml'), 'utf8')) as { version: string; summary: string }[];
    const $ = demoPage('/data/changes/');
    expect($('main h2').map((_, h) => visibleText($(h)).replace(/,.*$/, '')).get()).toEqual([...releases].reverse().map((r) => `Version ${r.version}`));
    for (const r of releases) expect(visibleText($('main'))).toContain(r.summary);
    const feed = readFileSync(join(dist, 'feed.xml'), 'utf8');
    const entries = [...feed.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((m) => m[1]!);
    const data = entries.filter((e) => /<category term="(Data release|Assessment round)"\/>/.test(e));
    expect(data.filter((e) => e.includes('Data release')).map((e) => /<title>Open data version (.*)<\/title>/.exec(e)![1]).sort()).toEqual(releases.map((r) => r.version).sort());
    for (const e of data) {
      expect(found(e, REAL_STUDY), e).toEqual([]);
      expect(found(e, SAMPLE_WORDS), e).toEqual([]);
    }
    // The feed's author is the demo's invented publisher; no entry of any kind names a sample borough.
    expect(/<author><name>(.*)<\/name><\/author>/.exec(feed)![1]).toBe('Demonstration Partnership Board (fictional)');
    expect(found(feed, SAMPLE_WORDS)).toEqual([]);
  });
});

describe('the contact', () => {
  beforeAll(() => waitForSite(), 1_200_000);
  test('with no contact set, the accessibility statement points to the repository, with no address', () => {
    for (const $ of [demoPage('/accessibility/'), readPage('/accessibility/')]) {
      const line = $('.contact-line');
      expect(visibleText(line)).toBe("To report an accessibility problem, or to ask for anything on this website in a different format, open an issue on the site's repository. Say which page, what you were trying to do and what went wrong.");
      expect(line.find('a').attr('href')).toBe('https://github.com/london-ypes/partnership-atlas/issues');
      expect($('a[href^="mailto:"]').length).toBe(0);
      expect($.html()).not.toContain('londoncouncils.gov.uk');
    }
  });
});

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
    expect(existsSync(join(dist, 'grid/demo-self-assessment-2027'))).toBe(false);
  });
});

describe('the demonstration set passes the gates on the pages rounds add', () => {
  const routes = ['/boroughs/carrowvale/', '/boroughs/fenwold/', '/grid/', '/grid/demo-study-2019/', '/grid/demo-self-assessment-2025/movement/', '/rounds/', '/dimensions/data-sharing/'];

  test('html-validate finds no error on any demo page', async () => {
    const { pages } = readSite(dist);
    const findings: Finding[] = [];
    for (const [file, html] of pages) findings.push(...(await htmlFindings(html, file)));
    expect(lines(findings)).toEqual([]);
  });

  test('axe finds no violation on them', async () => {
    const [browser, server] = await Promise.all([launchBrowser(), serveSite(dist)]);
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
