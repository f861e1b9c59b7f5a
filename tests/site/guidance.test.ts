// Case studies, models, research, history, plans, glossary and the site furniture, read from the built pages.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import matter from 'gray-matter';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { allRoutes, readPage, readText, SITE_DIR, visibleText } from '../support/site.ts';
import { siteBase } from '../../scripts/lib/site-settings.ts';

interface Study { slug: string; title: string; model?: string; dimensions: string[]; facts: { label: string; value: number }[]; source: { document: string } }
const studies: Study[] = readdirSync('content/case-studies').map((f) => matter(readFileSync(`content/case-studies/${f}`, 'utf8')).data as Study);
const models: { id: string; title: string; caseStudy?: string }[] = readdirSync('content/models').map((f) => parse(readFileSync(`content/models/${f}`, 'utf8')));
const glossary: { term: string; expansion: string }[] = parse(readFileSync('content/glossary.yaml', 'utf8'));
const sources: { id: string; title: string }[] = parse(readFileSync('data/sources.yaml', 'utf8'));
const questionnaire = parse(readFileSync('data/research/questionnaire-2012.yaml', 'utf8'));
const history = parse(readFileSync('data/history/learning-partnerships-2000.yaml', 'utf8'));
const annex = parse(readFileSync('data/plans/annex-1.yaml', 'utf8'));
const volunteers = parse(readFileSync('data/plans/volunteer-partnerships.yaml', 'utf8'));
const base = siteBase();
/** A site path as the built pages link to it, under the base path. */
const at = (path: string) => base + path.replace(/^\//, '');
const headline = (id: string) => questionnaire.headlines.find((h: { id: string }) => h.id === id);
const hrefs = (route: string, selector = 'main a') => readPage(route)(selector).map((_, a) => readPage(route)(a).attr('href')).get() as string[];

describe('case studies', () => {
  test('one page per case study, each listed on the index', () => {
    const routes = allRoutes().filter((r) => /^\/case-studies\/[^/]+\/$/.test(r));
    expect(routes.sort()).toEqual(studies.map((s) => `/case-studies/${s.slug}/`).sort());
    const listed = hrefs('/case-studies/', '.case-study-list h2 a');
    expect(listed.sort()).toEqual(routes.map(at).sort());
  });

  test.each(studies.map((s) => [s.slug, s] as const))('%s shows its model, its facts, its source and links to its dimensions, which link back', (slug, s) => {
    const route = `/case-studies/${slug}/`;
    const $ = readPage(route);
    const meta = visibleText($('.case-meta'));
    const model = models.find((m) => m.id === s.model);
    if (model) {
      expect($(`.case-meta a[href="${at(`models/#${model.id}`)}"]`).text()).toBe(model.title);
    } else expect(visibleText($('.case-meta dd').first())).toMatch(/^None: /);
    const facts = $('dl.facts > div').map((_, d) => visibleText($(d))).get();
    expect(facts).toHaveLength(s.facts.length);
    s.facts.forEach((f, i) => expect(facts[i]).toContain(f.value.toLocaleString('en-GB')));
    expect(meta).toContain(sources.find((x) => x.id === s.source.document)!.title);
    const dimensionLinks = $('.dimension-links a').map((_, a) => $(a).attr('href')).get();
    expect(dimensionLinks).toEqual(s.dimensions.map((d) => at(`dimensions/${d}/`)));
    for (const d of s.dimensions) {
      const back = readPage(`/dimensions/${d}/`)('section:has(#case-studies-h) a').map((_, a) => readPage(`/dimensions/${d}/`)(a).attr('href')).get();
      expect(back, d).toContain(at(route));
    }
  });

  test('a dimension no case study names says so', () => {
    const named = new Set(studies.flatMap((s) => s.dimensions));
    const grid = parse(readFileSync('data/grid.yaml', 'utf8'));
    const unnamed = grid.strands.flatMap((st: { dimensions: { id: string }[] }) => st.dimensions.map((d) => d.id)).find((id: string) => !named.has(id));
    if (unnamed) expect(visibleText(readPage(`/dimensions/${unnamed}/`)('section:has(#case-studies-h)'))).toMatch(/None of the case studies/);
  });
});

describe('partnership models', () => {
  const $ = readPage('/models/');
  test.each(models.map((m) => [m.id, m] as const))('%s has its lists, its case study and a structure diagram with a text equivalent', (id, m) => {
    const section = $(`section#${id}`);
    expect(section.find('h2').text()).toBe(m.title);
    expect(section.find('h3').map((_, h) => $(h).text()).get()).toEqual(['Features', 'Benefits', 'Concerns', 'Case study', 'Structure']);
    if (m.caseStudy) expect(section.find(`a[href="${at(`case-studies/${m.caseStudy}/`)}"]`).length).toBeGreaterThan(0);
    const svg = section.find('figure.model-diagram svg');
    expect(svg.attr('role')).toBe('img');
    expect(svg.find('title').text()).toContain(m.title);
    expect(svg.find('desc').text().length).toBeGreaterThan(40);
    expect(section.find('.model-structure-text > ul > li').first().text()).toMatch(/^Who commissions:/);
    expect(section.find('.model-structure-text ul ul ul li').length).toBeGreaterThan(0);
  });
});

describe('research, history and plans', () => {
  test('research: each headline figure once, with its source; each chart of more than one bar gives its figures as text; no one-number chart', () => {
    const $ = readPage('/research/');
    const items = $('.figures li').map((_, li) => visibleText($(li))).get();
    const main = headline('main-partnership');
    expect(items.join(' | ')).toContain(`${main.value} of ${main.denominator}`);
    expect(items.join(' | ')).toContain(`${headline('meet-more-than-four-times').value}%`);
    for (const item of items) expect(item, item).toMatch(/Source: .+\./);
    expect($('figure.chart').length).toBeGreaterThan(0);
    $('figure.chart').each((_, f) => { expect($(f).find('.bars li').length).toBeGreaterThan(1); });
    for (const chart of (questionnaire.charts as { id: string; unit: string; bars: { value: number }[] }[]).filter((c) => c.bars.length > 1)) {
      const values = $(`section.chart-block:has(#${chart.id}-h) .bar-value`).map((_, v) => $(v).text()).get();
      expect(values, chart.id).toEqual(chart.bars.map((b) => `${b.value}${chart.unit === 'percent' ? '%' : ''}`));
    }
    // The prose tells the story; the figures are in the charts and the list, said once.
    const prose = visibleText($('.prose'));
    expect(prose.match(/\d+%/g) ?? []).toEqual([`${headline('travel-out-of-borough').value}%`]);
  });

  test('history: membership and the fund in tables, each figure on the page once', () => {
    const $ = readPage('/history/');
    const rows = $('section:has(#membership-h) tbody tr').map((_, tr) => visibleText($(tr))).get();
    expect(rows).toHaveLength(history.membership.groups.length);
    const main = visibleText($('main'));
    const once = (figure: string) => expect(main.split(figure).length - 1, figure).toBe(1);
    const fund = history.partnershipFund;
    once(`£${fund.gbpMillions}m`);
    for (const e of fund.elements) once(`£${e.gbpMillions}m`);
    const prose = visibleText($('.prose'));
    for (const g of history.membership.groups) for (const v of [`${g.now}%`, `${g.previously}%`]) expect(prose, v).not.toContain(v);
    once(String(history.network.partnerships));
    expect($('main svg').length).toBe(0);
  });

  test('plans: the prose does not list again what the sections below give from data', () => {
    const $ = readPage('/plans/');
    const prose = visibleText($('.prose'));
    for (const p of volunteers.pointers.items) expect(prose).not.toContain(p.text.slice(0, 40));
    expect(prose).not.toContain(`names ${volunteers.representatives.length} people`);
  });

  test('the Annex 1 table is a real table: caption, column headers and a row header per theme', () => {
    const $ = readPage('/plans/');
    const table = $('table.annex-table');
    expect(table.find('caption').text()).toBe(annex.title);
    expect(table.find('thead th[scope="col"]')).toHaveLength(3);
    const themes = table.find('tbody th[scope="row"]').map((_, th) => $(th).clone().find('.note-ref').remove().end().text().trim()).get();
    expect(themes).toEqual(annex.rows.map((r: { theme: string }) => r.theme));
  });
});

describe('glossary and abbreviations', () => {
  test('the glossary page lists every term with its expansion', () => {
    const $ = readPage('/glossary/');
    const terms = $('dl.glossary dt abbr').map((_, a) => $(a).text()).get();
    expect(terms).toEqual(glossary.map((g) => g.term));
  });

  test('an acronym in MDX prose renders as <abbr> with the glossary expansion', () => {
    const $ = readPage('/research/');
    const ypes = $('.prose abbr[data-glossary="YPES"]');
    expect(ypes).toHaveLength(1);
    expect(ypes.attr('title')).toBe(glossary.find((g) => g.term === 'YPES')!.expansion);
  });

  test('on every page, each term is marked at most once, never inside a link or heading', () => {
    for (const route of allRoutes()) {
      const $ = readPage(route);
      const marked = $('abbr[data-glossary]').map((_, a) => $(a).attr('data-glossary')).get();
      expect(marked.length, route).toBe(new Set(marked).size);
      expect($('a abbr[data-glossary], h1 abbr[data-glossary], h2 abbr[data-glossary], h3 abbr[data-glossary]').length, route).toBe(0);
    }
  });
});

describe('site furniture', () => {
  test('the sources page has an anchor for every source, and the header and footer link to it', () => {
    const $ = readPage('/sources/');
    for (const s of sources) expect($(`section#${s.id} h2`).text()).toBe(s.title);
    expect($(`footer a[href="${at('sources/')}"]`).length).toBe(1);
    expect($(`footer a[href="${at('accessibility/')}"]`).length).toBe(1);
  });

  test('the accessibility statement has the parts UK public bodies publish', () => {
    const text = visibleText(readPage('/accessibility/')('main'));
    for (const part of ['WCAG', '2.2', 'How accessible this website is', 'Feedback and contact information', 'Enforcement procedure', 'Equality and Human Rights Commission', 'Equality Commission for Northern Ireland', 'Preparation of this accessibility statement', 'Compliance status']) expect(text).toContain(part);
    expect(readPage('/accessibility/')('main time[datetime]').length).toBeGreaterThan(0);
  });

  test('the home page leads to the grid, boroughs, case studies and board papers, with figures from the data', () => {
    const $ = readPage('/');
    const links = $('main a').map((_, a) => $(a).attr('href')).get();
    for (const path of ['grid/', 'boroughs/', 'case-studies/', 'board-papers/']) expect(links).toContain(at(path));
    expect(visibleText($('.figures'))).toContain(`${headline('main-partnership').value} of ${headline('main-partnership').denominator}`);
  });

  test('content pages are indexed for search with their main content only; the search and 404 pages are not, and nothing loads Pagefind’s own UI', () => {
    for (const route of allRoutes()) {
      const html = readText(route);
      const $ = readPage(route);
      expect(html.includes('pagefind-ui'), route).toBe(false);
      // Not indexed: search itself, the 404, a release's frozen copy (search leads to the current data) and embed
      // pages (a figure framed on another site, which also says noindex).
      if (route === '/search/' || /^\/404/.test(route) || /^\/data\/\d+\.\d+\.\d+\//.test(route) || route.startsWith('/embed/')) {
        expect($('main[data-pagefind-body]'), route).toHaveLength(0);
      } else {
        expect($('main[data-pagefind-body]'), route).toHaveLength(1);
        expect($('header[data-pagefind-ignore]'), route).toHaveLength(1);
      }
    }
    // The search form is there for the script to show, in the place of the sections the page shows without it
    // (the CSS swaps them once <site-search> is defined; tests/browser/search.test.ts checks both ways).
    const $ = readPage('/search/');
    expect($('site-search .search-swap > form[role="search"] input[name="q"]')).toHaveLength(1);
    expect($('site-search .search-swap > #search-needs-js a').length).toBeGreaterThan(5);
    expect($('site-search[data-bundle]')).toHaveLength(1);
  });
});

describe('the 404 page', () => {
  test('says the page is not there and links every section of the site, each to a page that exists', () => {
    const html = readFileSync(join(SITE_DIR, '404.html'), 'utf8');
    const $ = load(html);
    expect($('h1').text()).toBe('Page not found');
    const links = $('main .section-list a').map((_, a) => $(a).attr('href')!).get();
    expect(links.length).toBeGreaterThanOrEqual(12);
    for (const link of links) expect(existsSync(join(SITE_DIR, link.slice(base.length), 'index.html')), link).toBe(true);
    expect($('main[data-pagefind-body]')).toHaveLength(0);
  });
  test('the menu on every page reaches History, Plans and Glossary', () => {
    for (const route of ['/', '/grid/', '/boroughs/']) {
      const $ = readPage(route);
      const menu = $('nav.site-nav a').map((_, a) => $(a).text()).get();
      for (const s of ['History', 'Plans', 'Glossary', 'Research', 'Grid', 'Compare']) expect(menu, route).toContain(s);
    }
  });
});
