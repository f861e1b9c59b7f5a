// `npm run release:freeze`: after `npm run build`, copies the current release's Data Package and CSV files from dist/data/
// into releases/<version>/, to be committed with the release. The site then serves them at /data/<version>/ for good.
// It refuses to change a copy that exists and differs: a published version always means the same files.
import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { contentRoot } from '../src/content/content-root.ts';
import { FROZEN_DIR, packageFiles } from '../src/open-data/frozen-releases.ts';

const dist = process.env.ATLAS_DIST ?? 'dist';
const force = process.argv.includes('--force');
const root = contentRoot();
const fail = (message: string): never => {
  console.error(`✗ ${message}`);
  process.exit(1);
};

const releases = load(readFileSync(join(root, 'data/releases.yaml'), 'utf8'), { schema: CORE_SCHEMA }) as { version: string }[];
const version = releases.at(-1)!.version;
const packagePath = join(dist, 'data/datapackage.json');
if (!existsSync(packagePath)) fail(`no ${packagePath}: run \`npm run build\` first, then \`npm run release:freeze\``);
const built = JSON.parse(readFileSync(packagePath, 'utf8')) as { version: string };
if (built.version !== version) fail(`${dist}/ was built as version ${built.version}, but data/releases.yaml's latest release is ${version}: run \`npm run build\` again`);

const target = join(root, FROZEN_DIR, version);
const files = packageFiles(readFileSync(packagePath, 'utf8'));
const differing = files.filter((f) => existsSync(join(target, f)) && !readFileSync(join(target, f)).equals(readFileSync(join(dist, 'data', f))));
if (differing.length > 0 && !force) {
  fail(
    `${FROZEN_DIR}/${version}/ already holds ${differing.join(', ')} with other contents. A released version must keep its files: ` +
      `add a release with a higher version to data/releases.yaml, build, and freeze that (or, for a release not yet published, run with --force).`,
  );
}
mkdirSync(target, { recursive: true });
for (const f of files) cpSync(join(dist, 'data', f), join(target, f));
console.log(`✓ froze version ${version}: ${files.length} files in ${FROZEN_DIR}/${version}/; commit them with the release`);
