// WHY: a paper's running footer names its own item, and the CSP forbids inline styles, so each paper gets a generated print stylesheet.

/** A CSS string literal: quotes, backslashes and line breaks escaped, so any title is safe inside content: "…". */
export function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/[\r\n]+/g, ' ')}"`;
}

export interface FooterText {
  left: string;
  centre: string;
}

/** The @page margin boxes for one board paper; "Page X of Y" on the right comes from the site's print stylesheet. */
export function paperPrintCss(footer: FooterText): string {
  return [
    '/* Generated for one board paper: its running footer. */',
    '@page {',
    `  @bottom-left { content: ${cssString(footer.left)}; }`,
    `  @bottom-center { content: ${cssString(footer.centre)}; }`,
    '}',
    '',
  ].join('\n');
}

/** "2013-03-19" → "19 March 2013", as the papers print dates. */
export function longDate(iso: string): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}
