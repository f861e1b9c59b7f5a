// Checks that need more than one file: ids that must exist, slugs that must be unique, counts that must add up.
import type { BoroughIdentity } from '../schemas/borough.ts';
import type { Grid } from '../schemas/grid.ts';
import type { Published } from '../schemas/published.ts';
import type { Settings } from '../schemas/settings.ts';
import { rowTotal, tallyByDimension, totalCounts, type Rated } from '../../domain/tally.ts';
import { didYouMean, listOr } from './error-map.ts';
import type { Problem } from './problem.ts';
import { problemAtPath, type SourceFile } from './source-file.ts';
import { LEVELS, type Level, LEVEL_LABEL } from '../../domain/levels.ts';

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

export function boroughRules(boroughs: readonly Loaded<BoroughIdentity>[]): Problem[] {
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
 * Only the assessments of the round that names the table are counted, so a later round does not disturb it.
 */
export function reconcileRules(published: Loaded<Published>, inRound: readonly Rated[], grid: Grid, settings: Settings | undefined): Problem[] {
  if (settings?.data === 'real') return [];
  const ids = dimensionIds(grid);
  const counted = tallyByDimension(inRound, ids);
  const folder = `content/assessments/${published.data.round}/`;
  const problems: Problem[] = [];
  if (inRound.length !== published.data.boroughs) {
    problems.push(problemAtPath(published.file, ['boroughs'], `the table covers ${published.data.boroughs} boroughs, but ${folder} holds ${inRound.length} assessments`));
    if (inRound.length === 0) return problems;
  }
  for (const id of ids) {
    const row = published.data.counts[id];
    if (!row) continue;
    for (const level of LEVELS) {
      if (row[level] !== counted[id]![level]) {
        problems.push(problemAtPath(published.file, ['counts', id, level], reconcileMessage(id, level, row[level], counted[id]![level], folder)));
      }
    }
  }
  return problems;
}

function reconcileMessage(id: string, level: Level, published: number, counted: number, folder: string): string {
  return `published ${published} at ${LEVEL_LABEL[level]}, but the sample assessments put ${counted} there; the sample boroughs must reproduce the published table (check ratings.${id}.level in ${folder})`;
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

const stemOf = (file: SourceFile) => file.path.replace(/^.*\//, '').replace(/\.[^.]+$/, '');

/** Case studies name grid dimensions and a model; both must exist, and the slug is the page address. */
export function caseStudyRules(
  studies: readonly Loaded<{ slug: string; model?: string | undefined; dimensions: string[] }>[],
  /** Every model file's name, valid or not, so one broken model does not make its case studies wrong too. */
  modelIds: readonly string[],
  dimensionIds: readonly string[],
): Problem[] {
  const problems: Problem[] = [];
  const bySlug = new Map<string, string>();
  for (const { file, data } of studies) {
    const stem = stemOf(file);
    if (data.slug !== stem) problems.push(problemAtPath(file, ['slug'], `"${data.slug}" does not match the file name "${stem}"; the slug is the page address, so rename the file or change the slug`));
    const same = bySlug.get(data.slug);
    if (same) problems.push(problemAtPath(file, ['slug'], `"${data.slug}" is already used by ${same}; every case study needs its own slug`));
    else bySlug.set(data.slug, file.path);
    data.dimensions.forEach((id, i) => {
      if (!dimensionIds.includes(id)) problems.push(problemAtPath(file, ['dimensions', i], `"${id}" is not a dimension of the grid${didYouMean(id, dimensionIds)}; dimension ids are listed in data/grid.yaml`));
    });
    if (data.model !== undefined && !modelIds.includes(data.model)) {
      problems.push(problemAtPath(file, ['model'], `"${data.model}" is not a model in content/models/${didYouMean(data.model, modelIds)}; the models are ${listOr(modelIds)}`));
    }
  }
  return problems;
}

/** A model's id is its file name, and the case study it names must exist (and exemplify that model, if it names one). */
export function modelRules(
  models: readonly Loaded<{ id: string; caseStudy?: string | undefined }>[],
  studies: readonly Loaded<{ slug: string; model?: string | undefined }>[],
  /** Every case-study file's name, valid or not. */
  slugs: readonly string[],
): Problem[] {
  const problems: Problem[] = [];
  for (const { file, data } of models) {
    const stem = stemOf(file);
    if (data.id !== stem) problems.push(problemAtPath(file, ['id'], `"${data.id}" does not match the file name "${stem}"; rename the file or change the id`));
    if (data.caseStudy === undefined) continue;
    const study = studies.find((s) => s.data.slug === data.caseStudy);
    if (!slugs.includes(data.caseStudy)) problems.push(problemAtPath(file, ['caseStudy'], `"${data.caseStudy}" is not a case study${didYouMean(data.caseStudy, slugs)}; case studies are the files in content/case-studies/`));
    else if (study?.data.model !== undefined && study.data.model !== data.id) {
      problems.push(problemAtPath(file, ['caseStudy'], `"${data.caseStudy}" is a case study of the ${study.data.model} model (${study.file.path}), not of ${data.id}`));
    }
  }
  return problems;
}

/**
 * Each printed form (a term or an alias) belongs to one entry, ignoring case: "NEETS" as a new term would clash with
 * NEET's alias "NEETs". The schema already catches exact repeats; this catches the rest across entries.
 */
export function glossaryRules({ file, data }: Loaded<{ term: string; aliases?: string[] | undefined }[]>): Problem[] {
  const problems: Problem[] = [];
  const owner = new Map<string, { term: string; index: number; form: string }>();
  data.forEach((entry, i) => {
    const forms: [string, (string | number)[]][] = [[entry.term, [i, 'term']], ...(entry.aliases ?? []).map((a, j): [string, (string | number)[]] => [a, [i, 'aliases', j]])];
    for (const [form, path] of forms) {
      const key = form.toLowerCase();
      const seen = owner.get(key);
      if (seen && seen.term !== entry.term) {
        const line = problemAtPath(file, [seen.index, 'term'], '').line;
        const as = seen.form === seen.term ? '' : ` as "${seen.form}", a form of "${seen.term}"`;
        problems.push(problemAtPath(file, path, `"${form}" is already in the glossary${as} (line ${line}); each term appears once, so add it as an alias there or remove it`));
      } else if (!seen) owner.set(key, { term: entry.term, index: i, form });
    }
  });
  return problems;
}
