import { MotcuaError } from './motcua-error.js';
import { describeValue } from './describe-value.js';

/**
 * A moment input that is not a real instant (e.g. `2025-08-28T24:61`, `NaN`, an unparseable string).
 * @example
 * try {
 *   parseMoment('2025-08-28T24:61');
 * } catch (error) {
 *   if (!(error instanceof MotcuaError && error.code === 'INVALID_MOMENT')) throw error;
 *   (error as InvalidMomentError).input; // '2025-08-28T24:61'
 * }
 */
export class InvalidMomentError extends MotcuaError {
  readonly code = 'INVALID_MOMENT';
  constructor(
    /** The rejected input, as given. */
    readonly input: unknown,
    reason = 'expected YYYY-MM-DDTHH:mm[:ss] (Vietnamese time), an ISO string with an offset, a Date, or epoch milliseconds',
    path: readonly (string | number)[] = [],
  ) {
    super(`Not a moment: ${describeValue(input)} (${reason})`, path);
  }
}
