import { MotcuaError } from './motcua-error.js';

/**
 * A period report's counts break one of its identities (carried over + received = finished + in
 * progress + removed; early + on time + late = finished; within + overdue = in progress). This
 * means corrupted or hand-edited state: the report refuses to print numbers that do not add up.
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
