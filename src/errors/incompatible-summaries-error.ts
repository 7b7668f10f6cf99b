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
    readonly setting: string,
    readonly left: unknown,
    readonly right: unknown,
  ) {
    super(
      `Cannot merge evaluation summaries built with different ${setting}: ${JSON.stringify(left)} vs ${JSON.stringify(right)}`,
      [setting],
    );
  }
}
