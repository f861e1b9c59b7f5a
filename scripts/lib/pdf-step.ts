// WHY: `npm run build` publishes the PDFs with the pages that link them, so a built site's PDF links resolve whenever a browser is at hand.
import { missingBrowser, renderPdfs } from './print-pdfs.ts';

export interface PdfStep {
  /** For the build's timing line, e.g. "pdf 4.1 s (1 printed, 18 from the cache)". */
  phase?: string;
  /** One line for the reader: skipped, or what overflowed. */
  notes: string[];
  /** Set when the build must fail (ATLAS_PDF=on and no browser, or printing failed). */
  error?: string;
}

/**
 * ATLAS_PDF=auto (the default) prints when a Chromium is found and says so in one line when not; ATLAS_PDF=on requires
 * a browser (the publish workflow); ATLAS_PDF=off skips printing (the PDF links then 404 until `npm run pdf`).
 */
export async function pdfStep(dir: string, mode = process.env.ATLAS_PDF ?? 'auto'): Promise<PdfStep> {
  if (mode === 'off') return { notes: ['! PDFs skipped (ATLAS_PDF=off): the PDF links lead nowhere until `npm run pdf`'] };
  const missing = missingBrowser();
  if (missing) {
    if (mode === 'on') return { notes: [], error: `✗ ${missing} (ATLAS_PDF=on)` };
    return { notes: [`! PDFs not made: ${missing}; the PDF links lead nowhere until \`npm run pdf\``] };
  }
  const started = performance.now();
  try {
    const results = await renderPdfs(dir);
    const notes = results.flatMap((r) => r.overflows).map((o) => `! ${o.route}  ${o.element} runs to ${o.right} px, past the printable width of ${o.width} px: its text is cut off in print`);
    const kept = results.filter((r) => r.cached).length;
    return { phase: `pdf ${((performance.now() - started) / 1000).toFixed(1)} s (${results.length - kept} printed, ${kept} from the cache)`, notes };
  } catch (error) {
    return { notes: [], error: `✗ printing PDFs failed: ${(error as Error).message.split('\n')[0]}` };
  }
}
