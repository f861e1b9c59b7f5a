// Each broken fixture must produce exactly these lines: the messages officers read are pinned here.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { BROKEN, checkFixture } from '../support/fixture-site.ts';

describe('content checker on broken fixtures', () => {
  test('there are at least 25 fixtures and every one is pinned below', () => {
    const names = readdirSync(BROKEN);
    expect(names.length).toBeGreaterThanOrEqual(25);
    const pinned = [...readFileSyncSelf().matchAll(/checkFixture\('([^']+)'\)/g)].map((m) => m[1]);
    expect(names.filter((n) => !pinned.includes(n))).toEqual([]);
  });

  test('the real content has no problems', () => {
    expect(checkFixture('none')).toBe('');
  });

  test('bad-level', () => {
    expect(checkFixture('bad-level')).toMatchInlineSnapshot(`"content/assessments/self-assessment-2026-27/borough-s.yaml:16:26  ratings.data-sharing.level  "hgh" is not a level; expected low, medium, high or not-mentioned (did you mean "high"?)"`);
  });
  test('unknown-dimension', () => {
    expect(checkFixture('unknown-dimension')).toMatchInlineSnapshot(`
      "content/assessments/self-assessment-2026-27/borough-s.yaml:3:1  ratings.data-sharing  no rating for "data-sharing" (Data sharing); every borough rates every dimension: add it with level: not-mentioned if the evidence is silent
      content/assessments/self-assessment-2026-27/borough-s.yaml:30:3  ratings.data-shring  "data-shring" is not a dimension of the grid (did you mean "data-sharing"?); dimension ids are listed in data/grid.yaml"
    `);
  });
  test('missing-dimension', () => {
    expect(checkFixture('missing-dimension')).toMatchInlineSnapshot(`"content/assessments/self-assessment-2026-27/borough-s.yaml:3:1  ratings.cpd  no rating for "cpd" (CPD and staff development); every borough rates every dimension: add it with level: not-mentioned if the evidence is silent"`);
  });
  test('unknown-field', () => {
    expect(checkFixture('unknown-field')).toMatchInlineSnapshot(`
      "content/assessments/self-assessment-2026-27/borough-s.yaml:17:3  ratings.rpa.level  is missing; add it: low, medium, high or not-mentioned
      content/assessments/self-assessment-2026-27/borough-s.yaml:18:5  ratings.rpa.levl  "levl" is not a field here (did you mean "level"?); allowed fields: level or evidence"
    `);
  });
  test('wrong-type', () => {
    expect(checkFixture('wrong-type')).toMatchInlineSnapshot(`"content/boroughs/borough-s.yaml:3:13  anonymised  must be true or false, not "yes please""`);
  });
  test('unclosed-quote', () => {
    expect(checkFixture('unclosed-quote')).toMatchInlineSnapshot(`"content/boroughs/borough-s.yaml:1:7  name  YAML syntax: a quote or bracket is opened and never closed"`);
  });
  test('tab-indent', () => {
    expect(checkFixture('tab-indent')).toMatchInlineSnapshot(`"content/assessments/self-assessment-2026-27/borough-s.yaml:4:1  -  YAML syntax: a tab is used for indenting; YAML needs spaces (replace the tab with two spaces)"`);
  });
  test('duplicate-key', () => {
    expect(checkFixture('duplicate-key')).toMatchInlineSnapshot(`"content/assessments/self-assessment-2026-27/borough-s.yaml:22:5  ratings.neets.level  "level" appears more than once in the same group; keep one"`);
  });
  test('empty-file', () => {
    expect(checkFixture('empty-file')).toMatchInlineSnapshot(`"content/boroughs/borough-s.yaml:1:1  -  the file is empty; it needs its fields (copy a neighbouring file to start)"`);
  });
  test('whitespace-only-file', () => {
    expect(checkFixture('whitespace-only-file')).toMatchInlineSnapshot(`"content/boroughs/borough-s.yaml:1:1  -  the file is empty; it needs its fields (copy a neighbouring file to start)"`);
  });
  test('duplicate-slug', () => {
    expect(checkFixture('duplicate-slug')).toMatchInlineSnapshot(`
      "content/boroughs/borough-s.yaml:2:7  slug  "borough-c" does not match the file name "borough-s"; the slug is the page address, so rename the file or change the slug
      content/boroughs/borough-s.yaml:2:7  slug  "borough-c" is already used by content/boroughs/borough-c.mdx; every borough needs its own slug"
    `);
  });
  test('slug-mismatch', () => {
    expect(checkFixture('slug-mismatch')).toMatchInlineSnapshot(`"content/boroughs/borough-s.yaml:2:7  slug  "borough-t" does not match the file name "borough-s"; the slug is the page address, so rename the file or change the slug"`);
  });
  test('duplicate-name', () => {
    expect(checkFixture('duplicate-name')).toMatchInlineSnapshot(`"content/boroughs/borough-s.yaml:1:7  name  "Borough C" is already the name of content/boroughs/borough-c.mdx"`);
  });
  test('bom-and-crlf', () => {
    expect(checkFixture('bom-and-crlf')).toMatchInlineSnapshot(`"content/assessments/self-assessment-2026-27/borough-s.yaml:18:19  ratings.ceiag.level  "medum" is not a level; expected low, medium, high or not-mentioned (did you mean "medium"?)"`);
  });
  test('mdx-unclosed-frontmatter', () => {
    expect(checkFixture('mdx-unclosed-frontmatter')).toMatchInlineSnapshot(`"content/boroughs/borough-s.mdx:1:1  -  the frontmatter is never closed: add a line of three dashes (---) after the last field"`);
  });
  test('mdx-no-frontmatter', () => {
    expect(checkFixture('mdx-no-frontmatter')).toMatchInlineSnapshot(`"content/boroughs/borough-s.mdx:1:1  -  the file must start with a line of three dashes (---) opening its frontmatter"`);
  });
  test('bad-date', () => {
    expect(checkFixture('bad-date')).toMatchInlineSnapshot(`"content/assessments/self-assessment-2026-27/borough-s.yaml:1:7  date  "December 2012" must be a date written as YYYY, YYYY-MM or YYYY-MM-DD"`);
  });
  test('missing-name', () => {
    expect(checkFixture('missing-name')).toMatchInlineSnapshot(`"content/boroughs/borough-s.yaml:1:1  name  is missing; add this field"`);
  });
  test('empty-evidence', () => {
    expect(checkFixture('empty-evidence')).toMatchInlineSnapshot(`"content/assessments/self-assessment-2026-27/borough-s.yaml:24:15  ratings.inclusion.evidence  must not be empty"`);
  });
  test('misplaced-file', () => {
    expect(checkFixture('misplaced-file')).toMatchInlineSnapshot(`"content/borough/borough-s.yaml:1:1  -  is not a place the site reads (did you mean "content/boroughs/"?); content files go in data/grid.yaml, data/published/, data/releases.yaml, data/site.yaml, data/sources.yaml, content/boroughs/, data/rounds.yaml, content/assessments/<round>/, content/board-papers/, content/case-studies/, content/models/, content/glossary.yaml, content/pages/, data/research/, data/research/findings.yaml, data/history/ or data/plans/"`);
  });
  test('release-version-not-raised', () => {
    expect(checkFixture('release-version-not-raised')).toMatchInlineSnapshot(`
      "data/releases.yaml:18:12  [1].version  "1.0.0" must be higher than the release before it (1.0.0)
      data/releases.yaml:19:9  [1].date  "2026-11-01" must not be earlier than the release before it (2026-11-23)"
    `);
  });
  test('compact-mapping', () => {
    expect(checkFixture('compact-mapping')).toMatchInlineSnapshot(`"content/assessments/self-assessment-2026-27/borough-s.yaml:29:8  ratings.cpd.level  YAML syntax: a second "name: value" is on the same line; put each field on its own line, or quote a value that contains ": ""`);
  });
  test('many-errors-one-file', () => {
    expect(checkFixture('many-errors-one-file')).toMatchInlineSnapshot(`
      "content/assessments/self-assessment-2026-27/borough-s.yaml:1:7  date  "2026-13-45" must be a date written as YYYY, YYYY-MM or YYYY-MM-DD
      content/assessments/self-assessment-2026-27/borough-s.yaml:2:9  source  must not be empty
      content/assessments/self-assessment-2026-27/borough-s.yaml:17:17  ratings.rpa.level  "hihg" is not a level; expected low, medium, high or not-mentioned (did you mean "high"?)
      content/assessments/self-assessment-2026-27/borough-s.yaml:29:17  ratings.cpd.level  "none" is not a level; expected low, medium, high or not-mentioned
      content/boroughs/borough-s.yaml:2:7  slug  "Borough S" must be lower-case words joined by hyphens, like "data-sharing"
      content/boroughs/borough-s.yaml:3:13  anonymised  must be true or false, not "maybe""
    `);
  });
  test('published-row-sum', () => {
    expect(checkFixture('published-row-sum')).toMatchInlineSnapshot(`
      "data/published/extent-2013.yaml:13:33  strands.activity.printed.medium  activity header prints Medium 102, but the rows add up to 103; keep the printed figure and add a correction (level, corrected: 103, note)
      data/published/extent-2013.yaml:40:33  counts.rpa  the four counts add up to 19, but the table covers 18 boroughs
      data/published/extent-2013.yaml:40:52  counts.rpa.medium  published 11 at Medium, but the sample assessments put 10 there; the sample boroughs must reproduce the published table (check ratings.rpa.level in content/assessments/ioe-2012-13/)"
    `);
  });
  test('published-erratum-missing', () => {
    expect(checkFixture('published-erratum-missing')).toMatchInlineSnapshot(`"data/published/extent-2013.yaml:13:63  strands.activity.printed.not-mentioned  activity header prints Not mentioned 102, but the rows add up to 93; keep the printed figure and add a correction (level, corrected: 93, note)"`);
  });
  test('published-wrong-correction', () => {
    expect(checkFixture('published-wrong-correction')).toMatchInlineSnapshot(`"data/published/extent-2013.yaml:16:20  strands.activity.corrections[0].corrected  corrects Not mentioned to 92, but the rows add up to 93"`);
  });
  test('published-unknown-dimension', () => {
    expect(checkFixture('published-unknown-dimension')).toMatchInlineSnapshot(`
      "data/published/extent-2013.yaml:13:21  strands.activity.printed.low  activity header prints Low 49, but the rows add up to 47; keep the printed figure and add a correction (level, corrected: 47, note)
      data/published/extent-2013.yaml:13:33  strands.activity.printed.medium  activity header prints Medium 102, but the rows add up to 93; keep the printed figure and add a correction (level, corrected: 93, note)
      data/published/extent-2013.yaml:13:44  strands.activity.printed.high  activity header prints High 44, but the rows add up to 43; keep the printed figure and add a correction (level, corrected: 43, note)
      data/published/extent-2013.yaml:16:20  strands.activity.corrections[0].corrected  corrects Not mentioned to 93, but the rows add up to 87
      data/published/extent-2013.yaml:24:1  counts  no counts for dimension "cpd"; every dimension of the grid needs a row
      data/published/extent-2013.yaml:52:3  counts.cdp  "cdp" is not a dimension of the grid (did you mean "cpd"?)"
    `);
  });
  test('reconcile-changed-rating', () => {
    expect(checkFixture('reconcile-changed-rating')).toMatchInlineSnapshot(`
      "data/published/extent-2013.yaml:39:62  counts.data-sharing.high  published 3 at High, but the sample assessments put 4 there; the sample boroughs must reproduce the published table (check ratings.data-sharing.level in content/assessments/ioe-2012-13/)
      data/published/extent-2013.yaml:39:80  counts.data-sharing.not-mentioned  published 5 at Not mentioned, but the sample assessments put 4 there; the sample boroughs must reproduce the published table (check ratings.data-sharing.level in content/assessments/ioe-2012-13/)"
    `);
  });
  test('assessment-unknown-round', () => {
    expect(checkFixture('assessment-unknown-round')).toMatchInlineSnapshot(`"content/assessments/selfassessment-2026-27/borough-c.yaml:1:1  -  the folder "selfassessment-2026-27" is not a round in data/rounds.yaml (did you mean "self-assessment-2026-27"?); an assessment goes in content/assessments/<round id>/, and the rounds are ioe-2012-13 or self-assessment-2026-27"`);
  });
  test('assessment-unknown-borough', () => {
    expect(checkFixture('assessment-unknown-borough')).toMatchInlineSnapshot(`"content/assessments/self-assessment-2026-27/borough-cc.yaml:1:1  -  "borough-cc" is not a borough in content/boroughs/ (did you mean "borough-c"?); name the file after a borough's slug, add its profile with npm run new:borough, or (for a first self-assessment) add a borough: block with its name"`);
  });
  test('assessment-identity-twice', () => {
    expect(checkFixture('assessment-identity-twice')).toMatchInlineSnapshot(`"content/assessments/self-assessment-2026-27/borough-c.yaml:1:1  borough  a borough's identity is stated once: in content/boroughs/borough-c.mdx; remove this borough: block"`);
  });
  test('rounds-bad-references', () => {
    expect(checkFixture('rounds-bad-references')).toMatchInlineSnapshot(`
      "data/rounds.yaml:9:11  [0].source  "ioe-grid-2031" is not a source document (did you mean "ioe-grid-2013"?); documents are listed in data/sources.yaml
      data/rounds.yaml:10:14  [0].published  "extent-2012" is not a table in data/published/ (did you mean "extent-2013"?); the tables are extent-2013
      data/rounds.yaml:15:7  [1].id  "ioe-2012-13" is already the id of round 1 (line 5); every round needs its own id"
    `);
  });
  test('grid-duplicate-id', () => {
    expect(checkFixture('grid-duplicate-id')).toMatchInlineSnapshot(`
      "content/assessments/ioe-2012-13/borough-a.yaml:56:3  ratings.cpd  "cpd" is not a dimension of the grid (did you mean "rpa"?); dimension ids are listed in data/grid.yaml
      content/assessments/ioe-2012-13/borough-b.yaml:56:3  ratings.cpd  "cpd" is not a dimension of the grid (did you mean "rpa"?); dimension ids are listed in data/grid.yaml
      content/assessments/ioe-2012-13/borough-c.yaml:56:3  ratings.cpd  "cpd" is not a dimension of the grid (did you mean "rpa"?); dimension ids are listed in data/grid.yaml
      content/assessments/ioe-2012-13/borough-d.yaml:56:3  ratings.cpd  "cpd" is not a dimension of the grid (did you mean "rpa"?); dimension ids are listed in data/grid.yaml
      content/assessments/ioe-2012-13/borough-e.yaml:56:3  ratings.cpd  "cpd" is not a dimension of the grid (did you mean "rpa"?); dimension ids are listed in data/grid.yaml
      content/assessments/ioe-2012-13/borough-f.yaml:56:3  ratings.cpd  "cpd" is not a dimension of the grid (did you mean "rpa"?); dimension ids are listed in data/grid.yaml
      content/assessments/ioe-2012-13/borough-g.yaml:56:3  ratings.cpd  "cpd" is not a dimension of the grid (did you mean "rpa"?); dimension ids are listed in data/grid.yaml
      content/assessments/ioe-2012-13/borough-h.yaml:56:3  ratings.cpd  "cpd" is not a dimension of the grid (did you mean "rpa"?); dimension ids are listed in data/grid.yaml
      content/assessments/ioe-2012-13/borough-i.yaml:56:3  ratings.cpd  "cpd" is not a dimension of the grid (did you mean "rpa"?); dimension ids are listed in data/grid.yaml
      content/assessments/ioe-2012-13/borough-j.yaml:56:3  ratings.cpd  "cpd" is not a dimension of the grid (did you mean "rpa"?); dimension ids are listed in data/grid.yaml
      content/assessments/ioe-2012-13/borough-k.yaml:56:3  ratings.cpd  "cpd" is not a dimension of the grid (did you mean "rpa"?); dimension ids are listed in data/grid.yaml
      content/assessments/ioe-2012-13/borough-l.yaml:56:3  ratings.cpd  "cpd" is not a dimension of the grid (did you mean "rpa"?); dimension ids are listed in data/grid.yaml
      content/assessments/ioe-2012-13/borough-m.yaml:56:3  ratings.cpd  "cpd" is not a dimension of the grid (did you mean "rpa"?); dimension ids are listed in data/grid.yaml
      content/assessments/ioe-2012-13/borough-n.yaml:56:3  ratings.cpd  "cpd" is not a dimension of the grid (did you mean "rpa"?); dimension ids are listed in data/grid.yaml
      content/assessments/ioe-2012-13/borough-o.yaml:56:3  ratings.cpd  "cpd" is not a dimension of the grid (did you mean "rpa"?); dimension ids are listed in data/grid.yaml
      content/assessments/ioe-2012-13/borough-p.yaml:56:3  ratings.cpd  "cpd" is not a dimension of the grid (did you mean "rpa"?); dimension ids are listed in data/grid.yaml
      content/assessments/ioe-2012-13/borough-q.yaml:56:3  ratings.cpd  "cpd" is not a dimension of the grid (did you mean "rpa"?); dimension ids are listed in data/grid.yaml
      content/assessments/ioe-2012-13/borough-r.yaml:56:3  ratings.cpd  "cpd" is not a dimension of the grid (did you mean "rpa"?); dimension ids are listed in data/grid.yaml
      data/grid.yaml:221:13  strands[1].dimensions[14].id  "rpa" is already the id of activity 3; every dimension needs its own id
      data/published/extent-2013.yaml:13:21  strands.activity.printed.low  activity header prints Low 49, but the rows add up to 50; keep the printed figure and add a correction (level, corrected: 50, note)
      data/published/extent-2013.yaml:13:33  strands.activity.printed.medium  activity header prints Medium 102, but the rows add up to 103; keep the printed figure and add a correction (level, corrected: 103, note)
      data/published/extent-2013.yaml:13:44  strands.activity.printed.high  activity header prints High 44, but the rows add up to 48; keep the printed figure and add a correction (level, corrected: 48, note)
      data/published/extent-2013.yaml:16:20  strands.activity.corrections[0].corrected  corrects Not mentioned to 93, but the rows add up to 87
      data/published/extent-2013.yaml:52:3  counts.cpd  "cpd" is not a dimension of the grid (did you mean "rpa"?)"
    `);
  });
  test('grid-short-too-long', () => {
    expect(checkFixture('grid-short-too-long')).toMatchInlineSnapshot(`"data/grid.yaml:95:16  strands[0].dimensions[10].short  must be 18 characters or fewer: it heads a column of the grid"`);
  });
  test('grid-missing-descriptor', () => {
    expect(checkFixture('grid-missing-descriptor')).toMatchInlineSnapshot(`"data/grid.yaml:225:9  strands[1].dimensions[14].descriptors.high  is missing; add this field"`);
  });
  test('settings-bad-values', () => {
    expect(checkFixture('settings-bad-values')).toMatchInlineSnapshot(`
      "data/site.yaml:8:7  base  "atlas" must start and end with "/", like "/" or "/partnership-atlas/"
      data/site.yaml:9:7  data  "demonstration" is not a data setting; expected sample, real or demo"
    `);
  });
  test('unknown-source-document', () => {
    expect(checkFixture('unknown-source-document')).toMatchInlineSnapshot(`"content/pages/history.mdx:5:13  source.document  "lp-progress-2001" is not a source document (did you mean "lp-progress-2000"?); documents are listed in data/sources.yaml"`);
  });
  test('mdx-import-export', () => {
    expect(checkFixture('mdx-import-export')).toMatchInlineSnapshot(`
      "content/pages/notes.mdx:7:1  body  an "import" line runs code when the site is built; content may use only the site's own components, so remove it
      content/pages/notes.mdx:8:1  body  an "import" line runs code when the site is built; content may use only the site's own components, so remove it
      content/pages/notes.mdx:15:1  body  an "export" line runs code when the site is built; content may use only the site's own components, so remove it"
    `);
  });
  test('mdx-script', () => {
    expect(checkFixture('mdx-script')).toMatchInlineSnapshot(`
      "content/pages/notes.mdx:10:1  body  a <script> element is not allowed in content: the site runs no script from content (its Content-Security-Policy forbids inline script)
      content/pages/notes.mdx:11:1  body  a <script> element is not allowed in content: the site runs no script from content (its Content-Security-Policy forbids inline script)"
    `);
  });
  test('mdx-style', () => {
    expect(checkFixture('mdx-style')).toMatchInlineSnapshot(`"content/pages/notes.mdx:10:1  body  a <style> element is not allowed in content: styles live in src/styles/site.css, not in content"`);
  });
  test('mdx-iframe', () => {
    expect(checkFixture('mdx-iframe')).toMatchInlineSnapshot(`"content/pages/notes.mdx:10:1  body  an <iframe> element is not allowed in content: it would load another site inside the page; link to it instead"`);
  });
  test('board-paper-unknown-pararef', () => {
    expect(checkFixture('board-paper-unknown-pararef')).toMatchInlineSnapshot(`
      "content/board-papers/2013-07-09-progress-update.mdx:24:91  body  <ParaRef to="earlier-papers" /> points to no section or anchored paragraph in this paper (did you mean "earlier-paper"?); "to" takes a section heading's slug (e.g. "background") or the id of an <Anchor id="…" /> at the start of a paragraph
      content/board-papers/2013-07-09-progress-update.mdx:26:30  body  <ParaRef to="next-step" /> points to no section or anchored paragraph in this paper (did you mean "next-steps"?); "to" takes a section heading's slug (e.g. "background") or the id of an <Anchor id="…" /> at the start of a paragraph
      content/board-papers/2013-07-09-progress-update.mdx:26:61  body  <ParaRef> needs a "to" attribute naming a section or an anchored paragraph, like <ParaRef to="next-steps" />"
    `);
  });
  test('mdx-event-handler', () => {
    expect(checkFixture('mdx-event-handler')).toMatchInlineSnapshot(`
      "content/pages/notes.mdx:10:36  body  "onerror" is not allowed in content: an event-handler attribute is inline script, which the site forbids
      content/pages/notes.mdx:11:13  body  "onClick" is not allowed in content: an event-handler attribute is inline script, which the site forbids"
    `);
  });
  test('case-study-unknown-dimension', () => {
    expect(checkFixture('case-study-unknown-dimension')).toMatchInlineSnapshot(`"content/case-studies/example-town.mdx:15:5  dimensions[1]  "range-of-partner" is not a dimension of the grid (did you mean "range-of-partners"?); dimension ids are listed in data/grid.yaml"`);
  });
  test('case-study-unknown-model', () => {
    expect(checkFixture('case-study-unknown-model')).toMatchInlineSnapshot(`"content/case-studies/example-town.mdx:4:8  model  "town" is not a model in content/models/; the models are alternative-cross-border, city, county or cross-border"`);
  });
  test('model-unknown-case-study', () => {
    expect(checkFixture('model-unknown-case-study')).toMatchInlineSnapshot(`"content/models/alternative-cross-border.yaml:28:12  caseStudy  "hull-east-riding" is not a case study (did you mean "hull-and-east-riding"?); case studies are the files in content/case-studies/"`);
  });
  test('glossary-duplicate-term', () => {
    expect(checkFixture('glossary-duplicate-term')).toMatchInlineSnapshot(`"content/glossary.yaml:96:9  [29].term  "LSC" is already in the glossary; each term appears once"`);
  });
  test('glossary-form-clash', () => {
    expect(checkFixture('glossary-form-clash')).toMatchInlineSnapshot(`"content/glossary.yaml:109:9  [32].term  "NEETS" is already in the glossary as "NEETs", a form of "NEET" (line 105); each term appears once, so add it as an alias there or remove it"`);
  });
});

function readFileSyncSelf(): string {
  return readFileSync(new URL(import.meta.url), 'utf8');
}
