// The 2000 Learning Partnerships report is the site's historical baseline, so its figures are typed and cited.
import { z } from 'astro/zod';
import { kebabId, nonEmpty } from './common.ts';
import { citation } from './page.ts';

const percent = z.number().min(0).max(100);

export const memberGroupSchema = z.strictObject({
  id: kebabId,
  label: nonEmpty,
  now: percent,
  previously: percent,
});

export const fundElementSchema = z.strictObject({
  id: kebabId,
  /** The element's name as the report uses it, e.g. "support". */
  name: nonEmpty,
  purpose: nonEmpty,
  gbpMillions: z.number().positive(),
  printed: nonEmpty,
});

export const eventSchema = z.strictObject({
  id: kebabId,
  title: nonEmpty,
  kind: nonEmpty,
  place: nonEmpty.optional(),
  when: nonEmpty,
  summary: nonEmpty,
  participants: z.array(z.strictObject({ who: nonEmpty, printed: nonEmpty, count: z.number().int().positive().optional() })).optional(),
});

export const learningPartnershipsSchema = z.strictObject({
  title: nonEmpty,
  source: citation,
  network: z.strictObject({
    source: citation,
    partnerships: z.number().int().positive(),
    summary: nonEmpty,
  }),
  membership: z.strictObject({
    source: citation,
    note: nonEmpty,
    groups: z.array(memberGroupSchema).min(1),
  }),
  targets: z.strictObject({ source: citation, youngPeople: nonEmpty, adults: nonEmpty }),
  partnershipFund: z
    .strictObject({
      source: citation,
      period: nonEmpty,
      gbpMillions: z.number().positive(),
      printed: nonEmpty,
      elements: z.array(fundElementSchema).min(1),
      note: nonEmpty,
    })
    .refine((f) => f.elements.reduce((sum, e) => sum + e.gbpMillions, 0) === f.gbpMillions, {
      message: 'the fund elements must add up to the fund total',
    }),
  events: z.array(eventSchema.extend({ source: citation })).min(1),
  evaluation: z.array(z.strictObject({ id: kebabId, text: nonEmpty, source: citation })).min(1),
});

