// One rule, used by the loader, the checker and the scripts: an assessment's round and borough come from its path, and
// a borough's identity from its profile or, for a first self-assessment by a borough with no profile, its borough: block.
import type { BoroughIdentity } from '../content/schemas/borough.ts';
import type { Round } from '../content/schemas/round.ts';

/** content/assessments/<round>/<slug>.yaml (or a collection id, <round>/<slug>) → its round and borough. */
export function assessmentPlace(path: string): { round: string; borough: string } {
  const [round = '', file = ''] = path.replace(/^.*content\/assessments\//, '').split('/');
  return { round, borough: file.replace(/\.[^.]+$/, '') };
}

/** The identity a first self-assessment states in its borough: block; the slug is the file's name. */
export function identityFromBlock(slug: string, block: Omit<BoroughIdentity, 'slug'>): BoroughIdentity {
  return { ...block, slug };
}

/** Profiles first; then each borough: block whose borough has no profile (the checker refuses a second block). */
export function identitiesOf<P extends { slug: string }, B extends { slug: string }>(profiles: readonly P[], blocks: readonly B[]): (P | B)[] {
  const known = new Set(profiles.map((p) => p.slug));
  return [...profiles, ...blocks.filter((b) => !known.has(b.slug) && (known.add(b.slug), true))];
}

/** The round that stands for London (`reference: true`); the checker holds rounds.yaml to exactly one. */
export function referenceRound<R extends Pick<Round, 'id' | 'reference'>>(rounds: readonly R[]): R | undefined {
  return rounds.find((r) => r.reference);
}
