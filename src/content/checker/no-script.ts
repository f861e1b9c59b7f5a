// The no-script rules, stated once for MDX and for raw HTML in Markdown: which elements, attributes and link targets
// would run code or load another site inside a page, and what an officer is told instead.

/** Elements content may not hold, with why. */
export const REFUSED_ELEMENTS: Readonly<Record<string, string>> = {
  script: 'the site runs no script from content (its Content-Security-Policy forbids inline script)',
  style: 'styles live in src/site/site.css, not in content',
  iframe: 'it would load another site inside the page; link to it instead',
  object: 'it would embed another document or plug-in; link to it instead',
  embed: 'it would embed another document or plug-in; link to it instead',
};

const article = (name: string) => (/^[aeiou]/.test(name) ? 'an' : 'a');

/** The message for a refused element, or undefined if the element is allowed. */
export function refusedElement(name: string): string | undefined {
  const lower = name.toLowerCase();
  const why = REFUSED_ELEMENTS[lower];
  return why === undefined ? undefined : `${article(lower)} <${lower}> element is not allowed in content: ${why}`;
}

export const isEventHandler = (attribute: string) => /^on/i.test(attribute);
export const handlerMessage = (name: string) => `"${name}" is not allowed in content: an event-handler attribute is inline script, which the site forbids`;

/** Attributes whose value a browser follows or loads as a URL. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'poster', 'xlink:href', 'data', 'cite', 'background']);
export const isUrlAttribute = (attribute: string) => URL_ATTRIBUTES.has(attribute.toLowerCase());

/** Schemes that run code when followed. */
const SCRIPT_SCHEMES = new Set(['javascript:', 'vbscript:']);

/**
 * The scheme of a URL that would run code, read as a browser reads it (the WHATWG URL parser drops the tabs, newlines
 * and leading spaces that hide one, and ignores case), or undefined for an ordinary link.
 */
export function scriptScheme(url: string): string | undefined {
  if (!URL.canParse(url, 'https://example.invalid/')) return undefined;
  const { protocol } = new URL(url, 'https://example.invalid/');
  return SCRIPT_SCHEMES.has(protocol) ? protocol : undefined;
}

/** "a link to javascript:…" runs code; the message says where the link was written. */
export const scriptUrlMessage = (what: string, scheme: string) =>
  `${what} starts with "${scheme}", which runs code when it is followed; content links only to pages and files (https://… or /…): link to the page instead`;
