import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidDayError, InvalidMomentError } from '../errors/index.js';
import { dayFromYmd, isValidYmd, weekdayOf, ymdFromDay } from './day-number.js';
import { formatDay, formatMoment, formatVietnameseDay, formatVietnameseMoment } from './format.js';
import { dayOfMoment, minuteOfDay, momentAt } from './moment.js';
import { parseAsOf, parseDay, parseMoment } from './parse.js';

describe('day numbers', () => {
  it('match UTC day counts (independent check with Date.UTC)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (d) => {
        const { year, month, day } = ymdFromDay(d);
        expect(dayFromYmd(year, month, day)).toBe(d);
        expect(Date.UTC(year, month - 1, day) / 86_400_000).toBe(d);
        expect(isValidYmd(year, month, day)).toBe(year >= 1 && year <= 9999);
        expect(weekdayOf(d)).toBe(new Date(d * 86_400_000).getUTCDay());
      }),
      { numRuns: 3000 },
    );
  });

  it('formats the readable Vietnamese form', () => {
    expect(formatVietnameseDay(parseDay('2023-11-03'))).toBe('Thứ Sáu, ngày 03/11/2023');
    expect(formatVietnameseDay(parseDay('2025-09-07'))).toBe('Chủ Nhật, ngày 07/09/2025');
    expect(formatVietnameseMoment(parseMoment('2025-09-04T17:00'))).toBe('17 giờ 00, Thứ Năm, ngày 04/09/2025');
  });
});

describe('parseMoment', () => {
  it('reads wall time as Vietnamese time (UTC+7)', () => {
    expect(parseMoment('2025-08-28T16:10')).toBe(Date.UTC(2025, 7, 28, 9, 10));
    expect(parseMoment('2025-08-28 16:10:30')).toBe(Date.UTC(2025, 7, 28, 9, 10, 30));
    expect(parseMoment('2025-08-28')).toBe(Date.UTC(2025, 7, 27, 17, 0));
  });

  it('honours Z and explicit offsets', () => {
    expect(parseMoment('2025-08-28T09:10:00Z')).toBe(Date.UTC(2025, 7, 28, 9, 10));
    expect(parseMoment('2025-08-28T16:10:00+07:00')).toBe(Date.UTC(2025, 7, 28, 9, 10));
    expect(parseMoment('2025-08-28T02:10:00-07:00')).toBe(Date.UTC(2025, 7, 28, 9, 10));
    expect(parseMoment('2025-08-28T16:10:00.250+0700')).toBe(Date.UTC(2025, 7, 28, 9, 10, 0, 250));
  });

  it('accepts Date and epoch ms', () => {
    const ms = Date.UTC(2025, 7, 28, 9, 10);
    expect(parseMoment(new Date(ms))).toBe(ms);
    expect(parseMoment(ms)).toBe(ms);
  });

  it.each([
    ['2025-02-29T10:00', /not a real calendar date/],
    ['2025-08-28T24:61', /not a time of day/],
    ['2025-08-28T16', /HH:mm/],
    ['28/08/2025', /YYYY-MM-DD/],
    ['2025-08-28T16:10+25:00', /UTC offset/],
    [Number.NaN, /finite/],
    [new Date(Number.NaN), /Invalid Date/],
    [1.5e12 + 0.5, /whole number/],
    [null, /null/],
  ])('rejects %s with a typed error naming the input', (input, reason) => {
    expect(() => parseMoment(input as never)).toThrow(InvalidMomentError);
    expect(() => parseMoment(input as never)).toThrow(reason);
  });

  it('enforces years 0001–9999 (Vietnamese time) in every form: epoch ms, Date, a string with an offset', () => {
    const first = parseMoment('0001-01-01T00:00');
    const last = parseMoment('9999-12-31T23:59:59.999');
    expect(formatMoment(first)).toBe('0001-01-01T00:00:00+07:00');
    expect(parseMoment(new Date(last))).toBe(last);
    for (const input of [first - 1, last + 1, -1e14, 8.64e15, new Date(first - 1), new Date(8.64e15), new Date(-1e14), '9999-12-31T23:00-05:00', '0001-01-01T06:00+14:00']) {
      const error = (() => {
        try {
          parseMoment(input);
        } catch (e) {
          return e;
        }
        throw new Error(`accepted ${String(input)}`);
      })();
      expect(error).toBeInstanceOf(InvalidMomentError);
      expect(error).toMatchObject({ code: 'INVALID_MOMENT' });
      expect((error as Error).message).toMatch(/\(outside years 0001–9999 \(Vietnamese time\)\)$/);
    }
    expect(() => parseDay(new Date(8.64e15))).toThrow(InvalidDayError);
    expect(() => parseDay(new Date(8.64e15))).toThrow(/outside years 0001–9999/);
  });

  it('round-trips through formatMoment', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2200, 0, 1) }), (s) => {
        const ms = Math.floor(s / 1000) * 1000;
        fc.pre(Math.abs(ms) >= 1e9);
        const text = formatMoment(ms);
        expect(text).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/);
        expect(parseMoment(text)).toBe(ms);
        expect(parseMoment(text.slice(0, 19))).toBe(ms);
      }),
    );
  });
});

describe('formatting refuses what would print as NaN text', () => {
  it('a day number that is not a safe integer, a moment that is not finite: typed errors, never "0NaN-NaN-NaN"', () => {
    for (const bad of [NaN, 1.5, Infinity, undefined, '20333']) {
      expect(() => formatDay(bad as never), String(bad)).toThrow(InvalidDayError);
      expect(() => formatVietnameseDay(bad as never), String(bad)).toThrow(InvalidDayError);
    }
    for (const bad of [NaN, Infinity, -Infinity, undefined, '2025-08-28']) {
      expect(() => formatMoment(bad as never), String(bad)).toThrow(InvalidMomentError);
      expect(() => formatVietnameseMoment(bad as never), String(bad)).toThrow(InvalidMomentError);
    }
    expect(() => formatDay(NaN)).toThrow('Not a calendar day: NaN (a day number is an integer; use parseDay for dates)');
    expect(formatDay(20333)).toBe('2025-09-02');
  });
});

describe('parseAsOf (a moment of judgement)', () => {
  it('a date only means the last instant of that day; every other form is parseMoment', () => {
    expect(formatMoment(parseAsOf('2025-09-30'))).toBe('2025-09-30T23:59:59+07:00');
    expect(parseAsOf(' 2025-09-30 ')).toBe(parseMoment('2025-10-01T00:00') - 1);
    expect(parseAsOf('2025-09-30T00:00')).toBe(parseMoment('2025-09-30T00:00'));
    expect(parseAsOf('2025-09-30T17:00:00+07:00')).toBe(parseMoment('2025-09-30T17:00'));
    expect(parseAsOf(1_756_372_200_000)).toBe(1_756_372_200_000);
    expect(() => parseAsOf('2025-02-30', ['asOf'])).toThrow(InvalidMomentError);
  });

  it('property: for every day, the date only is one millisecond before the next day\'s midnight', () => {
    fc.assert(fc.property(fc.integer({ min: dayFromYmd(1968, 1, 1), max: dayFromYmd(2100, 12, 31) }), (day) => {
      expect(parseAsOf(formatDay(day))).toBe(momentAt(day + 1) - 1);
      expect(dayOfMoment(parseAsOf(formatDay(day)))).toBe(day);
    }));
  });
});

describe('parseDay', () => {
  it('takes the Vietnamese day of a moment', () => {
    expect(formatDay(parseDay('2025-09-01T23:59'))).toBe('2025-09-01');
    expect(formatDay(parseDay('2025-09-01T17:00:00Z'))).toBe('2025-09-02');
    expect(formatDay(parseDay(new Date('2025-09-01T16:59:59Z')))).toBe('2025-09-01');
  });

  it.each(['2025-02-29', '2025-13-01', '2025-00-10', '2025-1-01', '', 'today'])('rejects %j', (input) => {
    expect(() => parseDay(input)).toThrow(InvalidDayError);
  });

  it('refuses small numbers that are surely not epoch ms', () => {
    expect(() => parseDay(20_333)).toThrow(/day number/);
  });

  it('puts the path into the message and the error', () => {
    try {
      parseDay('2025-02-30', ['receivedAt']);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidDayError);
      expect((e as InvalidDayError).path).toEqual(['receivedAt']);
      expect((e as Error).message).toMatch(/^receivedAt: Not a calendar day: "2025-02-30"/);
    }
  });
});

describe('moments and day minutes', () => {
  it('splits a moment into its Vietnamese day and minute', () => {
    const ms = parseMoment('2025-08-28T16:10');
    expect(formatDay(dayOfMoment(ms))).toBe('2025-08-28');
    expect(minuteOfDay(ms)).toBe(16 * 60 + 10);
    expect(momentAt(dayOfMoment(ms), 16 * 60 + 10)).toBe(ms);
  });
});
