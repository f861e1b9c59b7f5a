// WHY: builds are byte-for-byte reproducible, but Chromium stamps each PDF with the time and with process-wide DOM node ids.
/**
 * Rewrites a PDF in place of equal length (so its cross-reference offsets stay right): the creation and modification
 * dates become blanks, and the structure tree's "nodeNNNNNNNN" ids are renumbered 1, 2, 3 … in their own order.
 */
export function reproduciblePdf(pdf: Buffer): Buffer {
  // latin1 maps every byte to one character and back, so binary streams pass through untouched.
  let text = pdf.toString('latin1');
  text = text.replace(/\/(CreationDate|ModDate) \(D:[^)]*\)/g, (m) => ' '.repeat(m.length));
  const ids = [...new Set([...text.matchAll(/\(node(\d+)\)/g)].map((m) => m[1]!))].sort((a, b) => Number(a) - Number(b) || a.localeCompare(b));
  const renumbered = new Map(ids.map((id, i) => [id, String(i + 1).padStart(id.length, '0')]));
  // Renumbering in order keeps the ids' sort order, which the structure tree's /IDTree (a sorted name tree) relies on.
  if (ids.every((id, i) => renumbered.get(id)!.length === id.length && String(i + 1).length <= id.length)) {
    text = text.replace(/\(node(\d+)\)/g, (_, id: string) => `(node${renumbered.get(id)})`);
  }
  return Buffer.from(text, 'latin1');
}
