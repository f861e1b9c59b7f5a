// The 2013 questionnaire and interim findings, as chart-ready figures that always carry their citation.
import { z } from 'astro/zod';
import { kebabId, nonEmpty } from './common.ts';
import { citation } from './page.ts';

export const unitSchema = z.enum(['count', 'percent']);
const figure = z.number().nonnegative();

export const barSchema = z.strictObject({
  label: nonEmpty,
  value: figure,
  /** The wording the source used when it gave no number, e.g. "All" for 100%. */
  printed: nonEmpty.optional(),
});

const withinScale = (unit: 'count' | 'percent', value: number, denominator?: number) =>
  unit === 'percent' ? value <= 100 : denominator === undefined || value <= denominator;

export const chartSchema = z
  .strictObject({
    id: kebabId,
    title: nonEmpty,
    unit: unitSchema,
    denominator: z.number().int().positive().optional(),
    note: nonEmpty.optional(),
    source: citation.optional(),
    bars: z.array(barSchema).min(1),
  })
  .refine((c) => c.bars.every((b) => withinScale(c.unit, b.value, c.denominator)), {
    message: 'a percent must be at most 100 and a count at most its denominator',
  });

export const headlineSchema = z
  .strictObject({
    id: kebabId,
    label: nonEmpty,
    value: figure,
    denominator: z.number().int().positive().optional(),
    unit: unitSchema,
    note: nonEmpty.optional(),
    source: citation.optional(),
  })
  .refine((h) => withinScale(h.unit, h.value, h.denominator), {
    message: 'a percent must be at most 100 and a count at most its denominator',
  });

export const questionnaireSchema = z.strictObject({
  title: nonEmpty,
  source: citation,
  respondents: z.number().int().positive(),
  charts: z.array(chartSchema).min(1),
  headlines: z.array(headlineSchema).min(1),
});

const pointSchema = z.strictObject({
  id: kebabId,
  text: nonEmpty,
  items: z.array(z.strictObject({ id: kebabId, text: nonEmpty })).optional(),
});

export const findingListSchema = z.strictObject({
  id: kebabId,
  title: nonEmpty,
  source: citation,
  items: z.array(pointSchema).min(1),
});

export const conceptSchema = z.strictObject({
  id: kebabId,
  name: nonEmpty,
  abbreviation: nonEmpty.optional(),
  attribution: nonEmpty.optional(),
  summary: nonEmpty,
  /** What the extracted text lost (e.g. a diagram), so pages can say so. */
  missing: nonEmpty.optional(),
  source: citation,
});

export const phaseSchema = z.strictObject({
  order: z.number().int().positive(),
  label: nonEmpty,
  period: nonEmpty.optional(),
  printed: nonEmpty,
});

export const findingsSchema = z.strictObject({
  title: nonEmpty,
  source: citation,
  context: z.array(findingListSchema).min(1),
  concepts: z.array(conceptSchema).min(1),
  history: z.strictObject({
    title: nonEmpty,
    source: citation,
    phases: z.array(phaseSchema).min(1),
    observations: z.array(pointSchema).min(1),
  }),
  reinventionAndRecovery: findingListSchema,
  majorAreas: findingListSchema,
  emergingIssues: findingListSchema,
  questionnaireComments: findingListSchema,
  boardKeyFindings: findingListSchema,
});

export type Chart = z.infer<typeof chartSchema>;
export type Headline = z.infer<typeof headlineSchema>;
