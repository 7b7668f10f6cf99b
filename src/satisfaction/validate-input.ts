import * as z from 'zod/mini';
import { InvalidInputError, type InputIssue } from '../errors/invalid-input-error.js';

/**
 * `validate` for the satisfaction inputs, with two additions: the issues' paths are prefixed by
 * where the value sits in a larger input (`path`, e.g. a line number), and an unknown key of a
 * strict object is reported as its own issue naming the key (`answer: unknown field`), where zod
 * would say only "Invalid input" at the parent. Internal.
 */
export function validateInput<T extends z.ZodMiniType>(schema: T, value: unknown, what: string, path: readonly (string | number)[] = []): z.output<T> {
  const result = z.safeParse(schema, value);
  if (result.success) return result.data;
  const issues: InputIssue[] = [];
  for (const issue of result.error.issues) {
    const at = [...path, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    if (issue.code === 'unrecognized_keys') for (const key of issue.keys) issues.push({ path: [...at, key], message: 'unknown field' });
    else issues.push({ path: at, message: issue.message });
  }
  throw new InvalidInputError(what, issues);
}
