import { describe, expect, it } from 'vitest';
import { OutOfRangeError } from '../errors/out-of-range-error.js';
import { isoRange, isoWeekday, sharedOccasions } from '../../test/support/shared-calendar.js';
import { dayFromYmd, weekdayOf, type DayNumber } from '../time/day-number.js';
import { formatDay } from '../time/format.js';
import { parseDay } from '../time/parse.js';
import { holidayListFor, LABOUR_CODE_2019 } from './labour-code.js';
import { projectYear } from './projection.js';

const weekend = (d: DayNumber) => weekdayOf(d) === 0 || weekdayOf(d) === 6;

/** Weekday days off of a year from the projection. */
function projectedWeekdaysOff(year: number): string[] {
  return projectYear(year, holidayListFor(year), weekend).filter((p) => !weekend(p.day)).map((p) => formatDay(p.day)).sort();
}

/** Weekday days off of a year from the official data, with civil-service swaps removed. */
function officialWeekdaysOffWithoutSwaps(year: number): string[] {
  const off = new Set<string>();
  for (const o of sharedOccasions()) {
    for (const d of isoRange(o.offFrom, o.offTo)) {
      if (d.startsWith(`${year}-`) && isoWeekday(d) % 6 !== 0 && !o.swappedDaysOff.includes(d)) off.add(d);
    }
  }
  return [...off].sort();
}

describe('Labour Code projection', () => {
  it('reproduces the official days off of 2018–2026 once swaps are removed', () => {
    // Documented differences: none. (2026-11-24, the Culture Day, is in both from 2026.)
    for (let year = 2018; year <= 2026; year++) {
      expect(projectedWeekdaysOff(year), String(year)).toEqual(officialWeekdaysOffWithoutSwaps(year));
    }
  });

  it('gives compensation days for holidays on weekends, in order (2023: Sat 29/4, Sun 30/4, Mon 1/5)', () => {
    const days = projectYear(2023, holidayListFor(2023), weekend);
    const comp = days.filter((d) => d.kind === 'compensation-day').map((d) => formatDay(d.day));
    expect(comp).toContain('2023-05-02');
    expect(comp).toContain('2023-05-03');
    expect(comp).toContain('2023-01-02');
  });

  it('picks the second National Day by the notices’ pattern', () => {
    const second = (year: number) =>
      projectYear(year, LABOUR_CODE_2019, weekend)
        .filter((p) => p.occasion === 'Quốc khánh 2/9' && p.kind === 'statutory-holiday')
        .map((p) => formatDay(p.day));
    expect(second(2024)).toEqual(['2024-09-02', '2024-09-03']); // Monday → after
    expect(second(2025)).toEqual(['2025-09-01', '2025-09-02']); // Tuesday → before
    expect(second(2027)).toEqual(['2027-09-02', '2027-09-03']); // Thursday → after
  });

  it('uses the 2012 list (one National Day) up to 2020 and adds the Culture Day only from 2026-07-01', () => {
    expect(holidayListFor(2020).id).toBe('labour-code-2012');
    expect(holidayListFor(2021).id).toBe('labour-code-2019');
    const y2025 = projectYear(2025, LABOUR_CODE_2019, weekend).map((p) => p.day);
    expect(y2025).not.toContain(dayFromYmd(2025, 11, 24));
    expect(projectYear(2028, LABOUR_CODE_2019, weekend).map((p) => p.day)).toContain(parseDay('2028-11-24'));
  });

  it('gives every year ≥ 2021 eleven holidays and ≥ 2026 twelve, each paid back when on a weekend', () => {
    for (let year = 2021; year <= 2100; year++) {
      const days = projectYear(year, LABOUR_CODE_2019, weekend);
      const holidays = days.filter((d) => d.kind === 'statutory-holiday');
      const onWeekend = holidays.filter((d) => weekend(d.day)).length;
      expect(holidays.length).toBe(year >= 2026 ? 12 : 11);
      expect(days.filter((d) => d.kind === 'compensation-day')).toHaveLength(onWeekend);
      for (const c of days.filter((d) => d.kind === 'compensation-day')) expect(weekend(c.day)).toBe(false);
    }
  });
});

describe('projectYear defaults', () => {
  it('without a list or a rest-day test: the list in force and Saturday/Sunday (no TypeError)', () => {
    for (const year of [2018, 2028, 2030]) expect(projectYear(year)).toEqual(projectYear(year, holidayListFor(year), weekend));
    expect(() => projectYear(2101)).toThrow(OutOfRangeError);
  });
});
