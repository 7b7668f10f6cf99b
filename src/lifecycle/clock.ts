import type { Deadline } from '../deadline/deadline.js';
import { WorkingClock } from '../deadline/working-clock.js';
import { dayOfMoment, MS_PER_DAY, type EpochMs } from '../time/moment.js';

/**
 * The verdict on one finish against one due moment — early / on time / late (trước hạn / đúng hạn
 * / trễ hạn) — as the lifecycle gives it for a step or a control-sheet row. Not the metrics
 * module's `Timeliness`, which also classifies dossiers in progress.
 */
export type StepVerdict = 'early' | 'on-time' | 'late';

/** A span during which the dossier waited for the applicant (supplement or payment). */
export interface PauseSpan {
  readonly kind: 'supplementation' | 'payment';
  /** The request's moment. */
  readonly from: EpochMs;
  /**
   * The moment the wait ended: the supplement or payment arrived, or the dossier finished while
   * waiting (withdrawn, stopped: that moment; closed unsupplemented: the request moment itself, a
   * span of length zero). Absent while waiting.
   */
  readonly to?: EpochMs;
  /** What the span did to the clock: moved the appointment (`pause`), restarted the limit, or nothing (`run`). */
  readonly effect: 'pause' | 'restart' | 'run';
  /** Working minutes inside the span (set when it closes). */
  readonly workingMinutes?: number;
  /** How far the appointment moved, in ms (pause effect only, set when it closes). */
  readonly shiftMs?: number;
}

/** One apology and new appointment. */
export interface ExtensionRecord {
  readonly eventId: string;
  readonly at: EpochMs;
  readonly fromDueMs: EpochMs;
  readonly toDueMs: EpochMs;
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
  /** The appointment now in force (after restart, pause or extension). */
  readonly currentDueMs?: EpochMs;
  /** The slip's computation (with its trace), and the one in force after the last restart. */
  readonly originalDeadline?: Deadline;
  readonly deadline?: Deadline;
  /** Supplementation requests after acceptance (all counted: Decision 766 treats > 1 as late [X]). */
  readonly supplementRequests: number;
  /** Correction requests at the desk, before acceptance (the clock had not started). */
  readonly deskRequests: number;
  readonly restarts: number;
  readonly extensions: number;
  /** Each extension: when it was issued, the appointment it replaced and the new one. */
  readonly extensionLog: readonly ExtensionRecord[];
  readonly pauses: readonly PauseSpan[];
  /** Wall-clock ms of the spans that paused the clock (effect `pause`, closed spans). */
  readonly pausedMs: number;
  /** Working minutes of those spans. */
  readonly pausedWorkingMinutes: number;
  readonly decidedAt?: EpochMs;
  readonly returnedAt?: EpochMs;
  /**
   * The finish moment for metrics: the first of decided, refused after appraisal, stopped,
   * withdrawn. A dossier closed unsupplemented (Decree 118 Art. 19(5)) finishes at the moment of
   * the unanswered request, not at the closing: Decision 766's reading (`spec/metrics.md`: a
   * single pending request counts as finished at the request moment [X]) — the agency's clock
   * stopped there, the days after it were the applicant's.
   */
  readonly finishedAt?: EpochMs;
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
 * Moves an appointment by a pause from `from` to `to` (pause model, `spec/deadline.md` worked
 * example 3): day-based limits move by the working days in (request day, completion day] — the
 * request day counts as used, the completion day is excluded; hour-based limits (mode C, working
 * hours, fractional days) by the working minutes of the span; calendar-day limits by the calendar
 * days of the span, rolling off a day off. The time of day of the appointment is kept.
 * @example
 * const deadline = computeDeadline({ receivedAt: '2026-03-09T09:00', limit: '10 ngày làm việc' });
 * deadline.dueWallTime // '2026-03-23T17:00:00+07:00'
 * // Paused from Friday 13/3 (the request day counts as used) to Wednesday 18/3: 16, 17 and 18/3 are added.
 * const moved = shiftByPause(deadline, deadline.dueMs, parseMoment('2026-03-13T10:00'), parseMoment('2026-03-18T08:00'));
 * formatMoment(moved.dueMs) // '2026-03-26T17:00:00+07:00'
 */
export function shiftByPause(deadline: Deadline, dueMs: EpochMs, from: EpochMs, to: EpochMs): { dueMs: EpochMs; workingMinutes: number } {
  const clock = workingClockOf(deadline);
  const workingMinutes = Math.max(0, clock.workingMinutesBetween(from, to));
  const { unit, value } = deadline.limit;
  const days = deadline.calendar.days;
  if (deadline.mode === 'C' || unit === 'working-hours' || (unit === 'working-days' && !Number.isInteger(value))) {
    return { dueMs: workingMinutes > 0 ? clock.addWorkingMinutes(dueMs, workingMinutes) : dueMs, workingMinutes };
  }
  const dueDay = dayOfMoment(dueMs);
  let newDay: number;
  if (unit === 'calendar-days' || unit === 'months') {
    newDay = dueDay + Math.max(0, dayOfMoment(to) - dayOfMoment(from));
    if (!days.isWorkingDay(newDay)) newDay = days.nextWorkingDay(newDay);
  } else {
    newDay = days.addWorkingDays(dueDay, Math.max(0, days.workingDaysBetween(dayOfMoment(from), dayOfMoment(to))));
  }
  return { dueMs: dueMs + (newDay - dueDay) * MS_PER_DAY, workingMinutes };
}

/**
 * Early / on time / late of a finish against a due moment: late after the due moment (minute
 * granularity), early on a day before the due day, on time on the due day (the day/minute split of
 * `spec/metrics.md`).
 * @example
 * timelinessOf(parseMoment('2026-03-23T10:00'), parseMoment('2026-03-23T17:00')) // 'on-time'
 */
export function timelinessOf(finishedAt: EpochMs, dueMs: EpochMs): StepVerdict {
  if (finishedAt > dueMs) return 'late';
  return dayOfMoment(finishedAt) < dayOfMoment(dueMs) ? 'early' : 'on-time';
}
