import { MotcuaError } from './motcua-error.js';

/**
 * A strict calendar (`vnCalendar({ strict: true })`) was asked about a year whose days off have not
 * been announced (no official data): it refuses instead of projecting from the Labour Code.
 */
export class UnannouncedYearError extends MotcuaError {
  readonly code = 'UNANNOUNCED_YEAR';
  constructor(readonly year: number, path: readonly (string | number)[] = []) {
    super(
      `The days off of ${year} are not in the calendar's official data; a strict calendar does not project them. ` +
        `Add the year's notice with calendar.extend(data), or use a non-strict calendar (results marked provisional).`,
      path,
    );
  }
}
