import { deepFreeze } from '../internal/deep-freeze.js';
import type { CalendarData, CalendarOccasion } from './calendar-data.js';
import { OFFICIAL_ANNOUNCED_YEARS, OFFICIAL_DAYS_TABLE, OFFICIAL_STATUSES } from './official-days-table.js';

/** `MMDD` in `year`, or `YYYYMMDD`, as `YYYY-MM-DD`. */
function isoDay(year: number, compact: string): string {
  return compact.length === 4
    ? `${year}-${compact.slice(0, 2)}-${compact.slice(2)}`
    : `${compact.slice(0, 4)}-${compact.slice(4, 6)}-${compact.slice(6)}`;
}

function dayList(year: number, field: string | undefined): string[] {
  return field ? field.split(' ').map((d) => isoDay(year, d)) : [];
}

function decodeOccasion(line: string): CalendarOccasion {
  const [y, occasion, status, offFrom, offTo, holidays, compensation, swapped, makeUp] = line.split('|');
  const year = Number(y);
  return {
    year,
    occasion: occasion!,
    offFrom: isoDay(year, offFrom!),
    offTo: isoDay(year, offTo!),
    statutoryHolidays: dayList(year, holidays),
    compensationDaysOff: dayList(year, compensation),
    swappedDaysOff: dayList(year, swapped),
    makeUpWorkingDays: dayList(year, makeUp),
    status: OFFICIAL_STATUSES[Number(status)]!,
    sources: [],
  };
}

let decoded: CalendarData | undefined;

/**
 * The official days off and make-up working days of civil servants 2015–2027 (from
 * `shared/data/vn-civil-service-calendar.json`, government notices as reported in public pages),
 * decoded once from the compact table. The records carry their status but not their sources and
 * notes, which ship in `motcua/calendar/sources` so that browser bundles of the calendar stay small.
 */
export function officialDays(): CalendarData {
  decoded ??= deepFreeze({ announcedYears: [...OFFICIAL_ANNOUNCED_YEARS], occasions: OFFICIAL_DAYS_TABLE.split('\n').map(decodeOccasion) });
  return decoded;
}
