// Records in package-lock.json the other platforms' optional binaries that this registry mirror lacks,
// so `npm ci` finds the lock complete; npm skips them on install because their os/cpu do not match.
// Run after `npm install` changes the lock: node scripts/lock-platforms.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const PLATFORM = {
  'android-arm64': ['android', 'arm64'],
  'darwin-arm64': ['darwin', 'arm64'],
  'darwin-x64': ['darwin', 'x64'],
  'linux-arm64-gnu': ['linux', 'arm64'],
  'linux-arm64-musl': ['linux', 'arm64'],
  'wasm32-wasi': ['wasi', 'wasm32'],
  'win32-arm64-msvc': ['win32', 'arm64'],
  'win32-x64-msvc': ['win32', 'x64'],
  'freebsd-x64': ['freebsd', 'x64'],
  'windows-arm64': ['win32', 'arm64'],
  'windows-x64': ['win32', 'x64'],
};

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
let added = 0;
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (lock.packages[key]) continue;
    const platform = Object.entries(PLATFORM).find(([suffix]) => name.endsWith(suffix))?.[1];
    if (!platform) throw new Error(`${name} (optional dependency of ${path}) is missing from the lock and is not a known platform binary`);
    lock.packages[key] = { version, dev: entry.dev, optional: true, os: [platform[0]], cpu: [platform[1]] };
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync('package-lock.json', JSON.stringify(lock, null, 2) + '\n');
console.log(`package-lock.json: recorded ${added} missing platform binaries`);
