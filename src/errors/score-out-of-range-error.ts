import { MotcuaError } from './motcua-error.js';

/**
 * A score outside the range a band set covers (`[0, max]`), or not a finite number.
 * @example
 * try {
 *   bandOf(19, bandSets.tt01_2018_unit); // the 2018 unit score is out of 18
 * } catch (error) {
 *   if (!(error instanceof MotcuaError && error.code === 'SCORE_OUT_OF_RANGE')) throw error;
 *   (error as ScoreOutOfRangeError).max; // 18
 * }
 */
export class ScoreOutOfRangeError extends MotcuaError {
  readonly code = 'SCORE_OUT_OF_RANGE';
  constructor(
    /** The rejected score, as given. */
    readonly score: unknown,
    /** Lowest score the band set covers (0). */
    readonly min: number,
    /** Highest score the band set covers (its `max`). */
    readonly max: number,
    path: readonly (string | number)[] = [],
  ) {
    super(`Score ${String(score)} is outside [${min}, ${max}]`, path);
  }
}
