// The network gate: a page may only talk to the site itself, and must load with no console error or failed request.
import type { BrowserContext, Page } from 'playwright-core';
import type { Finding } from './finding.ts';

export interface NetworkWatch {
  /** Findings so far; each names the page (route) that was open when it happened. */
  findings: Finding[];
  /** Call before each visit so findings name the right page. */
  setPage: (route: string) => void;
}

/**
 * Watches every page of a context. Requests to any other origin are recorded and aborted, so a test never
 * reaches a third party (which is the privacy defect being tested for).
 */
export async function watchNetwork(context: BrowserContext, siteOrigin: string): Promise<NetworkWatch> {
  const findings: Finding[] = [];
  let route = '(no page)';
  const aborted = new Set<string>();
  const add = (rule: string, target: string, message: string) => findings.push({ page: route, rule, target, message });

  await context.route(
    (url) => !['data:', 'blob:', 'about:'].includes(url.protocol) && url.origin !== siteOrigin,
    (r) => {
      aborted.add(r.request().url());
      add('foreign-request', r.request().url(), `a ${r.request().resourceType()} request to a host other than the site`);
      return r.abort('blockedbyclient');
    },
  );
  const watchPage = (page: Page) => {
    page.on('console', (msg) => {
      if (msg.type() !== 'error') return;
      const where = msg.location().url;
      if (where && URL.canParse(where) && aborted.has(where)) return; // the request this gate aborted, reported above
      add('console-error', where || '-', msg.text().slice(0, 160));
    });
    page.on('pageerror', (error) => add('page-error', '-', error.message));
    page.on('requestfailed', (request) => {
      if (new URL(request.url()).origin !== siteOrigin) return; // already reported as foreign
      // The browser fetches the icon on its own after load; the next visit may cut that fetch short. A missing icon
      // still fails, as an HTTP error below.
      if (request.failure()?.errorText === 'net::ERR_ABORTED' && request.resourceType() === 'other' && /\/favicon\.svg$/.test(request.url())) return;
      add('request-failed', request.url(), request.failure()?.errorText ?? 'failed');
    });
    page.on('response', (response) => {
      if (response.status() >= 400) add('http-error', response.url(), `HTTP ${response.status()}`);
    });
  };
  context.pages().forEach(watchPage);
  context.on('page', watchPage);
  return { findings, setPage: (r) => (route = r) };
}
