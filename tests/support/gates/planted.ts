// Small pages with one planted defect each, written to a temporary folder, to prove every gate can fail.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'";

/** The shell of a clean page, shaped like the site's: CSP first, a skip link, a focusable main. */
export function planted(body: string, { title = 'Planted page', head = '', main = '<main id="main" tabindex="-1">', csp = CSP } = {}): string {
  const page = `<!DOCTYPE html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta http-equiv="Content-Security-Policy" content="${csp}">
    <title>${title}</title>
    <link rel="stylesheet" href="/site.css">
    ${head}
  </head>
  <body>
    <a class="skip-link" href="#main">Skip to main content</a>
    <header><nav aria-label="Main"><a href="/">Home</a></nav></header>
    ${main}
      <h1>${title}</h1>
      ${body}
    </main>
  </body>
</html>
`;
  return page.replace(/^[ \t]+$\n/gm, '');
}

/** The site's own stylesheet rules that the keyboard and reflow gates depend on. */
export const PLANTED_CSS = `
body { margin: 0; font-family: sans-serif; }
button { font: inherit; padding: 0.25rem 0.5rem; }
:focus-visible { outline: 3px solid #0b0c0c; box-shadow: 0 0 0 6px #ffdd00; }
.skip-link { position: absolute; left: 0.5rem; top: -3rem; background: #ffdd00; color: #0b0c0c; }
.skip-link:focus { top: 0.5rem; }
.table-scroll { overflow-x: auto; max-width: 100%; position: relative; }
.no-ring:focus-visible { outline: none; box-shadow: none; }
.hidden-skip:focus { top: -3rem; }
.wide { width: 600px; }
.tiny { display: flex; list-style: none; padding: 0; gap: 0; font-size: 10px; line-height: 1; }
`;

/** Writes files (path → text) into a new temporary folder and returns it. */
export function plantSite(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-planted-'));
  for (const [path, text] of Object.entries({ 'site.css': PLANTED_CSS, ...files })) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}
