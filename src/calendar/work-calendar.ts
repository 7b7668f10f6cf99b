import { OutOfRangeError } from '../errors/out-of-range-error.js';
import { dayFromYmd, weekdayOf, type DayNumber } from '../time/day-number.js';
import { formatDay, VIETNAMESE_WEEKDAYS } from '../time/format.js';
import { parseDay, type DayInput } from '../time/parse.js';
import { checkAnnouncedYears } from './announced-years.js';
import { validateCalendarData, type CalendarData } from './calendar-data.js';
import type { DayInfo } from './day-kind.js';
import { IndexedWorkingDays, type WorkingDayArithmetic } from './working-day-arithmetic.js';
import { FIRST_YEAR, KIND_BY_CODE, LAST_YEAR, WorkingDayIndex, type CalendarRules } from './working-day-index.js';

/** Options of a calendar. */
export interface WorkCalendarOptions {
  /** Refuse (UnannouncedYearError) instead of projecting years without official data. */
  readonly strict?: boolean;
}

/**
 * An immutable working-day calendar: which days a Vietnamese agency works, with O(1) arithmetic
 * from a working-day index built on first use. Create one with `vnCalendar()`.
 *
 * Days are accepted as `'YYYY-MM-DD'`, moments (their Vietnamese day), `Date` or epoch ms, and
 * returned as `'YYYY-MM-DD'`. `days` offers the same on integer day numbers.
 * @example
 * const cal = vnCalendar();
 * cal instanceof WorkCalendar // true
 * cal.addWorkingDays('2025-08-28', 3) // '2025-09-04' — Quốc khánh 30/8 … 2/9 skipped
 * cal.dayInfo('2025-04-26').kind // 'make-up-working-day'
 */
export class WorkCalendar {
  /** Whether the calendar refuses years without official data (`UnannouncedYearError`) instead of projecting them. */
  readonly strict: boolean;
  readonly #rules: CalendarRules;
  #index: WorkingDayIndex | undefined;
  #days: IndexedWorkingDays | undefined;
  #iso: (string | undefined)[] | undefined;

  /** @internal Use `vnCalendar()`. */
  constructor(rules: CalendarRules, options: WorkCalendarOptions = {}) {
    this.#rules = Object.freeze({ ...rules, layers: Object.freeze([...rules.layers]) });
    this.strict = options.strict ?? false;
    Object.freeze(this);
  }

  #ix(): WorkingDayIndex {
    return (this.#index ??= new WorkingDayIndex(this.#rules));
  }

  /**
   * Day-number arithmetic with this calendar's rules (the index is built on first use).
   * @example
   * const days = vnCalendar().days;
   * formatDay(days.addWorkingDays(parseDay('2025-08-28'), 3)) // '2025-09-04'
   */
  get days(): WorkingDayArithmetic {
    return (this.#days ??= new IndexedWorkingDays(this.#ix(), this.strict));
  }

  #iso8601(day: DayNumber): string {
    const ix = this.#ix();
    const cache = (this.#iso ??= new Array<string | undefined>(ix.last - ix.first + 1));
    return (cache[day - ix.first] ??= formatDay(day));
  }

  /**
   * Whether the agency works on `day`.
   *
   * Basis: weekly rest Decision 188/1999/QĐ-TTg Art. 1 [S]; holidays Labour Code 2019 Art. 112 [S];
   * swaps and make-up Saturdays from the yearly notices (`spec/calendar.md`).
   * @example
   * vnCalendar().isWorkingDay('2025-04-26') // true — a make-up Saturday
   */
  isWorkingDay(day: DayInput): boolean {
    return this.days.isWorkingDay(parseDay(day));
  }

  /**
   * The day `n` working days after `day` (the start day is not counted; negative `n` goes back;
   * 0 returns `day` itself).
   *
   * Basis: Civil Code 2015 Art. 147(2) [S] applied to working days; days off from the
   * civil-service calendar (`spec/calendar.md`).
   * @example
   * vnCalendar().addWorkingDays('2025-04-25', 1) // '2025-04-26' — a make-up Saturday
   */
  addWorkingDays(day: DayInput, n: number): string {
    return this.#iso8601(this.days.addWorkingDays(parseDay(day), n));
  }

  /**
   * Working days from `from` to `to`: those in (from, to] going forward, and minus those in
   * [to, from) going back, so that `workingDaysBetween(d, addWorkingDays(d, n)) === n`.
   * @example
   * vnCalendar().workingDaysBetween('2025-08-29', '2025-09-03') // 1 — 30/8 to 2/9 are off
   */
  workingDaysBetween(from: DayInput, to: DayInput): number {
    return this.days.workingDaysBetween(parseDay(from, ['from']), parseDay(to, ['to']));
  }

  /**
   * The first working day after `day`.
   * @example
   * vnCalendar().nextWorkingDay('2025-08-29') // '2025-09-03'
   */
  nextWorkingDay(day: DayInput): string {
    return this.#iso8601(this.days.nextWorkingDay(parseDay(day)));
  }

  /**
   * The last working day before `day`.
   * @example
   * vnCalendar().previousWorkingDay('2025-09-03') // '2025-08-29'
   */
  previousWorkingDay(day: DayInput): string {
    return this.#iso8601(this.days.previousWorkingDay(parseDay(day)));
  }

  /**
   * Everything known about a day: working or not, its kind, occasion, sources, legal basis and
   * whether it is provisional.
   * @example
   * vnCalendar().dayInfo('2026-11-24').occasion // 'Ngày Văn hóa Việt Nam (24/11)'
   */
  dayInfo(day: DayInput): DayInfo {
    return this.#info(parseDay(day));
  }

  #info(day: DayNumber): DayInfo {
    const working = this.days.isWorkingDay(day);
    const ix = this.#ix();
    const i = day - ix.first;
    const kind = KIND_BY_CODE[ix.kinds[i]!]!;
    const detail = ix.details.get(day);
    const info: DayInfo = {
      date: this.#iso8601(day),
      weekday: VIETNAMESE_WEEKDAYS[weekdayOf(day)]!,
      working,
      kind,
      origin: detail?.origin ?? 'weekly-pattern',
      sources: detail?.sources ?? [],
      provisional: this.days.isProvisional(day, day),
      ...(detail?.occasion !== undefined ? { occasion: detail.occasion } : {}),
      ...(detail?.status !== undefined ? { status: detail.status } : {}),
      ...(detail?.basis !== undefined ? { basis: detail.basis } : {}),
      ...(detail?.note !== undefined ? { note: detail.note } : {}),
    };
    return Object.freeze(info);
  }

  /**
   * The days of `year` that are not plain working weekdays or plain weekends: holidays,
   * compensation days, swapped days off, make-up and extra working days, and weekends inside a
   * break — what `motcua calendar 2026` lists.
   * @example
   * vnCalendar().notableDays(2026).filter((d) => !d.working && d.kind !== 'weekly-rest').length // 15
   */
  notableDays(year: number): DayInfo[] {
    if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
      throw new OutOfRangeError(`${year} is outside the calendar's range ${FIRST_YEAR}–${LAST_YEAR}`, ['year']);
    }
    const ix = this.#ix();
    const result: DayInfo[] = [];
    for (let d = dayFromYmd(year, 1, 1), end = dayFromYmd(year, 12, 31); d <= end; d++) {
      if (ix.details.has(d)) result.push(this.#info(d));
    }
    return result;
  }

  /**
   * A new calendar with more data: the next year's notice (same shape as the shipped data), or
   * per-office overrides (`extraWorkingDays`, `extraDaysOff`). Days the data does not name keep
   * their meaning; `announcedYears` marks years as complete (no projection, not provisional).
   * @example
   * const cal = vnCalendar();
   * const office = cal.extend({ extraWorkingDays: [{ date: '2026-03-07', name: 'Tiếp nhận sáng thứ Bảy' }] });
   * office.isWorkingDay('2026-03-07') // true — a Saturday worked by this office
   * cal.isWorkingDay('2026-03-07') // false — the original calendar is unchanged
   */
  extend(data: CalendarData): WorkCalendar {
    const checked = validateCalendarData(data);
    checkAnnouncedYears(this.#rules.layers, checked);
    return new WorkCalendar({ ...this.#rules, layers: [...this.#rules.layers, checked] }, { strict: this.strict });
  }
}
