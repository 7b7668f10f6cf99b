import { MotcuaError } from './motcua-error.js';

/**
 * Two evaluation summaries (or accumulators) cannot be merged because they were built with
 * different settings (scheme, grouping, period, rounding, derivation policy): their sums would mix.
 * @example
 * const byUnit = createEvaluationAccumulator({ groupBy: ['unit'] });
 * try {
 *   byUnit.merge(createEvaluationAccumulator());
 * } catch (error) {
 *   if (!(error instanceof MotcuaError && error.code === 'INCOMPATIBLE_SUMMARIES')) throw error;
 *   error.path; // ['groupBy']
 * }
 */
export class IncompatibleSummariesError extends MotcuaError {
  readonly code = 'INCOMPATIBLE_SUMMARIES';
  constructor(
    /** The setting that differs: `scheme`, `levelScheme`, `groupBy`, `period`, `policy` or `rounding`. */
    readonly setting: string,
    /** Its value on the left: the first summary, or the accumulator merged into. */
    readonly left: unknown,
    /** Its value on the right: the second summary, or the state being merged. */
    readonly right: unknown,
  ) {
    super(
      `Cannot merge evaluation summaries built with different ${setting}: ${JSON.stringify(left)} vs ${JSON.stringify(right)}`,
      [setting],
    );
  }
}
