// `npm ci` runs this first (preinstall): it stops at once, in one sentence, on a system for which the registry has no
// pinned Node package and whose own Node is too old, instead of installing and then failing in every npm script.
// Plain JavaScript for any Node an officer may have; the pinned Node comes from optionalDependencies (node-<os>-<cpu>).
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const [major, minor] = process.versions.node.split('.').map(Number);
const ownNodeFits = major === 22 && minor >= 19;
const osName = { win32: 'win' }[process.platform] ?? process.platform;
const pinned = Object.keys(pkg.optionalDependencies ?? {}).includes(`node-${osName}-${process.arch}`);
if (!ownNodeFits && !pinned) {
  const system = { darwin: 'macOS', win32: 'Windows', linux: 'Linux' }[process.platform] ?? process.platform;
  console.error(`Partnership Atlas needs Node.js 22 (22.19 or later) on ${system} ${process.arch}: install it from https://nodejs.org/ and run npm ci again.`);
  process.exit(1);
}
// npm, on an older Node, has just warned (EBADENGINE) about every package that needs Node 22. This script runs after
// those warnings, on the pinned Node the install has just brought; .npmrc (foreground-scripts) lets its line be seen.
const npmNode = /\bnode\/v(\d+)\.(\d+)\.(\d+)/.exec(process.env.npm_config_user_agent ?? '');
if (npmNode && !(Number(npmNode[1]) === 22 && Number(npmNode[2]) >= 19) && pinned) {
  const version = pkg.optionalDependencies[`node-${osName}-${process.arch}`];
  console.log(`Partnership Atlas: npm ran on Node ${npmNode.slice(1).join('.')}, so its EBADENGINE warnings above are expected: this install brought Node ${version}, which every npm run script uses.`);
}
