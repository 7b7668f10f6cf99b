import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MotcuaError } from '../errors/motcua-error.js';
import { OutOfRangeError } from '../errors/out-of-range-error.js';
import { ymdFromDay } from '../time/day-number.js';
import { formatDay } from '../time/format.js';
import { lunarReference, newMoonJde, sunApparentLongitude } from './lunar-reference.test-support.js';
import { hungKingsDay, LUNAR_TABLE_FIRST_YEAR, LUNAR_TABLE_LAST_YEAR, tetDay } from './lunar-table.js';

const vietnam = lunarReference(7);
const china = lunarReference(8);
const YEARS = Array.from(
  { length: LUNAR_TABLE_LAST_YEAR - LUNAR_TABLE_FIRST_YEAR + 1 },
  (_, i) => LUNAR_TABLE_FIRST_YEAR + i,
);
/** Month and day as one comparable number: 1 March → 301. */
const monthDay = (dayNumber: number): number => {
  const { month, day } = ymdFromDay(dayNumber);
  return month * 100 + day;
};

describe('the independent reference (test support)', () => {
  it('reproduces Meeus example 49.a: new moon of 1977 February, JDE 2443192.65118', () => {
    expect(newMoonJde(-283)).toBeCloseTo(2443192.65118, 4);
  });

  it('reproduces Meeus example 25.a: apparent solar longitude 199.90895° at JDE 2448908.5', () => {
    expect(sunApparentLongitude(2448908.5)).toBeCloseTo(199.90895, 3);
  });
});

describe('lunar table', () => {
  it('covers 1968–2100', () => {
    expect([LUNAR_TABLE_FIRST_YEAR, LUNAR_TABLE_LAST_YEAR]).toEqual([1968, 2100]);
  });

  it('(a) Tết equals the independent UTC+7 new-moon computation for every year', () => {
    const mismatches = YEARS.filter((y) => tetDay(y) !== vietnam.tet(y)).map(
      (y) => `${y}: table ${formatDay(tetDay(y))}, reference ${formatDay(vietnam.tet(y))}`,
    );
    expect(mismatches).toEqual([]);
  });

  it('(a) Hùng Kings (10/3) equals the independent UTC+7 new-moon computation for every year', () => {
    const mismatches = YEARS.filter((y) => hungKingsDay(y) !== vietnam.hungKings(y)).map(
      (y) => `${y}: table ${formatDay(hungKingsDay(y))}, reference ${formatDay(vietnam.hungKings(y))}`,
    );
    expect(mismatches).toEqual([]);
  });

  it.each([
    [2018, '2018-02-16'], [2019, '2019-02-05'], [2020, '2020-01-25'], [2021, '2021-02-12'],
    [2022, '2022-02-01'], [2023, '2023-01-22'], [2024, '2024-02-10'], [2025, '2025-01-29'],
    [2026, '2026-02-17'], [2027, '2027-02-06'], [2028, '2028-01-26'], [2029, '2029-02-13'],
    [2030, '2030-02-02'],
  ])('(b) Tết %i is %s (spec/calendar.md)', (year, expected) => {
    expect(formatDay(tetDay(year))).toBe(expected);
  });

  it.each([
    [2018, '2018-04-25'], [2019, '2019-04-14'], [2020, '2020-04-02'], [2021, '2021-04-21'],
    [2022, '2022-04-10'], [2023, '2023-04-29'], [2024, '2024-04-18'], [2025, '2025-04-07'],
    [2026, '2026-04-26'], [2027, '2027-04-16'],
  ])('(b) Hùng Kings %i is %s (spec/calendar.md)', (year, expected) => {
    expect(formatDay(hungKingsDay(year))).toBe(expected);
  });

  it('(b) 10/3 is taken in the ordinary 3rd month, not in a leap month (2023 has a leap 2nd month)', () => {
    const months = vietnam.monthsOfYear(2023).map((m) => `${m.month}${m.leap ? 'L' : ''}`);
    expect(months).toEqual(['11', '12', '1', '2', '2L', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(formatDay(hungKingsDay(2023))).toBe('2023-04-29');
  });

  // Vietnam (UTC+7) vs China (UTC+8).
  const differences: readonly (readonly ['Tết' | 'Hùng Kings', number, string, string])[] = [
    ['Tết', 1968, '1968-01-29', '1968-01-30'],
    ['Tết', 1969, '1969-02-16', '1969-02-17'],
    ['Tết', 1985, '1985-01-21', '1985-02-20'],
    ['Tết', 2007, '2007-02-17', '2007-02-18'],
    ['Tết', 2030, '2030-02-02', '2030-02-03'],
    ['Tết', 2053, '2053-02-18', '2053-02-19'],
    ['Hùng Kings', 1975, '1975-04-20', '1975-04-21'],
    ['Hùng Kings', 2009, '2009-04-04', '2009-04-05'],
    ['Hùng Kings', 2037, '2037-04-24', '2037-04-25'],
    ['Hùng Kings', 2038, '2038-04-13', '2038-04-14'],
    ['Hùng Kings', 2085, '2085-04-03', '2085-04-04'],
    ['Hùng Kings', 2086, '2086-04-22', '2086-04-23'],
    ['Hùng Kings', 2095, '2095-04-13', '2095-04-14'],
    ['Hùng Kings', 2100, '2100-04-18', '2100-04-19'],
  ];

  it.each(differences)('(c) %s %i: Vietnam %s, China (UTC+8) %s', (holiday, year, vn, cn) => {
    const [table, chinese] =
      holiday === 'Tết' ? [tetDay(year), china.tet(year)] : [hungKingsDay(year), china.hungKings(year)];
    expect(formatDay(table)).toBe(vn);
    expect(formatDay(chinese)).toBe(cn);
    expect(chinese).not.toBe(table);
  });

  it('(c) those 14 are the only dates where the UTC+8 calendar differs in 1968–2100', () => {
    const found = YEARS.flatMap((y) => [
      ...(china.tet(y) !== tetDay(y) ? [`Tết ${y}`] : []),
      ...(china.hungKings(y) !== hungKingsDay(y) ? [`Hùng Kings ${y}`] : []),
    ]);
    expect(found.sort()).toEqual(differences.map(([holiday, year]) => `${holiday} ${year}`).sort());
  });

  it.each([1967, 2101, 0, -2025, 2020.5, Number.NaN, Number.POSITIVE_INFINITY])(
    '(d) year %d is out of range',
    (year) => {
      for (const lookUp of [tetDay, hungKingsDay]) {
        expect(() => lookUp(year)).toThrow(OutOfRangeError);
        try {
          lookUp(year);
        } catch (error) {
          expect(error).toBeInstanceOf(MotcuaError);
          expect((error as OutOfRangeError).code).toBe('OUT_OF_RANGE');
          expect((error as Error).message).toContain(String(year));
        }
      }
    },
  );

  const anyYear = fc.integer({ min: LUNAR_TABLE_FIRST_YEAR, max: LUNAR_TABLE_LAST_YEAR });

  it('(e) Tết falls between 21 January and 20 February of its year', () => {
    fc.assert(
      fc.property(anyYear, (year) => {
        const tet = tetDay(year);
        return ymdFromDay(tet).year === year && monthDay(tet) >= 121 && monthDay(tet) <= 220;
      }),
      { numRuns: 500 },
    );
  });

  it('(e) 10/3 falls 2 or 3 lunar months plus 9 days after Tết, between 30 March and 29 April', () => {
    // Month 3 is the month containing Cốc vũ (the Sun at 30°, about 20 April), so it begins between
    // about 21 March and 20 April; the whole table spans exactly 2080-03-30 … 1985-04-29.
    fc.assert(
      fc.property(anyYear, (year) => {
        const hk = hungKingsDay(year);
        const after = hk - tetDay(year);
        const twoMonths = after >= 58 + 9 && after <= 60 + 9;
        const threeMonths = after >= 87 + 9 && after <= 90 + 9; // a leap month 1 or 2 before it
        return ymdFromDay(hk).year === year && (twoMonths || threeMonths) && monthDay(hk) >= 330 && monthDay(hk) <= 429;
      }),
      { numRuns: 500 },
    );
  });

  it('(e) Tết is strictly increasing; a lunar year has 353–355 or 383–385 days', () => {
    fc.assert(
      fc.property(fc.integer({ min: LUNAR_TABLE_FIRST_YEAR, max: LUNAR_TABLE_LAST_YEAR - 1 }), (year) => {
        const length = tetDay(year + 1) - tetDay(year);
        return length > 0 && ((length >= 353 && length <= 355) || (length >= 383 && length <= 385));
      }),
      { numRuns: 500 },
    );
  });

  it('spot checks against the extremes of the table', () => {
    expect(formatDay(tetDay(1968))).toBe('1968-01-29');
    expect(formatDay(tetDay(2100))).toBe('2100-02-09');
    expect(formatDay(hungKingsDay(2080))).toBe('2080-03-30');
    expect(formatDay(hungKingsDay(1985))).toBe('1985-04-29');
  });
});
