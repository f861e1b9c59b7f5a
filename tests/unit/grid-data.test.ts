// The grid and the published counts are compared with the source text itself, not with our own copy of it.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { gridSchema } from '../../src/content/schemas/grid.ts';
import { publishedSchema } from '../../src/content/schemas/published.ts';
import { publishedRules } from '../../src/content/checker/rules.ts';
import { parseSourceFile } from '../../src/content/checker/source-file.ts';
import { LEVELS } from '../../src/domain/levels.ts';

const source = readFileSync('tests/fixtures/sources/002_2a1df4f1e7cd29c6.txt', 'utf8');
const grid = gridSchema.parse(parse(readFileSync('data/grid.yaml', 'utf8')));
const publishedText = readFileSync('data/published/extent-2013.yaml', 'utf8');
const published = publishedSchema.parse(parse(publishedText));
const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The source's rows: "N. Title<TAB>low cell<TAB>medium cell<TAB>high cell<TAB>not-mentioned cell". */
function sourceRows(strandHeading: string, nextHeading: string | undefined): string[][] {
  const start = source.indexOf(strandHeading);
  const end = nextHeading ? source.indexOf(nextHeading) : source.length;
  // Activity 16's counts were wrapped onto the next line in extraction; join such a line back on.
  const text = source.slice(start, end).replace(/\n\t(?=x)/gi, '\t');
  return text
    .split('\n')
    .filter((l) => /^\d+\. /.test(l))
    .map((l) => l.split('\t'))
    .map((cells) => (cells.length > 5 ? [cells[0]!, ...[1, 2, 3, 4].map((i) => `${cells[i]} ${cells[i + 4] ?? ''}`)] : cells));
}

const rows = {
  organisation: sourceRows('Partnership organization\t', 'Partnership activity\t'),
  activity: sourceRows('Partnership activity\t', undefined),
};

describe('the analytical grid (data/grid.yaml)', () => {
  test('has 11 organisation and 16 activity dimensions, each with three descriptors', () => {
    expect(grid.strands.map((s) => [s.id, s.dimensions.length])).toEqual([['organisation', 11], ['activity', 16]]);
    for (const d of grid.strands.flatMap((s) => s.dimensions)) {
      expect(Object.keys(d.descriptors)).toEqual(['low', 'medium', 'high']);
    }
  });

  test.each(grid.strands.flatMap((s) => s.dimensions.map((d) => [s.id, d.number, d] as const)))('%s %i: title and descriptors are word for word as in the source', (strand, number, d) => {
    const row = rows[strand][number - 1]!;
    expect(fold(row[0]!)).toMatch(new RegExp(`^${number}\\. `));
    expect(fold(row[0]!)).toContain(d.title);
    for (const [i, level] of (['low', 'medium', 'high'] as const).entries()) {
      expect(fold(row[i + 1]!)).toContain(fold(d.descriptors[level]));
    }
  });

  test("organisation 11's Medium descriptor, a copy of 10's in the source, carries a note", () => {
    const [ten, eleven] = [grid.strands[0]!.dimensions[9]!, grid.strands[0]!.dimensions[10]!];
    expect(eleven.descriptors.medium).toBe(ten.descriptors.medium);
    expect(eleven.notes?.medium).toMatch(/repeats dimension 10/);
  });
});

describe('the published counts (data/published/)', () => {
  test('each row adds up to 18 boroughs', () => {
    for (const counts of Object.values(published.counts)) {
      expect(LEVELS.reduce((n, l) => n + counts[l], 0)).toBe(18);
    }
  });

  test.each(grid.strands.flatMap((s) => s.dimensions.map((d) => [s.id, d.number, d.id] as const)))('%s %i: counts are the printed counts', (strand, number, id) => {
    const row = rows[strand][number - 1]!;
    const printed = LEVELS.map((_, i) => {
      const m = /(\d+)\s*$/.exec(row[i + 1] ?? '');
      return m ? Number(m[1]) : 0;
    });
    expect(LEVELS.map((l) => published.counts[id]![l])).toEqual(printed);
  });

  test('the strand headers are kept as printed', () => {
    expect(source).toContain('\t62\t91\t41\t4');
    expect(published.strands.organisation.printed).toEqual({ low: 62, medium: 91, high: 41, 'not-mentioned': 4 });
    expect(source).toContain('Low 49\tMedium 102\tHigh 44\tNot mentioned 102');
    expect(published.strands.activity.printed).toEqual({ low: 49, medium: 102, high: 44, 'not-mentioned': 102 });
  });

  test('the activity header erratum (Not mentioned 102, rows add to 93) is detected', () => {
    expect(published.strands.activity.corrections).toEqual([expect.objectContaining({ level: 'not-mentioned', corrected: 93 })]);
    // Without the correction, the checker reports the printed figure against the rows' total.
    const withoutCorrection = publishedText.replace(/    corrections:\n[\s\S]*?(?=tallyNote)/, '');
    const file = parseSourceFile('data/published/extent-2013.yaml', withoutCorrection);
    const problems = publishedRules({ file, data: publishedSchema.parse(file.data) }, grid);
    expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      'strands.activity.printed.not-mentioned: activity header prints Not mentioned 102, but the rows add up to 93; keep the printed figure and add a correction (level, corrected: 93, note)',
    ]);
  });
});
