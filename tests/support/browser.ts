// Debian's Chromium through playwright-core, and the built site served on loopback.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { serveDir, type Served } from '../../scripts/lib/serve.ts';
import { SITE_DIR } from './site.ts';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`No Chromium at ${CHROMIUM_PATH}. Install Debian's (apt-get install chromium) or set CHROMIUM_PATH to another Chromium.`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

export type SiteServer = Served;

/** Serves the built site at its base path, with the same server the PDF step uses. */
export function serveSite(dir = SITE_DIR, base = '/'): Promise<SiteServer> {
  return serveDir(dir, base);
}
