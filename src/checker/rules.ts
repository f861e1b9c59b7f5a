// Checks that need more than one file: ids that must exist, slugs that must be unique, counts that must add up.
import { LEVELS, type Level } from '../schemas/common.ts';
import type { Borough } from '../schemas/borough.ts';
import type { Grid } from '../schemas/grid.ts';
import type { Published } from '../schemas/published.ts';
import type { Settings } from '../schemas/settings.ts';
import { LEVEL_LABEL } from '../lib/format.ts';
import { rowTotal, tallyByDimension, totalCounts } from '../lib/tally.ts';
import { didYouMean } from './error-map.ts';
import type { Problem } from './problem.ts';
import { problemAtPath, type SourceFile } from './source-file.ts';

export interface Loaded<T> {
  file: SourceFile;
  data: T;
}

export function dimensionIds(grid: Grid): string[] {
  return grid.strands.flatMap((s) => s.dimensions.map((d) => d.id));
}

export function gridRules({ file, data }: Loaded<Grid>): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  data.strands.forEach((strand, s) => {
    strand.dimensions.forEach((dim, d) => {
      const path = ['strands', s, 'dimensions', d];
      const other = seen.get(dim.id);
      if (other) problems.push(problemAtPath(file, [...path, 'id'], `"${dim.id}" is already the id of ${other}; every dimension needs its own id`));
      seen.set(dim.id, `${strand.id} ${dim.number}`);
      if (dim.number !== d + 1) problems.push(problemAtPath(file, [...path, 'number'], `is ${dim.number} but this is dimension ${d + 1} of the ${strand.id} strand; number them 1, 2, 3 … in order`));
    });
  });
  return problems;
}

export function publishedRules({ file, data }: Loaded<Published>, grid: Grid): Problem[] {
  const problems: Problem[] = [];
  const ids = dimensionIds(grid);
  for (const id of Object.keys(data.counts)) {
    if (!ids.includes(id)) problems.push(problemAtPath(file, ['counts', id], `"${id}" is not a dimension of the grid${didYouMean(id, ids)}`, 'key'));
  }
  for (const id of ids) {
    const row = data.counts[id];
    if (!row) {
      problems.push(problemAtPath(file, ['counts'], `no counts for dimension "${id}"; every dimension of the grid needs a row`, 'key'));
      continue;
    }
    const total = rowTotal(row);
    if (total !== data.boroughs) problems.push(problemAtPath(file, ['counts', id], `the four counts add up to ${total}, but the table covers ${data.boroughs} boroughs`));
  }
  for (const strand of grid.strands) {
    const header = data.strands[strand.id];
    const rows = strand.dimensions.map((d) => data.counts[d.id]).filter((r) => r !== undefined);
    const sums = totalCounts(rows);
    for (const level of LEVELS) {
      const correction = header.corrections?.find((c) => c.level === level);
      const printed = header.printed[level];
      const path = ['strands', strand.id, 'printed', level];
      if (correction && correction.corrected !== sums[level]) {
        const at = ['strands', strand.id, 'corrections', header.corrections!.indexOf(correction), 'corrected'];
        problems.push(problemAtPath(file, at, `corrects ${LEVEL_LABEL[level]} to ${correction.corrected}, but the rows add up to ${sums[level]}`));
      } else if (correction && printed === sums[level]) {
        problems.push(problemAtPath(file, path, `${printed} already equals the rows' total; remove the correction`));
      } else if (!correction && printed !== sums[level]) {
        problems.push(problemAtPath(file, path, `${strand.id} header prints ${LEVEL_LABEL[level]} ${printed}, but the rows add up to ${sums[level]}; keep the printed figure and add a correction (level, corrected: ${sums[level]}, note)`));
      }
    }
  }
  return problems;
}

export function boroughRules(boroughs: readonly Loaded<Borough>[]): Problem[] {
  const problems: Problem[] = [];
  const bySlug = new Map<string, string>();
  const byName = new Map<string, string>();
  for (const { file, data } of boroughs) {
    const stem = file.path.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
    if (data.slug !== stem) problems.push(problemAtPath(file, ['slug'], `"${data.slug}" does not match the file name "${stem}"; the slug is the page address, so rename the file or change the slug`));
    const sameSlug = bySlug.get(data.slug);
    if (sameSlug) problems.push(problemAtPath(file, ['slug'], `"${data.slug}" is already used by ${sameSlug}; every borough needs its own slug`));
    else bySlug.set(data.slug, file.path);
    const sameName = byName.get(data.name.toLowerCase());
    if (sameName) problems.push(problemAtPath(file, ['name'], `"${data.name}" is already the name of ${sameName}`));
    else byName.set(data.name.toLowerCase(), file.path);
  }
  return problems;
}

/**
 * The sample boroughs must reproduce the published table exactly; with real data a difference is shown, not failed.
 * Only profiles from the published round are counted, so a newly assessed borough does not disturb the table.
 */
export function reconcileRules(published: Loaded<Published>, boroughs: readonly Loaded<Borough>[], grid: Grid, settings: Settings | undefined): Problem[] {
  if (settings?.data === 'real') return [];
  const inRound = boroughs.filter((b) => b.data.assessment.round === published.data.round);
  const ids = dimensionIds(grid);
  const counted = tallyByDimension(inRound.map((b) => b.data), ids);
  const problems: Problem[] = [];
  if (inRound.length !== published.data.boroughs) {
    problems.push(problemAtPath(published.file, ['boroughs'], `the table covers ${published.data.boroughs} boroughs, but ${inRound.length} profiles in content/boroughs/ have assessment round "${published.data.round}"`));
    if (inRound.length === 0) return problems;
  }
  for (const id of ids) {
    const row = published.data.counts[id];
    if (!row) continue;
    for (const level of LEVELS) {
      if (row[level] !== counted[id]![level]) {
        problems.push(problemAtPath(published.file, ['counts', id, level], reconcileMessage(id, level, row[level], counted[id]![level])));
      }
    }
  }
  return problems;
}

function reconcileMessage(id: string, level: Level, published: number, counted: number): string {
  return `published ${published} at ${LEVEL_LABEL[level]}, but the sample profiles put ${counted} there; the sample boroughs must reproduce the published table (check ratings.${id}.level in content/boroughs/)`;
}

/** Every `source: { document }` anywhere in any file must name a document in data/sources.yaml. */
export function sourceRules(files: readonly Loaded<unknown>[], sources: readonly { id: string }[] | undefined): Problem[] {
  if (!sources) return [];
  const ids = sources.map((s) => s.id);
  const problems: Problem[] = [];
  const walk = (file: SourceFile, value: unknown, path: (string | number)[]): void => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(file, v, [...path, i]));
    else if (value && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        if (key === 'document' && typeof v === 'string' && !ids.includes(v)) {
          problems.push(problemAtPath(file, [...path, key], `"${v}" is not a source document${didYouMean(v, ids)}; documents are listed in data/sources.yaml`));
        } else walk(file, v, [...path, key]);
      }
    }
  };
  for (const { file, data } of files) walk(file, data, []);
  return problems;
}
