// Self-assessment answers as text: the profile file, the share link and their validation. Pure, so the page's
// custom element and the tests run the same code (the element ships it, so it stays small: no YAML library).
import { slugify } from './slug.ts';

export type Answer = 'low' | 'medium' | 'high' | 'not-mentioned';
export const ANSWERS: readonly Answer[] = ['low', 'medium', 'high', 'not-mentioned'];
export const ANSWER_LABEL: Record<Answer, string> = { low: 'Low', medium: 'Medium', high: 'High', 'not-mentioned': 'Not covered / don’t know' };
/** One letter per answer in a share link; "-" is a question not yet answered. */
const CODE: Record<Answer, string> = { low: 'l', medium: 'm', high: 'h', 'not-mentioned': 'n' };

export interface SaDimension {
  id: string;
  number: number;
  title: string;
  descriptors: { low: string; medium: string; high: string };
}
export interface SaStrand {
  id: string;
  title: string;
  dimensions: readonly SaDimension[];
}
export interface Answers {
  levels: Record<string, Answer>;
  evidence: Record<string, string>;
}
export interface BoroughRef {
  name: string;
  slug: string;
  anonymised: boolean;
}
export type Result<T> = { ok: true; value: T; notes: string[] } | { ok: false; errors: string[] };

const dims = (strands: readonly SaStrand[]) => strands.flatMap((s) => s.dimensions);

/** A short fingerprint of the grid's ids and descriptors: a share link made against another grid says so. */
export function gridVersion(strands: readonly SaStrand[]): string {
  const text = dims(strands).map((d) => [d.id, d.descriptors.low, d.descriptors.medium, d.descriptors.high].join('\u0001')).join('\u0002');
  let h = 0x811c9dc5; // FNV-1a, 32 bits: enough to tell versions apart, and the same in Node and the browser
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

export const emptyAnswers = (): Answers => ({ levels: {}, evidence: {} });

export function unanswered(strands: readonly SaStrand[], answers: Answers): SaDimension[] {
  return dims(strands).filter((d) => !answers.levels[d.id]);
}

export function savePath(round: string, slug: string): string {
  return `content/assessments/${round}/${slug}.yaml`;
}

/** Why a borough name cannot be used for a new profile, or null. Never lets a real name land on a sample borough. */
export function nameProblem(name: string, boroughs: readonly BoroughRef[]): string | null {
  const clean = name.trim();
  if (!clean) return 'Enter the name of your borough';
  const slug = slugify(clean);
  if (!slug) return 'Enter a borough name with letters in it';
  const clash = boroughs.find((b) => b.slug === slug || b.name.toLowerCase() === clean.toLowerCase());
  if (clash?.anonymised) return `“${clean}” is the name of an anonymised sample borough; enter your borough’s real name`;
  if (clash) return `${clash.name} already has a profile: choose it from the list of existing boroughs`;
  return null;
}

export interface FileOptions {
  round: string;
  roundTitle: string;
  borough: { name: string; slug: string; isNew: boolean };
  date: string;
  /** false leaves out the descriptor comments (a shorter file, for a link to GitHub). */
  descriptors?: boolean;
}

/** The assessment file for the open round, as content/assessments/<round>/<slug>.yaml, descriptors quoted as comments. */
export function assessmentFile(opts: FileOptions, strands: readonly SaStrand[], answers: Answers): string {
  const { borough } = opts;
  const q = (s: string) => JSON.stringify(s);
  const lines = [
    `# Save as ${savePath(opts.round, borough.slug)}`,
    `# ${borough.name}: its own self-assessment for the round "${opts.roundTitle}" (round and borough come from the path).`,
    `# Made on the Partnership Atlas self-assessment page. Check it with: npm run check`,
  ];
  if (borough.isNew) lines.push('borough:', `  name: ${q(borough.name)}`, '  anonymised: false');
  lines.push(`date: ${opts.date}`, `source: ${q(`${borough.name}: self-assessment by the borough's 14-19 partnership`)}`, 'ratings:');
  for (const strand of strands) {
    if (opts.descriptors !== false) lines.push(`  # ── ${strand.title} ──`);
    for (const d of strand.dimensions) {
      if (opts.descriptors !== false) {
        lines.push(`  # ${d.number}. ${d.title}`, `  #   Low:    ${d.descriptors.low}`, `  #   Medium: ${d.descriptors.medium}`, `  #   High:   ${d.descriptors.high}`);
      }
      lines.push(`  ${d.id}:`, `    level: ${answers.levels[d.id] ?? 'not-mentioned'}`);
      const evidence = answers.evidence[d.id]?.trim();
      if (evidence) lines.push(`    evidence: ${q(evidence)}`);
    }
  }
  return lines.join('\n') + '\n';
}

/** A YAML scalar as this page writes it (JSON-quoted), or as an officer might retype it (single-quoted or plain). */
function scalar(raw: string): string | undefined {
  const s = raw.trim();
  if (s.startsWith('"')) {
    try {
      return String(JSON.parse(s));
    } catch {
      return undefined;
    }
  }
  if (s.startsWith("'")) return s.endsWith("'") && s.length > 1 ? s.slice(1, -1).replace(/''/g, "'") : undefined;
  return s.replace(/\s+#.*$/, '');
}

export interface Loaded {
  answers: Answers;
  name?: string | undefined;
  slug?: string | undefined;
  round?: string | undefined;
}

/** Reads back a file this page wrote (or one edited by hand in the same layout), to carry on where it left off. */
export function parseAssessmentFile(text: string, strands: readonly SaStrand[]): Result<Loaded> {
  const known = new Map(dims(strands).map((d) => [d.id, d]));
  const answers = emptyAnswers();
  const errors: string[] = [];
  const out: Loaded = { answers };
  const path = /^#\s*Save as content\/assessments\/([a-z0-9-]+)\/([a-z0-9-]+)\.yaml\s*$/m.exec(text);
  if (path) Object.assign(out, { round: path[1], slug: path[2] });
  let section = '';
  let current: string | undefined;
  let seenRatings = false;
  text.split(/\r?\n/).forEach((line, i) => {
    const at = `line ${i + 1}`;
    if (/^\s*(#|$)/.test(line)) return;
    const m = /^( *)([\w-]+):(.*)$/.exec(line);
    if (!m) return void errors.push(`${at}: “${line.trim().slice(0, 40)}” is not a field of a self-assessment file`);
    const [, indent, key, rest] = m as unknown as [string, string, string, string];
    const depth = indent.length;
    if (depth === 0) {
      section = key;
      if (key === 'ratings') seenRatings = true;
      if (key === 'borough') out.name = /name:\s*("[^"]*"|'[^']*'|[^,}]+)/.exec(rest)?.[1] ?? out.name;
      if (key === 'borough' && out.name) out.name = scalar(out.name);
      return;
    }
    if (section === 'borough' && key === 'name') out.name = scalar(rest);
    if (section !== 'ratings') return;
    if (depth === 2) {
      current = key;
      if (!known.has(key)) errors.push(`${at}: “${key}” is not a dimension of this grid`);
      return;
    }
    if (!current || !known.has(current)) return;
    const value = scalar(rest);
    if (key === 'level') {
      if (ANSWERS.includes(value as Answer)) answers.levels[current] = value as Answer;
      else errors.push(`${at}: the level of ${known.get(current)!.title} is “${value ?? rest.trim()}”; it must be low, medium, high or not-mentioned`);
    } else if (key === 'evidence') {
      if (value === undefined) errors.push(`${at}: the evidence for ${known.get(current)!.title} is not closed by its quote mark`);
      else if (value) answers.evidence[current] = value;
    }
  });
  if (!seenRatings || Object.keys(answers.levels).length === 0) {
    return { ok: false, errors: ['This file is not a self-assessment profile: it has no ratings for the dimensions of the grid. Choose a file this page downloaded (it ends in .yaml).'] };
  }
  if (errors.length) return { ok: false, errors };
  const missing = unanswered(strands, answers).length;
  return { ok: true, value: out, notes: missing ? [`${missing} of the ${known.size} questions were not in the file and are still to answer.`] : [] };
}

/** The share link's fragment (without "#"): grid version, one letter per question in grid order, then evidence. */
export function encodeShare(version: string, strands: readonly SaStrand[], answers: Answers): string {
  const params = new URLSearchParams({ grid: version, answers: dims(strands).map((d) => (answers.levels[d.id] ? CODE[answers.levels[d.id]!] : '-')).join('') });
  for (const d of dims(strands)) if (answers.evidence[d.id]?.trim()) params.set(`evidence.${d.id}`, answers.evidence[d.id]!.trim());
  return params.toString();
}

export const isShareFragment = (hash: string) => /^#?grid=/.test(hash);

/** Reads a share link's fragment, refusing a link made against another grid or edited into nonsense. */
export function decodeShare(fragment: string, version: string, strands: readonly SaStrand[]): Result<Answers> {
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  const all = dims(strands);
  const linkVersion = params.get('grid');
  if (linkVersion !== version) {
    return { ok: false, errors: [`This link was made against another version of the grid (version ${linkVersion || 'missing'}; this page uses version ${version}), so its answers may not match these questions. It has not been loaded. Ask for a new link, or load the downloaded file instead.`] };
  }
  const codes = params.get('answers') ?? '';
  const errors: string[] = [];
  if (codes.length !== all.length) errors.push(`The link has ${codes.length} answers; this grid has ${all.length} questions. The link may have been cut short when it was copied.`);
  const answers = emptyAnswers();
  const byCode = Object.fromEntries(ANSWERS.map((a) => [CODE[a], a]));
  all.forEach((d, i) => {
    const c = codes[i];
    if (c === undefined || c === '-') return;
    if (byCode[c]) answers.levels[d.id] = byCode[c]!;
    else errors.push(`Question ${i + 1} (${d.title}) has the answer “${c}” in the link, which is not a level: each answer must be l (Low), m (Medium), h (High), n (not covered) or - (not answered).`);
  });
  for (const [key, value] of params) {
    if (!key.startsWith('evidence.')) continue;
    const id = key.slice(9);
    if (all.some((d) => d.id === id)) answers.evidence[id] = value;
    else errors.push(`The link has evidence for “${id}”, which is not a dimension of this grid.`);
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: answers, notes: [] };
}

/** Longest link to GitHub's new-file page we rely on: longer ones risk "414 URI Too Long". */
export const MAX_GITHUB_URL = 8000;

/** GitHub's "create a new file" page with the path and content filled in, or null when that link would be too long. */
export function proposeUrl(repository: string, branch: string, path: string, content: string): string | null {
  const url = `${repository.replace(/\/$/, '')}/new/${encodeURIComponent(branch)}?filename=${encodeURIComponent(path)}&value=${encodeURIComponent(content)}`;
  return url.length <= MAX_GITHUB_URL ? url : null;
}
