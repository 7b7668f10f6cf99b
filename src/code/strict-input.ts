/**
 * Boundary validation for the dossier-code module (and `motcua/postgres`): like `validate`, but an
 * unknown field is reported at its own path with the fields that are allowed — a misspelt
 * `sheme` or `allowOutsideValidty` must not be silently ignored. Runs only on slow paths.
 */
import * as z from 'zod/mini';
import { InvalidInputError, type InputIssue } from '../errors/invalid-input-error.js';

/** Edit distance, for "did you mean" (short strings only). */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] as number;
      row[j] = Math.min(above + 1, (row[j - 1] as number) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length] as number;
}

function unknownField(key: string, allowed: readonly string[]): string {
  const lower = key.toLowerCase();
  const near = allowed.find((k) => distance(lower, k.toLowerCase()) <= (k.length < 5 ? 1 : 2));
  return `unknown field ${JSON.stringify(key)}${near === undefined ? '' : ` (did you mean ${near}?)`}; allowed: ${allowed.join(', ')}`;
}

/** The field names of a `z.strictObject` schema. */
function fieldsOf(schema: z.ZodMiniType): readonly string[] {
  const shape = (schema as unknown as { def?: { shape?: Record<string, unknown> } }).def?.shape;
  return shape === undefined ? [] : Object.keys(shape);
}

/**
 * Validates `value` against `schema` (a `z.strictObject`, or an array of them) and returns the
 * parsed value, or throws `InvalidInputError` listing every problem with its path; each unknown
 * field is its own issue at its own path, naming the allowed fields.
 */
export function validateStrict<T extends z.ZodMiniType>(schema: T, value: unknown, what: string, objectSchema: z.ZodMiniType = schema): z.output<T> {
  const result = z.safeParse(schema, value);
  if (result.success) return result.data;
  const allowed = fieldsOf(objectSchema);
  const issues: InputIssue[] = [];
  for (const issue of result.error.issues) {
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) issues.push({ path: [...path, key], message: unknownField(key, allowed) });
    } else if (issue.code === 'invalid_type' && issue.message === 'Invalid input') {
      issues.push({ path, message: `expected ${issue.expected}` });
    } else {
      issues.push({ path, message: issue.message });
    }
  }
  throw new InvalidInputError(what, issues);
}
