// Each borough as the site shows it, read straight from the files: its identity plus its latest assessment.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import matter from 'gray-matter';
import { parse } from 'yaml';

export interface FileProfile {
  name: string;
  slug: string;
  anonymised: boolean;
  round: string;
  /** The assessment's round, date and source, as ratings.json gives them. */
  assessment: { round: string; date: string; source: string };
  ratings: Record<string, { level: 'low' | 'medium' | 'high' | 'not-mentioned'; evidence?: string }>;
}

/** Boroughs in content/boroughs/ with the ratings of the latest round in data/rounds.yaml they took part in. */
export function readProfiles(root = '.'): FileProfile[] {
  const rounds = (parse(readFileSync(`${root}/data/rounds.yaml`, 'utf8')) as { id: string }[]).map((r) => r.id).reverse();
  return readdirSync(`${root}/content/boroughs`).flatMap((f) => {
    const text = readFileSync(`${root}/content/boroughs/${f}`, 'utf8');
    const identity = (f.endsWith('.md') ? matter(text).data : parse(text)) as Omit<FileProfile, 'round' | 'assessment' | 'ratings'>;
    const round = rounds.find((r) => existsSync(`${root}/content/assessments/${r}/${identity.slug}.yaml`));
    if (!round) return [];
    const { ratings, date, source } = parse(readFileSync(`${root}/content/assessments/${round}/${identity.slug}.yaml`, 'utf8'));
    return [{ ...identity, round, assessment: { round, date: String(date), source }, ratings }];
  });
}
