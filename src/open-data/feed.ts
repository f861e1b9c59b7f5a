// The Atom feed (RFC 4287): what is new on the site, dated from the content, never from the build's clock.
import { plainText } from './plain-text.ts';

export interface FeedEntry {
  /** Absolute URL of the page: also the entry's permanent id. */
  url: string;
  title: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  summary: string;
  category: string;
}
export interface FeedMeta {
  title: string;
  subtitle: string;
  /** Absolute URLs. */
  home: string;
  self: string;
  author: string;
  rights: string;
}

/** A date as precise as the content states it, as the RFC 3339 timestamp Atom needs (the first day of an undated month or year). */
export function atomDate(date: string): string {
  const [y, m = '01', d = '01'] = date.split('-');
  return `${y}-${m}-${d}T00:00:00Z`;
}

const xml = (s: string) => plainText(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Newest first; ties by title, so the order never depends on how the content was read. */
export function atomFeed(meta: FeedMeta, entries: readonly FeedEntry[]): string {
  const sorted = [...entries].sort((a, b) => atomDate(b.date).localeCompare(atomDate(a.date)) || a.title.localeCompare(b.title, 'en') || a.url.localeCompare(b.url));
  const updated = sorted.length ? atomDate(sorted[0]!.date) : '1970-01-01T00:00:00Z';
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">',
    `  <id>${xml(meta.home)}</id>`,
    `  <title>${xml(meta.title)}</title>`,
    `  <subtitle>${xml(meta.subtitle)}</subtitle>`,
    `  <updated>${updated}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(meta.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(meta.home)}"/>`,
    `  <author><name>${xml(meta.author)}</name></author>`,
    `  <rights>${xml(meta.rights)}</rights>`,
    ...sorted.flatMap((e) => [
      '  <entry>',
      `    <id>${xml(e.url)}</id>`,
      `    <title>${xml(e.title)}</title>`,
      `    <updated>${atomDate(e.date)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${xml(e.url)}"/>`,
      `    <category term="${xml(e.category)}"/>`,
      `    <summary>${xml(e.summary)}</summary>`,
      '  </entry>',
    ]),
    '</feed>',
  ];
  return lines.join('\n') + '\n';
}
