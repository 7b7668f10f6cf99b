import { MotcuaError } from './motcua-error.js';

/**
 * Two report accumulators (or states) cannot be merged: they were built with different settings
 * (definition, period, grouping, as-of moment), so their counts would mix.
 */
export class IncompatibleReportsError extends MotcuaError {
  readonly code = 'INCOMPATIBLE_REPORTS';
  constructor(
    readonly setting: string,
    readonly left: unknown,
    readonly right: unknown,
  ) {
    super(`Cannot merge period reports built with different ${setting}: ${JSON.stringify(left)} vs ${JSON.stringify(right)}`, [setting]);
  }
}
