// Pages expand the sources' acronyms from one list, so each term is defined once and kept in alphabetical order.
import { z } from 'astro/zod';
import { nonEmpty } from './common.ts';

export const glossaryEntrySchema = z.strictObject({
  term: nonEmpty,
  expansion: nonEmpty,
  description: nonEmpty.optional(),
  /** Other forms the sources print, e.g. the plural "NEETs". */
  aliases: z.array(nonEmpty).min(1).optional(),
});

/** Alphabetical ignoring case, as a reader scans the list. */
export const compareTerms = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' });

export const glossarySchema = z.array(glossaryEntrySchema).superRefine((entries, ctx) => {
  const owners = new Map<string, string>();
  entries.forEach((entry, i) => {
    const order = i > 0 ? compareTerms(entries[i - 1]!.term, entry.term) : -1;
    if (order === 0) ctx.addIssue({ code: 'custom', path: [i, 'term'], message: `is already in the glossary; each term appears once` });
    if (order > 0) ctx.addIssue({ code: 'custom', path: [i, 'term'], message: `must come before "${entries[i - 1]!.term}": keep the glossary in alphabetical order` });
    (entry.aliases ?? []).forEach((alias, j) => {
      const owner = owners.get(alias) ?? entries.find((e) => e.term === alias)?.term;
      if (owner !== undefined) ctx.addIssue({ code: 'custom', path: [i, 'aliases', j], message: `is already in the glossary (under "${owner}"); each form appears once` });
      owners.set(alias, entry.term);
    });
  });
});

export type Glossary = z.infer<typeof glossarySchema>;
