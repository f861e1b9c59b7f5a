// The pull request's conversation shows what a change does to London, in one comment kept up to date.
//   node scripts/pr-comment.ts body --base <ref> [--artifact-url <url>] [--run-url <url>]   prints the comment
//   node scripts/pr-comment.ts post --repo <owner/name> --pr <n> --body-file <file>         creates or updates it
// `post` finds its earlier comment by a hidden marker and edits it, so pushes never pile up comments. It needs
// GITHUB_TOKEN and uses GITHUB_API_URL (set by Actions), and nothing else: no npm packages, so a job that only
// comments need not install any.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

export const MARKER = '<!-- partnership-atlas:changes -->';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    base: { type: 'string', default: 'origin/main' },
    'artifact-url': { type: 'string', default: '' },
    'run-url': { type: 'string', default: '' },
    repo: { type: 'string' },
    pr: { type: 'string' },
    'body-file': { type: 'string' },
  },
});

/** Published figures changed (boroughs, ratings or counts) but data/releases.yaml did not: the open data needs a new version. */
function releaseReminder(summary: string): string {
  if (!/^### (Boroughs added|Boroughs removed|Ratings changed|London counts)$/m.test(summary)) return '';
  const diff = spawnSync('git', ['diff', '--quiet', values.base!, '--', 'data/releases.yaml'], { encoding: 'utf8' });
  if (diff.status !== 0) return '';
  return '\n\n**This change alters published figures.** Add a release to `data/releases.yaml` with a higher version, the date and what changed, so data users can tell the versions apart.';
}

function body(): string {
  const changes = spawnSync(process.execPath, [join(import.meta.dirname, 'changes.ts'), '--base', values.base!], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const summary = changes.status === 0 && changes.stdout.trim() ? changes.stdout.trim() : `## What this change does to London\n\n✗ The change summary could not be made:\n\n\`\`\`text\n${(changes.stderr || changes.stdout).trim()}\n\`\`\``;
  const preview = values['artifact-url']
    ? `**See the rebuilt site:** [download it](${values['artifact-url']}) (a zip file), unzip it, and open the folder with any static web server, for example \`npx serve site\`. Pages change exactly as the summary above says.`
    : '**The site did not build**, so there is no preview: the checks below say why.';
  const run = values['run-url'] ? `\n\nUpdated on every push. [The checks and tests for this push](${values['run-url']}).` : '\n\nUpdated on every push.';
  return `${MARKER}\n${summary}${releaseReminder(summary)}\n\n${preview}${run}\n`;
}

interface Comment {
  id: number;
  body?: string;
  user?: { login?: string; type?: string };
}

async function post(): Promise<void> {
  const api = process.env.GITHUB_API_URL ?? 'https://api.github.com';
  const token = process.env.GITHUB_TOKEN;
  if (!token || !values.repo || !values.pr || !values['body-file']) throw new Error('post needs GITHUB_TOKEN, --repo, --pr and --body-file');
  const text = readFileSync(values['body-file'], 'utf8');
  const headers = { Authorization: `Bearer ${token}`, Accept: 'application/vnd.github+json', 'Content-Type': 'application/json', 'X-GitHub-Api-Version': '2022-11-28' };
  const call = async (method: string, path: string, payload?: object) => {
    const res = await fetch(`${api}${path}`, { method, headers, ...(payload ? { body: JSON.stringify(payload) } : {}) });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return res.json();
  };
  // Only a bot's comment carrying the marker is ours: a person quoting the marker is never overwritten.
  let ours: Comment | undefined;
  for (let page = 1; !ours; page++) {
    const comments = (await call('GET', `/repos/${values.repo}/issues/${values.pr}/comments?per_page=100&page=${page}`)) as Comment[];
    ours = comments.find((c) => c.user?.type === 'Bot' && c.body?.startsWith(MARKER));
    if (comments.length < 100) break;
  }
  if (ours) {
    await call('PATCH', `/repos/${values.repo}/issues/comments/${ours.id}`, { body: text });
    console.log(`updated comment ${ours.id}`);
  } else {
    const made = (await call('POST', `/repos/${values.repo}/issues/${values.pr}/comments`, { body: text })) as Comment;
    console.log(`created comment ${made.id}`);
  }
}

const command = positionals[0];
if (command === 'body') process.stdout.write(body());
else if (command === 'post') {
  try {
    await post();
  } catch (e) {
    console.error(`✗ ${(e as Error).message}`);
    process.exit(1);
  }
} else {
  console.error('usage: node scripts/pr-comment.ts body --base <ref> | post --repo <owner/name> --pr <n> --body-file <file>');
  process.exit(2);
}
