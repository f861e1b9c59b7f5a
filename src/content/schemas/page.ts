// Prose pages and every dataset cite one of the five source documents, so the citation shape lives here.
import { z } from 'astro/zod';
import { kebabId, nonEmpty } from './common.ts';

/** Checked against data/sources.yaml by the content checker, so the list of documents lives in one place. */
export const documentId = kebabId;

/** A dataset's citation: the document and the section heading as printed in it. */
export const citation = z.strictObject({ document: documentId, section: nonEmpty });

export const pageSchema = z.strictObject({
  title: nonEmpty,
  description: nonEmpty.max(200, 'must be 200 characters or fewer: it becomes the meta description'),
  source: z.strictObject({ document: documentId, section: nonEmpty.optional() }),
});

