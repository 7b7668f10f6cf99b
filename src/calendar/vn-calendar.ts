import * as z from 'zod/mini';
import { integerIn, oneOf } from '../errors/schemas.js';
import { validate } from '../errors/validate.js';
import { checkAnnouncedYears } from './announced-years.js';
import { validateCalendarData, type CalendarData } from './calendar-data.js';
import { officialDays } from './official-days.js';
import { WorkCalendar } from './work-calendar.js';

/**
 * Which rules a calendar follows:
 * - `civil-service` — state agencies: official days off, compensation days, the yearly swaps and
 *   make-up Saturdays (`spec/calendar.md`).
 * - `enterprise` — the Labour Code without civil-service swaps: swapped days stay working days and
 *   make-up Saturdays stay rest days (Labour Code 2019 Art. 111–112 [S]).
 */
export type CalendarPreset = 'civil-service' | 'enterprise';

/** Options of `vnCalendar`. */
export interface VnCalendarOptions {
  /** Default `civil-service`. */
  readonly preset?: CalendarPreset;
  /** Throw UnannouncedYearError for years without official data instead of projecting them. */
  readonly strict?: boolean;
  /**
   * Weekly rest days, 0 Sunday … 6 Saturday. Default Saturday and Sunday (Decision 188/1999/QĐ-TTg
   * Art. 1 [S]). An office open on Saturday mornings for receipt passes `[0]`.
   */
  readonly weeklyRestDays?: readonly number[];
  /** Extra data on top of the shipped official data (the next notice, per-office overrides). */
  readonly data?: CalendarData;
  /**
   * Whether make-up Saturdays are working days (default true). `false` reproduces systems that
   * cannot represent them (the Thanh Hóa preset) — not the law.
   */
  readonly makeUpWorkingDays?: boolean;
}

const optionsSchema = z.optional(
  z.strictObject({
    preset: z.optional(oneOf(['civil-service', 'enterprise'])),
    strict: z.optional(z.boolean()),
    weeklyRestDays: z.optional(z.array(integerIn(0, 6))),
    data: z.optional(z.unknown()),
    makeUpWorkingDays: z.optional(z.boolean()),
  }),
);

const SATURDAY_SUNDAY = Object.freeze([0, 6]);
/** Calendars without extra data are immutable and costly to index, so one per preset is kept. */
const shared = new Map<string, WorkCalendar>();
const DEFAULT_KEY = 'civil-service/false/true';

/**
 * The Vietnamese working calendar: the shipped official data 2015–2027 (make-up Saturdays and the
 * 2026 Culture Day included), other years projected from the Labour Code and marked provisional.
 *
 * @example
 * const cal = vnCalendar();
 * cal.isWorkingDay('2025-09-01') // false — Quốc khánh
 * cal.addWorkingDays('2025-08-28', 3) // '2025-09-04'
 * cal.dayInfo('2026-04-27').kind // 'compensation-day'
 */
export function vnCalendar(options?: VnCalendarOptions): WorkCalendar {
  if (options === undefined) {
    const cached = shared.get(DEFAULT_KEY);
    if (cached) return cached;
  }
  const checked = validate(optionsSchema, options, 'calendar options');
  const preset = checked?.preset ?? 'civil-service';
  const strict = checked?.strict ?? false;
  const makeUpDays = checked?.makeUpWorkingDays ?? true;
  const weeklyRestDays = checked?.weeklyRestDays ?? SATURDAY_SUNDAY;
  const plain = checked?.data === undefined && checked?.weeklyRestDays === undefined;
  const key = `${preset}/${strict}/${makeUpDays}`;
  if (plain && shared.has(key)) return shared.get(key)!;
  const layers: CalendarData[] = [officialDays()];
  if (checked?.data !== undefined) {
    const data = validateCalendarData(checked.data);
    checkAnnouncedYears(layers, data);
    layers.push(data);
  }
  const calendar = new WorkCalendar({ layers, swaps: preset === 'civil-service', makeUpDays, weeklyRestDays }, { strict });
  if (plain) shared.set(key, calendar);
  return calendar;
}
