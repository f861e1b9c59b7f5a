// WHY: one citation per page or figure, written by citation-js (CSL for the APA-like text, its BibTeX plugin for BibTeX),
// dated with the data release, not the build, so the same content cites the same way on every build.
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';

export interface Release {
  version: string;
  /** YYYY-MM-DD. */
  date: string;
}

export interface CitationInput {
  /** A stable id: the BibTeX key is made from it. */
  id: string;
  title: string;
  /** Absolute permalink. */
  url: string;
  publisher: string;
  siteTitle: string;
  release: Release;
}

export interface Citation {
  text: string;
  bibtex: string;
}

const TITLE = 'TITLEPLACEHOLDER';
const URL_MARK = 'https://placeholder.invalid/URLPLACEHOLDER';

function csl(input: Omit<CitationInput, 'id'>, id: string) {
  const [y, m, d] = input.release.date.split('-').map(Number);
  return {
    id,
    type: 'dataset',
    title: input.title,
    author: [{ literal: input.publisher }],
    publisher: input.publisher,
    'container-title': input.siteTitle,
    version: input.release.version,
    // Classic BibTeX has no version field: the note carries it.
    note: `Data version ${input.release.version}, released ${input.release.date}`,
    issued: { 'date-parts': [[y, m, d]] },
    URL: input.url,
  };
}

// citeproc takes about a tenth of a second per call, so the APA text is formatted once per publisher, site and release
// with a placeholder title and address, and each citation fills them in: at 1,000 boroughs that is one call, not 2,000.
const templates = new Map<string, string>();
function apaTemplate(input: CitationInput): string {
  const key = `${input.publisher}\u0000${input.siteTitle}\u0000${input.release.version}\u0000${input.release.date}`;
  let template = templates.get(key);
  if (template === undefined) {
    template = new Cite(csl({ ...input, title: TITLE, url: URL_MARK }, 'template')).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }).trim();
    templates.set(key, template);
  }
  return template;
}

/** "partnership-atlas-borough-a-strands" → a BibTeX key citation-js accepts as is. */
export function bibtexKey(id: string): string {
  return `atlas_${id.replace(/[^A-Za-z0-9]+/g, '_')}`;
}

export function cite(input: CitationInput): Citation {
  const text = apaTemplate(input).replace(TITLE, () => input.title).replace(URL_MARK, () => input.url);
  const bibtex = new Cite({ ...csl(input, bibtexKey(input.id)), 'citation-key': bibtexKey(input.id) }).format('bibtex', { format: 'text' }).trim();
  return { text, bibtex };
}

/** The id a page's citation is keyed by: its path, "boroughs/borough-a/" → "boroughs-borough-a" ("home" for the home page). */
export function pageCitationId(path: string): string {
  return path.replace(/^\/+|\/+$/g, '').replace(/[^A-Za-z0-9]+/g, '-') || 'home';
}
