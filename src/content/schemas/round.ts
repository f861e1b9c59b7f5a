// An assessment round: when the grid was applied, by whom, and which published table (if any) it must reproduce.
import { z } from 'astro/zod';
import { kebabId, nonEmpty } from './common.ts';

export const ROUND_KINDS = ['research', 'self-assessment', 'peer-review'] as const;
type RoundKind = (typeof ROUND_KINDS)[number];

/** YYYY-MM, month 01–12; js-yaml may read it as a string, the positional parser too. */
const yearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month written as YYYY-MM, like 2026-09');

export const roundSchema = z
  .strictObject({
    id: kebabId,
    title: nonEmpty,
    period: z.strictObject({ from: yearMonth, to: yearMonth }),
    kind: z.enum(ROUND_KINDS),
    source: kebabId.optional(),
    published: kebabId.optional(),
    open: z.boolean().optional(),
    /** The round that stands for London: its boroughs are the ones every other view is compared with (exactly one). */
    reference: z.literal(true).optional(),
    measured: nonEmpty,
  })
  .refine((r) => r.period.from <= r.period.to, { message: 'is before the period starts; "to" must not be earlier than "from"', path: ['period', 'to'] })
  .refine((r) => r.kind === 'self-assessment' || r.source !== undefined, { message: 'a research or peer-review round must name its source (an id from data/sources.yaml)', path: ['source'] });

export const roundsSchema = z.array(roundSchema).min(1);

export type Round = z.infer<typeof roundSchema>;

/** How a round's kind is said on a page: a self-assessment is the borough's own view, never the research's finding. */
export const KIND_LABEL: Record<RoundKind, string> = {
  research: 'research study',
  'self-assessment': 'self-assessment',
  'peer-review': 'peer review',
};
