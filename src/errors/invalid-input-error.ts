import { MotcuaError } from './motcua-error.js';

/** One problem found while validating an input object. */
export interface InputIssue {
  /** Where in the input object the problem is, e.g. `['limit', 'value']`; empty for the whole object. */
  readonly path: readonly (string | number)[];
  /** What is wrong there, in a sentence (without the path). */
  readonly message: string;
}

/**
 * An input object failed validation at the public boundary; `issues` lists every problem with its path.
 * @example
 * try {
 *   computeDeadline({ receivedAt: '2025-08-28T16:10', limit: { value: -1, unit: 'working-days' } });
 * } catch (error) {
 *   if (!(error instanceof MotcuaError && error.code === 'INVALID_INPUT')) throw error;
 *   (error as InvalidInputError).issues.map((issue) => issue.path); // [['limit']]
 * }
 */
export class InvalidInputError extends MotcuaError {
  readonly code = 'INVALID_INPUT';
  constructor(
    /** What was validated, e.g. `deadline input`, `office hours` (the message starts `Invalid <what>:`). */
    readonly what: string,
    /** Every problem found, in input order; the first gives the error's `path`. */
    readonly issues: readonly InputIssue[],
  ) {
    const first = issues[0];
    super(
      `Invalid ${what}: ` +
        issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; '),
      first ? first.path : [],
      false,
    );
  }
}
