import { MotcuaError } from './motcua-error.js';
import { describeValue } from './describe-value.js';

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
 * try {
 *   scoreEvaluation({ '1': '2' } as Answers); // a string where the index takes a number
 * } catch (error) {
 *   if (!(error instanceof InvalidAnswerError)) throw error;
 *   error.message; // 'answers.1: Answer "2" for "1" is a string where a number is expected (write 2, not "2"); allowed: 2, 1, 0'
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
    super(answerMessage(key, input, allowed), path);
  }
}

/** Says a string was given where a number is expected (or the reverse) when the answer is one of the levels in the other type, else that it is not one of the levels. */
function answerMessage(key: string, input: unknown, allowed: readonly (string | number)[]): string {
  const list = allowed.map((a) => JSON.stringify(a)).join(', ');
  const kind = typeof input;
  const same = kind === 'string' || kind === 'number' ? allowed.find((a) => typeof a !== kind && String(a) === String(input)) : undefined;
  if (same !== undefined) {
    return `Answer ${describeValue(input)} for ${JSON.stringify(key)} is a ${kind} where a ${typeof same} is expected (write ${JSON.stringify(same)}, not ${describeValue(input)}); allowed: ${list}`;
  }
  return `Answer ${describeValue(input)} is not allowed for ${JSON.stringify(key)} (allowed: ${list})`;
}
