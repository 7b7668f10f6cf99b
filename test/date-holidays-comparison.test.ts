// A documented comparison: what the `date-holidays` package answers for Vietnam 2018–2026 against
// the shipped official data — why it is a benchmark baseline and never the source (design.md).
import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { vnCalendar } from '../src/calendar/index.js';
import { isoRange, isoWeekday } from './support/shared-calendar.js';

describe('date-holidays (VN) against the official calendar, 2018–2026', () => {
  const cal = vnCalendar();
  const hd = new Holidays('VN');
  const weekdays = isoRange('2018-01-01', '2026-12-31').filter((d) => isoWeekday(d) % 6 !== 0);
  const officialOff = weekdays.filter((d) => !cal.isWorkingDay(d));
  // date-holidays evaluates a Date in the country's zone; noon UTC is the same day in Vietnam.
  const dhOff = (d: string) => {
    const found = hd.isHoliday(new Date(`${d}T05:00:00Z`));
    return Array.isArray(found) && found.some((h) => h.type === 'public');
  };
  const missed = officialOff.filter((d) => !dhOff(d));
  const extra = weekdays.filter((d) => cal.isWorkingDay(d) && dhOff(d));

  it('misses about a third of the weekday days off (35 of the 102 before the 2026 Culture Day)', () => {
    expect(officialOff.filter((d) => d !== '2026-11-24')).toHaveLength(102);
    expect(missed.filter((d) => d !== '2026-11-24')).toHaveLength(35);
    // Among them: compensation days, swapped days and the second National Day.
    expect(missed).toContain('2026-08-31'); // swapped day off
    expect(missed).toContain('2025-09-01'); // second Quốc khánh day
  });

  it('has no make-up working days at all', () => {
    for (const d of ['2025-04-26', '2026-01-10', '2026-08-22']) {
      expect(cal.isWorkingDay(d)).toBe(true);
      expect(isoWeekday(d)).toBe(6); // a Saturday: a weekend for any weekday-only model
    }
  });

  it('reports the working weekdays it wrongly calls holidays (printed for the docs)', () => {
    console.info(`date-holidays VN 2018–2026: missed ${missed.length} weekday days off: ${missed.join(', ')}; ` +
      `wrongly off: ${extra.length ? extra.join(', ') : 'none'}`);
    expect(extra.length).toBeLessThan(missed.length);
  });
});
