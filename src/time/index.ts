/**
 * Vietnamese time: day numbers (UTC+7 civil days) and epoch-ms moments, parsing and formatting
 * that never read the host time zone.
 * @module
 */
export {
  dayFromYmd, ymdFromDay, yearOfDay, weekdayOf, isLeapYear, daysInMonth, isValidYmd,
  type DayNumber, type YearMonthDay,
} from './day-number.js';
export { dayOfMoment, msOfDay, minuteOfDay, momentAt, MS_PER_DAY, MS_PER_MINUTE, VN_OFFSET_MS, type EpochMs } from './moment.js';
export { parseDay, parseMoment, type DayInput, type MomentInput } from './parse.js';
export { formatDay, formatMoment, formatVietnameseDay, formatVietnameseMoment, VIETNAMESE_WEEKDAYS } from './format.js';
