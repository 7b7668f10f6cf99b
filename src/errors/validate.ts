import * as z from 'zod/mini';
import { InvalidInputError, type InputIssue } from './invalid-input-error.js';

/**
 * Validates `value` against a zod schema at a public boundary and returns the parsed value, or
 * throws `InvalidInputError` listing every issue with its path. An unknown field of a strict object
 * is its own issue at its own path (`stirct: unknown field`), where zod would name only the parent:
 * a misspelt option must not be silently ignored. The core uses `zod/mini` to keep the browser
 * bundle small.
 */
export function validate<T extends z.ZodMiniType>(schema: T, value: unknown, what: string): z.output<T> {
  const result = z.safeParse(schema, value);
  if (result.success) return result.data;
  const issues: InputIssue[] = [];
  for (const issue of result.error.issues) {
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    if (issue.code === 'unrecognized_keys') for (const key of issue.keys) issues.push({ path: [...path, key], message: 'unknown field' });
    else issues.push({ path, message: issue.message });
  }
  throw new InvalidInputError(what, issues);
}
