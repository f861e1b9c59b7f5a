// Why a file is not read, and where it belongs: a wrong extension is told the right one, an assessment is told the
// round folders, and a file that has a borough profile's or an assessment's fields is told that kind's place.
import { KINDS, KIND_NAMES, extensionsOf } from '../registry.ts';
import { didYouMean, listOr } from './error-map.ts';

const PROFILES = KINDS.borough.dir;
const ASSESSMENTS = KINDS.assessment.dir;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const looksLikeProfile = (d: unknown) => isRecord(d) && 'name' in d && 'anonymised' in d;
const looksLikeAssessment = (d: unknown) => isRecord(d) && 'ratings' in d && ('date' in d || 'source' in d) && !looksLikeProfile(d);

/** "content/assessments/<round id>/<slug>.yaml (the rounds are …)": where an assessment goes. */
export function assessmentHome(roundIds: readonly string[], slug = '<slug>'): string {
  const rounds = roundIds.length ? ` (the rounds are ${listOr(roundIds)})` : '';
  return `${ASSESSMENTS}/<round id>/${slug}.yaml${rounds}`;
}

/** A file that fails its kind's schema but has a profile's or an assessment's fields: where it belongs, instead of every field it lacks. */
export function wrongKindMessage(kind: string, path: string, data: unknown, roundIds: readonly string[]): string | undefined {
  const stem = path.replace(/^.*\//, '').replace(/\.[^.]*$/, '');
  if (kind !== 'borough' && looksLikeProfile(data)) return misplacedMessage(path, data, roundIds);
  if (kind !== 'assessment' && looksLikeAssessment(data)) return `has the fields of an assessment (date, source, ratings), and assessments go in ${assessmentHome(roundIds, stem)}`;
  return undefined;
}

export function misplacedMessage(path: string, data: unknown, roundIds: readonly string[]): string {
  const folder = path.replace(/\/[^/]*$/, '');
  const name = path.replace(/^.*\//, '');
  const stem = name.replace(/\.[^.]*$/, '');
  const ext = name.slice(stem.length + 1);
  const slug = isRecord(data) && typeof data.slug === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(data.slug) ? data.slug : stem;

  if (looksLikeProfile(data) && folder !== PROFILES) {
    return `has the fields of a borough profile (name, slug, anonymised), and profiles go in ${PROFILES}/; move it to ${PROFILES}/${slug}.${ext === 'md' || ext === 'mdx' ? 'md' : 'yaml'}`;
  }
  if (folder.startsWith(`${ASSESSMENTS}/`)) {
    const depth = path.slice(ASSESSMENTS.length + 1).split('/').length;
    if (depth === 2) return `the site does not read ".${ext}" files here: assessments end in .yaml; rename it to ${stem}.yaml`;
    return `is not straight inside a round's folder: an assessment goes in ${assessmentHome(roundIds, stem)}`;
  }
  if (folder === ASSESSMENTS) return `is not in a round's folder: an assessment goes in ${assessmentHome(roundIds, stem)}`;
  if (looksLikeAssessment(data)) return `has the fields of an assessment (date, source, ratings), and assessments go in ${assessmentHome(roundIds, stem)}`;

  for (const k of KIND_NAMES.map((n) => KINDS[n])) {
    const exts = extensionsOf(k);
    const sameFolder = folder === k.dir && (/[*{]/.test(k.pattern) || k.pattern.replace(/\.[^.]*$/, '') === stem);
    if (sameFolder && !exts.includes(ext)) {
      const expected = listOr(exts.map((e) => `.${e}`));
      // .yml → .yaml, .mdx → .md: the extension the officer almost wrote.
      const meant = exts.find((e) => e.startsWith(ext[0] ?? '')) ?? exts[0];
      // Narratives and case studies were MDX once: say why the old extension stopped working.
      if (ext === 'mdx' && meant === 'md') return `the site no longer reads ".mdx" files here: files in ${k.dir}/ end in ${expected}, and their text is plain Markdown (no components); rename it to ${stem}.md`;
      return `the site does not read ".${ext}" files here: files in ${k.dir}/ end in ${expected}; rename it to ${stem}.${meant}`;
    }
  }
  const places = [...new Set(KIND_NAMES.map((n) => (/[*{]/.test(KINDS[n].pattern) ? `${KINDS[n].dir}/` : `${KINDS[n].dir}/${KINDS[n].pattern}`)))];
  const others = places.filter((p) => p !== `${folder}/`);
  const sameDir = KIND_NAMES.filter((n) => KINDS[n].dir === folder && !/[*{]/.test(KINDS[n].pattern)).map((n) => KINDS[n].pattern);
  if (sameDir.length) return `is not a file the site reads; the files it reads in ${folder}/ are ${listOr(sameDir)}${didYouMean(name, sameDir)}`;
  return `is not a place the site reads${didYouMean(`${folder}/`, others)}; content files go in ${listOr(places)}`;
}

/** Fields of the old layout, where a profile held its ratings: they now live in one assessment file per round. */
export function movedFieldMessage(key: string, profileStem: string, data: unknown, roundIds: readonly string[]): string | undefined {
  const old = isRecord(data) && isRecord(data.assessment) && typeof data.assessment.round === 'string' && roundIds.includes(data.assessment.round) ? data.assessment.round : undefined;
  const home = old ? `${ASSESSMENTS}/${old}/${profileStem}.yaml` : assessmentHome(roundIds, profileStem);
  if (key === 'ratings') return `"ratings" is not a field of a borough profile: ratings now live in one file per round, ${home}; move them there`;
  if (key === 'assessment') return `"assessment" is not a field of a borough profile: an assessment's date and source now live beside its ratings, in ${home}`;
  return undefined;
}
