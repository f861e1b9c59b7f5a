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
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { copyProject } from '../../scripts/lib/project-copy.ts';
import { readPage, visibleText } from '../support/site.ts';

const DEMO = 'examples/demo';
/** Pages whose content is a real document (their routes, as the site builds them). */
const REAL_DOCUMENT = /^\/(research|board-papers|history|plans|case-studies|models|glossary|sources)\//;
const SAMPLE_WORDS = /\bBoroughs? [A-R]\b|\bborough-[a-r]\b|\b[A-R] to [A-R]\b|anonymised reconstruction|published 2013|2013 table/i;
const REAL_STUDY = /Institute of Education|\bIoE\b|London Councils|Young People['’]s Education and Skills|\bYPES\b|Hodgson|Spours/;

let dist = '';
let copy = '';
beforeAll(() => {
  copy = copyProject('atlas-demo-credit');
  const result = spawnSync(join(copy, 'node_modules/.bin/node'), ['scripts/build-demo.ts'], { cwd: copy, encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '' } });
  if (result.status !== 0) throw new Error(`the demo did not build:\n${result.stdout}\n${result.stderr}`);
  dist = join(copy, 'dist-demo');
}, 240_000);
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
