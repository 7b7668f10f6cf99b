import type { WorkingDayArithmetic } from '../calendar/working-day-arithmetic.js';
import { weekdayOf, type DayNumber } from '../time/day-number.js';
import { dayOfMoment, momentAt, msOfDay, MS_PER_MINUTE, type EpochMs } from '../time/moment.js';
import { checkOfficeHours, type OfficeHours, type Window } from './office-hours.js';

const NO_WINDOWS: readonly Window[] = Object.freeze([]);

/**
 * Working time: office-hour windows on the calendar's working days. Adds and measures working
 * minutes (mode C of `spec/deadline.md`: counted inside office hours, skipping days off). Every
 * working day has windows — a make-up Saturday is worked as a normal working day
 * (`spec/calendar.md` [S]), so `officeHours({ default, 6: [] })` gives it the default windows and
 * modes A and C close it at the same time. When every weekday has the same windows, whole days are
 * jumped in O(1) on the working-day index.
 * @example
 * const clock = new WorkingClock(vnCalendar().days, STANDARD_OFFICE_HOURS);
 * formatMoment(clock.addWorkingMinutes(parseMoment('2025-08-29T16:00'), 120))
 * // '2025-09-03T08:00:00+07:00' — 1 hour on Friday, 30/8 … 2/9 off, 1 hour on Wednesday
 * clock.isOpen(parseMoment('2025-08-29T12:00')) // false — lunch break
 * clock.uniformMinutes // 480
 */
export class WorkingClock {
  /** The calendar's working days (a `WorkCalendar`'s `days`). */
  readonly days: WorkingDayArithmetic;
  /** The office-hour windows of each weekday. */
  readonly hours: OfficeHours;
  /** Minutes per working day when every weekday has the same windows, else undefined. */
  readonly uniformMinutes: number | undefined;

  /**
   * @throws {InvalidInputError} office hours that are not as `OfficeHours` describes them (a
   *   weekday without windows included: a make-up Saturday is a working day, `spec/calendar.md`)
   */
  constructor(days: WorkingDayArithmetic, hours: OfficeHours) {
    this.days = days;
    this.hours = checkOfficeHours(hours);
    const first = hours.byWeekday[0]!;
    const same = hours.byWeekday.every((w) => w.length === first.length && w.every((x, i) => x[0] === first[i]![0] && x[1] === first[i]![1]));
    this.uniformMinutes = same ? first.reduce((sum, [o, c]) => sum + c - o, 0) : undefined;
  }

  /** The windows of `day`: none on a day off. */
  windows(day: DayNumber): readonly Window[] {
    return this.days.isWorkingDay(day) ? this.hours.byWeekday[weekdayOf(day)]! : NO_WINDOWS;
  }

  /** Working minutes in a working day. */
  minutesIn(day: DayNumber): number {
    let sum = 0;
    for (const [o, c] of this.windows(day)) sum += c - o;
    return sum;
  }

  /** Opening minute of a working day (the first window's start). */
  opening(day: DayNumber): number {
    return this.hours.byWeekday[weekdayOf(day)]![0]![0];
  }

  /** Closing minute of a working day (the last window's end). */
  closing(day: DayNumber): number {
    const w = this.hours.byWeekday[weekdayOf(day)]!;
    return w[w.length - 1]![1];
  }

  /** Whether the office is open at `ms` (inside a window of a working day). */
  isOpen(ms: EpochMs): boolean {
    const t = msOfDay(ms) / MS_PER_MINUTE;
    for (const [o, c] of this.windows(dayOfMoment(ms))) if (t >= o && t < c) return true;
    return false;
  }

  /** The first open instant at or after `ms` (before opening → opening; lunch → afternoon; after closing or a day off → next working day's opening). */
  clampForward(ms: EpochMs): EpochMs {
    let day = dayOfMoment(ms);
    const t = msOfDay(ms) / MS_PER_MINUTE;
    for (const [o, c] of this.windows(day)) {
      if (t < c) return t >= o ? ms : momentAt(day, o);
    }
    day = this.days.nextWorkingDay(day);
    return momentAt(day, this.opening(day));
  }

  /**
   * The moment `minutes` working minutes after `ms`, counting only inside windows. A result that
   * lands exactly on a window's end stays there (17:00, not the next morning).
   */
  addWorkingMinutes(ms: EpochMs, minutes: number): EpochMs {
    let day = dayOfMoment(ms);
    let t = msOfDay(ms) / MS_PER_MINUTE;
    let remaining = minutes;
    if (remaining <= 0) return ms;
    for (;;) {
      for (const [o, c] of this.windows(day)) {
        if (t >= c) continue;
        const start = t > o ? t : o;
        const available = c - start;
        if (remaining <= available) return momentAt(day, start + remaining);
        remaining -= available;
        t = c;
      }
      if (this.uniformMinutes !== undefined && remaining > this.uniformMinutes) {
        const wholeDays = Math.ceil(remaining / this.uniformMinutes) - 1;
        day = this.days.addWorkingDays(day, wholeDays);
        remaining -= wholeDays * this.uniformMinutes;
      }
      day = this.days.nextWorkingDay(day);
      t = 0;
    }
  }

  /** Working minutes in [from, to) (negative when `to` is before `from`). */
  workingMinutesBetween(from: EpochMs, to: EpochMs): number {
    if (to < from) return -this.workingMinutesBetween(to, from);
    const a = dayOfMoment(from);
    const b = dayOfMoment(to);
    const ta = msOfDay(from) / MS_PER_MINUTE;
    const tb = msOfDay(to) / MS_PER_MINUTE;
    if (a === b) return this.#overlap(a, ta, tb);
    let sum = this.#overlap(a, ta, 1440) + this.#overlap(b, 0, tb);
    if (b - a > 1) {
      if (this.uniformMinutes !== undefined) sum += this.days.workingDaysBetween(a, b - 1) * this.uniformMinutes;
      else for (let d = a + 1; d < b; d++) sum += this.minutesIn(d);
    }
    return sum;
  }

  #overlap(day: DayNumber, from: number, to: number): number {
    let sum = 0;
    for (const [o, c] of this.windows(day)) {
      const lo = from > o ? from : o;
      const hi = to < c ? to : c;
      if (hi > lo) sum += hi - lo;
    }
    return sum;
  }
}
