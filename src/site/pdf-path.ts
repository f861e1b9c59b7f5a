// WHY: pages link their PDF and scripts/lib/print-pdfs.ts writes it; both take the address from here so they cannot drift.
export type PdfKind = 'board-papers' | 'boroughs';

/** Where a page's PDF is written, relative to the site's base: pdf/<kind>/<slug>.pdf. */
export function pdfPath(kind: PdfKind, slug: string): string {
  return `pdf/${kind}/${slug}.pdf`;
}
