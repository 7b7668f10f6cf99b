import type { DayNumber } from './day-number.js';

/**
 * Moments are epoch milliseconds. Vietnamese civil time is UTC+7 with no daylight saving since
 * 1975 (`spec/calendar.md`, "Time zone"), so wall time is a fixed shift.
 */
export type EpochMs = number;

/**
 * Milliseconds in a day. Every Vietnamese civil day has exactly this many: no daylight saving
 * since 1975 (`spec/calendar.md`, "Time zone").
 * @example
 * MS_PER_DAY // 86400000
 * formatMoment(parseMoment('2025-09-01T08:00') + MS_PER_DAY) // '2025-09-02T08:00:00+07:00'
 */
export const MS_PER_DAY = 86_400_000;
/**
 * Milliseconds in a minute.
 * @example
 * MS_PER_MINUTE // 60000
 * formatMoment(parseMoment('2025-09-01T08:00') + 90 * MS_PER_MINUTE) // '2025-09-01T09:30:00+07:00'
 */
export const MS_PER_MINUTE = 60_000;
/**
 * The offset of Vietnamese civil time from UTC: +7 hours, fixed (no daylight saving since 1975,
 * `spec/calendar.md`, "Time zone").
 * @example
 * VN_OFFSET_MS // 25200000 — 7 hours
 * formatMoment(Date.UTC(2025, 8, 1, 8, 0) - VN_OFFSET_MS) // '2025-09-01T08:00:00+07:00' — 08:00 in Hà Nội is 01:00 UTC
 */
export const VN_OFFSET_MS = 7 * 3_600_000;

/**
 * The Vietnamese civil day in which a moment falls.
 * @example
 * formatDay(dayOfMoment(Date.UTC(2025, 7, 31, 18, 0))) // '2025-09-01' — 18:00 UTC is 01:00 the next day in Vietnam
 */
export function dayOfMoment(ms: EpochMs): DayNumber {
  return Math.floor((ms + VN_OFFSET_MS) / MS_PER_DAY);
}

/**
 * Milliseconds since Vietnamese midnight of the moment's day (0 … 86 399 999).
 * @example
 * msOfDay(parseMoment('2025-08-28T16:10')) // 58200000 — 16 h 10 min
 */
export function msOfDay(ms: EpochMs): number {
  return ms + VN_OFFSET_MS - dayOfMoment(ms) * MS_PER_DAY;
}

/**
 * Whole minutes since Vietnamese midnight (0 … 1439).
 * @example
 * minuteOfDay(parseMoment('2025-08-28T16:10')) // 970
 * minuteOfDay(Date.UTC(2025, 7, 28, 9, 10)) // 970 — the same moment as epoch ms
 */
export function minuteOfDay(ms: EpochMs): number {
  return Math.floor(msOfDay(ms) / MS_PER_MINUTE);
}

/**
 * The moment at `minutes` past Vietnamese midnight of `day` (minutes may be fractional or 1440).
 * @example
 * formatMoment(momentAt(parseDay('2025-09-04'), 17 * 60)) // '2025-09-04T17:00:00+07:00' — closing time
 * momentAt(parseDay('2025-09-04'), 1440) === momentAt(parseDay('2025-09-05')) // true
 */
export function momentAt(day: DayNumber, minutes = 0): EpochMs {
  return day * MS_PER_DAY - VN_OFFSET_MS + Math.round(minutes * MS_PER_MINUTE);
}
