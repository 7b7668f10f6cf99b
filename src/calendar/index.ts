/**
 * The Vietnamese civil-service working calendar: official days off, compensation days, swaps and
 * make-up Saturdays, lunar holidays, projection of unannounced years, O(1) working-day arithmetic.
 * @module
 */
export { vnCalendar, type VnCalendarOptions, type CalendarPreset } from './vn-calendar.js';
export { WorkCalendar, type WorkCalendarOptions } from './work-calendar.js';
export type { WorkingDayArithmetic } from './working-day-arithmetic.js';
export { type DayInfo, type DayKind, type DayOrigin, isWorkingKind } from './day-kind.js';
export { validateCalendarData, type CalendarData, type CalendarOccasion, type CalendarDayOverride } from './calendar-data.js';
export { LABOUR_CODE_2012, LABOUR_CODE_2019, holidayListFor, type HolidayList, type HolidayRule, type HolidayDate } from './labour-code.js';
export { projectYear, type ProjectedDayOff } from './projection.js';
export { tetDay, hungKingsDay, LUNAR_TABLE_FIRST_YEAR, LUNAR_TABLE_LAST_YEAR } from './lunar-table.js';
export { cite, formatCitation, type Citation, type EvidenceMark } from '../citation/citation.js';
export { FIRST_YEAR, LAST_YEAR } from './working-day-index.js';
