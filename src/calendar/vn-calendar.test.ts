import { describe, expect, it } from 'vitest';
import { expectedFromSharedData, isoRange, isoWeekday } from '../../test/support/shared-calendar.js';
import { InvalidDayError, InvalidInputError, OutOfRangeError, UnannouncedYearError } from '../errors/index.js';
import { withOfficialSources } from './sources/index.js';
import { weekdayOf } from '../time/day-number.js';
import { formatDay } from '../time/format.js';
import { checkAnnouncedYears } from './announced-years.js';
import { holidayListFor } from './labour-code.js';
import { officialDays } from './official-days.js';
import { projectYear } from './projection.js';
import { vnCalendar } from './vn-calendar.js';

const cal = vnCalendar();

describe('vnCalendar — every day 2015–2027 as the official data says', () => {
  const expected = expectedFromSharedData();
  const days = isoRange('2015-01-01', '2027-12-31');

  it('classifies each of the 4,748 days', () => {
    expect(days).toHaveLength(4748);
    const wrong: string[] = [];
    for (const d of days) {
      const e = expected.get(d);
      const weekend = isoWeekday(d) === 0 || isoWeekday(d) === 6;
      const working = e ? e.working : !weekend;
      const info = cal.dayInfo(d);
      if (info.working !== working || cal.isWorkingDay(d) !== working) wrong.push(`${d}: working=${info.working}`);
      const kind = e ? e.kind : weekend ? 'weekly-rest' : 'ordinary';
      if (info.kind !== kind) wrong.push(`${d}: kind ${info.kind}, expected ${kind}`);
    }
    expect(wrong).toEqual([]);
  });

  it('counts 102 weekday days off in 2018–2026 plus the 2026 Culture Day, and every make-up Saturday', () => {
    // The spec's count of 102 (the date-holidays comparison) predates the Culture Day 24/11/2026.
    const weekdayOff = isoRange('2018-01-01', '2026-12-31').filter((d) => isoWeekday(d) % 6 !== 0 && !cal.isWorkingDay(d));
    expect(weekdayOff.filter((d) => d !== '2026-11-24')).toHaveLength(102);
    expect(weekdayOff).toContain('2026-11-24');
    const makeUp = [...expected].filter(([, e]) => e.kind === 'make-up-working-day').map(([d]) => d);
    expect(makeUp.sort()).toEqual([
      '2014-12-27', '2015-02-14', '2015-04-25', '2019-01-05', '2019-05-04', '2024-05-04', '2025-04-26', '2026-01-10', '2026-08-22',
    ]);
    for (const d of makeUp) expect(cal.dayInfo(d)).toMatchObject({ working: true, kind: 'make-up-working-day' });
  });

  it('has the 2026 Culture Day off with no swap', () => {
    expect(cal.dayInfo('2026-11-24')).toMatchObject({
      working: false, kind: 'statutory-holiday', occasion: 'Ngày Văn hóa Việt Nam (24/11)', provisional: false,
      basis: { source: 'Resolution 28/2026/QH16' },
    });
    expect(cal.isWorkingDay('2026-11-23')).toBe(true);
    expect(cal.isWorkingDay('2026-11-28')).toBe(false);
  });

  it('tags weekends inside a break with the occasion and explains swaps', () => {
    expect(cal.dayInfo('2025-08-30')).toMatchObject({ kind: 'weekly-rest', occasion: 'Quốc khánh 2/9', working: false });
    expect(cal.dayInfo('2025-05-02')).toMatchObject({ kind: 'swapped-day-off', working: false, status: 'official' });
    // The core carries the days; their sources ship in motcua/calendar/sources.
    expect(cal.dayInfo('2025-05-02').sources).toEqual([]);
    expect(withOfficialSources(cal.dayInfo('2025-05-02')).sources.length).toBeGreaterThan(0);
    expect(cal.dayInfo('2025-06-10')).toMatchObject({ kind: 'ordinary', working: true, origin: 'weekly-pattern', sources: [] });
  });

  it('marks 2027 provisional and 2026 not', () => {
    expect(cal.dayInfo('2027-02-05').provisional).toBe(true);
    expect(cal.dayInfo('2026-12-31').provisional).toBe(false);
    expect(cal.days.isProvisional(20_000, 20_100)).toBe(false);
  });
});

describe('vnCalendar — arithmetic', () => {
  it('adds working days across a make-up Saturday', () => {
    expect(cal.addWorkingDays('2025-04-25', 1)).toBe('2025-04-26');
    expect(cal.addWorkingDays('2025-04-26', 1)).toBe('2025-04-28');
  });

  it('skips Quốc khánh 2025 (spec worked example 1, mode A)', () => {
    expect(cal.addWorkingDays('2025-08-28', 3)).toBe('2025-09-04');
    expect(cal.nextWorkingDay('2025-08-29')).toBe('2025-09-03');
    expect(cal.previousWorkingDay('2025-09-03')).toBe('2025-08-29');
    expect(cal.workingDaysBetween('2025-08-29', '2025-09-03')).toBe(1);
  });

  it('needs the 27/4/2026 compensation day (spec worked example 2)', () => {
    expect(cal.addWorkingDays('2026-04-23', 5)).toBe('2026-05-05');
  });

  it('handles 0 and negative counts', () => {
    expect(cal.addWorkingDays('2025-09-01', 0)).toBe('2025-09-01');
    expect(cal.addWorkingDays('2025-09-03', -1)).toBe('2025-08-29');
    expect(cal.addWorkingDays('2025-09-01', -1)).toBe('2025-08-29');
    expect(cal.workingDaysBetween('2025-09-01', '2025-08-29')).toBe(-1);
  });

  it('accepts moments, Dates and epoch ms as days, in Vietnamese time', () => {
    // 2025-08-31T18:00Z is already 1 September in Vietnam.
    expect(cal.isWorkingDay(new Date('2025-08-31T18:00:00Z'))).toBe(false);
    expect(cal.addWorkingDays(Date.parse('2025-09-02T17:30:00Z'), 1)).toBe('2025-09-04');
    expect(cal.addWorkingDays('2025-09-03T08:00', 0)).toBe('2025-09-03');
  });
});

describe('vnCalendar — errors', () => {
  it('rejects impossible days with a typed error naming the input', () => {
    expect(() => cal.isWorkingDay('2025-02-29')).toThrow(InvalidDayError);
    expect(() => cal.isWorkingDay('2025-02-29')).toThrow(/2025-02-29/);
    expect(() => cal.isWorkingDay(Number.NaN)).toThrow(InvalidDayError);
    expect(() => cal.isWorkingDay(20_000)).toThrow(/day number/);
  });

  it('refuses days outside 1968–2100 and walks that leave it', () => {
    expect(() => cal.isWorkingDay('1967-12-31')).toThrow(OutOfRangeError);
    expect(() => cal.addWorkingDays('2100-12-20', 30)).toThrow(OutOfRangeError);
    try {
      cal.isWorkingDay('2101-01-01');
    } catch (e) {
      expect((e as OutOfRangeError).code).toBe('OUT_OF_RANGE');
    }
  });

  it('refuses fractional counts', () => {
    expect(() => cal.addWorkingDays('2025-01-02', 1.5)).toThrow(InvalidInputError);
  });

  it('a whole count too big for 32 bits walks out of the calendar (not "expected a whole number")', () => {
    for (const n of [3e9, -3e9]) {
      const error = (() => {
        try {
          cal.addWorkingDays('2025-01-01', n);
        } catch (e) {
          return e;
        }
        throw new Error('accepted');
      })();
      expect(error).toBeInstanceOf(OutOfRangeError);
      expect(error).toMatchObject({ code: 'OUT_OF_RANGE', message: `${n} working days from 2025-01-01 leave the calendar's range 1968–2100` });
    }
    expect(() => cal.addWorkingDays('2025-01-02', Infinity)).toThrow(/^Invalid working-day count: n: expected a whole number, got Infinity$/);
  });

  it('a day number that is not whole is not a day, rather than outside the range', () => {
    for (const day of [20333.5, Number.NaN]) {
      const error = (() => {
        try {
          cal.days.isWorkingDay(day);
        } catch (e) {
          return e;
        }
        throw new Error('accepted');
      })();
      expect(error).toBeInstanceOf(InvalidDayError);
      expect(error).toMatchObject({ code: 'INVALID_DAY', message: `Not a calendar day: ${day} (expected a whole day number (0 is 1970-01-01))` });
    }
    expect(() => cal.days.addWorkingDays(20333.5, 1)).toThrow(InvalidDayError);
    expect(() => cal.days.isWorkingDay(1e6)).toThrow(/^4707-11-29 is outside the calendar's range 1968-01-01 … 2100-12-31$/);
  });

  it('strict mode refuses unannounced years and names the year', () => {
    const strict = vnCalendar({ strict: true });
    expect(strict.isWorkingDay('2026-06-01')).toBe(true);
    expect(() => strict.isWorkingDay('2027-06-01')).toThrow(UnannouncedYearError);
    expect(() => strict.addWorkingDays('2026-12-30', 5)).toThrow(/2027/);
    expect(() => strict.dayInfo('2014-06-02')).toThrow(UnannouncedYearError);
  });

  it('validates options', () => {
    expect(() => vnCalendar({ weeklyRestDays: [7] })).toThrow(InvalidInputError);
    expect(() => vnCalendar({ preset: 'bank' as never })).toThrow(/preset/);
  });

  it('refuses a misspelt option by name instead of ignoring it', () => {
    const error = (() => {
      try {
        vnCalendar({ stirct: true } as never);
      } catch (e) {
        return e as InvalidInputError;
      }
      throw new Error('accepted');
    })();
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error.issues).toEqual([{ path: ['stirct'], message: 'unknown field "stirct" (did you mean strict?); allowed: preset, strict, weeklyRestDays, data, makeUpWorkingDays' }]);
  });
});

describe('vnCalendar — presets and overrides', () => {
  it('enterprise: no swaps, make-up Saturdays stay rest days', () => {
    const ent = vnCalendar({ preset: 'enterprise' });
    expect(ent.isWorkingDay('2025-05-02')).toBe(true);
    expect(ent.isWorkingDay('2025-04-26')).toBe(false);
    expect(ent.isWorkingDay('2025-09-01')).toBe(false);
    const expected = expectedFromSharedData({ swaps: false });
    for (const [d, e] of expected) expect(ent.isWorkingDay(d), d).toBe(e.working);
  });

  it('per-office overrides: Saturday receipt and a local day off', () => {
    const office = cal.extend({
      extraWorkingDays: [{ date: '2026-03-07', name: 'Saturday-morning receipt' }],
      extraDaysOff: [{ date: '2026-03-09', name: 'Provincial event' }],
    });
    expect(office.dayInfo('2026-03-07')).toMatchObject({ working: true, kind: 'extra-working-day', origin: 'host-data' });
    expect(office.dayInfo('2026-03-09')).toMatchObject({ working: false, kind: 'extra-day-off' });
    expect(cal.isWorkingDay('2026-03-07')).toBe(false);
    expect(office.addWorkingDays('2026-03-06', 1)).toBe('2026-03-07');
  });

  it('an office open every Saturday still closes on holidays', () => {
    const saturdays = vnCalendar({ weeklyRestDays: [0] });
    expect(saturdays.isWorkingDay('2026-03-07')).toBe(true);
    expect(saturdays.isWorkingDay('2025-08-30')).toBe(true);
    expect(saturdays.isWorkingDay('2023-04-29')).toBe(false); // Giỗ Tổ on a Saturday
    expect(saturdays.isWorkingDay('2026-02-21')).toBe(true); // a plain Saturday inside the Tết break
  });

  it('adds next year’s notice as data, and announcing the year ends projection and provisional', () => {
    const notice = {
      announcedYears: [2028],
      occasions: [{
        year: 2028, occasion: 'Tết Nguyên đán (Mậu Thân)', offFrom: '2028-01-22', offTo: '2028-01-30',
        statutoryHolidays: ['2028-01-24', '2028-01-25', '2028-01-26', '2028-01-27', '2028-01-28'],
        compensationDaysOff: [], swappedDaysOff: [], makeUpWorkingDays: [], status: 'official', sources: ['test notice'],
      }],
    };
    // Announcing 2028 with its Tết alone would make 1/5, 2/9 … working days: refused, naming them.
    expect(() => cal.extend(notice)).toThrow(/announcedYears\.0: announces 2028 but names no day off on 2028-04-04 \(Giỗ Tổ Hùng Vương\), 2028-05-01 \(Ngày Quốc tế Lao động 1\/5\), 2028-09-01 \(Quốc khánh 2\/9\), 2028-11-24/);
    expect(() => vnCalendar({ data: notice })).toThrow(InvalidInputError);
    // Not announced, the notice overlays the projection: Tết from the notice, 1/5 still projected.
    const partial = cal.extend({ occasions: notice.occasions });
    expect(partial.dayInfo('2028-01-24')).toMatchObject({ working: false, origin: 'host-data' });
    expect(partial.isWorkingDay('2028-05-01')).toBe(false);
    // The whole year's notice (here built from the projection, one occasion per day off) announces it.
    const weekend = (day: number) => weekdayOf(day) === 0 || weekdayOf(day) === 6;
    const whole = projectYear(2028, holidayListFor(2028), weekend).map((p) => {
      const day = formatDay(p.day);
      return { year: 2028, occasion: p.occasion, offFrom: day, offTo: day, statutoryHolidays: p.kind === 'statutory-holiday' ? [day] : [],
        compensationDaysOff: p.kind === 'compensation-day' ? [day] : [], swappedDaysOff: [], makeUpWorkingDays: [], status: 'official', sources: ['test notice'] };
    });
    const next = cal.extend({ announcedYears: [2028], occasions: whole });
    expect(next.dayInfo('2028-05-01')).toMatchObject({ working: false, provisional: false, origin: 'host-data' });
    expect(cal.dayInfo('2028-05-01').provisional).toBe(true);
  });

  it('the shipped data names every weekday holiday of its announced years (the check holds for it)', () => {
    expect(() => checkAnnouncedYears([], officialDays())).not.toThrow();
  });

  it('rejects malformed data with the path', () => {
    expect(() => cal.extend({ extraDaysOff: [{ date: '2026-02-30', name: 'x' }] })).toThrow(/extraDaysOff\.0\.date/);
    expect(() => cal.extend({ occasions: [{ year: 2028 } as never] })).toThrow(InvalidInputError);
    // A misspelt field is an error, not silently nothing (the office's Saturday would stay a rest day).
    expect(() => cal.extend({ extraWorkingDay: [{ date: '2026-03-07', name: 'x' }] } as never)).toThrow(/extraWorkingDay: unknown field/);
    expect(() => cal.extend({ extraDaysOff: [{ date: '2026-03-09', name: 'x', sorce: 'y' }] } as never)).toThrow(/extraDaysOff\.0\.sorce: unknown field/);
  });

  it('is immutable', () => {
    expect(Object.isFrozen(cal)).toBe(true);
    expect(Object.isFrozen(cal.dayInfo('2025-09-02'))).toBe(true);
    expect(vnCalendar()).toBe(cal);
  });
});

describe('vnCalendar — make-up days switched off (peer systems)', () => {
  it('keeps swapped days off but turns make-up Saturdays into rest days', () => {
    const noMakeUp = vnCalendar({ makeUpWorkingDays: false });
    expect(noMakeUp.isWorkingDay('2025-04-26')).toBe(false);
    expect(noMakeUp.isWorkingDay('2025-05-02')).toBe(false);
    expect(noMakeUp.dayInfo('2025-04-26').note).toMatch(/make-up/);
    expect(vnCalendar({ makeUpWorkingDays: false })).toBe(noMakeUp);
  });
});

describe('vnCalendar — part of a notice for an unannounced year', () => {
  it('overlays the projection: days the notice does not name keep their projected meaning', () => {
    const tet2028 = cal.extend({
      occasions: [{
        year: 2028, occasion: 'Tết Nguyên đán (Mậu Thân)', offFrom: '2028-01-22', offTo: '2028-01-30',
        statutoryHolidays: ['2028-01-24', '2028-01-25', '2028-01-26', '2028-01-27', '2028-01-28'],
        compensationDaysOff: [], swappedDaysOff: [], makeUpWorkingDays: [], status: 'official', sources: ['test notice'],
      }],
    });
    expect(tet2028.isWorkingDay('2028-01-24')).toBe(false);
    expect(tet2028.isWorkingDay('2028-05-01')).toBe(false); // projected 1/5 still off
    expect(tet2028.dayInfo('2028-09-01').working).toBe(cal.dayInfo('2028-09-01').working);
    expect(tet2028.dayInfo('2028-05-01').provisional).toBe(true);
  });
});
