// Says what a change does to London: boroughs added or removed, ratings moved, evidence edited, counts shifted.
import { LEVELS } from '../schemas/common.ts';
import type { Grid } from '../schemas/grid.ts';
import type { Borough } from '../schemas/borough.ts';
import { LEVEL_LABEL } from './format.ts';
import { tallyByDimension } from './tally.ts';

export interface ContentState {
  boroughs: readonly Borough[];
  /** Problems as printed by the checker, without positions (positions move when lines are added). */
  problems: readonly string[];
}

export interface ChangeSummary {
  added: Borough[];
  removed: Borough[];
  ratings: string[];
  evidence: string[];
  counts: string[];
  newProblems: string[];
}

export function summariseChanges(base: ContentState, head: ContentState, grid: Grid): ChangeSummary {
  const dims = grid.strands.flatMap((s) => s.dimensions);
  const bySlug = (list: readonly Borough[]) => new Map(list.map((b) => [b.slug, b]));
  const before = bySlug(base.boroughs);
  const after = bySlug(head.boroughs);
  const summary: ChangeSummary = { added: [], removed: [], ratings: [], evidence: [], counts: [], newProblems: [] };
  for (const [slug, b] of after) if (!before.has(slug)) summary.added.push(b);
  for (const [slug, b] of before) if (!after.has(slug)) summary.removed.push(b);
  for (const [slug, now] of after) {
    const was = before.get(slug);
    if (!was) continue;
    for (const d of dims) {
      const [r0, r1] = [was.ratings[d.id], now.ratings[d.id]];
      if (r0?.level !== r1?.level) summary.ratings.push(`${now.name} · ${d.title}: ${r0?.level ?? '(none)'} → ${r1?.level ?? '(none)'}`);
      if ((r0?.evidence ?? '') !== (r1?.evidence ?? '')) summary.evidence.push(`${now.name} · ${d.title}`);
    }
  }
  const ids = dims.map((d) => d.id);
  const [t0, t1] = [tallyByDimension(base.boroughs, ids), tallyByDimension(head.boroughs, ids)];
  for (const d of dims) {
    for (const level of LEVELS) {
      const [a, b] = [t0[d.id]![level], t1[d.id]![level]];
      if (a !== b) summary.counts.push(`${d.title}, ${LEVEL_LABEL[level]}: ${a} → ${b}`);
    }
  }
  const known = new Set(base.problems);
  summary.newProblems = head.problems.filter((p) => !known.has(p));
  return summary;
}

export function changesMarkdown(s: ChangeSummary, headProblems: readonly string[]): string {
  const out: string[] = ['## What this change does to London', ''];
  const section = (title: string, items: readonly string[]) => {
    if (items.length) out.push(`### ${title}`, '', ...items.map((i) => `- ${i}`), '');
  };
  section('Boroughs added', s.added.map((b) => `${b.name} (${b.slug})`));
  section('Boroughs removed', s.removed.map((b) => `${b.name} (${b.slug})`));
  section('Ratings changed', s.ratings);
  section('Evidence edited', s.evidence);
  section('London counts', s.counts);
  if (!s.added.length && !s.removed.length && !s.ratings.length && !s.evidence.length) out.push('No borough ratings or evidence changed.', '');
  section('New check errors', s.newProblems.map((p) => '`' + p.replace(/`/g, "'") + '`'));
  out.push(headProblems.length ? `✗ The content check reports ${headProblems.length} problem${headProblems.length === 1 ? '' : 's'}; the site will not build until they are fixed.` : '✓ The content check passes.');
  return out.join('\n') + '\n';
}
