// Where the sources speak to each dimension, for the action plan's reading: the 2008 guidance's Annex 1 themes and
// plan elements, and the 2000 progress report. Only passages that address the dimension's subject are listed;
// case studies come from their own `dimensions:` lists (src/content/load-guidance.ts).
import { href } from '../../site/url.ts';

export interface Passage {
  label: string;
  href: string;
}

const annex = (theme: string): Passage => ({ label: `2008 guidance, Annex 1: “${theme}”`, href: href('plans/#annex-h') });
const PASSAGES: Record<string, Passage[]> = {
  'strategic-planning': [{ label: '2008 guidance: the three elements of a 14–19 plan', href: href('plans/#elements-h') }],
  'range-of-partners': [{ label: '2000 progress report: membership of under-represented groups', href: href('history/#membership-h') }],
  rpa: [annex('Raising the participation age')],
  neets: [annex('Reducing numbers of young people who are NEET')],
  ceiag: [annex('Information, advice and guidance')],
  'data-sharing': [annex('Data management')],
  'shared-provision': [annex('Curriculum development'), annex('14-19 entitlement to Diplomas')],
  'work-related-learning': [annex('Employer engagement')],
  'vocational-and-apprenticeships': [annex('Employer engagement')],
  cpd: [annex('Workforce development')],
  'quality-assurance': [annex('Quality assurance and quality improvement')],
  'shared-resources': [annex('Capital spend and infrastructure development'), annex('Transport')],
};

export function passagesFor(dimensionId: string): Passage[] {
  return PASSAGES[dimensionId] ?? [];
}
