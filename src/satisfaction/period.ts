import { ymdFromDay, type DayNumber } from '../time/day-number.js';
import { parseDay, type DayInput } from '../time/parse.js';

/** The reporting period of a summary: Art. 15 reports quarterly and yearly; months are common too. */
export type PeriodUnit = 'month' | 'quarter' | 'year';

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * The label of the Vietnamese-time period a moment or day falls in: `'2025'`, `'2025-Q3'` or
 * `'2025-09'`. Throws `InvalidDayError` (with `path`) for an input that is not a day or moment.
 *
 * Basis: Circular 01/2018/TT-VPCP Art. 15 [P] (quarterly and yearly reports).
 *
 * @example
 * periodOf('2025-09-30T23:30', 'quarter') // '2025-Q3'
 * periodOf('2025-09-30T17:30:00Z', 'month') // '2025-10' — already 1 October in Vietnam
 */
export function periodOf(at: DayInput, unit: PeriodUnit, path: readonly (string | number)[] = []): string {
  return periodOfDay(parseDay(at, path), unit);
}

/** `periodOf` for a day number. Internal. */
export function periodOfDay(day: DayNumber, unit: PeriodUnit): string {
  const { year, month } = ymdFromDay(day);
  if (unit === 'year') return String(year);
  if (unit === 'quarter') return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
  return `${year}-${pad2(month)}`;
}
