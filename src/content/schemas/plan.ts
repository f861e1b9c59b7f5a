// The 2008 DCSF guidance on 14-19 Plans: its three elements, the Annex 1 table kept word for word, and the volunteers.
import { z } from 'astro/zod';
import { kebabId, nonEmpty } from './common.ts';
import { citation } from './page.ts';

export const planElementSchema = z.strictObject({
  id: kebabId,
  numeral: nonEmpty,
  name: nonEmpty,
  summary: nonEmpty,
  covers: z.array(nonEmpty).min(1),
});

export const planElementsSchema = z.strictObject({
  title: nonEmpty,
  source: citation,
  intro: nonEmpty,
  elements: z.array(planElementSchema).length(3),
});

export const annexRowSchema = z.strictObject({
  theme: nonEmpty,
  strategy: z.array(nonEmpty),
  operational: z.array(nonEmpty),
  /** Any change from the printed table, or anything odd in it, said openly. */
  note: nonEmpty.optional(),
});

export const annex1Schema = z.strictObject({
  title: nonEmpty,
  source: citation,
  caveat: nonEmpty,
  columns: z.strictObject({ strategy: nonEmpty, operational: nonEmpty }),
  rows: z.array(annexRowSchema).min(1),
});

export const representativeSchema = z.strictObject({
  number: z.number().int().positive(),
  name: nonEmpty,
  area: nonEmpty,
});

export const lessonSchema = z.strictObject({ id: kebabId, text: nonEmpty });

export const volunteerPartnershipsSchema = z.strictObject({
  title: nonEmpty,
  source: citation,
  summary: nonEmpty,
  began: nonEmpty,
  contributors: z.strictObject({ approx: z.number().int().positive(), printed: nonEmpty }),
  representatives: z.array(representativeSchema).min(1),
  pointers: z.strictObject({ title: nonEmpty, source: citation, items: z.array(lessonSchema).min(1) }),
  issuesForFurtherWork: z.strictObject({ title: nonEmpty, source: citation, items: z.array(lessonSchema).min(1) }),
  voices: z
    .array(z.strictObject({ id: kebabId, name: nonEmpty, area: nonEmpty, text: nonEmpty, source: citation }))
    .min(1),
});

export type Annex1 = z.infer<typeof annex1Schema>;
