import { MotcuaError } from './motcua-error.js';

/**
 * A strict calendar (`vnCalendar({ strict: true })`) was asked about a year whose days off have not
 * been announced (no official data): it refuses instead of projecting from the Labour Code.
 * @example
 * try {
 *   vnCalendar({ strict: true }).isWorkingDay('2030-02-04'); // Tết 2030: no notice yet
 * } catch (error) {
 *   if (!(error instanceof MotcuaError && error.code === 'UNANNOUNCED_YEAR')) throw error;
 *   (error as UnannouncedYearError).year; // 2030
 * }
 */
export class UnannouncedYearError extends MotcuaError {
  readonly code = 'UNANNOUNCED_YEAR';
  /** @param year The Gregorian year asked about, e.g. `2030`. */
  constructor(readonly year: number, path: readonly (string | number)[] = []) {
    super(
      `The days off of ${year} are not in the calendar's official data; a strict calendar does not project them. ` +
        `Add the year's notice with calendar.extend(data), or use a non-strict calendar (results marked provisional).`,
      path,
    );
  }
}
