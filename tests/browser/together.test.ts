// A partnership meeting run from the site: the lead invites, five partners in three roles answer on their own
// devices (separate browser contexts), the lead brings the answers together, the meeting agrees and plans.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as cheerio from 'cheerio';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { astroBuildCopy, copyProject } from '../../scripts/lib/project-copy.ts';
import { encodeResponse } from '../../src/features/self-assessment/together-answers.ts';
import { gridVersion, type Answer } from '../../src/features/self-assessment/answers.ts';
import { gridSchema } from '../../src/content/schemas/grid.ts';
import { launchBrowser, serveSite, type SiteServer } from '../support/browser.ts';
import { axeFindings } from '../support/gates/axe.ts';
import { lines } from '../support/gates/finding.ts';
import { siteBase } from '../../scripts/lib/site-settings.ts';
import { pdfInfo, pdfText } from '../support/pdf-reader.ts';
import { SITE_DIR } from '../support/site.ts';

const grid = gridSchema.parse(parse(readFileSync('data/grid.yaml', 'utf8')));
const dims = grid.strands.flatMap((s) => s.dimensions);
const ROUND = 'self-assessment-2026-27';
/** The plan for 5 gaps prints on at most this many A4 pages. */
const PLAN_PAGES = 3;

// Everyone says High except where disagreements and gaps are planted: structure two levels apart (3 High, 1 Medium,
// 1 Low); leadership two apart with no majority; ceiag all Low, neets all Medium, data-sharing all not covered.
const partners: { role: string; levels: Record<string, Answer> }[] = [
  { role: 'school', levels: { structure: 'high', leadership: 'low', ceiag: 'low', neets: 'medium', 'data-sharing': 'not-mentioned' } },
  { role: 'school', levels: { structure: 'high', leadership: 'medium', ceiag: 'low', neets: 'medium', 'data-sharing': 'not-mentioned' } },
  { role: 'college', levels: { structure: 'low', leadership: 'high', ceiag: 'low', neets: 'medium', 'data-sharing': 'not-mentioned' } },
  { role: 'employer', levels: { structure: 'high', leadership: 'not-mentioned', ceiag: 'low', neets: 'medium', 'data-sharing': 'not-mentioned' } },
  { role: 'employer', levels: { structure: 'medium', leadership: 'low', ceiag: 'low', neets: 'medium', 'data-sharing': 'not-mentioned' } },
];
const levelsOf = (p: (typeof partners)[number]) => Object.fromEntries(dims.map((d) => [d.id, p.levels[d.id] ?? 'high'])) as Record<string, Answer>;

let browser: Browser;
let server: SiteServer;
let invite = '';
const replies: string[] = [];
const together = () => `${server.origin}${siteBase()}self-assessment/together/`;

async function lead(): Promise<Page> {
  const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
  await page.goto(together());
  await page.locator('together-assessment[data-ready]').waitFor();
  await page.fill('#tg-name', 'Thamesmead Vale');
  await page.click('[data-action="start"]');
  return page;
}

async function paste(page: Page, links: string[]): Promise<void> {
  await page.fill('#tg-paste', links.join('\n'));
  await page.click('[data-action="paste"]');
}

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serveSite(SITE_DIR, siteBase())]);
  const page = await lead();
  invite = await page.inputValue('#tg-invite-link');
  await page.context().close();
  // Each partner on their own device: a separate browser context, answering from the invitation.
  for (const p of partners) {
    const partner = await (await browser.newContext()).newPage();
    await partner.goto(invite);
    await partner.locator('self-assessment[data-ready]').waitFor();
    expect(await partner.locator('.sa-respond').innerText()).toContain('You are answering for Thamesmead Vale’s partnership');
    await partner.selectOption('#sa-role', p.role);
    for (const [id, level] of Object.entries(levelsOf(p))) await partner.check(`#q-${id}-${level}`);
    await partner.click('button[type=submit]');
    await partner.click('[data-action="result"]');
    await partner.locator('.sa-send').waitFor();
    expect(await partner.locator('.sa-own').isHidden()).toBe(true); // a partner proposes nothing to GitHub
    replies.push(await partner.inputValue('#sa-reply-link'));
    await partner.context().close();
  }
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('bringing five partners’ answers together', () => {
  let page: Page;
  beforeAll(async () => {
    page = await lead();
    const version = gridVersion(grid.strands);
    const answers = { levels: levelsOf(partners[0]!), evidence: {} };
    // Three good links pasted with two bad ones; two good files chosen with two bad ones.
    await paste(page, [replies[0]!, encodeResponse(version, grid.strands, { round: ROUND, borough: 'riverside', role: 'school', answers }), replies[1]!, replies[2]!.slice(0, Math.floor(replies[2]!.length * 0.6)), replies[2]!]);
    await page.setInputFiles('#tg-files', [
      { name: 'college-old.txt', mimeType: 'text/plain', buffer: Buffer.from(encodeResponse('0badc0de', grid.strands, { round: ROUND, borough: 'thamesmead-vale', role: 'college', answers })) },
      { name: 'minutes.txt', mimeType: 'text/plain', buffer: Buffer.from('Minutes of the 14-19 board\nApologies: none\n') },
      { name: 'employer-1.txt', mimeType: 'text/plain', buffer: Buffer.from(replies[3]! + '\n') },
      { name: 'employer-2.txt', mimeType: 'text/plain', buffer: Buffer.from(replies[4]! + '\n') },
    ]);
    await page.locator('.tg-count', { hasText: '5 partners' }).waitFor();
  }, 120_000);
  afterAll(() => page.context().close());

  test('mixed-up inputs are each refused by name, and the rest load', async () => {
    expect(await page.locator('.tg-count').innerText()).toBe('5 partners have answered: 2 school, 1 college, 2 employer.');
    const refused = await page.locator('.tg-refused li').allInnerTexts();
    expect(refused).toEqual([expect.stringMatching(/^“college-old\.txt” was answered against another version of the grid/), expect.stringMatching(/^“minutes\.txt” is not a partner’s answers/)]);
    // The pasted batch was loaded first; its refusals were shown then. Paste them again to see them.
    await paste(page, [encodeResponse(gridVersion(grid.strands), grid.strands, { round: ROUND, borough: 'riverside', role: 'school', answers: { levels: levelsOf(partners[0]!), evidence: {} } }), replies[2]!.slice(0, -5), replies[0]!]);
    expect(await page.locator('.tg-refused li').allInnerTexts()).toEqual([
      'Pasted link 1 is another borough’s answers (riverside), not Thamesmead Vale’s.',
      expect.stringMatching(/^Pasted link 2 is incomplete or has been changed since it was made/),
    ]);
    expect(await page.locator('.tg-live').innerText()).toBe('0 partners’ answers loaded; 2 refused; 1 already loaded.');
    expect(await page.locator('.tg-count').innerText()).toContain('5 partners');
  });

  test('each dimension shows its spread overall and by role, in words and as a figure', async () => {
    const structure = page.locator('[data-dim="structure"]');
    expect(await structure.locator('.tg-words').innerText()).toBe('5 answered: 3 High, 1 Medium, 1 Low.');
    expect(await structure.locator('.tg-roles').innerText()).toBe('By role: School 2 High; College 1 Low; Employer 1 High, 1 Medium.');
    expect(await structure.locator('svg.tg-bar text').allTextContents()).toEqual(['1 L', '1 M', '3 H']);
    expect(await page.locator('[data-dim="data-sharing"] .tg-words').innerText()).toBe('5 answered: 5 not covered.');
  });

  test('disagreements are found by the stated rule, and come first, widest first', async () => {
    expect(await page.locator('[data-disagree="true"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-dim')))).toEqual(['leadership', 'structure']);
    const order = await page.locator('.tg-dims > li').evaluateAll((els) => els.map((e) => e.getAttribute('data-dim')));
    expect(order.slice(0, 2)).toEqual(['leadership', 'structure']);
    expect(await page.locator('[data-dim="leadership"] .tg-disagree').innerText()).toContain('answers two levels apart and no answer given by more than half');
    // Then the rest, furthest below the research round's median first: the planted all-Low ceiag and all-not-covered
    // data-sharing are the only ones below it.
    expect(order.slice(2, 4).sort()).toEqual(['ceiag', 'data-sharing']);
    const below = await page.locator('.tg-dims > li').evaluateAll((els) => els.slice(2).map((e) => Number(e.getAttribute('data-below'))));
    expect(below.slice(0, 2).every((b) => b > 0)).toBe(true);
    expect(below.slice(2).every((b) => b === 0)).toBe(true);
    expect(below[0]).toBeGreaterThanOrEqual(below[1]!);
  });

  test('the meeting agrees, the sentence follows at once, and the file passes the check and builds with the spread', async () => {
    expect(await page.isChecked('#tg-structure-high')).toBe(true); // the most common answer
    const before = await page.locator('.tg-sentence').innerText();
    await page.check('#tg-structure-medium');
    await page.fill('#tg-structure-evidence', 'Board agreed terms of reference, 2026');
    const after = await page.locator('.tg-sentence').innerText();
    expect(after).not.toBe(before);
    expect(after).toMatch(/^The agreed answers reach Medium or High on \d+ of 27 dimensions, with a depth score of \d+ out of 81: deeper than \d+ of the 18 boroughs in the 2012–13 research round/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="download"]')]);
    const text = readFileSync((await download.path())!, 'utf8');
    const data = parse(text);
    expect(data.respondents).toBe(5);
    expect(data.ratings.structure).toEqual({ level: 'medium', evidence: 'Board agreed terms of reference, 2026', spread: { high: 3, medium: 1, low: 1 } });
    expect(text).not.toMatch(/school|college|employer/i); // no partner's role or own answers
    const path = /^# Save as (\S+)$/m.exec(text)![1]!;
    const dir = copyProject('atlas-together');
    try {
      mkdirSync(join(dir, dirname(path)), { recursive: true });
      writeFileSync(join(dir, path), text);
      const check = spawnSync('npm', ['run', 'check'], { cwd: dir, encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '' } });
      expect(check.status, check.stdout + check.stderr).toBe(0);
      // npm run check has just passed it: `astro build` alone makes the page, without Pagefind, figures or PDFs.
      const built = await astroBuildCopy(dir, 'dist');
      expect(built.status, built.output).toBe(0);
      const $ = cheerio.load(readFileSync(join(dir, 'dist/boroughs/thamesmead-vale/index.html'), 'utf8'));
      expect($('#structure .agreed-spread').text()).toBe('Agreed Medium; 5 partners answered: 3 High, 1 Medium, 1 Low.');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);

  test('a plan for 5 gaps prints within ' + PLAN_PAGES + ' A4 pages, and its Markdown checklist holds each action', async () => {
    const gaps = await page.locator('.tg-plan-list > li.tg-gap').evaluateAll((els) => els.map((e) => e.getAttribute('data-plan')));
    expect(gaps).toEqual(['structure', 'leadership', 'data-sharing', 'ceiag', 'neets']);
    expect(await page.locator('#tg-target-leadership').inputValue()).toBe('medium'); // the next level up, not High
    const actions: string[] = [];
    for (const id of gaps) {
      for (let i = 0; i < 2; i++) {
        await page.click(`[data-action="add-action"][data-dim="${id}"]`);
        const text = `Action ${i + 1} for ${id}: agree who leads and report to the board`;
        await page.fill(`#tg-act-${id}-${i}`, text);
        await page.selectOption(`#tg-act-${id}-${i}-owner`, i ? 'college' : 'local-authority');
        await page.fill(`#tg-act-${id}-${i}-due`, '2027-03-31');
        actions.push(`- [ ] ${text} (owner: ${i ? 'College' : 'Local authority'}) by 2027-03-31`);
      }
    }
    const md = await page.inputValue('#tg-markdown');
    for (const a of actions) expect(md).toContain(a);
    expect(await page.locator('.tg-move').innerText()).toMatch(/^What would move us: with every target met, the partnership would reach/);
    await page.emulateMedia({ media: 'print' });
    const file = join(tmpdir(), `together-plan-${process.pid}.pdf`);
    writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    await page.emulateMedia({ media: 'screen' });
    const info = pdfInfo(file);
    expect(info.pages.length).toBeGreaterThan(0);
    expect(info.pages.length).toBeLessThanOrEqual(PLAN_PAGES);
    for (const p of info.pages) expect([Math.round(p.width), Math.round(p.height)]).toEqual([595, 842]);
    const printed = pdfText(file).replace(/\s+/g, ' ');
    expect(printed).toContain('Action plan: Thamesmead Vale');
    expect(printed).toContain(`Page 1 of ${info.pages.length}`);
    expect(printed).toContain('Action 2 for neets: agree who leads and report to the board (owner: College) by 2027-03-31');
    expect(printed).not.toContain('Load partners’ answers');
  }, 120_000);

  test('the plan travels with the meeting link', async () => {
    const link = await page.inputValue('#tg-meeting-link');
    const other = await (await browser.newContext()).newPage();
    await other.goto(link);
    await other.locator('together-assessment[data-ready]').waitFor();
    expect(await other.inputValue('#tg-act-neets-1')).toBe('Action 2 for neets: agree who leads and report to the board');
    expect(await other.locator('[data-dim="structure"] .tg-words').innerText()).toBe('5 answered: 3 High, 1 Medium, 1 Low.');
    expect(await other.isChecked('#tg-structure-medium')).toBe(true);
    await other.context().close();
  });

  test('axe finds nothing at 390 and 1280 px with everything shown', async () => {
    const found = [];
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      found.push(...(await axeFindings(page, `together @${width}`)));
    }
    expect(lines(found)).toEqual([]);
  }, 120_000);
});

describe('by keyboard alone', () => {
  async function tabTo(page: Page, selector: string, max = 200): Promise<void> {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return;
    }
    throw new Error(`Tab never reached ${selector}`);
  }

  test('start, load, agree, target and add an action with Tab, typing, arrows and Enter', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(together());
    await page.locator('together-assessment[data-ready]').waitFor();
    await tabTo(page, '#tg-name');
    await page.keyboard.type('Thamesmead Vale');
    await tabTo(page, '[data-action="start"]', 10);
    await page.keyboard.press('Enter');
    expect(await page.inputValue('#tg-invite-link')).toContain('#invite=');
    await tabTo(page, '#tg-paste', 10);
    await page.keyboard.insertText(replies.slice(0, 3).join('\n'));
    await tabTo(page, '[data-action="paste"]', 5);
    await page.keyboard.press('Enter');
    await page.locator('.tg-count', { hasText: '3 partners' }).waitFor();
    await tabTo(page, 'input[name="agreed-structure"]', 80);
    const before = await page.locator('.tg-sentence').innerText();
    await page.keyboard.press('ArrowRight'); // radios: the arrow moves and chooses, as in any radio group
    expect(await page.locator('.tg-sentence').innerText()).not.toBe(before);
    await tabTo(page, '[data-action="add-action"]', 400);
    const dim = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.dim!);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`tg-act-${dim}-0`);
    await page.keyboard.type('Agree who leads');
    expect(await page.inputValue('#tg-markdown')).toContain('- [ ] Agree who leads');
    await page.context().close();
  }, 120_000);
});

describe('a group of two', () => {
  test('publishes no spread, and says why', async () => {
    const page = await lead();
    await paste(page, replies.slice(0, 2));
    await page.locator('.tg-count', { hasText: '2 partners' }).waitFor();
    expect(await page.locator('.tg-published').innerText()).toContain('so the file records no spread');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="download"]')]);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text).not.toMatch(/respondents|spread/);
    await page.context().close();
  });
});

describe('without JavaScript', () => {
  test('the page explains what it does and links the worksheet', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(together());
    const text = await page.locator('main').innerText();
    expect(text).toContain('This page needs JavaScript to bring answers together');
    expect(await page.locator('.tg-nojs a').getAttribute('href')).toBe(`${siteBase()}self-assessment/`);
    expect(await page.locator('.tg-js').isHidden()).toBe(true);
    await context.close();
  });
});
