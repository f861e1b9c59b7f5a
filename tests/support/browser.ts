// Debian's Chromium through playwright-core, and the built site served on loopback.
import { existsSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import sirv from 'sirv';
import { SITE_DIR } from './site.ts';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`No Chromium at ${CHROMIUM_PATH}. Install Debian's (apt-get install chromium) or set CHROMIUM_PATH to another Chromium.`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

export interface SiteServer {
  origin: string;
  close: () => Promise<void>;
}

/** Serves `dir` at `base` (the site's base path), as GitHub Pages would; anything outside the base is a 404. */
export async function serveSite(dir = SITE_DIR, base = '/'): Promise<SiteServer> {
  const handler = sirv(dir, { dev: false, etag: false, extensions: ['html'] });
  const notFound = (res: ServerResponse) => {
    res.statusCode = 404;
    res.end('not found');
  };
  const server: Server = createServer((req, res) => {
    if (!req.url?.startsWith(base)) return notFound(res);
    req.url = '/' + req.url.slice(base.length);
    handler(req, res, () => notFound(res));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
