// Turns parser and schema errors into sentences an officer can act on: what is wrong, what is allowed.
import { closest, distance } from 'fastest-levenshtein';
import type { z } from 'astro/zod';
import type { YAMLError } from 'yaml';
import { explainCharacters, quoteValue } from './characters.ts';

export function didYouMean(input: string, allowed: readonly string[]): string {
  if (allowed.length === 0) return '';
  const best = closest(input.toLowerCase(), [...allowed]);
  const limit = Math.max(2, Math.floor(best.length / 3));
  return distance(input.toLowerCase(), best) <= limit ? ` (did you mean "${best}"?)` : '';
}

export function listOr(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

export function describeValue(value: unknown): string {
  if (value === null) return 'empty';
  if (value === undefined) return 'missing';
  if (typeof value === 'string') return quoteValue(value);
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return `the date ${value.toISOString().slice(0, 10)}`;
  if (typeof value === 'object') return 'a group of fields';
  return String(value);
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'a group of fields (indented under this one)',
  array: 'a list (lines starting with "- ")',
  date: 'a date',
};

/** What kind of thing a field's value is, for "… is not a level" style messages. */
function noun(path: readonly PropertyKey[]): string {
  const last = String(path.at(-1) ?? '');
  if (last === 'level') return 'a level';
  if (last === 'model') return 'a partnership model';
  if (last === 'data') return 'a data setting';
  if (last === 'id' && path[0] === 'strands') return 'a strand';
  return 'an allowed value';
}

export interface IssueContext {
  /** The value the schema was given at the issue's path. */
  value: unknown;
  /** Field names a group allows, for unknown-field messages. */
  allowedKeys?: readonly string[];
  /** Special wording where the path is a rating of a grid dimension. */
  dimensionTitle?: ((id: string) => string | undefined) | undefined;
  /** A top-level field that has moved to another file, and where: the sentence to say instead. */
  movedField?: ((key: string) => string | undefined) | undefined;
}

export function issueMessage(issue: z.core.$ZodIssue, ctx: IssueContext): string {
  const path = issue.path;
  switch (issue.code) {
    case 'invalid_type': {
      if (ctx.value === undefined) {
        if (path[0] === 'ratings' && path.length === 2) {
          const title = ctx.dimensionTitle?.(String(path[1]));
          return `no rating for "${String(path[1])}"${title ? ` (${title})` : ''}; every borough rates every dimension: add it with level: not-mentioned if the evidence is silent`;
        }
        return `is missing; add this field`;
      }
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      return `must be ${expected}, not ${describeValue(ctx.value)}`;
    }
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      if (ctx.value === undefined) return `is missing; add it: ${listOr(allowed)}`;
      const shown = typeof ctx.value === 'string' ? ctx.value : String(ctx.value);
      return `${describeValue(ctx.value)} is not ${noun(path)}; expected ${listOr(allowed)}${didYouMean(shown, allowed)}${characters(shown)}`;
    }
    case 'unrecognized_keys':
      // Reported one key at a time by the caller; see unknownKeyMessage.
      return unknownKeyMessage(String(issue.keys[0]), path, ctx);
    case 'too_small':
      if (isCustom(issue.message)) return customOrDefault(issue.message, undefined);
      if (issue.origin === 'string') return issue.minimum === 1 ? 'must not be empty' : `must be at least ${issue.minimum} characters`;
      if (issue.origin === 'array') return `needs at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}`;
      return `must be ${issue.inclusive ? 'at least' : 'more than'} ${issue.minimum}`;
    case 'too_big':
      if (isCustom(issue.message)) return customOrDefault(issue.message, undefined);
      if (issue.origin === 'string') return `must be ${issue.maximum} characters or fewer`;
      if (issue.origin === 'array') return `must have at most ${issue.maximum} items`;
      return `must be ${issue.inclusive ? 'at most' : 'less than'} ${issue.maximum}`;
    case 'invalid_format':
      if (!isCustom(issue.message)) return `${describeValue(ctx.value)} ${FORMATS[issue.format] ?? `is not written as ${issue.format === 'regex' ? 'this field expects' : `a ${issue.format}`}`}`;
      return customOrDefault(issue.message, ctx.value);
    case 'custom':
      return customOrDefault(issue.message, ctx.value);
    default:
      // Never the library's own wording: name the value and say it does not fit.
      return `${describeValue(ctx.value)} is not a value this field takes`;
  }
}

const FORMATS: Record<string, string> = {
  url: 'must be a full web address starting https://',
  email: 'must be an email address, like "name@example.org"',
  date: 'must be a date written as YYYY-MM-DD',
};

/** Zod's own messages start like this; anything else was written in our schemas for authors. */
function isCustom(message: string): boolean {
  return !/^(Too (big|small)|Invalid|Expected)/.test(message);
}

function customOrDefault(message: string, value: unknown): string {
  // Our schemas word their own rules ("must be …"); prefix the offending value so it can be found.
  return value === undefined ? message : `${describeValue(value)} ${message}${typeof value === 'string' ? characters(value) : ''}`;
}

/** ": the second character is U+0456 …, not \"i\"" when a value holds a character that is not what it looks like. */
function characters(text: string): string {
  const why = explainCharacters(text);
  return why ? `: ${why}` : '';
}

export function unknownKeyMessage(key: string, parentPath: readonly PropertyKey[], ctx: IssueContext): string {
  const allowed = ctx.allowedKeys ?? [];
  if (parentPath.length === 1 && parentPath[0] === 'ratings') {
    return `${quoteValue(key)} is not a dimension of the grid${didYouMean(key, allowed)}${characters(key)}; dimension ids are listed in data/grid.yaml`;
  }
  const moved = parentPath.length === 0 ? ctx.movedField?.(key) : undefined;
  if (moved) return moved;
  const hint = didYouMean(key, allowed);
  return `${quoteValue(key)} is not a field here${hint}${characters(key)}; allowed fields: ${listOr(allowed)}`;
}

export const YAML_HINTS: Partial<Record<YAMLError['code'], string>> = {
  TAB_AS_INDENT: 'a tab is used for indenting; YAML needs spaces (replace the tab with two spaces)',
  BAD_INDENT: 'the indentation is wrong here: fields of the same group must start in the same column',
  MISSING_CHAR: 'a quote or bracket is opened and never closed',
  BLOCK_AS_IMPLICIT_KEY: 'a second "name: value" is on the same line; put each field on its own line, or quote a value that contains ": "',
  MULTILINE_IMPLICIT_KEY: 'a line without "name: value" form; every field needs a colon and a space after its name',
  UNEXPECTED_TOKEN: 'unexpected character; check the quotes, colons and dashes on this line',
  BAD_SCALAR_START: 'a value cannot start with this character; put the value in double quotes',
  BAD_ALIAS: 'a value starting with * is read as an alias; put the value in double quotes',
  DUPLICATE_KEY: 'appears more than once in the same group; keep one',
};

export function yamlErrorMessage(error: YAMLError, source: string): string {
  if (error.code === 'DUPLICATE_KEY') {
    const key = /^[^:\n]*/.exec(source.slice(error.pos[0]))?.[0].trim().replace(/^["']|["']$/g, '') ?? '';
    return `"${key}" ${YAML_HINTS.DUPLICATE_KEY}`;
  }
  const hint = YAML_HINTS[error.code];
  const detail = error.message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '');
  return hint ? `YAML syntax: ${hint}` : `YAML syntax: ${detail}`;
}
