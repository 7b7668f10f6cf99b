import type { Citation } from '../citation/citation.js';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { typeName } from '../errors/type-name.js';
import { checkOptionFields } from '../errors/unknown-field.js';
import { formatDay, formatMoment } from '../time/format.js';
import { parseMoment, type MomentInput } from '../time/parse.js';
import { dayOfMoment } from '../time/moment.js';
import type { Deadline } from './deadline.js';
import { WorkingClock } from './working-clock.js';

/** When the apology and new appointment (xin lỗi và hẹn lại / gia hạn) may be issued. */
export type ApologyWindow =
  | {
      /** The apology is due before the appointment. */
      readonly timing: 'before-due';
      /** Last day (`YYYY-MM-DD`) to issue it: `noticeDays` working days before the due day. */
      readonly latestDay: string;
      /**
       * Whether that day is on or after the receipt day. `false` when the limit is shorter than the
       * notice (a "trong ngày" or few-hours limit): no extension can be issued in time, and
       * `latestDay` lies before the dossier was received.
       */
      readonly possible: boolean;
      /** The rule's basis (the rule set's `extension.noticeDays`). */
      readonly basis: Citation;
    }
  | {
      /** The apology is issued once the appointment has passed. */
      readonly timing: 'after-due';
      /** The appointment (`YYYY-MM-DDTHH:mm:ss+07:00`), from which it may be issued. */
      readonly earliestAt: string;
      /** The rule's basis (the rule set's `extension.timing`). */
      readonly basis: Citation;
    };

/**
 * The window for the single extension under the deadline's rule set: by default no later than
 * `noticeDays` working days before the due day (Decree 61/2018 Art. 19(9), Decree 118/2025 Art.
 * 19(6) [P]: "at least 1 day before"); for `after-due` rule sets, once the appointment has passed
 * (Decree 297/2025 Art. 6(5) [P]).
 * @example
 * const deadline = computeDeadline({ receivedAt: '2025-08-28T16:10', limit: '3 ngày làm việc' }); // due 2025-09-04 17:00
 * apologyWindow(deadline).timing // 'before-due'
 * apologyWindow(deadline) // { timing: 'before-due', latestDay: '2025-09-03', possible: true, basis: { source: 'Decree 118/2025/NĐ-CP', article: 'Art. 19(6)', mark: 'P' } }
 * apologyWindow(computeDeadline({ receivedAt: '2025-08-28T10:00', limit: 'trong ngày' })).possible // false — latestDay 2025-08-27, before the receipt
 */
export function apologyWindow(deadline: Deadline): ApologyWindow {
  const { timing, noticeDays } = deadline.ruleset.extension;
  if (timing.value === 'after-due') {
    return Object.freeze({ timing: 'after-due', earliestAt: formatMoment(deadline.dueMs), basis: timing.basis });
  }
  const latest = deadline.calendar.days.addWorkingDays(deadline.dueDayNumber, -noticeDays.value);
  const possible = latest >= dayOfMoment(deadline.receivedMs);
  return Object.freeze({ timing: 'before-due', latestDay: formatDay(latest), possible, basis: noticeDays.basis });
}

/** The status dashboards show for a running dossier. */
export type DeadlineStatus = 'on-track' | 'due-soon' | 'overdue';

/** Options of `deadlineStatus` and `remainingTime`. */
export interface StatusOptions {
  /** `due-soon` when at most this many working hours remain (default 8). Portals show "sắp trễ" [X]. */
  readonly dueSoonWorkingHours?: number;
}

const STATUS_FIELDS: readonly (keyof StatusOptions)[] = Object.freeze(['dueSoonWorkingHours']);

const clocks = new WeakMap<Deadline, WorkingClock>();
function clockOf(deadline: Deadline): WorkingClock {
  let clock = clocks.get(deadline);
  if (!clock) clocks.set(deadline, (clock = new WorkingClock(deadline.calendar.days, deadline.officeHours)));
  return clock;
}

/**
 * The remaining time until the appointment at a moment, in working time, as portals display it
 * ("còn 0 ngày 1 giờ"; "quá hạn 1 ngày 2 giờ" once past) [X].
 * @example
 * const deadline = computeDeadline({ receivedAt: '2025-08-28T16:10', limit: '3 ngày làm việc' }); // due 2025-09-04 17:00
 * remainingTime(deadline, '2025-09-04T16:00').text // 'còn 0 ngày 1 giờ'
 * remainingTime(deadline, '2025-09-05T09:00').text // 'quá hạn 0 ngày 2 giờ' — 07:00 to 09:00 the next morning
 */
export function remainingTime(deadline: Deadline, at: MomentInput): {
  /** Whether the appointment has passed at `at`. */
  readonly overdue: boolean;
  /** Working minutes left until the appointment; negative once overdue. */
  readonly workingMinutes: number;
  /** Whole working days (of `hoursPerWorkingDay` hours) in the remaining or overdue time. */
  readonly days: number;
  /** Hours beyond those days. */
  readonly hours: number;
  /** Minutes beyond those hours. */
  readonly minutes: number;
  /** As portals show it: `còn 0 ngày 1 giờ`, or `quá hạn 1 ngày 2 giờ` once past (minutes added when not 0). */
  readonly text: string;
} {
  const atMs = parseMoment(at, ['at']);
  const clock = clockOf(deadline);
  const signed = Math.round(clock.workingMinutesBetween(atMs, deadline.dueMs));
  const overdue = atMs > deadline.dueMs;
  const total = Math.abs(signed);
  const perDay = deadline.hoursPerWorkingDay * 60;
  const days = Math.floor(total / perDay);
  const hours = Math.floor((total % perDay) / 60);
  const minutes = total % 60;
  const text = `${overdue ? 'quá hạn' : 'còn'} ${days} ngày ${hours} giờ${minutes ? ` ${minutes} phút` : ''}`;
  return Object.freeze({ overdue, workingMinutes: overdue ? -total : total, days, hours, minutes, text });
}

/**
 * The status of a running dossier at a moment: `overdue` once the appointment has passed,
 * `due-soon` within `dueSoonWorkingHours` working hours of it, else `on-track` (portals' "sắp
 * trễ hạn" [X]).
 * @example
 * const deadline = computeDeadline({ receivedAt: '2025-08-28T16:10', limit: '3 ngày làm việc' }); // due 2025-09-04 17:00
 * deadlineStatus(deadline, '2025-08-29T10:00') // 'on-track'
 * deadlineStatus(deadline, '2025-09-04T10:00') // 'due-soon' — 5 working hours left (threshold 8)
 * deadlineStatus(deadline, '2025-09-04T17:01') // 'overdue'
 * deadlineStatus(deadline, '2025-09-04T10:00', { dueSoonWorkingHours: 4 }) // 'on-track' — 5 hours left, more than 4
 * deadlineStatus(deadline, '2025-09-04T10:00', { dueSoonWorkingHour: 4 } as StatusOptions) // throws INVALID_INPUT — unknown field (did you mean dueSoonWorkingHours?)
 * deadlineStatus(deadline, '2025-09-04T10:00', null as never) // throws INVALID_INPUT — expected an object of options { dueSoonWorkingHours? }, got null
 */
export function deadlineStatus(deadline: Deadline, at: MomentInput, options: StatusOptions = {}): DeadlineStatus {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new InvalidInputError('status options', [{ path: [], message: `expected an object of options { dueSoonWorkingHours? }, got ${typeName(options)}` }]);
  }
  checkOptionFields(options, STATUS_FIELDS, 'status options');
  const threshold = options.dueSoonWorkingHours ?? 8;
  if (!(threshold >= 0) || !Number.isFinite(threshold)) {
    throw new InvalidInputError('status options', [{ path: ['dueSoonWorkingHours'], message: `expected a number ≥ 0, got ${String(threshold)}` }]);
  }
  const atMs = parseMoment(at, ['at']);
  if (atMs > deadline.dueMs) return 'overdue';
  return clockOf(deadline).workingMinutesBetween(atMs, deadline.dueMs) <= threshold * 60 ? 'due-soon' : 'on-track';
}
