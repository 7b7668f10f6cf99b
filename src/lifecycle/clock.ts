import type { Deadline } from '../deadline/deadline.js';
import { WorkingClock } from '../deadline/working-clock.js';
import type { DayNumber } from '../time/day-number.js';
import { dayOfMoment, momentAt, MS_PER_DAY, MS_PER_MINUTE, type EpochMs } from '../time/moment.js';

/**
 * The verdict on one finish against one due moment — early / on time / late (trước hạn / đúng hạn
 * / trễ hạn) — as the lifecycle gives it for a step or a control-sheet row. Not the metrics
 * module's `Timeliness`, which also classifies dossiers in progress.
 */
export type StepVerdict = 'early' | 'on-time' | 'late';

/** A span during which the dossier waited for the applicant (supplement or payment). */
export interface PauseSpan {
  /** What the applicant was asked for: a supplement (`supplementation`, Decree 61/2018 Art. 19(4), Decree 118/2025 Art. 19(5)) or the financial obligations (`payment`). */
  readonly kind: 'supplementation' | 'payment';
  /** The request's moment. */
  readonly from: EpochMs;
  /**
   * The moment the wait ended: the supplement or payment arrived, or the dossier finished while
   * waiting (withdrawn, stopped, closed unsupplemented: that moment). Absent while waiting.
   */
  readonly to?: EpochMs;
  /**
   * What the span did to the clock: moved the appointment (`pause`), restarted the limit
   * (`restart`), or nothing (`run`).
   */
  readonly effect: 'pause' | 'restart' | 'run';
  /** Present (true) when the dossier finished while waiting (withdrawn, stopped, closed unsupplemented): `to` is the finish. */
  readonly endedByFinish?: true;
  /** Working minutes inside the span (set when it closes). */
  readonly workingMinutes?: number;
  /**
   * How far the appointment moved, in ms (set when it closes): a `pause` span; and a `restart`
   * span ended by a finish (`endedByFinish`), which restarted nothing (nothing was completed) and
   * is excluded as a pause — the applicant's waiting time is never the agency's.
   */
  readonly shiftMs?: number;
}

/** One apology and new appointment. */
export interface ExtensionRecord {
  /** The id of the `extend` event that issued it. */
  readonly eventId: string;
  /** When the extension was issued (the event's moment), epoch ms. */
  readonly at: EpochMs;
  /** The appointment it replaced (the one in force when issued), epoch ms. */
  readonly fromDueMs: EpochMs;
  /** The new appointment (`newAppointment` of the event), epoch ms. */
  readonly toDueMs: EpochMs;
  /**
   * The moment a later restart of the limit (supplementation completed under a restart clock,
   * Decree 61/2018 Art. 19(4), Decree 118/2025 Art. 19(5)) replaced this appointment: the limit
   * runs again from the completion, so the restart's appointment is the one in force. The
   * extension stays counted against `maxExtensions` (one per dossier). Absent while in force.
   */
  readonly supersededAt?: EpochMs;
}

/**
 * The dossier's clock, derived from its events (`spec/deadline.md`, "Pauses and restarts"; "Late
 * dossiers"): the original appointment of the slip (kept for metrics), the current one after
 * restarts, pauses and the extension, and the counts metrics need.
 */
export interface DossierClock {
  /** When the online filing came in (event `submit`). */
  readonly submittedAt?: EpochMs;
  /** The receipt moment printed on the slip (event `accept`). */
  readonly receivedAt?: EpochMs;
  /** The appointment of the slip: never changes once accepted. */
  readonly originalDueMs?: EpochMs;
  /**
   * The appointment now in force (after restart, pause or extension; the last of them wins: a
   * restart after an extension replaces the extended appointment, see `ExtensionRecord.supersededAt`).
   */
  readonly currentDueMs?: EpochMs;
  /**
   * Calendar-day limits: the last day of the period of `currentDueMs` before it was rolled off a
   * day off (Civil Code 2015 Art. 148(5)), once a pause has shifted it; a later pause shifts this
   * day, then rolls off. Absent otherwise (then the day is recomputed from the limit).
   */
  readonly dueLastDay?: DayNumber;
  /** The slip's computation (with its trace): set once at acceptance, never changed by a restart. */
  readonly originalDeadline?: Deadline;
  /** The deadline computation in force: the slip's, or the last restart's after supplementation (the limit run again from the completion); absent before acceptance. */
  readonly deadline?: Deadline;
  /** Supplementation requests after acceptance (all counted: Decision 766 treats > 1 as late [X]). */
  readonly supplementRequests: number;
  /** Correction requests at the desk, before acceptance (the clock had not started). */
  readonly deskRequests: number;
  /** How many times the limit restarted after a completed supplementation (`supplementationClock: 'restart'`). */
  readonly restarts: number;
  /** Extensions issued (each in `extensionLog`), including any later replaced by a restart; checked against `maxExtensions`. */
  readonly extensions: number;
  /** Each extension: when it was issued, the appointment it replaced and the new one. */
  readonly extensionLog: readonly ExtensionRecord[];
  /** Every wait for the applicant (supplementation or payment), in order; the last is open (no `to`) while waiting. */
  readonly pauses: readonly PauseSpan[];
  /** Wall-clock ms of the spans that paused the clock (effect `pause`, closed spans). */
  readonly pausedMs: number;
  /** Working minutes of those spans. */
  readonly pausedWorkingMinutes: number;
  /** The `decide` event's moment (result ready, portal status 9), epoch ms; absent until decided. */
  readonly decidedAt?: EpochMs;
  /** The `return-result` event's moment (result handed over, portal status 10), epoch ms; absent until returned. */
  readonly returnedAt?: EpochMs;
  /**
   * The finish moment for metrics: the first of decided, refused after appraisal, stopped,
   * withdrawn. A dossier closed unsupplemented (Decree 118 Art. 19(5)) finishes at the closing
   * (`finishKind: 'stopped'`), its wait ended there (excluded like a pause); the moment of the
   * unanswered request stays in its pause span, and `timelinessFacts` passes it on as
   * `pendingSupplementSince` so that the metrics policy (`pendingSupplementRequest`) chooses the
   * finish: the closing (standard) or the request (Decision 766 [X]).
   */
  readonly finishedAt?: EpochMs;
  /** How it finished (the kind of the event that set `finishedAt`; a closing unsupplemented is `'stopped'`); absent while in progress. */
  readonly finishKind?: 'decided' | 'returned' | 'stopped' | 'refused' | 'withdrawn';
}

/** The clock of a dossier not yet received. */
export const EMPTY_CLOCK: DossierClock = Object.freeze({
  supplementRequests: 0, deskRequests: 0, restarts: 0, extensions: 0, extensionLog: Object.freeze([]), pauses: Object.freeze([]), pausedMs: 0, pausedWorkingMinutes: 0,
});

const clocks = new WeakMap<object, WeakMap<object, WorkingClock>>();

/** The working clock (calendar + office hours) of a deadline, cached. */
export function workingClockOf(deadline: Deadline): WorkingClock {
  let byHours = clocks.get(deadline.calendar);
  if (!byHours) clocks.set(deadline.calendar, (byHours = new WeakMap()));
  let clock = byHours.get(deadline.officeHours);
  if (!clock) byHours.set(deadline.officeHours, (clock = new WorkingClock(deadline.calendar.days, deadline.officeHours)));
  return clock;
}

/**
 * The appointment on `day` when an appointment is given as a date only (`YYYY-MM-DD` in an
 * `accept` or `extend` event): the due time the deadline's policy sets on a day — the office's
 * closing on that day (the default), or the day's last instant under the deadline's policy
 * `dueTime: 'end-of-day'` (Civil Code 2015 Art. 148(1); `Deadline.dueTime`), whatever unit the
 * limit was counted in. Not 00:00: a result
 * returned during that day is then on time (`spec/metrics.md`: on time on the due day).
 * @example
 * const deadline = computeDeadline({ receivedAt: '2026-03-09T09:00', limit: '10 ngày làm việc' });
 * formatMoment(appointmentOnDay(deadline, parseDay('2026-03-30'))) // '2026-03-30T17:00:00+07:00'
 * const civil = computeDeadline({ receivedAt: '2026-03-09T09:00', limit: '10 ngày làm việc', policy: { dueTime: 'end-of-day' } });
 * formatMoment(appointmentOnDay(civil, parseDay('2026-03-30'))) // '2026-03-30T23:59:59+07:00'
 */
export function appointmentOnDay(deadline: Deadline, day: DayNumber): EpochMs {
  return deadline.dueTime === 'end-of-day' ? momentAt(day, 1440) - 1 : momentAt(day, workingClockOf(deadline).closing(day));
}

/**
 * The last day of the period of `dueMs` before roll-off: for the limit's own appointment, the
 * deadline's `lastDayNumber` (calendar days and months, Civil Code 2015 Art. 148(5)); otherwise
 * the appointment's own day.
 */
export function unrolledLastDay(deadline: Deadline, dueMs: EpochMs): DayNumber {
  const dueDay = dayOfMoment(dueMs);
  return dueDay === deadline.dueDayNumber ? deadline.lastDayNumber : dueDay;
}

/**
 * Moves an appointment by a pause from `from` to `to` (pause model, `spec/deadline.md` worked
 * example 3): day-based limits move by the working days in (request day, completion day] — the
 * request day counts as used, the completion day is excluded; hour-based limits (mode C, working
 * hours, fractional days) by the working minutes of the span; calendar-day limits by the calendar
 * days of the span, added to the period's last day **before** roll-off (`lastDay`, default
 * `unrolledLastDay(deadline, dueMs)`), the result rolled off a day off only if it falls on one
 * (Civil Code 2015 Art. 148(5)). The time of day of the appointment is kept. Returns the moved
 * appointment, the working minutes of the span and, for calendar-day limits, the new un-rolled
 * last day (pass it to the next shift).
 * @example
 * const deadline = computeDeadline({ receivedAt: '2026-03-09T09:00', limit: '10 ngày làm việc' });
 * deadline.dueWallTime // '2026-03-23T17:00:00+07:00'
 * // Paused from Friday 13/3 (the request day counts as used) to Wednesday 18/3: 16, 17 and 18/3 are added.
 * const moved = shiftByPause(deadline, deadline.dueMs, parseMoment('2026-03-13T10:00'), parseMoment('2026-03-18T08:00'));
 * formatMoment(moved.dueMs) // '2026-03-26T17:00:00+07:00'
 * // 12 calendar days from 9/3 end on Saturday 21/3 (rolled to Monday 23/3); 6 days of pause: Friday 27/3.
 * const days12 = computeDeadline({ receivedAt: '2026-03-09T09:00', limit: '12 ngày' });
 * formatMoment(shiftByPause(days12, days12.dueMs, parseMoment('2026-03-12T10:00'), parseMoment('2026-03-18T09:00')).dueMs).slice(0, 10) // '2026-03-27'
 */
export function shiftByPause(deadline: Deadline, dueMs: EpochMs, from: EpochMs, to: EpochMs, lastDay?: DayNumber): {
  /** The moved appointment, epoch ms (its time of day kept). */
  dueMs: EpochMs;
  /** Working minutes in the span `from` → `to` (0 when it holds none). */
  workingMinutes: number;
  /** Calendar-day and month limits only: the period's new last day before roll-off (pass it to the next shift); absent otherwise. */
  lastDay?: DayNumber
} {
  const clock = workingClockOf(deadline);
  const workingMinutes = Math.max(0, clock.workingMinutesBetween(from, to));
  const { unit, value } = deadline.limit;
  const days = deadline.calendar.days;
  if (deadline.mode === 'C' || unit === 'working-hours' || (unit === 'working-days' && !Number.isInteger(value))) {
    return { dueMs: workingMinutes > 0 ? clock.addWorkingMinutes(dueMs, workingMinutes) : dueMs, workingMinutes };
  }
  const dueDay = dayOfMoment(dueMs);
  if (unit === 'calendar-days' || unit === 'months') {
    const last = (lastDay ?? unrolledLastDay(deadline, dueMs)) + Math.max(0, dayOfMoment(to) - dayOfMoment(from));
    const newDay = days.isWorkingDay(last) ? last : days.nextWorkingDay(last);
    return { dueMs: dueMs + (newDay - dueDay) * MS_PER_DAY, workingMinutes, lastDay: last };
  }
  const newDay = days.addWorkingDays(dueDay, Math.max(0, days.workingDaysBetween(dayOfMoment(from), dayOfMoment(to))));
  return { dueMs: dueMs + (newDay - dueDay) * MS_PER_DAY, workingMinutes };
}

/**
 * Early / on time / late of a finish against a due moment: late after the due moment at minute
 * granularity (a finish within the due minute is not late), early on a day before the due day, on
 * time on the due day — the day/minute split of `spec/metrics.md`, as the metrics'
 * `standardTimeliness` policy compares.
 * @example
 * timelinessOf(parseMoment('2026-03-23T10:00'), parseMoment('2026-03-23T17:00')) // 'on-time'
 * timelinessOf(parseMoment('2026-03-23T17:00:30'), parseMoment('2026-03-23T17:00')) // 'on-time' — the due minute
 * timelinessOf(parseMoment('2026-03-23T17:01'), parseMoment('2026-03-23T17:00')) // 'late'
 */
export function timelinessOf(finishedAt: EpochMs, dueMs: EpochMs): StepVerdict {
  if (Math.floor(finishedAt / MS_PER_MINUTE) > Math.floor(dueMs / MS_PER_MINUTE)) return 'late';
  return dayOfMoment(finishedAt) < dayOfMoment(dueMs) ? 'early' : 'on-time';
}
