// Rounds on the real site, which has one round of data: no change sections anywhere (the demonstration set, with
// several rounds, is tests/build/demo.test.ts).
import { describe, expect, test } from 'vitest';
import { allRoutes, readPage, visibleText } from '../support/site.ts';

describe('the real site, with one round of data', () => {
  test('has no change sections: no movement, no history table, no movement view, no per-round table', () => {
    const routes = allRoutes();
    expect(routes.filter((r) => r.includes('/movement/'))).toEqual([]);
    for (const route of routes.filter((r) => /^\/(boroughs|dimensions|grid)\//.test(r))) {
      const $ = readPage(route);
      expect($('.movement, .history, #by-round-h, .demo-banner').length, route).toBe(0);
    }
    expect(visibleText(readPage('/grid/')('.round-line'))).toContain('This grid shows the round that stands for London, Institute of Education study of 14–19 partnership working in London (research study');
    expect(visibleText(readPage('/rounds/')('#self-assessment-2026-27'))).toContain('Open for self-assessment: no assessments yet');
  });
});
