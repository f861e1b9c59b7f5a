// How a page credits a published table or the research behind the site: always from the round's and its source's
// own data (data/rounds.yaml, data/sources.yaml), never a name typed into a page, so a content root with other
// rounds (the fictional demo) never credits its figures to the real study.
import type { Round } from './schemas/round.ts';
import type { Source } from './schemas/sources.ts';
import { loadAtlas } from './load.ts';
import { writtenDate } from '../domain/format.ts';

export interface PublishedCredit {
  /** The round whose assessments the published table counts. */
  round: Round;
  /** "March 2019": when the table was published (its document's date, else the end of the round). */
  date: string;
  /** "Demonstration study 2019 (March 2019)". */
  label: string;
  /** The document, as the sources page lists it: "Title (Publisher, March 2019)". */
  citation: string;
}

/** "Institute of Education study of … (2012–13)": the research rounds, for the footer. */
export function researchLine(rounds: readonly Round[]): string {
  const years = (r: Round) => {
    const [a, b] = [r.period.from.slice(0, 4), r.period.to.slice(0, 4)];
    return a === b ? a : `${a}–${b.slice(2)}`;
  };
  return rounds.filter((r) => r.kind === 'research').map((r) => `${r.title} (${years(r)})`).join('; ');
}

export function publishedCredit(round: Round, source: Source | undefined): PublishedCredit {
  const date = writtenDate(source?.date.slice(0, 7) ?? round.period.to);
  return { round, date, label: `${round.title} (${date})`, citation: source ? `${source.title} (${source.publisher}, ${date})` : `${round.title} (${date})` };
}

export async function loadPublishedCredit(): Promise<PublishedCredit> {
  const atlas = await loadAtlas();
  const round = atlas.rounds.find((r) => r.id === atlas.published.round)!;
  const source = atlas.sources.find((s) => s.id === atlas.published.source.document);
  return publishedCredit(round, source);
}
