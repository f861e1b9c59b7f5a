// One browser and one loopback server per test file, over the built site or a folder of planted pages.
import type { Browser } from 'playwright-core';
import { launchBrowser, serveSite, type SiteServer } from '../browser.ts';
import { SITE_DIR } from '../site.ts';
import { siteBase } from '../../../scripts/lib/site-settings.ts';
import { sitemapPaths } from './site-map.ts';

export interface Session {
  browser: Browser;
  server: SiteServer;
  base: string;
  /** Paths of the pages to visit (with the base), from the sitemap. */
  paths: string[];
  url: (path: string) => string;
  close: () => Promise<void>;
}

export async function openSession(dir = SITE_DIR, base = siteBase(), paths?: string[]): Promise<Session> {
  const [browser, server] = await Promise.all([launchBrowser(), serveSite(dir, base)]);
  return {
    browser,
    server,
    base,
    paths: paths ?? sitemapPaths(dir),
    url: (path) => server.origin + path,
    // The browser first, so the server is not left waiting on its keep-alive connections.
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
