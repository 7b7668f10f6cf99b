import { MotcuaError } from './motcua-error.js';
import { describe } from './invalid-day-error.js';

/**
 * An answer that is not one of the levels its question allows — e.g. 3 points for a 2018 index
 * (0, 1 or 2 only), or `'hai long'` for a three-level question.
 */
export class InvalidAnswerError extends MotcuaError {
  readonly code = 'INVALID_ANSWER';
  constructor(
    readonly key: string,
    readonly input: unknown,
    readonly allowed: readonly (string | number)[],
    path: readonly (string | number)[] = [],
  ) {
    super(
      `Answer ${describe(input)} is not allowed for ${JSON.stringify(key)} (allowed: ${allowed.map((a) => JSON.stringify(a)).join(', ')})`,
      path,
    );
  }
}
