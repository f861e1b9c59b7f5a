// Debian's Chromium, launched as the PDF step launches it (scripts/lib/chromium.ts), and the built site served on loopback.
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { serveDir, type Served } from '../../scripts/lib/serve.ts';
import { SITE_DIR } from './site.ts';

export const launchBrowser = launchChromium;

export type SiteServer = Served;

/** Serves the built site at its base path, with the same server the PDF step uses. */
export function serveSite(dir = SITE_DIR, base = '/'): Promise<SiteServer> {
  return serveDir(dir, base);
}
