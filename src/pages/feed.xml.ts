// /feed.xml: board papers, case studies, assessment rounds and data releases, newest first (src/open-data/feed.ts).
import type { APIRoute } from 'astro';
import { loadBoardPapers, loadSources } from '../content/load.ts';
import { loadDataset } from '../open-data/dataset.ts';
import { atomFeed, type FeedEntry } from '../open-data/feed.ts';
import { loadGuidance } from '../content/load-guidance.ts';
import { href } from '../site/url.ts';

export const GET: APIRoute = async ({ site }) => {
  const url = (path: string) => new URL(href(path), site).href;
  const dataset = await loadDataset();
  const sources = new Map((await loadSources()).map((s) => [s.id, s]));
  const entries: FeedEntry[] = [
    ...(await loadBoardPapers()).map((p) => ({ url: url(`board-papers/${p.id}/`), title: p.data.title, date: p.data.meetingDate, summary: p.data.summary, category: 'Board paper' })),
    ...(await loadGuidance()).studies.map((s) => ({ url: url(`case-studies/${s.data.slug}/`), title: s.data.title, date: sources.get(s.data.source.document)!.date, summary: s.data.summary, category: 'Case study' })),
    ...dataset.input.rounds.map((r) => ({ url: url(`data/#round-${r.id}`), title: `Assessment round: ${r.title}`, date: r.to, summary: `${r.title} (${r.kind}), ${r.from} to ${r.to}.`, category: 'Assessment round' })),
    ...dataset.releases.map((r) => ({ url: url(`data/changes/#v${r.version.replace(/\./g, '-')}`), title: `Open data version ${r.version}`, date: r.date, summary: `${r.summary} ${r.changes.map((c) => c.text).join(' ')}`, category: 'Data release' })),
  ];
  const body = atomFeed(
    { title: dataset.title, subtitle: 'New board papers, case studies, assessment rounds and releases of the open data.', home: url(''), self: url('feed.xml'), author: dataset.publisher, rights: dataset.licence.name },
    entries,
  );
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
