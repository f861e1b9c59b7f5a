// The officer's pull-request loop: the workflow's own summary step, run in a fixture repository, makes one comment
// with the change summary and the preview link; posting it edits the earlier comment instead of adding another.
import { execFileSync, spawn } from 'node:child_process';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { contentWithFixture } from '../support/fixture-site.ts';

const MARKER = '<!-- partnership-atlas:changes -->';
const repo = resolve('.');
const workflow = parse(readFileSync('.github/workflows/pull-request.yml', 'utf8'));
type Step = { name?: string; run?: string; uses?: string; id?: string; if?: string; with?: Record<string, unknown> };
const jobs = workflow.jobs as Record<string, { permissions: Record<string, string>; steps: Step[]; needs?: string; if?: string }>;
const summaryStep = jobs['check-build-test']!.steps.find((s) => s.name === 'What this change does to London')!;

function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

/** A repository like an officer's: main as the base, then a change to Borough C's RPA rating in the 2012–13 round. */
function fixtureRepository(): { root: string; from: string; to: string } {
  const root = contentWithFixture('none');
  for (const dir of ['scripts', 'src', 'node_modules']) symlinkSync(join(repo, dir), join(root, dir));
  writeFileSync(join(root, '.gitignore'), 'node_modules\nscripts\nsrc\npr-comment.md\n');
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd: root, encoding: 'utf8' });
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-qm', 'base');
  git('update-ref', 'refs/remotes/origin/main', 'HEAD');
  const file = join(root, 'content/assessments/ioe-2012-13/borough-c.yaml');
  const text = readFileSync(file, 'utf8');
  const m = /( {2}rpa:\n {4}level: )(\w[\w-]*)/.exec(text)!;
  const to = m[2] === 'high' ? 'low' : 'high';
  writeFileSync(file, text.replace(m[0], m[1] + to));
  return { root, from: m[2]!, to };
}

/** The step's shell script with the Actions expressions filled in as GitHub would for this pull request. */
function stepScript(artifactUrl: string): string {
  const values: Record<string, string> = {
    'github.base_ref': 'main',
    'steps.site.outputs.artifact-url': artifactUrl,
    'github.server_url': 'https://github.com',
    'github.repository': 'london-ypes/partnership-atlas',
    'github.run_id': '42',
  };
  return summaryStep.run!.replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (_, key: string) => {
    if (!(key in values)) throw new Error(`the test does not know ${key}`);
    return values[key]!;
  });
}

describe('the summary step of .github/workflows/pull-request.yml', () => {
  test('writes one comment: the marker, the change to London, and the link to the built site', async () => {
    const { root, from, to } = fixtureRepository();
    const summary = join(mkdtempSync(join(tmpdir(), 'atlas-summary-')), 'summary.md');
    writeFileSync(summary, '');
    const url = 'https://github.com/london-ypes/partnership-atlas/actions/runs/42/artifacts/7';
    const result = await run('bash', ['-e', '-c', stepScript(url)], root, { GITHUB_STEP_SUMMARY: summary });
    expect(result.stderr).toBe('');
    const comment = readFileSync(join(root, 'pr-comment.md'), 'utf8');
    expect(comment.split('\n')[0]).toBe(MARKER);
    // 2012–13 is an earlier round than the open self-assessment, so the edit is a change to history, named.
    expect(comment).toContain(`### Changes to history\n\n**These edit the ratings of a round that is already history.** Check that each one corrects an error in the record.\n\n- Borough C · Institute of Education study of 14–19 partnership working in London · RPA: ${from} → ${to}\n`);
    expect(comment).toContain(`[download it](${url})`);
    expect(comment).toContain('[The checks and tests for this push](https://github.com/london-ypes/partnership-atlas/actions/runs/42)');
    expect(readFileSync(summary, 'utf8')).toBe(comment);
    expect(comment).toContain('Add a release to `data/releases.yaml`');
  }, 60_000);

  test('says there is no preview when the build failed (the artifact step left no address)', async () => {
    const { root } = fixtureRepository();
    const releases = join(root, 'data/releases.yaml');
    writeFileSync(releases, readFileSync(releases, 'utf8') + '- version: 9.0.0\n  date: 2030-01-01\n  summary: Borough C re-rated.\n  changes:\n    - kind: ratings\n      text: Borough C, RPA.\n');
    const result = await run('bash', ['-e', '-c', stepScript('')], root, { GITHUB_STEP_SUMMARY: join(root, 'summary.md') });
    expect(result.status).toBe(0);
    const comment = readFileSync(join(root, 'pr-comment.md'), 'utf8');
    expect(comment).toContain('The site did not build');
    // This change also adds a release, so the comment asks for none.
    expect(comment).not.toContain('Add a release');
  }, 60_000);
});

describe('the workflow', () => {
  test('grants nothing by default, and write access only to the job that comments, which runs none of the pull request’s build', () => {
    expect(workflow.permissions).toEqual({});
    expect(jobs['check-build-test']!.permissions).toEqual({ contents: 'read' });
    expect(jobs.comment!.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
    expect(jobs.comment!.steps.map((s) => s.run ?? s.uses)).not.toContain('npm ci');
    expect(jobs.comment!.if).toBe('always()');
    // One run per pull request at a time, so two pushes never both create a comment.
    expect(workflow.concurrency).toEqual({ group: 'pull-request-${{ github.event.pull_request.number }}', 'cancel-in-progress': true });
  });

  test('uploads the built site as the artifact the comment links to', () => {
    const upload = jobs['check-build-test']!.steps.find((s) => s.id === 'site')!;
    expect(upload.uses).toMatch(/^actions\/upload-artifact@/);
    expect(upload.with!.path).toBe('dist/');
    expect(summaryStep.run).toContain('${{ steps.site.outputs.artifact-url }}');
  });

  test('every permission it asks for is explained by a comment', () => {
    const text = readFileSync('.github/workflows/pull-request.yml', 'utf8').split('\n');
    text.forEach((line, i) => {
      if (/^\s+(contents|pull-requests): (read|write)$/.test(line)) expect(text[i - 1], line).toMatch(/^\s+#/);
    });
  });
});

/** A stand-in for GitHub's REST API on the loopback interface: the pull request's comments, and a log of calls. */
async function fakeGitHub(comments: { id: number; body: string; user: { login: string; type: string } }[]) {
  const calls: string[] = [];
  const server = createServer(async (req: IncomingMessage, res) => {
    let payload = '';
    for await (const chunk of req) payload += chunk;
    calls.push(`${req.method} ${req.url}`);
    expect(req.headers.authorization).toBe('Bearer t0ken');
    const url = new URL(req.url!, 'http://x');
    res.setHeader('Content-Type', 'application/json');
    if (req.method === 'GET') {
      const page = Number(url.searchParams.get('page'));
      return res.end(JSON.stringify(comments.slice((page - 1) * 100, page * 100)));
    }
    const body = JSON.parse(payload).body as string;
    if (req.method === 'PATCH') {
      const c = comments.find((x) => url.pathname.endsWith(`/comments/${x.id}`))!;
      c.body = body;
      return res.end(JSON.stringify(c));
    }
    const made = { id: 1000 + comments.length, body, user: { login: 'github-actions[bot]', type: 'Bot' } };
    comments.push(made);
    res.statusCode = 201;
    return res.end(JSON.stringify(made));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return { calls, comments, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

describe('posting the comment', () => {
  const post = async (api: string, text: string) => {
    const file = join(mkdtempSync(join(tmpdir(), 'atlas-comment-')), 'c.md');
    writeFileSync(file, text);
    return run(process.execPath, [join(repo, 'scripts/pr-comment.ts'), 'post', '--repo', 'o/r', '--pr', '7', '--body-file', file], repo, { GITHUB_API_URL: api, GITHUB_TOKEN: 't0ken' });
  };

  test('creates the comment on the first push and edits that same comment on the next, past a full first page', async () => {
    const people = Array.from({ length: 100 }, (_, i) => ({ id: i + 1, body: i === 5 ? `quoting ${MARKER}` : 'LGTM', user: { login: 'officer', type: 'User' } }));
    people[6]!.body = `${MARKER}\nwritten by a person`;
    const gh = await fakeGitHub(people);
    try {
      const first = await post(gh.url, `${MARKER}\nfirst push`);
      expect(first.stdout.trim()).toBe('created comment 1100');
      const second = await post(gh.url, `${MARKER}\nsecond push`);
      expect(second.stdout.trim()).toBe('updated comment 1100');
      expect(gh.comments.filter((c) => c.user.type === 'Bot').map((c) => c.body)).toEqual([`${MARKER}\nsecond push`]);
      expect(gh.comments[6]!.body).toBe(`${MARKER}\nwritten by a person`);
      expect(gh.calls.filter((c) => !c.startsWith('GET'))).toEqual(['POST /repos/o/r/issues/7/comments', 'PATCH /repos/o/r/issues/comments/1100']);
    } finally {
      gh.close();
    }
  }, 30_000);

  test('fails with the API’s answer, and no stack trace, when GitHub refuses', async () => {
    const result = await post('http://127.0.0.1:9', 'x');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^✗ /);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }, 30_000);
});
