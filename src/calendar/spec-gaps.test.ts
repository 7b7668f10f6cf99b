// spec/calendar.md statements without a direct test elsewhere; expected values from the spec and
// the official notices of the shipped data.
import { describe, expect, it } from 'vitest';
import { vnCalendar, projectYear, holidayListFor } from './index.js';
import { formatDay } from '../time/format.js';

const cal = vnCalendar();

describe('calendar.md "Statutory holidays": Labour Code 2012 Art. 115 — 10 days, one National Day', () => {
  it('projects 10 statutory holidays for 2019 and 2020, with 2/9 alone', () => {
    for (const year of [2019, 2020]) {
      const days = projectYear(year, holidayListFor(year));
      const statutory = days.filter((d) => d.kind === 'statutory-holiday');
      expect(statutory, String(year)).toHaveLength(10);
      const nationalDay = statutory.filter((d) => d.occasion === 'Quốc khánh 2/9').map((d) => formatDay(d.day));
      expect(nationalDay, String(year)).toEqual([`${year}-09-02`]);
    }
  });
});

describe('calendar.md "Compensation": 2023 Giỗ Tổ Sat 29/4, 30/4 Sun, 1/5 Mon → Tue 2/5 and Wed 3/5 off (shipped calendar)', () => {
  it('the civil-service calendar has 2/5 and 3/5/2023 off', () => {
    expect(cal.isWorkingDay('2023-05-01')).toBe(false);
    expect(cal.isWorkingDay('2023-05-02')).toBe(false);
    expect(cal.isWorkingDay('2023-05-03')).toBe(false);
    expect(cal.isWorkingDay('2023-05-04')).toBe(true);
  });
});

describe('calendar.md "Swaps and make-up Saturdays": the three named swaps (python-holidays misses them)', () => {
  it.each([
    ['2025-05-02', '2025-04-26'],
    ['2026-01-02', '2026-01-10'],
    ['2026-08-31', '2026-08-22'],
  ])('%s is a swapped day off, %s a make-up working Saturday', (off, worked) => {
    expect(cal.dayInfo(off)).toMatchObject({ working: false, kind: 'swapped-day-off' });
    expect(cal.dayInfo(worked)).toMatchObject({ working: true, kind: 'make-up-working-day' });
  });
  it('the make-up Saturday can fall before the day it pays for (26/4 before 2/5/2025; 22/8 before 31/8/2026)', () => {
    expect(cal.addWorkingDays('2025-04-25', 1)).toBe('2025-04-26');
    expect(cal.addWorkingDays('2026-08-21', 1)).toBe('2026-08-22');
  });
});

describe('calendar.md "Culture Day": the shipped data has it for 2026 and, derived, 2027', () => {
  it('Wed 2027-11-24 is off and provisional', () => {
    const info = cal.dayInfo('2027-11-24');
    expect(info.working).toBe(false);
    expect(info.provisional).toBe(true);
  });
});
