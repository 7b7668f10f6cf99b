import { InvalidInputError } from '../errors/invalid-input-error.js';
import { weekdayOf, type DayNumber } from '../time/day-number.js';
import { formatDay } from '../time/format.js';
import { parseDay } from '../time/parse.js';
import type { CalendarData } from './calendar-data.js';
import { holidayListFor } from './labour-code.js';
import { statutoryHolidays } from './projection.js';

/** Days the data names as days off: every break (`offFrom`…`offTo`), its listed days, and the office's days off. */
function namedDaysOff(layers: readonly CalendarData[]): Set<DayNumber> {
  const named = new Set<DayNumber>();
  for (const layer of layers) {
    for (const o of layer.occasions ?? []) {
      for (let d = parseDay(o.offFrom); d <= parseDay(o.offTo); d++) named.add(d);
      for (const list of [o.statutoryHolidays, o.compensationDaysOff, o.swappedDaysOff]) for (const d of list) named.add(parseDay(d));
    }
    for (const o of layer.extraDaysOff ?? []) named.add(parseDay(o.date));
  }
  return named;
}

/**
 * Refuses data that announces a year (`announcedYears`: the year's days come from the data alone,
 * with no projection) without naming every statutory holiday of that year that falls on a weekday
 * (Labour Code 2019 Art. 112(1) [S]; Labour Code 2012 Art. 115(1) before 2021). A notice always
 * names them all; data naming only some — one occasion of a notice published in parts — would
 * otherwise turn the others into working days. Left out of `announcedYears`, such data overlays the
 * projected holidays instead. Weekend holidays are not required: notices sometimes start a break
 * a day later when it begins on a Sunday (`spec/calendar.md`), the weekdays off being the same.
 *
 * @throws {InvalidInputError} at `announcedYears.<i>`, naming the missing holidays
 */
export function checkAnnouncedYears(earlier: readonly CalendarData[], added: CalendarData): void {
  if (!added.announcedYears?.length) return;
  const named = namedDaysOff([...earlier, added]);
  added.announcedYears.forEach((year, i) => {
    const missing = [...statutoryHolidays(year, holidayListFor(year)).values()]
      .filter((h) => weekdayOf(h.day) !== 0 && weekdayOf(h.day) !== 6 && !named.has(h.day))
      .map((h) => `${formatDay(h.day)} (${h.occasion})`);
    if (missing.length > 0) {
      throw new InvalidInputError('calendar data', [{
        path: ['announcedYears', i],
        message: `announces ${year} but names no day off on ${missing.join(', ')}: give the year's whole notice, or leave ${year} out of announcedYears so that this data overlays the projected holidays`,
      }]);
    }
  });
}
