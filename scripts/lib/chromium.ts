// WHY: one place launches Chromium, for the PDF step and for the browser tests alike: the same binary, flags and missing-browser sentence.
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless, offline and quiet: no sandbox (CI containers), no GPU, no calls home. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** The one line said when there is no browser; undefined when there is one. */
export function missingBrowser(): string | undefined {
  if (existsSync(CHROMIUM_PATH)) return undefined;
  return `no Chromium at ${CHROMIUM_PATH}: install Debian's (sudo apt-get install chromium) or set CHROMIUM_PATH to another Chromium or Chrome`;
}

/** `extra` flags for one use (the PDF step's process model); the rest are CHROMIUM_ARGS. */
export async function launchChromium(extra: string[] = []): Promise<Browser> {
  const missing = missingBrowser();
  if (missing) throw new Error(missing);
  // Loaded when a browser is wanted: a rebuild whose PDFs all come from the cache never needs the driver.
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, ...extra], headless: true });
}
