// How long one answer's evidence may be, said once for the schema, the checker and the browser (a number, so the
// self-assessment's script can import it without carrying Zod).
/** Characters of evidence per answer: a paragraph or two, enough for what a rating rests on, short enough to print. */
export const EVIDENCE_MAX_LENGTH = 1500;
