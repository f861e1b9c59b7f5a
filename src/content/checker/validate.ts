// Runs a Zod schema over a parsed file and places each issue on the line and column it is about.
import type { z } from 'astro/zod';
import { didYouMean, issueMessage, unknownKeyMessage, type IssueContext } from './error-map.ts';
import type { Problem } from './problem.ts';
import { problemAtPath, type SourceFile } from './source-file.ts';

type AnySchema = z.ZodType;
type Def = { type: string; shape?: Record<string, AnySchema>; innerType?: AnySchema; element?: AnySchema; valueType?: AnySchema; out?: AnySchema; in?: AnySchema };

/** The field names the schema allows at a path, so an unknown field can be answered with the right list. */
export function allowedKeysAt(schema: AnySchema, path: readonly PropertyKey[]): string[] {
  let current: AnySchema | undefined = schema;
  const step = (s: AnySchema | undefined): Def | undefined => (s as unknown as { _zod?: { def: Def } })?._zod?.def;
  const unwrap = (s: AnySchema | undefined): AnySchema | undefined => {
    let def = step(s);
    while (def && ['optional', 'nullable', 'default', 'pipe', 'readonly'].includes(def.type)) {
      s = def.type === 'pipe' ? def.out : def.innerType;
      def = step(s);
    }
    return s;
  };
  for (const seg of path) {
    const def = step(unwrap(current));
    if (!def) return [];
    if (def.type === 'object') current = def.shape?.[String(seg)];
    else if (def.type === 'array') current = def.element;
    else if (def.type === 'record') current = def.valueType;
    else return [];
  }
  const def = step(unwrap(current));
  return def?.type === 'object' ? Object.keys(def.shape ?? {}) : [];
}

export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[seg as string];
  }
  return v;
}

export interface ValidateOptions {
  dimensionTitle?: IssueContext['dimensionTitle'] | undefined;
  movedField?: IssueContext['movedField'] | undefined;
}

export function validate<S extends AnySchema>(file: SourceFile, schema: S, options: ValidateOptions = {}): { data: z.infer<S> | undefined; problems: Problem[] } {
  const result = schema.safeParse(file.data);
  if (result.success) return { data: result.data, problems: [] };
  const problems: Problem[] = [];
  // A misspelt key makes its correct spelling "missing": that follows from the misspelling, so only the misspelling is reported.
  const misspelt = new Set<string>();
  for (const issue of result.error.issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const allowed = allowedKeysAt(schema, issue.path);
    for (const key of issue.keys) {
      const meant = /did you mean "([^"]+)"/.exec(didYouMean(key, allowed))?.[1];
      if (meant) misspelt.add(JSON.stringify([...issue.path, meant]));
    }
  }
  for (const issue of result.error.issues) {
    if (issue.code === 'invalid_type' || issue.code === 'invalid_value') {
      if (valueAt(file.data, issue.path) === undefined && misspelt.has(JSON.stringify(issue.path))) continue;
    }
    const path = issue.path as (string | number)[];
    const ctx: IssueContext = { value: valueAt(file.data, path), allowedKeys: allowedKeysAt(schema, path), ...options };
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push(problemAtPath(file, [...path, key], unknownKeyMessage(key, path, ctx), 'key'));
      }
    } else {
      problems.push(problemAtPath(file, path, issueMessage(issue, ctx)));
    }
  }
  return { data: undefined, problems };
}
