import { MotcuaError } from './motcua-error.js';

/**
 * A day outside the range the calendar covers (1968-01-01 … 2100-12-31), or a walk that leaves it.
 * @example
 * try {
 *   rulesetFor('1960-01-01');
 * } catch (error) {
 *   if (!(error instanceof MotcuaError && error.code === 'OUT_OF_RANGE')) throw error;
 *   error.path; // ['receivedAt'] — before 1968, outside every rule set and the calendar
 * }
 */
export class OutOfRangeError extends MotcuaError {
  readonly code = 'OUT_OF_RANGE';
  constructor(message: string, path: readonly (string | number)[] = []) {
    super(message, path);
  }
}
