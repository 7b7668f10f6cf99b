import { MotcuaError } from './motcua-error.js';

/**
 * Two report accumulators (or states) cannot be merged: they were built with different settings
 * (definition, period, grouping, as-of moment; for handling times also the policy, time unit,
 * paused-time reading and office hours), or are of different kinds, so their counts would mix.
 * @example
 * const q3 = createReportAccumulator({ from: '2025-07-01', to: '2025-09-30' });
 * const q4 = createReportAccumulator({ from: '2025-10-01', to: '2025-12-31' });
 * try {
 *   q3.merge(q4.state());
 * } catch (error) {
 *   if (!(error instanceof MotcuaError && error.code === 'INCOMPATIBLE_REPORTS')) throw error;
 *   error.path; // ['from']
 * }
 */
export class IncompatibleReportsError extends MotcuaError {
  readonly code = 'INCOMPATIBLE_REPORTS';
  constructor(
    /** The setting that differs, e.g. `from`, `groupBy` (or `version` for a state of another format). */
    readonly setting: string,
    /** Its value in the accumulator merged into. */
    readonly left: unknown,
    /** Its value in the state being merged. */
    readonly right: unknown,
  ) {
    super(`Cannot merge period reports built with different ${setting}: ${JSON.stringify(left)} vs ${JSON.stringify(right)}`, [setting]);
  }
}
