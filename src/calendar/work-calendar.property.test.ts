import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromYmd, weekdayOf } from '../time/day-number.js';
import { formatDay } from '../time/format.js';
import { vnCalendar } from './vn-calendar.js';

const cal = vnCalendar();
const { days } = cal;
/** Days 1970–2098, leaving room for walks of up to ±400 working days. */
const day = fc.integer({ min: dayFromYmd(1970, 1, 1), max: dayFromYmd(2098, 12, 31) });
const count = fc.integer({ min: -400, max: 400 });

describe('WorkCalendar properties', () => {
  it('workingDaysBetween(d, addWorkingDays(d, n)) === n', () => {
    fc.assert(fc.property(day, count, (d, n) => days.workingDaysBetween(d, days.addWorkingDays(d, n)) === n), { numRuns: 5000 });
  });

  it('addWorkingDays lands on a working day (n ≠ 0) and is strictly monotone in n', () => {
    fc.assert(
      fc.property(day, count, count, (d, a, b) => {
        if (a !== 0) expect(days.isWorkingDay(days.addWorkingDays(d, a))).toBe(true);
        if (a < b) expect(days.addWorkingDays(d, a)).toBeLessThanOrEqual(days.addWorkingDays(d, b));
        if (a < b && a !== 0 && b !== 0) expect(days.addWorkingDays(d, a)).toBeLessThan(days.addWorkingDays(d, b));
      }),
      { numRuns: 3000 },
    );
  });

  it('is monotone in the start day', () => {
    fc.assert(
      fc.property(day, day, fc.integer({ min: 1, max: 400 }), (a, b, n) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(days.addWorkingDays(lo, n)).toBeLessThanOrEqual(days.addWorkingDays(hi, n));
      }),
    );
  });

  it('agrees with a naive day-by-day walk', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 60 }), (d, n) => {
        let x = d;
        for (let left = n; left > 0; ) if (days.isWorkingDay(++x)) left--;
        expect(days.addWorkingDays(d, n)).toBe(x);
      }),
      { numRuns: 2000 },
    );
  });

  it('string and day-number APIs agree', () => {
    fc.assert(
      fc.property(day, count, (d, n) => {
        expect(cal.addWorkingDays(formatDay(d), n)).toBe(formatDay(days.addWorkingDays(d, n)));
        expect(cal.isWorkingDay(formatDay(d))).toBe(days.isWorkingDay(d));
      }),
    );
  });

  it('a make-up working day is a working day even on a Saturday', () => {
    for (let year = 2015; year <= 2027; year++) {
      for (const info of cal.notableDays(year).filter((i) => i.kind === 'make-up-working-day')) {
        expect(info.working).toBe(true);
        expect(cal.isWorkingDay(info.date)).toBe(true);
      }
    }
  });

  it('extend never changes days it does not name', () => {
    const isoDay = day.map(formatDay);
    fc.assert(
      fc.property(fc.uniqueArray(isoDay, { maxLength: 5 }), fc.uniqueArray(isoDay, { maxLength: 5 }), day, (work, off, probe) => {
        const named = new Set([...work, ...off]);
        fc.pre(!named.has(formatDay(probe)));
        const extended = cal.extend({
          extraWorkingDays: work.map((date) => ({ date, name: 'extra' })),
          extraDaysOff: off.filter((d) => !work.includes(d)).map((date) => ({ date, name: 'off' })),
        });
        expect(extended.days.isWorkingDay(probe)).toBe(days.isWorkingDay(probe));
        for (const d of work) expect(extended.isWorkingDay(d)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('weekly rest days are never working unless data says so', () => {
    fc.assert(
      fc.property(day, (d) => {
        const info = cal.dayInfo(formatDay(d));
        if (weekdayOf(d) === 0) expect(info.working).toBe(false);
        if (info.working && weekdayOf(d) === 6) expect(info.kind).toBe('make-up-working-day');
      }),
    );
  });
});
