// The open dataset as the build sees it: every round's assessments (a row per borough and round), its version,
// sources and errata. Every download, the Data Package, the spreadsheet, the feed and /data/ read this.
import type { Source } from '../content/schemas/sources.ts';
import type { Release } from '../content/schemas/release.ts';
import { loadAtlas, loadReleases, once, type Atlas } from '../content/load.ts';
import { assessmentsOf, downloads, SAMPLE_NOTICE, tables, type DatasetInput, type Download, type RoundLike, type Table } from './tables.ts';
import { csvResponse, toCsv } from './csv.ts';
import { type Level, LEVEL_LABEL } from '../domain/levels.ts';

export interface Erratum {
  where: string;
  printed: string;
  correction: string;
  note: string;
}

export interface Dataset {
  input: DatasetInput;
  tables: Table[];
  downloads: Download[];
  title: string;
  description: string;
  publisher: string;
  licence: { name: string; url: string };
  repository: string;
  /** Present when any borough is an anonymised sample. */
  notice: string | undefined;
  /** Oldest first; the last is the current version. */
  releases: Release[];
  version: string;
  sources: Source[];
  errata: Erratum[];
  /** YYYY-MM, across every round. */
  coverage: { from: string; to: string };
}


/** The rounds that have assessments, as data/rounds.yaml states them (their id, title, kind and period). */
export function roundsFromAtlas(atlas: Atlas, _sources: readonly Source[]): RoundLike[] {
  // The rounds with assessments, as data/rounds.yaml states them (an open round with none is not data).
  return atlas.dataRounds.map((r) => ({ id: r.id, title: r.title, kind: r.kind, from: r.period.from, to: r.period.to }));
}

/** The source's own errors, as printed and as corrected: strand totals, and tally marks that disagree with a count. */
export function errataFromAtlas(atlas: Atlas): Erratum[] {
  const { published } = atlas;
  const strandErrata = atlas.strands.flatMap((s) =>
    (published.strands[s.id].corrections ?? []).map((c) => ({
      where: `${s.title}, strand total, ${LEVEL_LABEL[c.level]}`,
      printed: String(published.strands[s.id].printed[c.level]),
      correction: String(c.corrected),
      note: c.note,
    })),
  );
  const tallyErrata = atlas.strands.flatMap((s) =>
    s.dimensions.flatMap((d) =>
      Object.entries(published.counts[d.id]?.tallies ?? {}).map(([level, marks]) => ({
        where: `${s.title} ${d.number}, ${d.title}, ${LEVEL_LABEL[level as Level]}`,
        printed: String(published.counts[d.id]![level as Level]),
        correction: 'none: the printed count stands',
        note: `The source shows ${marks} tally marks (x) beside its printed count of ${published.counts[d.id]![level as Level]}. The printed count is the figure used: with it, the dimension's row adds up to the ${published.boroughs} boroughs.`,
      })),
    ),
  );
  return [...strandErrata, ...tallyErrata];
}

export const loadDataset = once(build);

async function build(): Promise<Dataset> {
  const atlas = await loadAtlas();
  const sources = atlas.sources;
  const releases = await loadReleases();
  const rounds = roundsFromAtlas(atlas, sources);
  const order = new Map(rounds.map((r, i) => [r.id, i]));
  // Every assessment of every round, not only each borough's latest: ratings.csv has a row per round.
  const assessments = assessmentsOf(atlas.dataRounds.flatMap((r) => atlas.london[r.id]!.boroughs).map((b) => b.data)).sort((a, b) => order.get(a.round)! - order.get(b.round)!);
  const input: DatasetInput = { strands: atlas.strands, rounds, assessments, published: { [atlas.published.round]: atlas.published.counts } };
  const tableList = tables(input);
  const { settings } = atlas;
  return {
    input,
    tables: tableList,
    downloads: downloads(tableList),
    title: settings.title,
    description: `${settings.description} Ratings of boroughs on the analytical grid of 14–19 partnership organisation and activity, the grid itself, and the published London-wide counts.`,
    publisher: settings.publisher,
    licence: settings.licence,
    repository: settings.repository,
    notice: atlas.isSample ? SAMPLE_NOTICE : undefined,
    releases,
    version: releases.at(-1)!.version,
    sources: sources.filter((s) => s.id === atlas.published.source.document),
    errata: errataFromAtlas(atlas),
    coverage: { from: rounds.map((r) => r.from).sort()[0]!, to: rounds.map((r) => r.to).sort().at(-1)! },
  };
}

/** An endpoint for one CSV table, by its name in tables(). */
export function csvEndpoint(name: string): () => Promise<Response> {
  return async () => {
    const table = (await loadDataset()).tables.find((t) => t.name === name)!;
    return csvResponse(toCsv(table.columns.map((c) => c.key), table.rows));
  };
}

/** What the Data Package, the spreadsheet and the metadata say about the dataset as a whole. */
export function datasetMeta(d: Dataset, site: URL | undefined, href: (path: string) => string) {
  return {
    title: d.title,
    description: d.description,
    publisher: d.publisher,
    licence: d.licence,
    version: d.version,
    released: d.releases.at(-1)!.date,
    homepage: new URL(href('data/'), site).href,
    sources: d.sources,
    notice: d.notice,
  };
}
