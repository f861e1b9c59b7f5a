// Each browser gate, shown failing on a page with one planted defect (and passing on a clean one): the gates can fail.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeFindings } from '../support/gates/axe.ts';
import type { Finding } from '../support/gates/finding.ts';
import { keyboardFindings } from '../support/gates/keyboard.ts';
import { layoutShiftFindings } from '../support/gates/layout-shift.ts';
import { watchNetwork } from '../support/gates/network.ts';
import { plantSite, planted } from '../support/gates/planted.ts';
import { REFLOW_WIDTH, reflowFindings } from '../support/gates/reflow.ts';
import { openSession, type Session } from '../support/gates/session.ts';

const CLEAN = planted(`
  <p>A paragraph with <a href="/">a link</a>.</p>
  <button type="button" id="sort">Sort</button>
  <details><summary>More</summary><p>Hidden text.</p></details>
  <form action="/" method="get"><label for="q">Search</label> <input id="q" name="q" type="search"> <fieldset><legend>Level</legend><input type="radio" id="lv-low" name="lv" value="low"><label for="lv-low">Low</label> <input type="radio" id="lv-high" name="lv" value="high"><label for="lv-high">High</label></fieldset> <button type="submit">Search</button></form>
  <div class="table-scroll"><table><caption>Wide</caption><tr><th scope="col">A</th><td><span style="display:inline-block;width:900px">wide cell</span></td></tr></table></div>
  <script type="module" src="/sort.js"></script>`).replace(' style="display:inline-block;width:900px"', ' class="wide"');

const site = plantSite({
  'sort.js': `document.getElementById('sort').addEventListener('click', (e) => { e.target.textContent = 'Sorted'; });`,
  'div-button.js': `document.getElementById('fake').addEventListener('click', (e) => { e.target.textContent = 'Clicked'; });`,
  'trap.js': `document.getElementById('trap').addEventListener('keydown', (e) => { if (e.key === 'Tab') e.preventDefault(); });`,
  'throws.js': `throw new Error('planted failure');`,
  // Like search results put in above the footer once the page has shown: everything below moves down.
  'late.js': `setTimeout(() => { const late = document.createElement('div'); late.className = 'late'; late.style.height = '400px'; late.textContent = 'Late'; document.querySelector('main h1').after(late); }, 300);`,
  'pic.svg': `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>`,
  'index.html': planted('<p>Home.</p>'),
  'clean/index.html': CLEAN,
  'no-alt/index.html': planted('<p><img src="/pic.svg" width="10" height="10"></p>'),
  // The CSP would block this request, so the page loosens it: the network gate must catch it on its own.
  'foreign/index.html': planted('<p><img src="https://tracker.example/pixel.gif" alt=""></p>', { csp: "default-src 'self'; img-src *" }),
  'inline-script/index.html': planted('<script>document.title = "ran";</script><p>Text.</p>'),
  'missing/index.html': planted('<p><img src="/missing.png" alt="A missing picture"></p>'),
  'throws/index.html': planted('<script src="/throws.js"></script><p>Text.</p>'),
  'div-button/index.html': planted('<div role="button" tabindex="0" id="fake">Sort</div><script src="/div-button.js"></script>'),
  'no-ring/index.html': planted('<p><a class="no-ring" href="/">Home again</a></p>'),
  'no-skip/index.html': planted('<p><a href="/">Home</a></p>').replace(/<a class="skip-link"[^\n]*\n/, ''),
  'skip-nowhere/index.html': planted('<p>Text.</p>', { main: '<main id="main">' }),
  'hidden-skip/index.html': planted('<p>Text.</p>').replace('class="skip-link"', 'class="skip-link hidden-skip"'),
  'trap/index.html': planted('<p><button type="button" id="trap">Trap</button> <a href="/">After the trap</a></p><script src="/trap.js"></script>'),
  'wide/index.html': planted('<div class="wide">Six hundred pixels wide.</div>'),
  'shifts/index.html': planted(`${'<p>A paragraph that moves down when the late block arrives.</p>'.repeat(12)}<script src="/late.js"></script>`),
  // Letter links like the glossary's old A to Z: "I" is a few pixels wide, its neighbours touching (WCAG 2.2, 2.5.8).
  'tiny-targets/index.html': planted('<nav aria-label="By letter"><ul class="tiny"><li><a href="#i">I</a></li><li><a href="#j">J</a></li><li><a href="#l">L</a></li></ul></nav><p id="i">I.</p><p id="j">J.</p><p id="l">L.</p>'),
});

let session: Session;
beforeAll(async () => {
  session = await openSession(site, '/', []);
});
afterAll(async () => {
  await session?.close();
  rmSync(site, { recursive: true, force: true });
});

const rules = (findings: Finding[]) => [...new Set(findings.map((f) => f.rule))].sort();

async function network(path: string): Promise<Finding[]> {
  const context = await session.browser.newContext();
  const watch = await watchNetwork(context, session.server.origin);
  watch.setPage(path);
  const page = await context.newPage();
  await page.goto(session.url(path));
  await context.close();
  return watch.findings;
}

async function withPage<T>(path: string, run: (page: import('playwright-core').Page) => Promise<T>, width?: number): Promise<T> {
  const context = await session.browser.newContext(width ? { viewport: { width, height: 640 } } : {});
  const page = await context.newPage();
  await page.goto(session.url(path));
  try {
    return await run(page);
  } finally {
    await context.close();
  }
}

describe('the clean planted page passes every browser gate', () => {
  test('network, axe, keyboard and reflow', async () => {
    expect(await network('/clean/')).toEqual([]);
    expect(await withPage('/clean/', (p) => axeFindings(p, '/clean/'))).toEqual([]);
    expect(await withPage('/clean/', (p) => keyboardFindings(p, session.url('/clean/'), '/clean/'))).toEqual([]);
    expect(await withPage('/clean/', (p) => reflowFindings(p, '/clean/'), REFLOW_WIDTH)).toEqual([]);
    expect(await withPage('/clean/', (p) => layoutShiftFindings(p, '/clean/'), 390)).toEqual([]);
  });
});

describe('the network gate fails on', () => {
  test('a request to another host', async () => {
    const findings = await network('/foreign/');
    expect(findings.map((f) => [f.rule, f.target])).toEqual([['foreign-request', 'https://tracker.example/pixel.gif']]);
  });
  test('an inline script the CSP blocks', async () => {
    expect(rules(await network('/inline-script/'))).toEqual(['console-error']);
  });
  test('a missing file', async () => {
    expect(rules(await network('/missing/'))).toContain('http-error');
  });
  test('a script that throws', async () => {
    const findings = await network('/throws/');
    expect(findings.map((f) => [f.rule, f.message])).toContainEqual(['page-error', 'planted failure']);
  });
});

describe('the axe gate fails on', () => {
  test('an image without alt text', async () => {
    const findings = await withPage('/no-alt/', (p) => axeFindings(p, '/no-alt/'));
    expect(findings.map((f) => [f.page, f.rule, f.target])).toEqual([['/no-alt/', 'image-alt', 'img']]);
  });
});

describe('the axe gate, run with its defaults, fails on', () => {
  test.each([390, 1280])('link targets smaller than 24 px and too close together, at %i px', async (width) => {
    const findings = await withPage('/tiny-targets/', (p) => axeFindings(p, '/tiny-targets/'), width);
    expect(rules(findings)).toEqual(['target-size']);
    expect(findings.map((f) => f.target)).toEqual(['a[href="#i"]', 'a[href="#j"]', 'a[href="#l"]']);
  });
});

describe('the keyboard gate fails on', () => {
  const keyboard = (path: string) => withPage(path, (p) => keyboardFindings(p, session.url(path), path));
  test('a div pretending to be a button', async () => {
    expect((await keyboard('/div-button/')).map((f) => f.rule + ' ' + f.message)).toEqual([
      'not-operable pressing Enter does nothing: it must act as a click does',
      'not-operable pressing Space does nothing: it must act as a click does',
    ]);
  });
  test('a link with no focus indicator', async () => {
    expect((await keyboard('/no-ring/')).map((f) => [f.rule, f.target])).toEqual([['focus-visible', 'main#main > p > a.no-ring "Home again"']]);
  });
  test('a page with no skip link', async () => {
    expect((await keyboard('/no-skip/')).map((f) => f.rule + ' ' + f.message)).toEqual(['skip-link the first Tab stop must be a skip link to #main']);
  });
  test('a skip link that does not move focus', async () => {
    expect((await keyboard('/skip-nowhere/')).map((f) => f.rule + ' ' + f.message)).toEqual(['skip-link pressing Enter on the skip link does not move focus to the main content']);
  });
  test('a skip link that stays off screen when focused', async () => {
    expect(rules(await keyboard('/hidden-skip/'))).toEqual(['focus-hidden']);
  });
  test('a keyboard trap', async () => {
    expect((await keyboard('/trap/')).map((f) => [f.rule, f.target])).toEqual([['not-reachable', 'main#main > p > a "After the trap"']]);
  });
});

describe('the reflow gate fails on', () => {
  test('a block wider than 320 px outside a table scroller', async () => {
    const findings = await withPage('/wide/', (p) => reflowFindings(p, '/wide/'), REFLOW_WIDTH);
    expect(findings.map((f) => [f.rule, f.target])).toEqual([['reflow-320', 'div.wide (right edge at 600 px)']]);
  });
});

describe('the layout-shift gate fails on', () => {
  test('a block put in above the text after the page has shown', async () => {
    const findings = await withPage('/shifts/', async (p) => {
      await p.locator('.late').waitFor();
      return layoutShiftFindings(p, '/shifts/');
    }, 390);
    expect(findings.map((f) => f.rule)).toEqual(['layout-shift']);
    expect(findings[0]!.target).toContain('p');
  });
});
