// WHY: case studies, models and source documents point at each other and at the grid; the links are worked out once, here.
import type { Fact } from './schemas/case-study.ts';
import { loadCaseStudies, loadModels, loadSources, once, type CaseStudyEntry, type ModelEntry, type SourceEntry } from './load.ts';
import { writtenDate } from '../domain/format.ts';

export type { CaseStudyEntry, ModelEntry, SourceEntry };

export interface Guidance {
  /** In the order a reader would scan them: by title. */
  studies: CaseStudyEntry[];
  /** In the guidance's order: county, city, cross-border, then the alternative cross-border model. */
  models: ModelEntry[];
  sources: SourceEntry[];
  modelOf: (study: CaseStudyEntry) => ModelEntry | undefined;
  /** Case studies a model names, and those that name the model, without repeats. */
  studiesOfModel: (model: ModelEntry) => CaseStudyEntry[];
  studiesOfDimension: (dimensionId: string) => CaseStudyEntry[];
  source: (documentId: string) => SourceEntry | undefined;
}

export const MODEL_ORDER = ['county', 'city', 'cross-border', 'alternative-cross-border'];

export const loadGuidance = once(build);

async function build(): Promise<Guidance> {
  const studies = [...(await loadCaseStudies())].sort((a, b) => a.data.title.localeCompare(b.data.title, 'en-GB'));
  const rank = (id: string) => (MODEL_ORDER.includes(id) ? MODEL_ORDER.indexOf(id) : MODEL_ORDER.length);
  const models = [...(await loadModels())].sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));
  const sources = await loadSources();
  return {
    studies,
    models,
    sources,
    modelOf: (study) => models.find((m) => m.id === study.data.model),
    studiesOfModel: (model) => studies.filter((s) => s.data.slug === model.caseStudy || s.data.model === model.id),
    studiesOfDimension: (id) => studies.filter((s) => s.data.dimensions.includes(id)),
    source: (id) => sources.find((s) => s.id === id),
  };
}

/** A printed figure with its hedge, e.g. "about 3,000" or "2 to 3". */
export function factValue(fact: Fact): string {
  const value = fact.value.toLocaleString('en-GB');
  return fact.qualifier ? `${fact.qualifier} ${value}` : value;
}

/** Title (Publisher, date): how a page cites a source document. */
export function citeSource(source: SourceEntry | undefined, documentId: string): string {
  return source ? `${source.title} (${source.publisher}, ${writtenDate(source.date)})` : documentId;
}
