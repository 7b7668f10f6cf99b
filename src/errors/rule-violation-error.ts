import type { Citation } from '../citation/citation.js';
import { MotcuaError } from './motcua-error.js';

/**
 * An event that is a legal transition but breaks a rule of the dossier's rule set (the single
 * extension, the supplementation window, …). Names the rule and its citation.
 * @example
 * const who = { unit: 'UBND xã A', officer: 'Lan' };
 * const dossier = replay([
 *   { type: 'accept', at: '2026-03-09T09:00', ...who, code: 'H01-260309-0001' },
 *   { type: 'extend', at: '2026-03-19T08:00', ...who, reason: 'Chờ xác minh', newAppointment: '2026-03-27T17:00' },
 * ], { procedure: '2.000488', field: 'Hộ tịch', unit: 'UBND xã A', limit: '10 ngày làm việc' });
 * try {
 *   applyEvent(dossier, { type: 'extend', at: '2026-03-25T08:00', ...who, reason: 'Chờ xác minh thêm', newAppointment: '2026-04-03T17:00' });
 * } catch (error) {
 *   if (!(error instanceof MotcuaError && error.code === 'RULE_VIOLATION')) throw error;
 *   (error as RuleViolationError).rule; // 'extension.maxCount' — a single new appointment
 *   (error as RuleViolationError).basis.article; // 'Art. 19(6), 12(5)'
 * }
 */
export class RuleViolationError extends MotcuaError {
  readonly code = 'RULE_VIOLATION';
  constructor(
    /** A stable rule id, e.g. `extension.maxCount`. */
    readonly rule: string,
    /** The legal basis of the rule broken. */
    readonly basis: Citation,
    message: string,
    path: readonly (string | number)[] = [],
  ) {
    super(
      `${message} (rule ${rule}: ${basis.source}${basis.article ? ` ${basis.article}` : ''} [${basis.mark}])`,
      path,
    );
  }
}
