// /self-assessment/ as a borough lead uses it: answer, amend, come back, share, download, and print the worksheet.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { gridSchema } from '../../src/content/schemas/grid.ts';
import { seal } from '../../src/features/self-assessment/answers.ts';
import { launchBrowser, serveSite, type SiteServer } from '../support/browser.ts';
import { axeFindings } from '../support/gates/axe.ts';
import { lines } from '../support/gates/finding.ts';
import { pdfInfo } from '../support/pdf-reader.ts';
import { SITE_DIR } from '../support/site.ts';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname } from 'node:path';
import * as cheerio from 'cheerio';
import { astroBuildCopy, copyProject } from '../../scripts/lib/project-copy.ts';
import { siteBase, siteSettings } from '../../scripts/lib/site-settings.ts';

type Level = 'low' | 'medium' | 'high' | 'not-mentioned';
const LEVELS: Level[] = ['low', 'medium', 'high', 'not-mentioned'];
const grid = gridSchema.parse(parse(readFileSync('data/grid.yaml', 'utf8')));
const dims = grid.strands.flatMap((s) => s.dimensions);
/** A spread of answers over all four levels. */
const planned: Record<string, Level> = Object.fromEntries(dims.map((d, i) => [d.id, LEVELS[(i * 7) % 4]!]));

let browser: Browser;
let server: SiteServer;
const url = (hash = '') => `${server.origin}${siteBase()}self-assessment/${hash}`;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serveSite(SITE_DIR, siteBase())]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(context?: BrowserContext, hash = ''): Promise<Page> {
  const page = await (context ?? (await browser.newContext())).newPage();
  await page.goto(url(hash));
  await page.locator('self-assessment[data-ready]').waitFor();
  return page;
}

async function answerAll(page: Page, levels = planned): Promise<void> {
  for (const [id, level] of Object.entries(levels)) await page.check(`#q-${id}-${level}`);
}

/** The answers as the form shows them: the checked radio of each question, and the evidence typed. */
async function shown(page: Page): Promise<{ levels: Record<string, string>; evidence: Record<string, string> }> {
  return page.evaluate(() => {
    const levels: Record<string, string> = {};
    const evidence: Record<string, string> = {};
    for (const r of document.querySelectorAll<HTMLInputElement>('fieldset.sa-q input[type=radio]:checked')) levels[r.name] = r.value;
    for (const t of document.querySelectorAll<HTMLTextAreaElement>('fieldset.sa-q textarea')) if (t.value) evidence[t.name.replace(/^evidence-/, '')] = t.value;
    return { levels, evidence };
  });
}

/** The error summary's text, once it is shown (a file is read asynchronously). */
async function errorSummary(page: Page): Promise<string> {
  await page.locator('.sa-error-summary').waitFor({ state: 'visible' });
  return page.locator('.sa-error-summary').innerText();
}

async function toResult(page: Page): Promise<void> {
  await page.click('button[type=submit]');
  await page.locator('[data-step="check"]').waitFor();
  await page.click('[data-action="result"]');
  await page.locator('[data-step="result"]').waitFor();
}

/** A new browser with every question answered, one with evidence, at the result with the borough named. */
async function atResult(evidence: [string, string]): Promise<Page> {
  const page = await open();
  await answerAll(page);
  await page.fill(`#q-${evidence[0]}-evidence`, evidence[1]);
  await toResult(page);
  await page.fill('#sa-name', 'Thamesmead Vale');
  return page;
}

/** Downloads the profile file, as the button does. */
async function downloadProfile(page: Page): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="download"]')]);
  return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
}

describe('answering', () => {
  test('answers all 27, amends two, reloads: the answers are kept on this device', async () => {
    const page = await open();
    await expect(page.locator('.sa-js.notice').innerText()).resolves.toContain('Your answers stay on this device');
    expect(await page.locator('.sa-tally').isHidden()).toBe(true); // the result does the adding up
    await answerAll(page);
    await page.fill('#q-structure-evidence', 'Board minutes, March 2026');
    const amended = { ...planned, leadership: 'high' as Level, 'data-sharing': 'low' as Level };
    await page.check('#q-leadership-high');
    await page.check('#q-data-sharing-low');
    expect(await page.locator('.sa-progress-count').innerText()).toBe('27 of 27 questions answered');
    await page.reload();
    await page.locator('self-assessment[data-ready]').waitFor();
    expect(await shown(page)).toEqual({ levels: amended, evidence: { structure: 'Board minutes, March 2026' } });
    expect(await page.locator('[data-status="leadership"]').innerText()).toBe('Completed: High');
    await page.context().close();
  });

  test('a damaged copy on this device loads what still fits and nothing else', async () => {
    const page = await open();
    const version = await page.getAttribute('self-assessment', 'data-version');
    await page.evaluate((grid) => {
      const answers = { levels: { structure: 'high', leadership: 'excellent', 'not-a-dimension': 'low' }, evidence: { structure: 'Minutes', leadership: 42 } };
      localStorage.setItem('partnership-atlas:self-assessment:self-assessment-2026-27', JSON.stringify({ grid, answers }));
    }, version);
    await page.reload();
    await page.locator('self-assessment[data-ready]').waitFor();
    expect(await shown(page)).toEqual({ levels: { structure: 'high' }, evidence: { structure: 'Minutes' } });
    await page.context().close();
  });

  test('continuing with questions unanswered lists each in an error summary that links to it', async () => {
    const page = await open();
    await page.check('#q-partnership-history-high');
    await page.click('button[type=submit]');
    const summary = page.locator('.sa-error-summary');
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await summary.locator('a').count()).toBe(26);
    expect(await summary.locator('a').first().innerText()).toBe('Select an answer for 2. Structure (Partnership organisation)');
    await summary.locator('a').first().click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q-structure-low');
    expect(await page.locator('#q-structure-error').innerText()).toContain('Select an answer for Structure');
    expect(await page.locator('[data-step="check"]').isHidden()).toBe(true);
    await page.context().close();
  });

  test('check your answers, then change one, then the result compares with London in words and as a chart', async () => {
    const page = await open();
    await answerAll(page);
    await page.click('button[type=submit]');
    const rows = page.locator('.sa-summary-list > div');
    expect(await rows.count()).toBe(27);
    const leader = dims.find((d) => d.id === 'leadership')!;
    const said = planned.leadership === 'not-mentioned' ? 'Not covered / don’t know' : `${planned.leadership![0]!.toUpperCase()}${planned.leadership!.slice(1)}: ${leader.descriptors[planned.leadership as 'low']}`;
    expect((await rows.nth(2).innerText()).replace(/\s+/g, ' ')).toBe(`3. Leadership ${said} Change Leadership`);
    await rows.nth(2).locator('a', { hasText: 'Change' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`q-leadership-${planned.leadership}`);
    await page.check('#q-leadership-high');
    await toResult(page);
    const result = await page.locator('[data-step="result"]').innerText();
    expect(result).toContain('This compares a self-assessment with a research assessment.');
    // The result leads with one sentence: breadth, depth and a comparison with the 18 research boroughs, never a rank.
    const answered = { ...planned, leadership: 'high' as Level };
    const weight = { low: 1, medium: 2, high: 3, 'not-mentioned': 0 };
    const depth = Object.values(answered).reduce((n, l) => n + weight[l], 0);
    const researchDepths = readdirSync('content/assessments/ioe-2012-13').map((f) => Object.values(parse(readFileSync(`content/assessments/ioe-2012-13/${f}`, 'utf8')).ratings as Record<string, { level: Level }>).reduce((n, r) => n + weight[r.level], 0));
    const lead = await page.locator('.sa-lead').innerText();
    expect(lead).toMatch(new RegExp(`^These answers reach Medium or High on ${Object.values(answered).filter((l) => l === 'medium' || l === 'high').length} of 27 dimensions, with a depth score of ${depth} out of 81: deeper than ${researchDepths.filter((d) => d < depth).length} of the 18 boroughs in the 2012–13 research round`));
    expect(lead).toContain('your partnership’s own view');
    expect(lead).not.toMatch(/\d(st|nd|rd|th) of/);
    const leadership = page.locator('[data-compare="leadership"]');
    // London's spread is the research's, from the published counts.
    const published = parse(readFileSync('data/published/extent-2013.yaml', 'utf8'));
    expect(await leadership.locator('.sa-you').innerText()).toBe(`You: High. London: ${published.counts.leadership.high} of 18 boroughs High.`);
    expect(await leadership.locator('.sa-seg.is-you').getAttribute('data-level')).toBe('high');
    expect(await page.locator('[data-compare] .sa-seg.is-you').count()).toBe(27);
    const org = grid.strands[0]!.dimensions.map((d) => (d.id === 'leadership' ? 'high' : planned[d.id]));
    const breadth = org.filter((l) => l !== 'not-mentioned').length;
    expect(await page.locator('[data-strand-table="organisation"] [data-cell="breadth"]').innerText()).toBe(`${breadth} of 11`);
    await page.context().close();
  });
});

describe('sharing and resuming', () => {
  test('a share link opened in a fresh browser shows the same answers', async () => {
    const page = await atResult(['ceiag', 'Careers plan & “quotes”']);
    const link = await page.inputValue('#sa-link');
    expect(new URL(link).hash).toMatch(/^#grid=[0-9a-f]{8}&answers=[lmhn]{27}/);
    const expected = await shown(page);
    await page.context().close();
    const fresh = await open(undefined, new URL(link).hash);
    expect(await shown(fresh)).toEqual(expected);
    expect(await fresh.locator('.sa-status').innerText()).toContain('Showing the answers from the link');
    await fresh.context().close();
  });

  test('a link from another version of the grid says so, and loads nothing', async () => {
    const page = await open(undefined, `#${seal(new URLSearchParams(`grid=0badc0de&answers=${'h'.repeat(27)}`))}`);
    expect(await errorSummary(page)).toContain('This link was made against another version of the grid');
    expect((await shown(page)).levels).toEqual({});
    await page.context().close();
  });

  test('a hand-edited link with an unknown level is refused, and the answers already entered are kept', async () => {
    const page = await open();
    await answerAll(page);
    const before = await shown(page);
    const version = await page.getAttribute('self-assessment', 'data-version');
    await page.goto(url(`#${seal(new URLSearchParams(`grid=${version}&answers=${'m'.repeat(4)}x${'m'.repeat(22)}`))}`));
    expect(await errorSummary(page)).toContain('Question 5 (Meetings, communication & decision-making) has the answer “x” in the link, which is not a level');
    expect(await shown(page)).toEqual(before);
    await page.reload();
    await page.locator('self-assessment[data-ready]').waitFor();
    expect(await shown(page)).toEqual(before);
    await page.context().close();
  });

  test('a link cut short inside its evidence is refused as incomplete, and the answers already entered are kept', async () => {
    const sender = await atResult(['ceiag', 'Careers plan agreed by the board in March, reviewed each term']);
    const link = await sender.inputValue('#sa-link');
    await sender.context().close();
    const page = await open();
    await answerAll(page, Object.fromEntries(dims.map((d) => [d.id, 'low'])));
    const before = await shown(page);
    await page.goto(link.slice(0, link.indexOf('evidence.ceiag') + 30).replace(/^.*#/, url('#')));
    expect(await errorSummary(page)).toContain('This link is incomplete or has been changed since it was made');
    expect(await shown(page)).toEqual(before);
    await page.context().close();
  });

  test('the evidence box counts down to its limit, and an answer over it is an error linked to the box', async () => {
    const page = await open();
    await answerAll(page);
    await page.fill('#q-structure-evidence', 'x'.repeat(1510));
    expect(await page.locator('[data-count="structure"]').innerText()).toBe('Up to 1,500 characters. You have 10 characters too many');
    await page.click('button[type=submit]');
    expect(await errorSummary(page)).toContain('The evidence for Structure is 10 characters too long');
    await page.context().close();
  });

  test('a file that is not a profile is refused with a reason, and nothing entered is lost', async () => {
    const page = await open();
    await answerAll(page);
    const before = await shown(page);
    await page.setInputFiles('#sa-file', { name: 'minutes.txt', mimeType: 'text/plain', buffer: Buffer.from('Minutes of the 14-19 board\nApologies: none\n') });
    expect(await errorSummary(page)).toContain('This file is not a self-assessment profile');
    expect(await shown(page)).toEqual(before);
    await page.context().close();
  });

  test('a downloaded file loads back into a fresh browser, to carry on', async () => {
    const page = await atResult(['neets', 'NEET panel, monthly']);
    const { name, text } = await downloadProfile(page);
    const expected = await shown(page);
    await page.context().close();
    const fresh = await open();
    await fresh.setInputFiles('#sa-file', { name, mimeType: 'text/yaml', buffer: Buffer.from(text) });
    await fresh.locator('.sa-status').waitFor({ state: 'visible' });
    expect(await shown(fresh)).toEqual(expected);
    expect(await fresh.locator('.sa-status').innerText()).toContain('Loaded the answers from “thamesmead-vale.yaml”');
    await fresh.context().close();
  });
});

describe('making it a profile', () => {
  test('the downloaded file, put where its first line says, passes npm run check and builds as the borough’s self-assessment', async () => {
    const page = await atResult(['data-sharing', 'Shared dashboard: "NEET tracker", reviewed termly']);
    const { name, text } = await downloadProfile(page);
    expect(name).toBe('thamesmead-vale.yaml');
    await page.context().close();
    const path = /^# Save as (\S+)$/m.exec(text.split('\n')[0]!)?.[1];
    expect(path).toBe('content/assessments/self-assessment-2026-27/thamesmead-vale.yaml');
    const dir = copyProject('atlas-self-assessment');
    try {
      mkdirSync(join(dir, dirname(path!)), { recursive: true });
      writeFileSync(join(dir, path!), text);
      const check = spawnSync('npm', ['run', 'check'], { cwd: dir, encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '' } });
      expect(check.stdout + check.stderr).toContain('no problems');
      expect(check.status).toBe(0);
      // npm run check has just passed it: `astro build` alone makes the page, without Pagefind or PDFs.
      const built = await astroBuildCopy(dir, 'dist');
      expect(built.status, built.output).toBe(0);
      const $ = cheerio.load(readFileSync(join(dir, 'dist/boroughs/thamesmead-vale/index.html'), 'utf8'));
      expect($('h1').text()).toBe('Thamesmead Vale');
      const line = $('.round-line');
      expect([line.attr('data-round'), line.attr('data-kind')]).toEqual(['self-assessment-2026-27', 'self-assessment']);
      // Each level as the page writes it: its letter swatch, then its word.
      const badge = { low: 'LLow', medium: 'MMedium', high: 'HHigh', 'not-mentioned': '–Not mentioned' };
      for (const d of dims) expect($(`.dimension-block#${d.id} > p`).first().text().replace(/\s+/g, ' ').trim()).toMatch(new RegExp(`^Thamesmead Vale: ${badge[planned[d.id]!]}\\b`));
      expect($('.dimension-block#data-sharing .evidence').text()).toContain('Shared dashboard: "NEET tracker", reviewed termly');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);

  test('a sample borough’s name is refused; Propose on GitHub opens the new-file page with path and content', async () => {
    const page = await open();
    await answerAll(page);
    await toResult(page);
    await page.fill('#sa-name', 'Borough C');
    await page.click('[data-action="download"]');
    expect(await errorSummary(page)).toContain('“Borough C” is the name of an anonymised sample borough');
    await page.locator('.sa-error-summary a').click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sa-name');
    expect(await page.locator('[data-step="result"]').isVisible()).toBe(true);
    expect(await page.locator('#sa-existing').count()).toBe(0); // no named borough on the site yet: sample boroughs are never offered
    await page.fill('#sa-name', 'Thamesmead Vale');
    const settings = siteSettings();
    const popup = page.context().waitForEvent('page');
    await page.context().route('https://github.com/**', (route) => route.fulfill({ body: 'GitHub' }));
    await page.click('[data-action="propose"]');
    const opened = new URL((await popup).url());
    expect(`${opened.origin}${opened.pathname}`).toBe(`${settings.repository}/new/${settings.branch}`);
    expect(opened.searchParams.get('filename')).toBe('content/assessments/self-assessment-2026-27/thamesmead-vale.yaml');
    const content = parse(opened.searchParams.get('value')!);
    expect(content.borough).toEqual({ name: 'Thamesmead Vale', anonymised: false });
    expect(Object.fromEntries(Object.entries(content.ratings).map(([id, r]) => [id, (r as { level: string }).level]))).toEqual(planned);
    await page.context().close();
  });
});

describe('too long for a link', () => {
  test('Propose on GitHub downloads the file instead, with the steps to upload it into the right folder', async () => {
    const page = await open();
    await answerAll(page);
    for (const d of dims) await page.fill(`#q-${d.id}-evidence`, `Evidence for ${d.title}: ${'minutes, plans and reviews; '.repeat(12)}`);
    await toResult(page);
    await page.fill('#sa-name', 'Thamesmead Vale');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="propose"]')]);
    expect(download.suggestedFilename()).toBe('thamesmead-vale.yaml');
    const steps = page.locator('.sa-upload');
    expect(await steps.innerText()).toContain('Upload the downloaded file into the folder content/assessments/self-assessment-2026-27');
    const settings = siteSettings();
    expect(await steps.locator('a').getAttribute('href')).toBe(`${settings.repository}/upload/${settings.branch}/content/assessments/self-assessment-2026-27`);
    expect(page.context().pages()).toHaveLength(1);
    await page.context().close();
  });
});

describe('without JavaScript', () => {
  test('the page prints as a worksheet on numbered A4 pages, with all 81 descriptors and a tick box for each', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url());
    const file = join(mkdtempSync(join(tmpdir(), 'sa-pdf-')), 'worksheet.pdf');
    writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    const { pages } = pdfInfo(file);
    expect(pages.length).toBeGreaterThanOrEqual(5);
    expect(pages.length).toBeLessThanOrEqual(9);
    for (const p of pages) expect([Math.round(p.width), Math.round(p.height)]).toEqual([595, 842]);
    const raw = spawnSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).stdout;
    // In reading order (-raw keeps a hyphen that ends a line); a word broken after its hyphen is joined again.
    const norm = (s: string) => s.replace(/\s+/g, ' ').replace(/- /g, '-');
    const text = norm(raw);
    const missing = dims.flatMap((d) => (['low', 'medium', 'high'] as const).map((l) => d.descriptors[l])).filter((s) => !text.includes(norm(s)));
    expect(missing).toEqual([]);
    for (let n = 1; n <= pages.length; n++) expect(text).toContain(`Page ${n} of ${pages.length}`);
    expect(text).toContain('Where you stand: add up your answers');
    expect(await page.locator('input[type=radio]').count()).toBe(108);
    expect(await page.locator('.sa-js:visible, [data-step="result"]:visible').count()).toBe(0);
    await context.close();
  });
});

describe('keyboard and accessibility', () => {
  async function tabTo(page: Page, selector: string, max = 300): Promise<void> {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    }
    throw new Error(`Tab never reached ${selector}`);
  }

  test('the whole assessment can be done with the keyboard alone, to the download', async () => {
    const page = await open();
    for (const [i, d] of dims.entries()) {
      await tabTo(page, `input[name="${d.id}"]`, i === 0 ? 80 : 3);
      await page.keyboard.press('Space');
    }
    expect(await page.locator('.sa-progress-count').innerText()).toBe('27 of 27 questions answered');
    await tabTo(page, 'button[type=submit]', 4);
    await page.keyboard.press('Enter');
    await tabTo(page, '[data-action="result"]', 60);
    await page.keyboard.press('Enter');
    await tabTo(page, '#sa-name', 20);
    await page.keyboard.type('Thamesmead Vale');
    await tabTo(page, '[data-action="download"]', 3);
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe('thamesmead-vale.yaml');
    await page.context().close();
  });

  test('axe finds nothing at 390 and 1280 px, on the questions with errors, the check and the result', async () => {
    const found = [];
    for (const width of [390, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await open(context);
      await page.click('button[type=submit]');
      found.push(...(await axeFindings(page, `questions with errors @${width}`)));
      await answerAll(page);
      await page.click('button[type=submit]');
      found.push(...(await axeFindings(page, `check @${width}`)));
      await page.click('[data-action="result"]');
      await page.click('[data-action="download"]');
      found.push(...(await axeFindings(page, `result with a name error @${width}`)));
      await context.close();
    }
    expect(lines(found)).toEqual([]);
  }, 180_000);
});
