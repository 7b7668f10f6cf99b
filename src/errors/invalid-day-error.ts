import { describeValue } from './describe-value.js';
import { MotcuaError } from './motcua-error.js';

/**
 * A day input that is not a real calendar day (e.g. `2025-02-29`, `NaN`, a malformed string).
 * @example
 * try {
 *   parseDay('2025-02-29');
 * } catch (error) {
 *   if (!(error instanceof MotcuaError && error.code === 'INVALID_DAY')) throw error;
 *   error.message; // 'Not a calendar day: "2025-02-29" (2025-02-29 is not a real calendar date)'
 * }
 */
export class InvalidDayError extends MotcuaError {
  readonly code = 'INVALID_DAY';
  constructor(
    /** The rejected input, as given. */
    readonly input: unknown,
    reason = 'expected YYYY-MM-DD, a Date, or epoch milliseconds',
    path: readonly (string | number)[] = [],
  ) {
    super(`Not a calendar day: ${describeValue(input)} (${reason})`, path);
  }
}
