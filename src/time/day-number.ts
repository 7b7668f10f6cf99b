/**
 * Day numbers: whole days since 1970-01-01 in Vietnamese civil time (UTC+7, no daylight saving
 * since 1975 — `spec/calendar.md`, "Time zone"). Pure integer arithmetic; the host time zone is
 * never read.
 */

/** A Vietnamese civil day as an integer: 0 is 1970-01-01, 1 is 1970-01-02, -1 is 1969-12-31. */
export type DayNumber = number;

/** Year, month (1–12) and day of month (1–31) of a day. */
export interface YearMonthDay {
  /** Gregorian year, e.g. `2025`. */
  readonly year: number;
  /** Month, 1 (January) to 12. */
  readonly month: number;
  /** Day of the month, 1 to 31. */
  readonly day: number;
}

/** Days in each month of a common year. */
const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/**
 * Whether `year` is a leap year of the proleptic Gregorian calendar.
 * @example
 * isLeapYear(2024) // true
 * isLeapYear(2100) // false — a century not divisible by 400
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Number of days in `month` (1–12) of `year`.
 * @example
 * daysInMonth(2024, 2) // 29
 * daysInMonth(2025, 9) // 30
 */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_LENGTHS[month - 1] ?? 0);
}

/**
 * Whether the triple names a real calendar date (years 1–9999).
 * @example
 * isValidYmd(2024, 2, 29) // true
 * isValidYmd(2025, 2, 29) // false — 2025 is not a leap year
 * isValidYmd(2025, 9, 31) // false
 */
export function isValidYmd(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
  );
}

/**
 * The day number of a (valid) Gregorian date. No validation: callers check with `isValidYmd`.
 *
 * @example
 * dayFromYmd(2025, 9, 2) // 20333
 */
export function dayFromYmd(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/**
 * The Gregorian date of a day number.
 *
 * @example
 * ymdFromDay(20333) // { year: 2025, month: 9, day: 2 }
 */
export function ymdFromDay(dayNumber: DayNumber): YearMonthDay {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * The Gregorian year of a day number.
 * @example
 * yearOfDay(parseDay('2025-09-02')) // 2025
 */
export function yearOfDay(dayNumber: DayNumber): number {
  return ymdFromDay(dayNumber).year;
}

/**
 * Day of the week: 0 Sunday, 1 Monday, … 6 Saturday (1970-01-01 was a Thursday).
 * @example
 * weekdayOf(parseDay('2025-09-02')) // 2 — Quốc khánh 2025 was a Tuesday
 * VIETNAMESE_WEEKDAYS[weekdayOf(parseDay('2025-09-02'))] // 'Thứ Ba'
 */
export function weekdayOf(dayNumber: DayNumber): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}
