import { MotcuaError } from './motcua-error.js';

/**
 * A period report's counts break one of its identities (carried over + received = finished + in
 * progress + removed; early + on time + late = finished; within + overdue = in progress). This
 * means corrupted or hand-edited state: the report refuses to print numbers that do not add up.
 * @example
 * const zero = createReportAccumulator({ from: '2025-07-01', to: '2025-09-30' }).result().total.counts;
 * try {
 *   // Hand-edited counts: 10 received and finished, but 3 + 5 + 1 ≠ 10.
 *   assertReportIdentities({ ...zero, received: 10, receivedInPerson: 10, finished: 10, early: 3, onTime: 5, late: 1 });
 * } catch (error) {
 *   if (!(error instanceof MotcuaError && error.code === 'REPORT_IDENTITY')) throw error;
 *   (error as ReportIdentityError).identity; // 'finished-split'
 * }
 */
export class ReportIdentityError extends MotcuaError {
  readonly code = 'REPORT_IDENTITY';
  constructor(
    /** The identity's id, e.g. `finished-split`. */
    readonly identity: string,
    /** The left side's value. */
    readonly left: number,
    /** The right side's value. */
    readonly right: number,
    /** Where: the group key, e.g. `['groups', '["UBND xã A"]']`. */
    path: readonly (string | number)[] = [],
  ) {
    super(`Report identity ${identity} fails: ${left} ≠ ${right} (gap ${left - right})`, path);
  }
}
