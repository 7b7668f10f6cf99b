import * as z from 'zod/mini';
import { InvalidInputError } from './invalid-input-error.js';

/**
 * Validates `value` against a zod schema at a public boundary and returns the parsed value, or
 * throws `InvalidInputError` listing every issue with its path. The core uses `zod/mini` to keep
 * the browser bundle small.
 */
export function validate<T extends z.ZodMiniType>(schema: T, value: unknown, what: string): z.output<T> {
  const result = z.safeParse(schema, value);
  if (result.success) return result.data;
  throw new InvalidInputError(
    what,
    result.error.issues.map((issue) => ({
      path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
      message: issue.message,
    })),
  );
}
