// A strict XML parser's view of a file: well-formed, and no character XML forbids (what Excel and feed readers refuse).
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';

export function xmlErrors(text: string, name = 'xml'): string[] {
  const errors: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (e) => errors.push(`${name}: ${e.message}`));
  parser.write(text).close();
  return errors;
}

/** The text content of every element with this local name, in document order. */
export function xmlTexts(text: string, local: string): string[] {
  const out: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  let depth = 0;
  let current = '';
  parser.on('opentag', (t) => {
    if (t.local === local) (depth++, (current = ''));
  });
  parser.on('text', (t) => depth > 0 && (current += t));
  parser.on('closetag', (t) => {
    if (t.local === local && --depth === 0) out.push(current);
  });
  parser.write(text).close();
  return out;
}

/** Every XML part of an XLSX file, checked by xmlErrors. */
export async function xlsxXmlErrors(bytes: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const errors: string[] = [];
  for (const name of Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n))) errors.push(...xmlErrors(await zip.file(name)!.async('string'), name));
  return errors;
}
