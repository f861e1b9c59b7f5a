// WHY: the glossary's terms come from the loader like every other content, and its matcher is built once per build.
import { loadGlossary, once } from '../content/load.ts';
import { buildMatcher } from './abbreviations.ts';

export const loadGlossaryMatcher = once(async () => buildMatcher(await loadGlossary()));
