import { InvalidInputError } from '../errors/invalid-input-error.js';
import * as z from 'zod/mini';
import { integerIn, isoDayText, nonEmptyString } from '../errors/schemas.js';
import { validate } from '../errors/validate.js';
import { deepFreeze } from '../internal/deep-freeze.js';
import { parseDay } from '../time/parse.js';

/**
 * One occasion of the civil-service calendar, as a government notice announces it: the span of
 * days off, which days in it are statutory holidays, compensation days (nghỉ bù) or swapped days
 * off (hoán đổi), and the Saturdays worked in exchange (làm bù). Weekends inside the span that are
 * not listed are ordinary weekly rest days; weekdays inside the span are days off.
 *
 * This is the shape of `shared/data/vn-civil-service-calendar.json` and of what a host passes to
 * `WorkCalendar.extend` when the next year's notice is published.
 */
export interface CalendarOccasion {
  /** The year of the notice (1968–2100). */
  readonly year: number;
  /** The occasion's name, e.g. `Quốc khánh 2/9`. */
  readonly occasion: string;
  /** First day of the break (`YYYY-MM-DD`), weekends included. */
  readonly offFrom: string;
  /** Last day of the break (`YYYY-MM-DD`), weekends included. */
  readonly offTo: string;
  /** Labour Code holidays (Labour Code 2019 Art. 112(1)); may fall on a weekend. */
  readonly statutoryHolidays: readonly string[];
  /** Days off because a holiday fell on a weekly rest day (Labour Code 2019 Art. 111(3)). */
  readonly compensationDaysOff: readonly string[];
  /** Weekdays made free by an official swap for civil servants. */
  readonly swappedDaysOff: readonly string[];
  /** Saturdays that become working days to pay for the swap (may come before the swapped day). */
  readonly makeUpWorkingDays: readonly string[];
  /** `official`, `official; exact dates derived` or `derived` (see the data's status legend). */
  readonly status: string;
  /** Where the dates come from (notices, news pages reporting them). */
  readonly sources: readonly string[];
  /** Remarks on the record; the calendar shows them as the days' `DayInfo.note`. */
  readonly notes?: string;
}

/** A single day given a special meaning by an office or a host (per-office overrides). */
export interface CalendarDayOverride {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  /** Why, e.g. `Saturday-morning receipt` or `Provincial founding day`. */
  readonly name: string;
  /** Where the override comes from (a decision, a notice); listed in the day's `DayInfo.sources`. */
  readonly source?: string;
}

/** Calendar data: occasions from notices, plus per-office overrides. */
export interface CalendarData {
  /**
   * Years whose notices are complete. Their days come from the data alone (no Labour Code
   * projection) and are not provisional.
   */
  readonly announcedYears?: readonly number[];
  /** Occasions from the government notices, one record per occasion and year. */
  readonly occasions?: readonly CalendarOccasion[];
  /** Days that are working days for this office whatever else they are (e.g. a Saturday receipt). */
  readonly extraWorkingDays?: readonly CalendarDayOverride[];
  /** Days off for this office only (a local event). */
  readonly extraDaysOff?: readonly CalendarDayOverride[];
  /** What the data is (metadata of the shipped JSON; not used by the calendar). */
  readonly description?: string;
  /** The meaning of each record status (metadata of the shipped JSON; not used by the calendar). */
  readonly status?: Readonly<Record<string, string>>;
  /** Known gaps of the data (metadata of the shipped JSON; not used by the calendar). */
  readonly caveats?: readonly string[];
}

const isoDay = isoDayText();
const year = integerIn(1968, 2100);

const occasionSchema = z.strictObject({
  year,
  occasion: nonEmptyString(),
  offFrom: isoDay,
  offTo: isoDay,
  statutoryHolidays: z.array(isoDay),
  compensationDaysOff: z.array(isoDay),
  swappedDaysOff: z.array(isoDay),
  makeUpWorkingDays: z.array(isoDay),
  status: nonEmptyString(),
  sources: z.array(z.string()),
  notes: z.optional(z.string()),
});

const overrideSchema = z.strictObject({
  date: isoDay,
  name: nonEmptyString(),
  source: z.optional(z.string()),
});

/** Strict, so that a misspelt field is an error; the shipped JSON's own metadata fields are allowed. */
const calendarDataSchema = z.strictObject({
  announcedYears: z.optional(z.array(year)),
  occasions: z.optional(z.array(occasionSchema)),
  extraWorkingDays: z.optional(z.array(overrideSchema)),
  extraDaysOff: z.optional(z.array(overrideSchema)),
  description: z.optional(z.string()),
  status: z.optional(z.custom<Readonly<Record<string, string>>>(
    (v) => typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((s) => typeof s === 'string'),
    'expected an object of status → meaning texts',
  )),
  caveats: z.optional(z.array(z.string())),
});

/**
 * Checks calendar data (the shape of the shipped JSON) and returns it; throws `InvalidInputError`
 * naming every bad field. Dates are checked for form here and for being real days when the
 * calendar is built.
 * @example
 * const data = validateCalendarData({ extraDaysOff: [{ date: '2026-03-20', name: 'Đại hội Đảng bộ xã' }] });
 * vnCalendar({ data }).dayInfo('2026-03-20').kind // 'extra-day-off'
 * validateCalendarData({ extraDaysOff: [{ date: '20/03/2026', name: 'Đại hội Đảng bộ xã' }] }) // throws InvalidInputError
 */
export function validateCalendarData(data: unknown): CalendarData {
  const checked = validate(calendarDataSchema, data, 'calendar data') as CalendarData;
  checked.occasions?.forEach((o, i) => {
    const at = (field: string, j?: number) => (j === undefined ? ['occasions', i, field] : ['occasions', i, field, j]);
    const from = parseDay(o.offFrom, at('offFrom'));
    if (parseDay(o.offTo, at('offTo')) < from) {
      // A break is the span offFrom … offTo (spec/calendar.md, official data): reversed, it would vanish silently.
      throw new InvalidInputError('calendar data', [{ path: at('offTo'), message: `the break ends (${o.offTo}) before it starts (offFrom ${o.offFrom})` }]);
    }
    for (const field of ['statutoryHolidays', 'compensationDaysOff', 'swappedDaysOff', 'makeUpWorkingDays'] as const) {
      o[field].forEach((d, j) => parseDay(d, at(field, j)));
    }
  });
  checked.extraWorkingDays?.forEach((o, i) => parseDay(o.date, ['extraWorkingDays', i, 'date']));
  checked.extraDaysOff?.forEach((o, i) => parseDay(o.date, ['extraDaysOff', i, 'date']));
  return deepFreeze(checked);
}
