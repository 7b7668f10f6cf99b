import { cite, type Citation } from '../citation/citation.js';

/** How a projected holiday's date is found in a given year. */
export type HolidayDate =
  /** A fixed Gregorian month and day. */
  | {
      /** Discriminant: a fixed Gregorian date. */
      readonly type: 'fixed';
      /** Month, 1–12. */
      readonly month: number;
      /** Day of the month, 1–31. */
      readonly day: number;
    }
  /** Days around lunar New Year (1/1 lunar, Vietnamese meridian): offsets from Tết, inclusive. */
  | {
      /** Discriminant: days around Tết. */
      readonly type: 'tet';
      /** First day off, in days from 1/1 lunar (`-2`: two days before). */
      readonly fromOffset: number;
      /** Last day off, in days from 1/1 lunar (`2`: mùng 3). */
      readonly toOffset: number;
    }
  /** 10/3 lunar. */
  | {
      /** Discriminant: Giỗ Tổ Hùng Vương, 10/3 lunar. */
      readonly type: 'hung-kings';
    }
  /**
   * 2/9 plus the day before or after it (Labour Code 2019 Art. 112(1)(đ)); the Prime Minister picks
   * the day (Art. 112(3)). `afterOnWeekdays` lists the weekdays of 2/9 (0 Sunday … 6 Saturday) on
   * which the day after is taken; on the others, the day before.
   */
  | {
      /** Discriminant: 2/9 and the day before or after it. */
      readonly type: 'national-day-pair';
      /** Weekdays of 2/9 (0 Sunday … 6 Saturday) on which the day after is taken; on the others, the day before. */
      readonly afterOnWeekdays: readonly number[];
    };

/** One statutory holiday as a projection rule. */
export interface HolidayRule {
  /** The holiday's Vietnamese name, e.g. `Quốc khánh 2/9`. */
  readonly name: string;
  /** How its date is found in a given year. */
  readonly date: HolidayDate;
  /** First day on which the rule applies (`YYYY-MM-DD`), if later than the list's. */
  readonly validFrom?: string;
  /** The article granting the holiday. */
  readonly basis: Citation;
}

/** A Labour Code list of paid holidays with the years it governs. */
export interface HolidayList {
  /** Stable id: `labour-code-2012` or `labour-code-2019`. */
  readonly id: string;
  /** First year the projection applies the list to. */
  readonly fromYear: number;
  /** Last year the projection applies the list to. */
  readonly toYear: number;
  /** The paid holidays, one rule each. */
  readonly holidays: readonly HolidayRule[];
  /** The article listing the holidays. */
  readonly holidaysBasis: Citation;
  /** When a holiday falls on a weekly rest day, the next working day is off. */
  readonly compensation: Citation;
}

const LC2012 = 'Labour Code 2012 (Law 10/2012/QH13)';
const LC2019 = 'Labour Code 2019 (Law 45/2019/QH14)';

/**
 * Tết: five days. The notices usually give the two days before 1/1 lunar and mùng 1–3 (2015,
 * 2017, 2018, 2020, 2021, 2023–2025); where that starts on a Sunday they start on the Monday
 * (2019, 2022, 2026), which gives the same weekdays off once the compensation rule runs.
 */
const TET: HolidayDate = { type: 'tet', fromOffset: -2, toOffset: 2 };

/**
 * The Labour Code 2012 list, applied by the projection to every year up to 2020. It is
 * anachronistic before 2013 (the 1994 code had 4 Tết days and no Hùng Kings day until 2007);
 * projected years are marked provisional. Holidays: Labour Code 2012 Art. 115(1); compensation
 * days: Art. 115(3).
 * @example
 * holidayListFor(2020) === LABOUR_CODE_2012 // true
 * LABOUR_CODE_2012.holidays.length // 6 — one day for Quốc khánh before 2021
 * LABOUR_CODE_2012.compensation.article // 'Art. 115(3)'
 */
export const LABOUR_CODE_2012: HolidayList = Object.freeze({
  id: 'labour-code-2012',
  fromYear: 1968,
  toYear: 2020,
  holidays: Object.freeze([
    { name: 'Tết Dương lịch', date: { type: 'fixed', month: 1, day: 1 }, basis: cite(LC2012, 'Art. 115(1)(a)', 'S') },
    { name: 'Tết Nguyên đán', date: TET, basis: cite(LC2012, 'Art. 115(1)(b)', 'S') },
    { name: 'Giỗ Tổ Hùng Vương', date: { type: 'hung-kings' }, basis: cite(LC2012, 'Art. 115(1)(e)', 'S') },
    { name: 'Ngày Chiến thắng 30/4', date: { type: 'fixed', month: 4, day: 30 }, basis: cite(LC2012, 'Art. 115(1)(c)', 'S') },
    { name: 'Ngày Quốc tế Lao động 1/5', date: { type: 'fixed', month: 5, day: 1 }, basis: cite(LC2012, 'Art. 115(1)(d)', 'S') },
    { name: 'Quốc khánh 2/9', date: { type: 'fixed', month: 9, day: 2 }, basis: cite(LC2012, 'Art. 115(1)(đ)', 'S') },
  ] satisfies HolidayRule[]),
  holidaysBasis: cite(LC2012, 'Art. 115(1)', 'S'),
  compensation: cite(LC2012, 'Art. 115(3)', 'S'),
});

/**
 * The Labour Code 2019 list (from 2021-01-01): National Day becomes two days. The second day's
 * choice follows every notice 2021–2027: the day after when 2/9 is a Monday or a Thursday (joining
 * the weekend or an adjacent day), otherwise the day before. The Culture Day (24/11) is added from
 * 2026-07-01 by Resolution 28/2026/QH16 [S]. Holidays: Labour Code 2019 Art. 112(1); compensation
 * days: Art. 111(3).
 * @example
 * holidayListFor(2021) === LABOUR_CODE_2019 // true
 * LABOUR_CODE_2019.compensation.article // 'Art. 111(3)'
 * LABOUR_CODE_2019.holidays.at(-1)?.validFrom // '2026-07-01' — Ngày Văn hóa Việt Nam 24/11
 */
export const LABOUR_CODE_2019: HolidayList = Object.freeze({
  id: 'labour-code-2019',
  fromYear: 2021,
  toYear: 2100,
  holidays: Object.freeze([
    { name: 'Tết Dương lịch', date: { type: 'fixed', month: 1, day: 1 }, basis: cite(LC2019, 'Art. 112(1)(a)', 'S') },
    { name: 'Tết Nguyên đán', date: TET, basis: cite(LC2019, 'Art. 112(1)(b)', 'S') },
    { name: 'Giỗ Tổ Hùng Vương', date: { type: 'hung-kings' }, basis: cite(LC2019, 'Art. 112(1)(e)', 'S') },
    { name: 'Ngày Chiến thắng 30/4', date: { type: 'fixed', month: 4, day: 30 }, basis: cite(LC2019, 'Art. 112(1)(c)', 'S') },
    { name: 'Ngày Quốc tế Lao động 1/5', date: { type: 'fixed', month: 5, day: 1 }, basis: cite(LC2019, 'Art. 112(1)(d)', 'S') },
    {
      name: 'Quốc khánh 2/9',
      date: { type: 'national-day-pair', afterOnWeekdays: [1, 4] },
      basis: cite(LC2019, 'Art. 112(1)(đ), 112(3)', 'S'),
    },
    {
      name: 'Ngày Văn hóa Việt Nam 24/11',
      date: { type: 'fixed', month: 11, day: 24 },
      validFrom: '2026-07-01',
      basis: cite('Resolution 28/2026/QH16', undefined, 'S'),
    },
  ] satisfies HolidayRule[]),
  holidaysBasis: cite(LC2019, 'Art. 112(1)', 'S'),
  compensation: cite(LC2019, 'Art. 111(3)', 'S'),
});

/** The lists the projection uses, oldest first. */
export const HOLIDAY_LISTS: readonly HolidayList[] = Object.freeze([LABOUR_CODE_2012, LABOUR_CODE_2019]);

/**
 * The holiday list governing `year` (the 2012 list up to 2020, the 2019 list from 2021).
 *
 * Basis: Labour Code 2012 Art. 115(1); Labour Code 2019 Art. 112(1), in force from 2021-01-01 [S].
 * @example
 * holidayListFor(2020).id // 'labour-code-2012'
 * holidayListFor(2030).id // 'labour-code-2019'
 * holidayListFor(2030) === LABOUR_CODE_2019 // true
 */
export function holidayListFor(year: number): HolidayList {
  return year >= LABOUR_CODE_2019.fromYear ? LABOUR_CODE_2019 : LABOUR_CODE_2012;
}
