import { InvalidDayError } from '../errors/invalid-day-error.js';
import { InvalidMomentError } from '../errors/invalid-moment-error.js';
import { ymdFromDay, weekdayOf, type DayNumber } from './day-number.js';
import { dayOfMoment, msOfDay, type EpochMs } from './moment.js';

/**
 * Formatting is where a bad number would become visible text ("0NaN-NaN-NaN" on a receipt slip):
 * a day number must be a safe integer and a moment finite epoch ms, else a typed error (design
 * principle 5). The day arithmetic itself stays unchecked for speed.
 */
function checkDay(dayNumber: DayNumber): void {
  if (!Number.isSafeInteger(dayNumber)) throw new InvalidDayError(dayNumber, 'a day number is an integer; use parseDay for dates');
}

function checkMoment(ms: EpochMs): void {
  if (!Number.isFinite(ms)) throw new InvalidMomentError(ms, 'a moment is finite epoch milliseconds; use parseMoment for texts');
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/**
 * `YYYY-MM-DD` of a day number.
 * @throws {InvalidDayError} a day number that is not a safe integer
 *
 * @example
 * formatDay(20333) // '2025-09-02'
 */
export function formatDay(dayNumber: DayNumber): string {
  checkDay(dayNumber);
  const { year, month, day } = ymdFromDay(dayNumber);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * The Vietnamese wall time of a moment with its offset, `YYYY-MM-DDTHH:mm:ss+07:00`.
 * @throws {InvalidMomentError} a moment that is not finite
 *
 * @example
 * formatMoment(Date.UTC(2025, 7, 28, 9, 10)) // '2025-08-28T16:10:00+07:00'
 */
export function formatMoment(ms: EpochMs): string {
  checkMoment(ms);
  const inDay = Math.floor(msOfDay(ms) / 1000);
  const h = Math.floor(inDay / 3600);
  const m = Math.floor((inDay % 3600) / 60);
  const s = inDay % 60;
  return `${formatDay(dayOfMoment(ms))}T${pad(h, 2)}:${pad(m, 2)}:${pad(s, 2)}+07:00`;
}

/**
 * Vietnamese weekday names, Sunday first (as `weekdayOf`).
 * @example
 * VIETNAMESE_WEEKDAYS[weekdayOf(parseDay('2025-09-02'))] // 'Thứ Ba' — Quốc khánh 2025 was a Tuesday
 * VIETNAMESE_WEEKDAYS[0] // 'Chủ Nhật'
 */
export const VIETNAMESE_WEEKDAYS = ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'] as const;

/**
 * The readable Vietnamese form used on slips and in CLI output.
 * @throws {InvalidDayError} a day number that is not a safe integer
 *
 * @example
 * formatVietnameseDay(19664) // 'Thứ Sáu, ngày 03/11/2023'
 */
export function formatVietnameseDay(dayNumber: DayNumber): string {
  checkDay(dayNumber);
  const { year, month, day } = ymdFromDay(dayNumber);
  return `${VIETNAMESE_WEEKDAYS[weekdayOf(dayNumber)]}, ngày ${pad(day, 2)}/${pad(month, 2)}/${pad(year, 4)}`;
}

/**
 * A moment in readable Vietnamese, hour and minute first as on the receipt slip.
 * @throws {InvalidMomentError} a moment that is not finite
 *
 * @example
 * formatVietnameseMoment(Date.UTC(2025, 8, 4, 10, 0)) // '17 giờ 00, Thứ Năm, ngày 04/09/2025'
 */
export function formatVietnameseMoment(ms: EpochMs): string {
  checkMoment(ms);
  const minutes = Math.floor(msOfDay(ms) / 60_000);
  return `${pad(Math.floor(minutes / 60), 2)} giờ ${pad(minutes % 60, 2)}, ${formatVietnameseDay(dayOfMoment(ms))}`;
}
