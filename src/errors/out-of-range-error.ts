import { MotcuaError } from './motcua-error.js';

/** A day outside the range the calendar covers (1968-01-01 … 2100-12-31), or a walk that leaves it. */
export class OutOfRangeError extends MotcuaError {
  readonly code = 'OUT_OF_RANGE';
  constructor(message: string, path: readonly (string | number)[] = []) {
    super(message, path);
  }
}
