import { describe, expect, it } from 'vitest';
import { vnCalendar } from '../calendar/vn-calendar.js';
import { InvalidInputError } from '../errors/index.js';
import { computeDeadline } from './compute-deadline.js';
import { officeHours, parseWindow, STANDARD_OFFICE_HOURS, type OfficeHours } from './office-hours.js';
import { WorkingClock } from './working-clock.js';

/** The error `f` throws (the test fails when it throws none). */
function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

const base = { receivedAt: '2025-08-28T16:10', limit: '3 ngày làm việc' } as const;
const WEEKDAYS = ['07:00-11:30', '13:30-17:00'];

describe('office hours are validated at the boundary (typed errors, not TypeErrors)', () => {
  it.each([
    ['a window that is not text', { default: [123] }, ['officeHours', 'default', 0], /officeHours\.default\.0: expected string, got number/],
    ['a weekday that is not a list', { default: WEEKDAYS, 6: 'x' }, ['officeHours', '6'], /officeHours\.6: expected array, got string/],
    ['a default that is not a list', { default: '07:00-11:30' }, ['officeHours', 'default'], /officeHours\.default: expected array, got string/],
    ['a default without windows', { default: [] }, ['officeHours', 'default'], /officeHours\.default: expected at least one window for the default/],
    ['a weekday past 6', { default: WEEKDAYS, 7: WEEKDAYS }, ['officeHours', '7'], /officeHours\.7: unknown field "7"/],
    ['a malformed window, located', { default: WEEKDAYS, 6: ['07:00'] }, ['officeHours', '6', 0], /officeHours\.6\.0: expected "HH:mm-HH:mm", got "07:00"/],
  ])('officeHours: %s', (_, input, path, message) => {
    const error = thrown(() => officeHours(input as never));
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error).toMatchObject({ code: 'INVALID_INPUT', path });
    expect((error as Error).message).toMatch(message);
  });

  it('parseWindow refuses a number', () => {
    const error = thrown(() => parseWindow(700 as never));
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error).toMatchObject({ code: 'INVALID_INPUT', path: ['officeHours'], message: 'Invalid office hours: officeHours: expected "HH:mm-HH:mm", got number' });
  });

  it('policy.officeHours: malformed text windows and built hours are refused by computeDeadline', () => {
    const windowError = thrown(() => computeDeadline({ ...base, policy: { officeHours: { default: [123 as never] } } }));
    expect(windowError).toMatchObject({ code: 'INVALID_INPUT', path: ['officeHours', 'default', 0] });
    const built = thrown(() => computeDeadline({ ...base, policy: { officeHours: { byWeekday: [1, 2, 3, 4, 5, 6, 7] } as never } }));
    expect(built).toBeInstanceOf(InvalidInputError);
    expect(built).toMatchObject({ code: 'INVALID_INPUT', path: ['officeHours', 'byWeekday', 0] });
    expect((built as Error).message).toBe('Invalid office hours: officeHours.byWeekday.0: expected at least one window [open, close] in minutes, in time order (a make-up Saturday is a working day), got 1');
    const six = thrown(() => computeDeadline({ ...base, policy: { officeHours: { byWeekday: [[[420, 1020]]] } } }));
    expect(six).toMatchObject({ code: 'INVALID_INPUT', path: ['officeHours', 'byWeekday'] });
    expect((six as Error).message).toMatch(/officeHours\.byWeekday: expected 7 weekdays \(0 Sunday to 6 Saturday\) of at least one window/);
  });

  it('built office hours need windows on every weekday, in time order', () => {
    const noSaturday: OfficeHours = { byWeekday: [0, 1, 2, 3, 4, 5, 6].map((wd) => (wd === 6 ? [] : STANDARD_OFFICE_HOURS.byWeekday[wd]!)) };
    const empty = thrown(() => new WorkingClock(vnCalendar().days, noSaturday));
    expect(empty).toBeInstanceOf(InvalidInputError);
    expect(empty).toMatchObject({ code: 'INVALID_INPUT', path: ['officeHours', 'byWeekday', 6] });
    expect((empty as Error).message).toBe('Invalid office hours: officeHours.byWeekday.6: expected at least one window [open, close] in minutes, in time order (a make-up Saturday is a working day), got []');
    const reversed = thrown(() => computeDeadline({ ...base, policy: { officeHours: { byWeekday: Array(7).fill([[810, 1020], [420, 690]]) } } }));
    expect(reversed).toMatchObject({ code: 'INVALID_INPUT', path: ['officeHours', 'byWeekday', 0] });
    expect((reversed as Error).message).toMatch(/officeHours\.byWeekday\.0: expected at least one window \[open, close\] in minutes, in time order .*got \[\[810,1020\],\[420,690\]\]$/);
  });
});

describe('a working day whose weekday lists no windows takes the default (make-up Saturdays, spec/calendar.md)', () => {
  const noWeekend = { default: WEEKDAYS, 0: [], 6: [] };

  it('officeHours gives an empty weekday the default windows, keeping the uniform O(1) day', () => {
    const hours = officeHours(noWeekend);
    expect(hours.byWeekday[6]).toEqual([[420, 690], [810, 1020]]);
    expect(new WorkingClock(vnCalendar().days, hours).uniformMinutes).toBe(480);
  });

  it('due on the make-up Saturday 2025-04-26 at 17:00 in mode A (not Sunday 00:00)', () => {
    const d = computeDeadline({ receivedAt: '2025-04-24T17:30', limit: '2 ngày làm việc', policy: { officeHours: noWeekend } });
    expect(d.dueDay).toBe('2025-04-26');
    expect(d.dueWallTime).toBe('2025-04-26T17:00:00+07:00');
  });

  it('due on the make-up Saturday 2025-04-26 at 17:00 in mode C, as in mode A', () => {
    const d = computeDeadline({ receivedAt: '2025-04-24T17:30', limit: '2 ngày làm việc', policy: { mode: 'C', officeHours: noWeekend } });
    expect(d.dueWallTime).toBe('2025-04-26T17:00:00+07:00');
  });

  it('mode C counts the make-up Saturday as a full day with non-uniform hours too', () => {
    // Fri 07:30–11:30 (4 h) + Sat default (8 h) + Mon 07:00–11:00 (4 h) = 16 h.
    const policy = { mode: 'C' as const, officeHours: { default: WEEKDAYS, 5: ['07:30-11:30'], 6: [] } };
    expect(computeDeadline({ receivedAt: '2025-04-24T17:30', limit: '2 ngày làm việc', policy }).dueWallTime).toBe('2025-04-28T11:00:00+07:00');
  });
});
