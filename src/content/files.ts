// Which files under content/ and data/ the site may read. A symbolic link is never content: in a pull request's
// build it could publish any file of the machine that builds it, and a dangling one has nothing to read. The checker
// reports every link with its path, and src/content.config.ts refuses to load any, so Astro's loaders (which follow
// links) never reach one even when the checker is skipped.
import { lstatSync, readdirSync, readlinkSync, realpathSync, type Dirent } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const CONTENT_DIRS = ['content', 'data'] as const;

export interface ContentLink {
  /** The link's own path, relative to the content root, with forward slashes. */
  path: string;
  /** Where it leads: outside the project, to nothing, or to another place in the project. */
  leads: 'outside' | 'missing' | 'inside';
  /** The link's target as written (for a dangling link), or its real place in the project (for one inside). */
  target: string;
  folder: boolean;
}

export interface ContentListing {
  /** Plain files, relative to the content root, sorted. */
  files: string[];
  links: ContentLink[];
}

const posix = (path: string) => path.split(sep).join('/');

function describeLink(root: string, realRoot: string, abs: string): ContentLink {
  const path = posix(relative(root, abs));
  let real: string;
  try {
    real = realpathSync(abs);
  } catch {
    return { path, leads: 'missing', target: readlinkSync(abs), folder: false };
  }
  const inProject = CONTENT_DIRS.map((d) => join(realRoot, d)).some((d) => real.startsWith(d + sep));
  const folder = lstatSync(real).isDirectory();
  return inProject ? { path, leads: 'inside', target: posix(relative(realRoot, real)), folder } : { path, leads: 'outside', target: '', folder };
}

/** Every file under content/ and data/, never following a link; the links are listed apart. */
export function listContentFiles(root: string): ContentListing {
  const files: string[] = [];
  const links: ContentLink[] = [];
  let realRoot = root;
  try {
    realRoot = realpathSync(root);
  } catch {
    return { files, links };
  }
  const walk = (abs: string): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = join(abs, entry.name);
      if (entry.isSymbolicLink()) links.push(describeLink(root, realRoot, full));
      else if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) files.push(posix(relative(root, full)));
    }
  };
  for (const dir of CONTENT_DIRS) {
    const abs = join(root, dir);
    let isLink = false;
    try {
      isLink = lstatSync(abs).isSymbolicLink();
    } catch {
      continue;
    }
    if (isLink) links.push(describeLink(root, realRoot, abs));
    else walk(abs);
  }
  const byPath = (a: { path: string } | string, b: { path: string } | string) => {
    const [x, y] = [typeof a === 'string' ? a : a.path, typeof b === 'string' ? b : b.path];
    return x < y ? -1 : x > y ? 1 : 0;
  };
  return { files: files.sort(byPath), links: links.sort(byPath) };
}

/** What an officer is told about a link: where it leads, and to put the real file or folder there instead. */
export function linkMessage(link: ContentLink): string {
  const what = link.folder ? 'folder' : 'file';
  switch (link.leads) {
    case 'outside':
      return `is a symbolic link to a ${what} outside the project; the site never reads anything from outside content/ and data/, so put the ${what} itself here, not a link`;
    case 'missing':
      return `is a symbolic link to "${link.target}", which does not exist; the site reads only real files, so put the file itself here, or delete the link`;
    case 'inside':
      return `is a symbolic link to ${link.target}; the site reads only real files and folders, so put a copy of the ${what} here, not a link`;
  }
}

/** For src/content.config.ts: stops the build before any loader runs if content/ or data/ holds a link. */
export function refuseContentLinks(root: string): void {
  const { links } = listContentFiles(root);
  if (links.length) throw new Error(links.map((l) => `${join(root, l.path)}  ${linkMessage(l)}`).join('\n'));
}
