import { MotcuaError } from './motcua-error.js';

/**
 * A strict calendar (`vnCalendar({ strict: true })`) was asked about a year that is not announced —
 * no data, or only part of its notices (2027 in the shipped data): it refuses instead of answering
 * provisionally.
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
      `${year} is not announced (its notices are not all in the data): a strict calendar does not answer for it. ` +
        `Add them with calendar.extend({ announcedYears: [${year}], occasions }), or use a non-strict calendar (provisional answers).`,
      path,
    );
  }
}
