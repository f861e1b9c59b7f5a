// Loads the collections once and derives what pages share: the grid in order, boroughs, counts.
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { Level } from '../schemas/common.ts';
import type { LevelCounts, Published } from '../schemas/published.ts';
import { tallyByDimension, totalCounts } from './tally.ts';

export type DimensionEntry = CollectionEntry<'dimensions'>['data'];
export type BoroughEntry = CollectionEntry<'boroughs'>;

export interface StrandView {
  id: 'organisation' | 'activity';
  title: string;
  dimensions: DimensionEntry[];
}

export interface Atlas {
  strands: StrandView[];
  dimensions: DimensionEntry[];
  boroughs: BoroughEntry[];
  published: Published;
  /** Counts aggregated over every profile in content/boroughs/: what London looks like on this site. */
  counted: Record<string, LevelCounts>;
  /** Counts over the profiles of the published round only: what is reconciled with the published table. */
  countedInRound: Record<string, LevelCounts>;
  /** Strand totals: as printed, as corrected (printed with any correction applied) and as counted. */
  totals: Record<StrandView['id'], { printed: LevelCounts; corrected: LevelCounts; counted: LevelCounts; notes: { level: Level; note: string }[] }>;
  settings: CollectionEntry<'settings'>['data'];
}

let cached: Promise<Atlas> | undefined;

export function loadAtlas(): Promise<Atlas> {
  cached ??= build();
  return cached;
}

async function build(): Promise<Atlas> {
  const dimensions = (await getCollection('dimensions')).map((e) => e.data);
  const strands: StrandView[] = (['organisation', 'activity'] as const).map((id) => {
    const dims = dimensions.filter((d) => d.strand === id).sort((a, b) => a.number - b.number);
    return { id, title: dims[0]?.strandTitle ?? id, dimensions: dims };
  });
  const ordered = strands.flatMap((s) => s.dimensions);
  const boroughs = (await getCollection('boroughs')).sort((a, b) => a.data.name.localeCompare(b.data.name, 'en-GB', { numeric: true }));
  const published = (await getCollection('published'))[0]!.data;
  const settings = (await getEntry('settings', 'site'))!.data;
  const ids = ordered.map((d) => d.id);
  const counted = tallyByDimension(boroughs.map((b) => b.data), ids);
  const countedInRound = tallyByDimension(boroughs.filter((b) => b.data.assessment.round === published.round).map((b) => b.data), ids);
  const totals = Object.fromEntries(
    strands.map((s) => {
      const header = published.strands[s.id];
      const corrected = { ...header.printed };
      for (const c of header.corrections ?? []) corrected[c.level] = c.corrected;
      return [s.id, {
        printed: header.printed,
        corrected,
        counted: totalCounts(s.dimensions.map((d) => countedInRound[d.id]!)),
        notes: (header.corrections ?? []).map((c) => ({ level: c.level, note: c.note })),
      }];
    }),
  ) as Atlas['totals'];
  return {
    strands,
    dimensions: ordered,
    boroughs,
    published,
    counted,
    countedInRound,
    totals,
    settings,
  };
}
