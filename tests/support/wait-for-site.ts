// Before a test file of the site or build project is even read: wait for the shared build of the real site (global-setup.ts).
import { existsSync, readFileSync } from 'node:fs';
import { SITE_FAILED, SITE_READY } from './site.ts';

const LIMIT_MS = 20 * 60_000;
const started = Date.now();
while (!existsSync(SITE_READY)) {
  if (existsSync(SITE_FAILED)) throw new Error(`the site did not build:\n${readFileSync(SITE_FAILED, 'utf8')}`);
  if (Date.now() - started > LIMIT_MS) throw new Error(`the site's build did not finish within ${LIMIT_MS / 60_000} minutes`);
  await new Promise((r) => setTimeout(r, 250));
}
