// The checker's own sentences for what the build's readers refuse, pinned inline as Starlight pins its error map:
// never a library's wording, and invisible or look-alike characters named.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { markdownToHtml } from 'satteri';
import { afterAll, describe, expect, test } from 'vitest';
import { bodyRules } from '../../src/content/checker/mdx-rules.ts';
import { misplacedMessage, movedFieldMessage, wrongKindMessage } from '../../src/content/checker/placement.ts';
import { assessmentRules } from '../../src/content/checker/round-rules.ts';
import { formatProblem } from '../../src/content/checker/problem.ts';
import { parseSourceFile } from '../../src/content/checker/source-file.ts';
import { validate } from '../../src/content/checker/validate.ts';
import { linkMessage, listContentFiles, refuseContentLinks } from '../../src/content/files.ts';
import { BOARD_PAPER_COMPONENTS } from '../../src/content/registry.ts';
import { EVIDENCE_MAX_LENGTH, assessmentSchema } from '../../src/content/schemas/assessment.ts';
import type { Round } from '../../src/content/schemas/round.ts';
import { sourcesSchema } from '../../src/content/schemas/sources.ts';

const FRONT = '---\ntitle: Notes\ndescription: A page.\nsource:\n  document: lp-progress-2000\n---\n\n';

/** What `npm run check` prints for one file's reading and body. */
function read(path: string, text: string | Uint8Array, components = {}): string {
  const file = parseSourceFile(path, text);
  const body = file.data === undefined ? [] : bodyRules(file, { components, numbered: path.includes('board-papers') });
  return [...file.problems, ...body].map(formatProblem).join('\n');
}
const mdx = (body: string, components = {}) => read('content/pages/notes.mdx', FRONT + body, components);

describe('YAML the build would refuse or misread', () => {
  test('an unknown tag', () => {
    expect(read('data/sources.yaml', '- id: a\n  title: !include other.yaml\n')).toMatchInlineSnapshot(`"data/sources.yaml:2:10  [0].title  "!include" is a YAML tag, which the site does not read; remove it, or put the whole value in double quotes if it starts with "!""`);
  });
  test('a second document', () => {
    expect(read('data/site.yaml', 'title: Atlas\n---\nbase: /\n')).toMatchInlineSnapshot(`"data/site.yaml:2:1  -  a line of three dashes (---) here starts a second document, and the site reads a file as one; remove this line"`);
  });
  test('non-breaking spaces as indentation', () => {
    expect(read('data/site.yaml', 'licence:\n\u00a0\u00a0name: OGL\n')).toMatchInlineSnapshot(`"data/site.yaml:2:1  -  this line is indented with U+00A0 NO-BREAK SPACE, which YAML does not count as indentation; replace it with ordinary spaces"`);
  });
  test('a byte that is not UTF-8', () => {
    expect(read('data/site.yaml', Buffer.concat([Buffer.from('title: Atlas\npublisher: Caf'), Buffer.from([0xe9]), Buffer.from('\n')]))).toMatchInlineSnapshot(`"data/site.yaml:2:15  -  a byte here (E9 in hexadecimal) is not UTF-8 text, so the site would show a replacement character (U+FFFD) in its place; save the file as UTF-8 ("Unicode") and retype the character"`);
  });
  test('an impossible date, unquoted (the build would roll it over to 2 March)', () => {
    expect(read('data/sources.yaml', '- id: a\n  date: 2013-02-30\n')).toMatchInlineSnapshot(`"data/sources.yaml:2:9  [0].date  "2013-02-30" is not a date in the calendar: February 2013 has 28 days (the site would print a later day instead)"`);
  });
  test('an impossible date, quoted', () => {
    const file = parseSourceFile('data/sources.yaml', '- id: a\n  title: T\n  publisher: P\n  date: "2013-04-31"\n  kind: K\n  file: f.txt\n');
    expect(validate(file, sourcesSchema).problems.map(formatProblem).join('\n')).toMatchInlineSnapshot(`"data/sources.yaml:4:9  [0].date  "2013-04-31" is not a date in the calendar; correct the day"`);
  });
  test('a frontmatter fence with a trailing space is read as the build reads it', () => {
    expect(read('content/pages/notes.mdx', '--- \ntitle: Notes\n---\n\nText.\n')).toBe('');
  });
});

describe('look-alike and invisible characters are named', () => {
  const schema = assessmentSchema(['cpd']);
  const borough = (level: string, key = 'level') => parseSourceFile('content/assessments/r/x.yaml', `# X in round r.\n\n\n\n\ndate: 2026\nsource: S\nratings:\n  cpd:\n    ${key}: ${level}\n`);
  test('a Cyrillic letter in a level', () => {
    expect(validate(borough('h\u0456gh'), schema).problems.map(formatProblem).join('\n')).toMatchInlineSnapshot(`"content/assessments/r/x.yaml:10:12  ratings.cpd.level  "h\\u0456gh" is not a level; expected low, medium, high or not-mentioned (did you mean "high"?): the second character is U+0456 CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I, not "i""`);
  });
  test('a zero-width space in a field name', () => {
    expect(validate(borough('high', 'le\u200bvel'), schema).problems.map(formatProblem).join('\n')).toMatchInlineSnapshot(`"content/assessments/r/x.yaml:10:5  ratings.cpd.le\\u200bvel  "le\\u200bvel" is not a field here (did you mean "level"?): the third character is U+200B ZERO WIDTH SPACE (it takes no space on screen); allowed fields: level, evidence or spread"`);
  });
});

describe('MDX bodies, read by the MDX parser', () => {
  test('an unclosed tag is placed at its opening', () => {
    expect(mdx('The board <div>agreed.\n')).toMatchInlineSnapshot(`"content/pages/notes.mdx:8:11  body  <div> is opened here and never closed; add </div> in the same paragraph, or write <div /> if it holds nothing"`);
  });
  test('an unknown component', () => {
    expect(mdx('<Chart />\n')).toMatchInlineSnapshot(`"content/pages/notes.mdx:8:1  body  <Chart> is not a component the site provides; this kind of file uses no components: write Markdown"`);
  });
  test('a misspelt component in a board paper, and an unknown prop', () => {
    expect(mdx('<ParaRf to="x" /> and <Anchor name="x" />\n', BOARD_PAPER_COMPONENTS)).toMatchInlineSnapshot(`
      "content/pages/notes.mdx:8:1  body  <ParaRf> is not a component the site provides; this kind of file may use <ParaRef>, <Anchor> or <GridAnnex>
      content/pages/notes.mdx:8:31  body  "name" is not a property of <Anchor>; it takes id="…""
    `);
  });
  test('an expression is code and never runs', () => {
    expect(mdx('Two and two make {2+2}.\n')).toMatchInlineSnapshot(`"content/pages/notes.mdx:8:18  body  {2+2} is code, which would run when the site is built; content holds no code: remove the braces, or write \\{ to show a brace"`);
  });
  test('a prop in braces', () => {
    expect(mdx('<GridAnnex label={"A"} />\n', BOARD_PAPER_COMPONENTS)).toMatchInlineSnapshot(`"content/pages/notes.mdx:8:12  body  the value of "label" is in braces, which is code; content may not hold code: write it in quotes, like label="…""`);
  });
  test('a stray brace', () => {
    expect(mdx('Funding rose { by a third.\n')).toMatchInlineSnapshot(`"content/pages/notes.mdx:8:14  body  a "{" opens code that is never closed; content holds no code: to show a brace, write \\{"`);
  });
  test('a less-than sign before a digit', () => {
    expect(mdx('Pupils aged <16 were asked.\n')).toMatchInlineSnapshot(`"content/pages/notes.mdx:8:13  body  "<" followed by "1" is read as the start of a tag; to write a less-than sign, write \\< (for example "aged \\<16") or put it in words"`);
  });
  test('an HTML comment', () => {
    expect(mdx('<!-- check this -->\n')).toMatchInlineSnapshot(`"content/pages/notes.mdx:8:1  body  an HTML comment (<!-- … -->) cannot be read in an MDX file; delete it (the file is public, so a note to editors belongs in the pull request)"`);
  });
  test('code in a code block is only shown', () => {
    expect(mdx('```mdx\nimport X from "y"\n<script>{1}</script>\n```\n\nWrite `{x}` or `<Chart />`.\n')).toBe('');
  });
});

const CASE_FRONT = '---\ntitle: Notes\n---\n\n';
const md = (body: string) => read('content/case-studies/notes.md', CASE_FRONT + body);

describe('Markdown bodies: raw HTML is held to the MDX rules, read by an HTML tokenizer', () => {
  test('script, style and frames, in any case, and their contents only once', () => {
    expect(md('<SCRIPT>document.write("<b>")</SCRIPT>\n\nA <style>p{}</style> and <iframe src="https://x.example/"></iframe>.\n')).toMatchInlineSnapshot(`
      "content/case-studies/notes.md:5:1  body  a <script> element is not allowed in content: the site runs no script from content (its Content-Security-Policy forbids inline script)
      content/case-studies/notes.md:7:3  body  a <style> element is not allowed in content: styles live in src/site/site.css, not in content
      content/case-studies/notes.md:7:26  body  an <iframe> element is not allowed in content: it would load another site inside the page; link to it instead"
    `);
  });
  test('event handlers and links that run code, as raw HTML or as Markdown', () => {
    expect(md('<img src="a.png" alt="A" onError="x()"> [minutes](javascript:alert(1)) <a href="&#x6A;avascript:alert(2)">report</a>\n')).toMatchInlineSnapshot(`
      "content/case-studies/notes.md:5:41  body  the address of this link starts with "javascript:", which runs code when it is followed; content links only to pages and files (https://… or /…): link to the page instead
      content/case-studies/notes.md:5:26  body  "onError" is not allowed in content: an event-handler attribute is inline script, which the site forbids
      content/case-studies/notes.md:5:75  body  the href of <a> starts with "javascript:", which runs code when it is followed; content links only to pages and files (https://… or /…): link to the page instead"
    `);
  });
  test('a component, a comment and tags that do not close where they read', () => {
    expect(md('See <ParaRef to="next-steps" />.\n\n<!-- note -->\n\nThe board <div>agreed.\n\nDone </em>.\n')).toMatchInlineSnapshot(`
      "content/case-studies/notes.md:5:5  body  <ParaRef> is not a component the site provides; this kind of file uses no components: write Markdown
      content/case-studies/notes.md:7:1  body  an HTML comment (<!-- … -->) is hidden on the page but published in its source; delete it (a note to editors belongs in the pull request)
      content/case-studies/notes.md:9:11  body  <div> is opened here and never closed; add </div> in the same paragraph
      content/case-studies/notes.md:11:6  body  </em> closes a tag that is not open here; remove it, or open the tag in the same paragraph"
    `);
  });
  test('what is not HTML stays text: braces, less-than, import lines, code, escapes, and balanced or void tags', () => {
    expect(md('Aged <16, {2+2} and \\<b>.\n\nimport X from "y"\n\n`<script>` and <abbr title="Young People">YP</abbr><br>\n\n<details>\n<summary>More</summary>\n\n**Inside**.\n\n</details>\n')).toBe('');
  });
});

describe('what the checker passes in Markdown, the build shows as written', () => {
  test('a rule (---) first in the text would be read as more frontmatter and hide the text under it; further down it is a rule', () => {
    expect(md('---\n\nIntro.\n\n---\n\nMore.\n')).toMatchInlineSnapshot(`"content/case-studies/notes.md:5:1  body  a line of three dashes at the start of the text is read as more frontmatter, so the text down to the next such line would not be shown; remove this line, or put a sentence before it"`);
    expect(md('Intro.\n\n---\n\nMore.\n')).toBe('');
  });
  // Astro renders .md with Sätteri and these features (@astrojs/markdown-satteri): the checker parses with the same.
  const render = (body: string) => markdownToHtml(body, { features: { gfm: true, smartPunctuation: true } }).html;
  test('braces, a less-than sign, an import line and escaped tags read as their characters', () => {
    const body = 'Aged <16, {2+2} and \\<b> bold.\n\nimport X from "y"\n';
    expect(md(body)).toBe('');
    expect(render(body)).toMatchInlineSnapshot(`
      "<p>Aged &lt;16, {2+2} and &lt;b&gt; bold.</p>
      <p>import X from “y”</p>
      "
    `);
  });
});

describe('symbolic links are never read', () => {
  // A folder standing for the project, with a link of each kind; the outside file and folder are beside it.
  const base = mkdtempSync(join(tmpdir(), 'atlas-links-'));
  const root = join(base, 'project');
  mkdirSync(join(root, 'content', 'boroughs'), { recursive: true });
  mkdirSync(join(root, 'data'), { recursive: true });
  mkdirSync(join(base, 'elsewhere'));
  writeFileSync(join(base, 'secret.yaml'), 'name: Secret\n');
  writeFileSync(join(root, 'content', 'boroughs', 'borough-b.yaml'), 'name: Borough B\n');
  symlinkSync('../../../secret.yaml', join(root, 'content', 'boroughs', 'borough-s.yaml'));
  symlinkSync(join(base, 'elsewhere'), join(root, 'content', 'assessments'));
  symlinkSync('borough-s-draft.yaml', join(root, 'content', 'boroughs', 'borough-t.yaml'));
  symlinkSync('borough-b.yaml', join(root, 'content', 'boroughs', 'borough-u.yaml'));
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  test('each link is named, with where it leads, and only plain files are listed', () => {
    const { files, links } = listContentFiles(root);
    expect(files).toEqual(['content/boroughs/borough-b.yaml']);
    expect(links.map((l) => `${l.path}  ${linkMessage(l)}`).join('\n')).toMatchInlineSnapshot(`
      "content/assessments  is a symbolic link to a folder outside the project; the site never reads anything from outside content/ and data/, so put the folder itself here, not a link
      content/boroughs/borough-s.yaml  is a symbolic link to a file outside the project; the site never reads anything from outside content/ and data/, so put the file itself here, not a link
      content/boroughs/borough-t.yaml  is a symbolic link to "borough-s-draft.yaml", which does not exist; the site reads only real files, so put the file itself here, or delete the link
      content/boroughs/borough-u.yaml  is a symbolic link to content/boroughs/borough-b.yaml; the site reads only real files and folders, so put a copy of the file here, not a link"
    `);
  });
  test('the build refuses to load content while any link is there', () => {
    expect(() => refuseContentLinks(root)).toThrow(/content\/boroughs\/borough-s\.yaml {2}is a symbolic link to a file outside the project/);
    rmSync(join(root, 'content', 'assessments'));
    for (const name of ['borough-s', 'borough-t', 'borough-u']) rmSync(join(root, 'content', 'boroughs', `${name}.yaml`));
    expect(() => refuseContentLinks(root)).not.toThrow();
  });
});

describe('evidence has one limit per answer', () => {
  const schema = assessmentSchema(['cpd']);
  const withEvidence = (length: number) =>
    validate(parseSourceFile('content/assessments/r/x.yaml', `date: 2026\nsource: S\nratings:\n  cpd:\n    level: high\n    evidence: ${'a'.repeat(length)}\n`), schema).problems.map(formatProblem).join('\n');
  test(`${EVIDENCE_MAX_LENGTH} characters are accepted`, () => {
    expect(withEvidence(EVIDENCE_MAX_LENGTH)).toBe('');
  });
  test('one more is refused, with its length and the limit', () => {
    expect(withEvidence(EVIDENCE_MAX_LENGTH + 1)).toMatchInlineSnapshot(`"content/assessments/r/x.yaml:6:15  ratings.cpd.evidence  is 1,501 characters long, over the limit of 1,500 for one answer's evidence; shorten it by 1 character"`);
  });
});

describe('where a file belongs', () => {
  const rounds = ['ioe-2012-13', 'self-assessment-2026-27'];
  const profile = { name: 'Borough S', slug: 'borough-s', anonymised: false };
  const assessment = { date: '2026-11', source: 'S', ratings: {} };
  test('profiles, assessments and extensions', () => {
    expect(
      [
        misplacedMessage('content/borough-s.yaml', profile, rounds),
        misplacedMessage('content/assessments/borough-s.yaml', assessment, rounds),
        misplacedMessage('content/assessments/self-assessment-2026-27/borough-s.yml', assessment, rounds),
        misplacedMessage('content/assessments/self-assessment-2026-27/extra/borough-s.yaml', assessment, rounds),
        misplacedMessage('content/self-assessment/borough-s.yaml', assessment, rounds),
        wrongKindMessage('assessment', 'content/assessments/self-assessment-2026-27/borough-s.yaml', profile, rounds),
        wrongKindMessage('borough', 'content/boroughs/borough-s.yaml', assessment, rounds),
      ].join('\n'),
    ).toMatchInlineSnapshot(`
      "has the fields of a borough profile (name, slug, anonymised), and profiles go in content/boroughs/; move it to content/boroughs/borough-s.yaml
      is not in a round's folder: an assessment goes in content/assessments/<round id>/borough-s.yaml (the rounds are ioe-2012-13 or self-assessment-2026-27)
      the site does not read ".yml" files here: assessments end in .yaml; rename it to borough-s.yaml
      is not straight inside a round's folder: an assessment goes in content/assessments/<round id>/borough-s.yaml (the rounds are ioe-2012-13 or self-assessment-2026-27)
      has the fields of an assessment (date, source, ratings), and assessments go in content/assessments/<round id>/borough-s.yaml (the rounds are ioe-2012-13 or self-assessment-2026-27)
      has the fields of a borough profile (name, slug, anonymised), and profiles go in content/boroughs/; move it to content/boroughs/borough-s.yaml
      has the fields of an assessment (date, source, ratings), and assessments go in content/assessments/<round id>/borough-s.yaml (the rounds are ioe-2012-13 or self-assessment-2026-27)"
    `);
  });
  test('a profile in the old layout is told where its ratings now live', () => {
    const old = { ...profile, assessment: { round: 'ioe-2012-13' }, ratings: {} };
    expect([movedFieldMessage('ratings', 'borough-s', old, rounds), movedFieldMessage('assessment', 'borough-s', { ...profile, ratings: {} }, rounds)].join('\n')).toMatchInlineSnapshot(`
      ""ratings" is not a field of a borough profile: ratings now live in one file per round, content/assessments/ioe-2012-13/borough-s.yaml; move them there
      "assessment" is not a field of a borough profile: an assessment's date and source now live beside its ratings, in content/assessments/<round id>/borough-s.yaml (the rounds are ioe-2012-13 or self-assessment-2026-27)"
    `);
  });
});

describe('sample boroughs are assessed only in the round they reconstruct', () => {
  const rounds = [
    { id: 'ioe-2012-13', kind: 'research', published: 'extent-2013' },
    { id: 'self-assessment-2026-27', kind: 'self-assessment', open: true },
  ] as unknown as Round[];
  const loaded = <T>(path: string, data: T) => ({ file: parseSourceFile(path, JSON.stringify(data)), data });
  const boroughC = loaded('content/boroughs/borough-c.yaml', { name: 'Borough C', slug: 'borough-c', anonymised: true });
  const assess = (path: string, borough?: { name: string; anonymised: boolean }) => loaded(path, { date: '2026-11', source: 'S', ratings: {}, ...(borough ? { borough } : {}) });
  const check = (...files: ReturnType<typeof assess>[]) =>
    assessmentRules(files, ['content/assessments/ioe-2012-13/borough-c.yaml', ...files.map((f) => f.file.path)], rounds, [boroughC], ['borough-c']).map(formatProblem).join('\n');

  test('in its research round it is assessed as ever', () => {
    expect(check(assess('content/assessments/ioe-2012-13/borough-c.yaml'))).toBe('');
  });
  test('in a self-assessment, with or without a borough: block, it is refused and the block is not blamed', () => {
    expect(check(assess('content/assessments/self-assessment-2026-27/borough-c.yaml', { name: 'Borough C', anonymised: false }))).toMatchInlineSnapshot(`"content/assessments/self-assessment-2026-27/borough-c.yaml:1:1  -  Borough C is an anonymised sample borough: sample boroughs are reconstructions of the counts published for ioe-2012-13, so nobody can assess one in self-assessment-2026-27; assess your real borough under its own name instead, in content/assessments/self-assessment-2026-27/<its slug>.yaml"`);
  });
  test("a new borough may not take a sample borough's name, nor be anonymised, and a near miss is never pointed at a sample", () => {
    expect(
      check(
        assess('content/assessments/self-assessment-2026-27/borough-t.yaml', { name: 'borough c', anonymised: true }),
        assess('content/assessments/self-assessment-2026-27/borough-cc.yaml'),
      ),
    ).toMatchInlineSnapshot(`
      "content/assessments/self-assessment-2026-27/borough-t.yaml:1:88  borough.anonymised  a borough that assesses itself is not anonymised: anonymised boroughs are reconstructions of the counts published for ioe-2012-13, so nobody can assess one; state your real borough under its own name, with anonymised: false
      content/assessments/self-assessment-2026-27/borough-t.yaml:1:63  borough.name  "borough c" is already the name of content/boroughs/borough-c.yaml, an anonymised sample borough; every borough needs its own name, so state your borough under its real name
      content/assessments/self-assessment-2026-27/borough-cc.yaml:1:1  -  "borough-cc" is not a borough in content/boroughs/ (did you mean "borough-t"?); name the file after a borough's slug, add its profile with npm run new:borough, or (for a first self-assessment) add a borough: block with its name"
    `);
  });
});
