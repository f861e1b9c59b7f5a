// Self-assessment answers as text: the assessment file, the share link and their validation. Pure, so the page's
// custom element and the tests run the same code (the element ships it, so it stays small: no YAML library).
import { slugify } from '../../domain/slug.ts';
import { EVIDENCE_MAX_LENGTH } from '../../domain/evidence-limit.ts';
import { LEVEL_WEIGHT } from '../../domain/levels.ts';

export { EVIDENCE_MAX_LENGTH };

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

/** FNV-1a, 32 bits, as 8 hex digits: enough to tell versions apart and to catch a cut link, the same in Node and the browser. */
export function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** A short fingerprint of the grid's ids and descriptors: a share link made against another grid says so. */
export function gridVersion(strands: readonly SaStrand[]): string {
  return fingerprint(dims(strands).map((d) => [d.id, d.descriptors.low, d.descriptors.medium, d.descriptors.high].join('\u0001')).join('\u0002'));
}

/** Seals a link's parameters with a check over all of them, so a link cut anywhere (or edited) is refused. */
export function seal(params: URLSearchParams): string {
  params.delete('check');
  params.set('check', fingerprint(params.toString()));
  return params.toString();
}

export const INCOMPLETE_LINK =
  'This link is incomplete or has been changed since it was made: its check does not match its contents, so it was probably cut short when it was copied. Nothing has been loaded, and nothing you had entered has changed. Ask for the link again, copied in full, or load the downloaded file instead.';

/** The parameters of a sealed link, or null when its check is missing or does not match (a cut or edited link). */
export function unseal(fragment: string): URLSearchParams | null {
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  const check = params.get('check');
  params.delete('check');
  return check && check === fingerprint(params.toString()) ? params : null;
}

/** Why an answer's evidence is too long, or null. */
export function evidenceProblem(title: string, evidence: string | undefined): string | null {
  const over = (evidence?.trim().length ?? 0) - EVIDENCE_MAX_LENGTH;
  return over > 0 ? `The evidence for ${title} is ${over} characters too long: keep it within ${EVIDENCE_MAX_LENGTH} characters (a paragraph or two).` : null;
}

/** "You have 1,480 characters remaining" / "You have 20 characters too many", as GOV.UK's character count says it. */
export function evidenceCount(evidence: string): string {
  const left = EVIDENCE_MAX_LENGTH - evidence.trim().length;
  const n = (x: number) => `${x.toLocaleString('en-GB')} character${x === 1 ? '' : 's'}`;
  return left >= 0 ? `You have ${n(left)} remaining` : `You have ${n(-left)} too many`;
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
  /** How a group reached these answers: how many partners answered, and each dimension's spread (3 or more only). */
  responses?: { respondents: number; spread: Record<string, Partial<Record<Answer, number>>> } | undefined;
}

/** "{ high: 3, medium: 2 }": a spread as the file writes it, most-answered level order High to not-mentioned, no zeros. */
function spreadYaml(counts: Partial<Record<Answer, number>>): string {
  const order: Answer[] = ['high', 'medium', 'low', 'not-mentioned'];
  return `{ ${order.filter((a) => (counts[a] ?? 0) > 0).map((a) => `${a}: ${counts[a]}`).join(', ')} }`;
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
  lines.push(`date: ${opts.date}`, `source: ${q(`${borough.name}: self-assessment by the borough's 14-19 partnership`)}`);
  const responses = opts.responses && opts.responses.respondents >= 3 ? opts.responses : undefined;
  if (responses) lines.push(`# How many partners answered separately before the meeting agreed these ratings; each spread counts their answers.`, `respondents: ${responses.respondents}`);
  lines.push('ratings:');
  for (const strand of strands) {
    if (opts.descriptors !== false) lines.push(`  # ── ${strand.title} ──`);
    for (const d of strand.dimensions) {
      if (opts.descriptors !== false) {
        lines.push(`  # ${d.number}. ${d.title}`, `  #   Low:    ${d.descriptors.low}`, `  #   Medium: ${d.descriptors.medium}`, `  #   High:   ${d.descriptors.high}`);
      }
      lines.push(`  ${d.id}:`, `    level: ${answers.levels[d.id] ?? 'not-mentioned'}`);
      const evidence = answers.evidence[d.id]?.trim();
      if (evidence) lines.push(`    evidence: ${q(evidence)}`);
      if (responses?.spread[d.id]) lines.push(`    spread: ${spreadYaml(responses.spread[d.id]!)}`);
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
      const long = value && evidenceProblem(known.get(current)!.title, value);
      if (long) errors.push(`${at}: ${long}`);
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
  return seal(params);
}

export const isShareFragment = (hash: string) => /^#?grid=/.test(hash);

/** Reads a share link's fragment, refusing a link made against another grid or edited into nonsense. */
export function decodeShare(fragment: string, version: string, strands: readonly SaStrand[]): Result<Answers> {
  const params = unseal(fragment);
  if (!params) return { ok: false, errors: [INCOMPLETE_LINK] };
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
    const d = all.find((x) => x.id === id);
    if (d) answers.evidence[id] = value;
    if (d && evidenceProblem(d.title, value)) errors.push(evidenceProblem(d.title, value)!);
    if (!d) errors.push(`The link has evidence for “${id}”, which is not a dimension of this grid.`);
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: answers, notes: [] };
}

/** Longest link to GitHub's new-file page we rely on: longer ones risk "414 URI Too Long". */
export const MAX_GITHUB_URL = 8000;

/**
 * GitHub's "create a new file" page with the path and content filled in, or null when that link would be too long.
 * The whole path goes in `filename` on the branch's root (`/new/<branch>?filename=a/b/c.yaml`), never in the URL's path:
 * GitHub's editor makes each "/" in the name a folder, so a round's folder that does not exist yet is created, where
 * `/new/<branch>/<folder>` would be a 404 for a folder not yet in the repository.
 */
export function proposeUrl(repository: string, branch: string, path: string, content: string): string | null {
  const url = `${repository.replace(/\/$/, '')}/new/${encodeURIComponent(branch)}?filename=${encodeURIComponent(path)}&value=${encodeURIComponent(content)}`;
  return url.length <= MAX_GITHUB_URL ? url : null;
}

export interface ReferenceRound {
  /** "the 2012–13 research round" */
  label: string;
  /** Every borough's depth score in that round. */
  depths: number[];
}

/** Breadth (Medium or High) and depth (High 3, Medium 2, Low 1), as the borough page counts them. */
export function scores(levels: Record<string, Answer>, dimensionCount: number) {
  const values = Object.values(levels);
  return {
    breadth: values.filter((l) => l === 'medium' || l === 'high').length,
    depth: values.reduce((n, l) => n + LEVEL_WEIGHT[l], 0),
    dimensionCount,
    maxDepth: dimensionCount * LEVEL_WEIGHT.high,
  };
}

/** Where a depth would sit against a round: how many of its boroughs are less deep, as deep, and deeper. Not a rank. */
export function against(depth: number, depths: readonly number[]) {
  return { below: depths.filter((d) => d < depth).length, same: depths.filter((d) => d === depth).length, above: depths.filter((d) => d > depth).length, of: depths.length };
}

/** The result's first sentence: breadth, depth and a comparison with the reference round, said as a self-view. */
export function resultSentence(levels: Record<string, Answer>, dimensionCount: number, reference: ReferenceRound, who = 'These answers'): string {
  const s = scores(levels, dimensionCount);
  const a = against(s.depth, reference.depths);
  const parts = [`deeper than ${a.below} of the ${a.of} boroughs in ${reference.label}`];
  if (a.same) parts.push(`level with ${a.same}`);
  if (a.above) parts.push(`less deep than ${a.above}`);
  return `${who} reach Medium or High on ${s.breadth} of ${s.dimensionCount} dimensions, with a depth score of ${s.depth} out of ${s.maxDepth}: ${parts.join(', ')}. This is a comparison, not a place among them: those boroughs were rated by researchers from evidence, and these answers are your partnership’s own view.`;
}
