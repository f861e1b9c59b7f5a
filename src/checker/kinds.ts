// Which schema governs which file: the map from a place in content/ or data/ to its rules.
import type { z } from 'astro/zod';
import { boardPaperSchema } from '../schemas/board-paper.ts';
import { boroughSchema } from '../schemas/borough.ts';
import { assessmentSchema } from '../schemas/assessment.ts';
import { roundsSchema } from '../schemas/round.ts';
import { caseStudySchema } from '../schemas/case-study.ts';
import { glossarySchema } from '../schemas/glossary.ts';
import { gridSchema } from '../schemas/grid.ts';
import { learningPartnershipsSchema } from '../schemas/history.ts';
import { modelSchema } from '../schemas/model.ts';
import { pageSchema } from '../schemas/page.ts';
import { annex1Schema, planElementsSchema, volunteerPartnershipsSchema } from '../schemas/plan.ts';
import { publishedSchema } from '../schemas/published.ts';
import { releasesSchema } from '../schemas/release.ts';
import { findingsSchema, questionnaireSchema } from '../schemas/research.ts';
import { settingsSchema } from '../schemas/settings.ts';
import { sourcesSchema } from '../schemas/sources.ts';

export interface Kind {
  name: string;
  /** Plural label for the summary line. */
  label: string;
  pattern: RegExp;
  /** Where an officer would look for files of this kind (for "not a content file" messages). */
  where: string;
  /** A borough's schema depends on the grid, so schemas are made once the grid is known. */
  schema: (dimensionIds: readonly string[]) => z.ZodType;
}

const fixed = (schema: z.ZodType) => () => schema;

export const KINDS: Kind[] = [
  { name: 'grid', label: 'grid', pattern: /^data\/grid\.yaml$/, where: 'data/grid.yaml', schema: fixed(gridSchema) },
  { name: 'published', label: 'published tables', pattern: /^data\/published\/[^/]+\.yaml$/, where: 'data/published/', schema: fixed(publishedSchema) },
  { name: 'releases', label: 'release lists', pattern: /^data\/releases\.yaml$/, where: 'data/releases.yaml', schema: fixed(releasesSchema) },
  { name: 'settings', label: 'settings', pattern: /^data\/site\.yaml$/, where: 'data/site.yaml', schema: fixed(settingsSchema) },
  { name: 'sources', label: 'source lists', pattern: /^data\/sources\.yaml$/, where: 'data/sources.yaml', schema: fixed(sourcesSchema) },
  { name: 'borough', label: 'boroughs', pattern: /^content\/boroughs\/[^/]+\.(mdx|yaml)$/, where: 'content/boroughs/', schema: (ids) => boroughSchema(ids) },
  { name: 'rounds', label: 'round lists', pattern: /^data\/rounds\.yaml$/, where: 'data/rounds.yaml', schema: fixed(roundsSchema) },
  { name: 'assessment', label: 'assessments', pattern: /^content\/assessments\/[^/]+\/[^/]+\.yaml$/, where: 'content/assessments/<round>/', schema: (ids) => assessmentSchema(ids) },
  { name: 'board-paper', label: 'board papers', pattern: /^content\/board-papers\/[^/]+\.mdx$/, where: 'content/board-papers/', schema: fixed(boardPaperSchema) },
  { name: 'case-study', label: 'case studies', pattern: /^content\/case-studies\/[^/]+\.mdx$/, where: 'content/case-studies/', schema: fixed(caseStudySchema) },
  { name: 'model', label: 'models', pattern: /^content\/models\/[^/]+\.yaml$/, where: 'content/models/', schema: fixed(modelSchema) },
  { name: 'glossary', label: 'glossaries', pattern: /^content\/glossary\.yaml$/, where: 'content/glossary.yaml', schema: fixed(glossarySchema) },
  { name: 'page', label: 'pages', pattern: /^content\/pages\/[^/]+\.mdx$/, where: 'content/pages/', schema: fixed(pageSchema) },
  { name: 'questionnaire', label: 'questionnaires', pattern: /^data\/research\/questionnaire-[^/]+\.yaml$/, where: 'data/research/', schema: fixed(questionnaireSchema) },
  { name: 'findings', label: 'findings', pattern: /^data\/research\/findings\.yaml$/, where: 'data/research/findings.yaml', schema: fixed(findingsSchema) },
  { name: 'history', label: 'history datasets', pattern: /^data\/history\/learning-partnerships-\d{4}\.yaml$/, where: 'data/history/', schema: fixed(learningPartnershipsSchema) },
  { name: 'plan-elements', label: 'plan elements', pattern: /^data\/plans\/plan-elements\.yaml$/, where: 'data/plans/', schema: fixed(planElementsSchema) },
  { name: 'annex-1', label: 'plan annexes', pattern: /^data\/plans\/annex-1\.yaml$/, where: 'data/plans/', schema: fixed(annex1Schema) },
  { name: 'volunteers', label: 'volunteer lists', pattern: /^data\/plans\/volunteer-partnerships\.yaml$/, where: 'data/plans/', schema: fixed(volunteerPartnershipsSchema) },
];

export function kindOf(path: string): Kind | undefined {
  return KINDS.find((k) => k.pattern.test(path));
}
