import { MotcuaError } from './motcua-error.js';
import { describe } from './invalid-day-error.js';

/**
 * An answer that is not one of the levels its question allows — e.g. 3 points for a 2018 index
 * (0, 1 or 2 only), or `'hai long'` for a three-level question.
 * @example
 * try {
 *   scoreEvaluation({ '1': 3 }); // a 2018 index scores 0, 1 or 2
 * } catch (error) {
 *   if (!(error instanceof MotcuaError && error.code === 'INVALID_ANSWER')) throw error;
 *   (error as InvalidAnswerError).allowed; // [2, 1, 0]
 * }
 */
export class InvalidAnswerError extends MotcuaError {
  readonly code = 'INVALID_ANSWER';
  constructor(
    /** The question's key, e.g. `'1'` for the first 2018 index. */
    readonly key: string,
    /** The rejected answer, as given. */
    readonly input: unknown,
    /** The answers the question allows. */
    readonly allowed: readonly (string | number)[],
    path: readonly (string | number)[] = [],
  ) {
    super(
      `Answer ${describe(input)} is not allowed for ${JSON.stringify(key)} (allowed: ${allowed.map((a) => JSON.stringify(a)).join(', ')})`,
      path,
    );
  }
}
