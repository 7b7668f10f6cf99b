import { dayFromYmd, weekdayOf, type DayNumber } from '../time/day-number.js';
import { parseDay } from '../time/parse.js';
import type { Citation } from '../citation/citation.js';
import { holidayListFor, type HolidayList, type HolidayRule } from './labour-code.js';
import { hungKingsDay, tetDay } from './lunar-table.js';

/** A day off that the Labour Code projection gives for a year without official data. */
export interface ProjectedDayOff {
  /** The day off, as a Vietnamese day number. */
  readonly day: DayNumber;
  /** A holiday itself, or the day off given because a holiday fell on a weekly rest day. */
  readonly kind: 'statutory-holiday' | 'compensation-day';
  /** The holiday's name, e.g. `Tết Nguyên đán` (for a compensation day, the holiday it makes up for). */
  readonly occasion: string;
  /** The Labour Code article: the holiday's, or the compensation rule's. */
  readonly basis: Citation;
}

function holidayDays(rule: HolidayRule, year: number): DayNumber[] {
  const date = rule.date;
  switch (date.type) {
    case 'fixed':
      return [dayFromYmd(year, date.month, date.day)];
    case 'hung-kings':
      return [hungKingsDay(year)];
    case 'tet': {
      const tet = tetDay(year);
      const days: DayNumber[] = [];
      for (let offset = date.fromOffset; offset <= date.toOffset; offset++) days.push(tet + offset);
      return days;
    }
    case 'national-day-pair': {
      const nationalDay = dayFromYmd(year, 9, 2);
      const after = date.afterOnWeekdays.includes(weekdayOf(nationalDay));
      return after ? [nationalDay, nationalDay + 1] : [nationalDay - 1, nationalDay];
    }
  }
}

/** The statutory holidays of `year` under a Labour Code list, by day. */
export function statutoryHolidays(year: number, list: HolidayList): Map<DayNumber, ProjectedDayOff> {
  const holidays = new Map<DayNumber, ProjectedDayOff>();
  for (const rule of list.holidays) {
    const validFrom = rule.validFrom === undefined ? -Infinity : parseDay(rule.validFrom);
    for (const day of holidayDays(rule, year)) {
      if (day >= validFrom) holidays.set(day, { day, kind: 'statutory-holiday', occasion: rule.name, basis: rule.basis });
    }
  }
  return holidays;
}

/** The civil service's weekly rest: Saturday and Sunday. */
const saturdayOrSunday = (day: DayNumber): boolean => {
  const weekday = weekdayOf(day);
  return weekday === 0 || weekday === 6;
};

/**
 * Projects a year's days off from a Labour Code list (default: the one in force in `year`,
 * `holidayListFor(year)`): the statutory holidays (Tết and 10/3 from the lunar table), then, for
 * each holiday on a weekly rest day (default Saturday and Sunday) in date order, the next day that
 * is neither a rest day, a holiday nor already a compensation day (Labour Code 2019 Art. 111(3);
 * the 2023 notice: Sat 29/4, Sun 30/4, Mon 1/5 → Tue 2/5 and Wed 3/5 off). No civil-service swaps:
 * those exist only in notices.
 * @throws {OutOfRangeError} a year that is not an integer in the lunar table's range (1968–2100)
 * @example
 * const weekend = (day: number) => weekdayOf(day) === 0 || weekdayOf(day) === 6;
 * const days2030 = projectYear(2030, holidayListFor(2030), weekend);
 * days2030.filter((d) => d.kind === 'compensation-day').map((d) => formatDay(d.day))
 * // ['2030-02-05', '2030-02-06', '2030-11-25'] — Tết's Saturday and Sunday, then Culture Day on a Sunday
 * days2030.find((d) => d.occasion === 'Giỗ Tổ Hùng Vương')?.day === hungKingsDay(2030) // true
 * projectYear(2030).length === days2030.length // true — the list in force and Saturday/Sunday by default
 * projectYear(2101) // throws OUT_OF_RANGE — beyond the lunar table
 */
export function projectYear(year: number, list: HolidayList = holidayListFor(year), isWeeklyRest: (day: DayNumber) => boolean = saturdayOrSunday): ProjectedDayOff[] {
  const holidays = statutoryHolidays(year, list);
  const sorted = [...holidays.values()].sort((a, b) => a.day - b.day);
  const taken = new Set<DayNumber>(holidays.keys());
  const result = [...sorted];
  for (const holiday of sorted) {
    if (!isWeeklyRest(holiday.day)) continue;
    let day = holiday.day + 1;
    while (isWeeklyRest(day) || taken.has(day)) day++;
    taken.add(day);
    result.push({ day, kind: 'compensation-day', occasion: holiday.occasion, basis: list.compensation });
  }
  return result.sort((a, b) => a.day - b.day);
}
