// The partnership-model diagram's layout on its own: tiers in order, boxes inside the picture, text that fits, rounded coordinates.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { DIAGRAM, describeStructure, layoutStructure, roundPath, wrapText, type StructureInput } from './model-diagram.ts';

const county: StructureInput = {
  strategic: 'County-level strategic 14-19 Partnership',
  groups: { label: 'Strategic area partnership groups (SAPGs)', members: 'One for each district or travel to learn area' },
  commissions: 'The local authority and the LSC at county level',
};
const withLinks: StructureInput = { ...county, groups: { ...county.groups, count: 3 }, links: ['Diploma consortia', 'Multi Area Agreements'] };
const oneDecimal = (n: number) => Math.round(n * 10) / 10 === n;

describe('wrapText', () => {
  test('breaks at spaces within the limit and keeps every word', () => {
    const lines = wrapText('one two three four five six seven', 10);
    expect(lines).toEqual(['one two', 'three four', 'five six', 'seven']);
    expect(lines.every((l) => l.length <= 10)).toBe(true);
  });
  test('a word longer than a line gets a line of its own', () => {
    expect(wrapText('a extraordinarily b', 6)).toEqual(['a', 'extraordinarily', 'b']);
  });
});

describe('layoutStructure', () => {
  test('tiers run top to bottom: who commissions, the strategic partnership, its groups, then links', () => {
    const d = layoutStructure(withLinks);
    expect(d.boxes.map((b) => b.kind)).toEqual(['commissions', 'strategic', 'groups', 'link', 'link']);
    const ys = d.boxes.slice(0, 3).map((b) => b.y);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    expect(d.boxes[3]!.y).toBeGreaterThan(d.boxes[2]!.y + d.boxes[2]!.h);
  });

  test('every box and every line of text sits inside the picture; tiers share a centre line', () => {
    for (const input of [county, withLinks]) {
      const d = layoutStructure(input);
      for (const b of d.boxes) {
        expect(b.x).toBeGreaterThanOrEqual(0);
        expect(b.x + b.w + b.stack * DIAGRAM.stackOffset).toBeLessThanOrEqual(d.width);
        expect(b.y + b.h + b.stack * DIAGRAM.stackOffset).toBeLessThanOrEqual(d.height);
        for (const l of b.lines) {
          expect(l.y).toBeLessThan(b.y + b.h);
          expect(l.text.length * DIAGRAM.charWidth).toBeLessThanOrEqual(b.w - DIAGRAM.padX);
        }
      }
      const centres = new Set(d.boxes.filter((b) => b.kind !== 'link').map((b) => b.x + b.w / 2));
      expect(centres.size).toBe(1);
    }
  });

  test('all the text is in the boxes, word for word', () => {
    const d = layoutStructure(withLinks);
    const text = (id: string) => d.boxes.find((b) => b.id === id)!.lines.map((l) => l.text).join(' ');
    expect(text('commissions')).toBe(county.commissions);
    expect(text('strategic')).toBe(county.strategic);
    expect(text('groups')).toBe(county.groups.members);
    expect(text('link-2')).toBe('Multi Area Agreements');
    expect(d.boxes.find((b) => b.id === 'groups')!.heading.text).toBe('3 × Strategic area partnership groups (SAPGs)');
  });

  test('a printed count of groups stacks the box; no count, no stack', () => {
    expect(layoutStructure(withLinks).boxes.find((b) => b.kind === 'groups')!.stack).toBeGreaterThan(0);
    expect(layoutStructure(county).boxes.find((b) => b.kind === 'groups')!.stack).toBe(0);
  });

  test('connectors run upwards from each tier to the one above; links are dashed', () => {
    const d = layoutStructure(withLinks);
    expect(d.connectors.map((c) => `${c.from}>${c.to}${c.dashed ? ' dashed' : ''}`)).toEqual([
      'strategic>commissions', 'groups>strategic', 'link-1>groups dashed', 'link-2>groups dashed',
    ]);
    for (const c of d.connectors) expect(c.d).toMatch(/^M[\d.,]+C[\d.,]+$/);
  });

  test('coordinates are rounded to one decimal, and the same input gives the same layout', () => {
    const d = layoutStructure(withLinks);
    const numbers = [d.width, d.height, ...d.boxes.flatMap((b) => [b.x, b.y, b.w, b.h, b.heading.x, b.heading.y, ...b.lines.flatMap((l) => [l.x, l.y])])];
    expect(numbers.every(oneDecimal)).toBe(true);
    for (const c of d.connectors) expect(c.d.match(/-?\d+(\.\d+)?/g)!.map(Number).every(oneDecimal)).toBe(true);
    expect(JSON.stringify(layoutStructure(withLinks))).toBe(JSON.stringify(d));
  });

  test('roundPath rounds every number in a path', () => {
    expect(roundPath('M10.123456,20C10.16,30.049 1e-7,5 3,4')).toBe('M10.1,20C10.2,30 0,5 3,4');
  });

  test('the description names every tier', () => {
    expect(describeStructure(withLinks)).toBe(
      '3 Strategic area partnership groups (SAPGs) (One for each district or travel to learn area) feed the strategic partnership (County-level strategic 14-19 Partnership), which informs who commissions (The local authority and the LSC at county level). Also linked with: Diploma consortia; Multi Area Agreements.',
    );
  });

  test('every model in content/models lays out without overlapping tiers', () => {
    for (const file of readdirSync('content/models')) {
      const d = layoutStructure(parse(readFileSync(`content/models/${file}`, 'utf8')).structure);
      const tiers = d.boxes.filter((b) => b.kind !== 'link');
      for (let i = 1; i < tiers.length; i++) expect(tiers[i]!.y, file).toBeGreaterThan(tiers[i - 1]!.y + tiers[i - 1]!.h);
    }
  });
});
