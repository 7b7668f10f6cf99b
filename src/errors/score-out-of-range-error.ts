import { MotcuaError } from './motcua-error.js';

/** A score outside the range a band set covers (`[0, max]`), or not a finite number. */
export class ScoreOutOfRangeError extends MotcuaError {
  readonly code = 'SCORE_OUT_OF_RANGE';
  constructor(
    readonly score: unknown,
    readonly min: number,
    readonly max: number,
    path: readonly (string | number)[] = [],
  ) {
    super(`Score ${String(score)} is outside [${min}, ${max}]`, path);
  }
}
