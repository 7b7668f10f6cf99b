import { InvalidDayError } from '../errors/invalid-day-error.js';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { OutOfRangeError } from '../errors/out-of-range-error.js';
import { UnannouncedYearError } from '../errors/unannounced-year-error.js';
import { ymdFromDay, type DayNumber } from '../time/day-number.js';
import { formatDay } from '../time/format.js';
import { FIRST_YEAR, LAST_YEAR, WORKING_CODE_MASK, type WorkingDayIndex } from './working-day-index.js';

/**
 * The calendar on day numbers (integers, UTC+7 days), for hot loops and for the other modules.
 * Same rules as the `WorkCalendar` methods, without parsing or formatting. Every query is O(1).
 */
export interface WorkingDayArithmetic {
  /** First day the calendar covers (1968-01-01), as a day number. */
  readonly first: DayNumber;
  /** Last day the calendar covers (2100-12-31), as a day number. */
  readonly last: DayNumber;
  /** Whether `day` is a working day; throws `InvalidDayError` for a number that is not a whole day number, `OutOfRangeError` outside `first` … `last` (and, in a strict calendar, `UnannouncedYearError` for a year without official data). */
  isWorkingDay(day: DayNumber): boolean;
  /** The day `n` working days after `day` (before, for negative `n`; `day` itself for 0). */
  addWorkingDays(day: DayNumber, n: number): DayNumber;
  /** Working days in (from, to] going forward, minus those in [to, from) going back. */
  workingDaysBetween(from: DayNumber, to: DayNumber): number;
  /** The first working day strictly after `day`. */
  nextWorkingDay(day: DayNumber): DayNumber;
  /** The last working day strictly before `day`. */
  previousWorkingDay(day: DayNumber): DayNumber;
  /** `day` if it is a working day, else the next one. */
  workingDayOnOrAfter(day: DayNumber): DayNumber;
  /** Whether any day in [from, to] belongs to a year without a complete notice. */
  isProvisional(from: DayNumber, to: DayNumber): boolean;
}

/** `WorkingDayArithmetic` over a built index; strict calendars refuse unannounced years. */
export class IndexedWorkingDays implements WorkingDayArithmetic {
  readonly first: DayNumber;
  readonly last: DayNumber;
  readonly #kinds: Uint8Array;
  readonly #before: Int32Array;
  readonly #list: Int32Array;
  readonly #provisionalBefore: Int32Array;
  readonly #announced: ReadonlySet<number>;
  readonly #strict: boolean;

  constructor(index: WorkingDayIndex, strict: boolean) {
    this.first = index.first;
    this.last = index.last;
    this.#kinds = index.kinds;
    this.#before = index.workingBefore;
    this.#list = index.workingDays;
    this.#provisionalBefore = index.provisionalBefore;
    this.#announced = index.announcedYears;
    this.#strict = strict;
  }

  /** The offset of `day` in the index; InvalidDayError for a number that is not a whole day number, OutOfRangeError outside the range. */
  offset(day: DayNumber): number {
    const i = day - this.first;
    if (i >= 0 && day <= this.last && (day | 0) === day) return i;
    if (!Number.isInteger(day)) throw new InvalidDayError(day, 'expected a whole day number (0 is 1970-01-01)');
    throw new OutOfRangeError(`${formatDay(day)} is outside the calendar's range ${FIRST_YEAR}-01-01 … ${LAST_YEAR}-12-31`);
  }

  /** In strict mode, throws UnannouncedYearError when [a, b] (offsets, a ≤ b) touches a provisional year. */
  #checkAnnounced(a: number, b: number): void {
    if (this.#provisionalBefore[b + 1]! - this.#provisionalBefore[a]! === 0) return;
    for (let y = ymdFromDay(this.first + a).year; ; y++) if (!this.#announced.has(y)) throw new UnannouncedYearError(y);
  }

  isWorkingDay(day: DayNumber): boolean {
    const i = this.offset(day);
    if (this.#strict) this.#checkAnnounced(i, i);
    return ((WORKING_CODE_MASK >> this.#kinds[i]!) & 1) === 1;
  }

  addWorkingDays(day: DayNumber, n: number): DayNumber {
    const i = this.offset(day);
    // A whole count too big for 32 bits is valid input that leaves the calendar: #walkOut says so.
    if ((n | 0) !== n && !Number.isInteger(n)) {
      throw new InvalidInputError('working-day count', [{ path: ['n'], message: `expected a whole number, got ${String(n)}` }]);
    }
    let result = day;
    if (n > 0) {
      const k = this.#before[i + 1]! + n - 1;
      if (k >= this.#list.length) throw this.#walkOut(day, n);
      result = this.#list[k]!;
    } else if (n < 0) {
      const k = this.#before[i]! + n;
      if (k < 0) throw this.#walkOut(day, n);
      result = this.#list[k]!;
    }
    if (this.#strict) this.#checkAnnounced(Math.min(i, result - this.first), Math.max(i, result - this.first));
    return result;
  }

  #walkOut(day: DayNumber, n: number): OutOfRangeError {
    return new OutOfRangeError(`${n} working days from ${formatDay(day)} leave the calendar's range ${FIRST_YEAR}–${LAST_YEAR}`);
  }

  workingDaysBetween(from: DayNumber, to: DayNumber): number {
    const a = this.offset(from);
    const b = this.offset(to);
    if (this.#strict) this.#checkAnnounced(Math.min(a, b), Math.max(a, b));
    return b >= a ? this.#before[b + 1]! - this.#before[a + 1]! : -(this.#before[a]! - this.#before[b]!);
  }

  nextWorkingDay(day: DayNumber): DayNumber {
    return this.addWorkingDays(day, 1);
  }

  previousWorkingDay(day: DayNumber): DayNumber {
    return this.addWorkingDays(day, -1);
  }

  workingDayOnOrAfter(day: DayNumber): DayNumber {
    return this.isWorkingDay(day) ? day : this.addWorkingDays(day, 1);
  }

  isProvisional(from: DayNumber, to: DayNumber): boolean {
    const a = this.offset(Math.min(from, to));
    const b = this.offset(Math.max(from, to));
    return this.#provisionalBefore[b + 1]! - this.#provisionalBefore[a]! > 0;
  }
}
