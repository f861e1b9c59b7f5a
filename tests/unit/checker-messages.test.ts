// The checker's own sentences for what the build's readers refuse, pinned inline as Starlight pins its error map:
// never a library's wording, and invisible or look-alike characters named.
import { describe, expect, test } from 'vitest';
import { bodyRules } from '../../src/checker/mdx-rules.ts';
import { formatProblem } from '../../src/checker/problem.ts';
import { parseSourceFile } from '../../src/checker/source-file.ts';
import { validate } from '../../src/checker/validate.ts';
import { BOARD_PAPER_COMPONENTS } from '../../src/registry/kinds.ts';
import { boroughSchema } from '../../src/schemas/borough.ts';
import { sourcesSchema } from '../../src/schemas/sources.ts';

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
  const schema = boroughSchema(['cpd']);
  const borough = (level: string, key = 'level') => parseSourceFile('content/boroughs/x.yaml', `name: X\nslug: x\nanonymised: false\nassessment:\n  round: r\n  date: 2026\n  source: S\nratings:\n  cpd:\n    ${key}: ${level}\n`);
  test('a Cyrillic letter in a level', () => {
    expect(validate(borough('h\u0456gh'), schema).problems.map(formatProblem).join('\n')).toMatchInlineSnapshot(`"content/boroughs/x.yaml:10:12  ratings.cpd.level  "h\\u0456gh" is not a level; expected low, medium, high or not-mentioned (did you mean "high"?): the second character is U+0456 CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I, not "i""`);
  });
  test('a zero-width space in a field name', () => {
    expect(validate(borough('high', 'le\u200bvel'), schema).problems.map(formatProblem).join('\n')).toMatchInlineSnapshot(`"content/boroughs/x.yaml:10:5  ratings.cpd.le\\u200bvel  "le\\u200bvel" is not a field here (did you mean "level"?): the third character is U+200B ZERO WIDTH SPACE (it takes no space on screen); allowed fields: level or evidence"`);
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
