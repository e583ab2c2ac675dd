// Validates data read from a YAML file against a zod schema and says what is
// wrong in Dutch, one line per problem naming file, line and field:
// `content/sla/intramed-sla.mdx:88: hersteltijden.streeftijden[3].target.amount: verwacht een getal, gekregen tekst`.
import type { z } from 'zod';
import { closest } from './closest.ts';
import { dutchErrorMap } from './issue-text.ts';
import { knownKeysAt } from './schema-at.ts';
import type { FieldPath, YamlText } from './yaml-text.ts';

/** `hersteltijden.streeftijden[3].target`; keys that are not plain names are quoted (`map["Very High"]`). */
export function fieldPath(path: FieldPath): string {
  return path
    .map((key, i) => {
      if (typeof key === 'number') return `[${key}]`;
      if (/^[\p{L}_$][\p{L}\p{N}_$-]*$/u.test(key)) return i === 0 ? key : `.${key}`;
      return `[${JSON.stringify(key)}]`;
    })
    .join('');
}

interface Problem {
  path: FieldPath;
  message: string;
}

/** An unknown key is refused one by one, at its own line, with the closest known key when it is close. */
function unknownKeys(issue: z.ZodIssue & { keys: string[] }, schema: z.ZodTypeAny, data: unknown): Problem[] {
  const known = knownKeysAt(schema, data, issue.path);
  return issue.keys.map((key) => {
    const suggestion = closest(key, known);
    const hint = suggestion ? `bedoelt u "${suggestion}"?` : known.length ? `bekend zijn: ${known.join(', ')}` : '';
    return { path: [...issue.path, key], message: `onbekende sleutel${hint ? `; ${hint}` : ''}` };
  });
}

export type Validated<T> = { ok: true; value: T } | { ok: false; problems: string[] };

/**
 * Checks `source.data` against `schema`; on failure one Dutch line per problem.
 * `root` names the whole document where a problem has no field ("(frontmatter)").
 */
export function validate<S extends z.ZodTypeAny>(schema: S, source: YamlText, file: string, root: string): Validated<z.infer<S>> {
  const result = schema.safeParse(source.data, { errorMap: dutchErrorMap });
  if (result.success) return { ok: true, value: result.data };
  const problems = result.error.issues.flatMap((issue: z.ZodIssue) =>
    issue.code === 'unrecognized_keys' ? unknownKeys(issue, schema, source.data) : [{ path: issue.path, message: issue.message }],
  );
  return {
    ok: false,
    problems: problems.map(({ path, message }) => {
      const line = source.lineOf(path);
      return `${file}${line === undefined ? '' : `:${line}`}: ${path.length ? fieldPath(path) : root}: ${message}`;
    }),
  };
}
