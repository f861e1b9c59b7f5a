// The order test files start in, so the two cores stay busy to the end. Vitest's own order is by project name (build,
// site, unit: the build project's builds run beside the shared build, when no site test can start yet, and the short
// unit files fill in at the end), then by the last run's durations, else by file size: in a fresh clone (CI) the
// keyboard walk, a short file with the longest run, would start last and finish alone. So the every-page walks start
// first in their project; everything else keeps vitest's order.
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Files that run longest in their project: each walks every page of the site in Chromium. */
const LONG_WALKS = [/tests\/browser\/keyboard\.test\.ts$/, /tests\/browser\/every-page-\d+\.test\.ts$/];

export default class WalksFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const at = new Map(sorted.map((spec, i) => [spec, i]));
    const project = (spec: TestSpecification) => spec.project.name;
    const walk = (spec: TestSpecification) => (LONG_WALKS.some((p) => p.test(spec.moduleId)) ? 0 : 1);
    // Stays inside each project's block: only a walk moves, to the front of its own project.
    const first = new Map<string, number>();
    sorted.forEach((spec, i) => first.has(project(spec)) || first.set(project(spec), i));
    return [...sorted].sort((a, b) => first.get(project(a))! - first.get(project(b))! || walk(a) - walk(b) || at.get(a)! - at.get(b)!);
  }
}
