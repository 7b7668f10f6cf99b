import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { formatLimit, parseLimit } from './limit.js';

const message = (text: string) => {
  try {
    parseLimit(text);
  } catch (e) {
    expect(e).toBeInstanceOf(InvalidInputError);
    return (e as InvalidInputError).issues[0]!.message;
  }
  throw new Error(`accepted ${text}`);
};

describe('parseLimit reads limits as the national procedure database writes them', () => {
  it('"Không quá" (no more than), the number in words, a closing full stop', () => {
    expect(parseLimit('Không quá 05 ngày làm việc')).toEqual({ value: 5, unit: 'working-days' });
    expect(parseLimit('05 (năm) ngày làm việc')).toEqual({ value: 5, unit: 'working-days' });
    expect(parseLimit('5 ngày làm việc.')).toEqual({ value: 5, unit: 'working-days' });
    expect(parseLimit('Không quá 30 (ba mươi) ngày.')).toEqual({ value: 30, unit: 'calendar-days' });
  });

  it('refuses text after the unit, saying what to write', () => {
    expect(message('05 ngày làm việc kể từ ngày nhận đủ hồ sơ')).toBe(
      'only the limit itself is read: write "05 ngày làm việc" — the rest ("kể từ ngày nhận đủ hồ sơ") is not part of it (got "05 ngày làm việc kể từ ngày nhận đủ hồ sơ")',
    );
  });

  it('refuses a unit without diacritics, naming the one meant', () => {
    expect(message('5 ngay lam viec')).toBe('write the unit with its diacritics: "5 ngày làm việc" (got "5 ngay lam viec")');
    expect(message('1 thang')).toBe('write the unit with its diacritics: "1 tháng" (got "1 thang")');
  });

  it('reads back what formatLimit writes, for every unit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), fc.constantFrom('working-days', 'working-hours', 'calendar-days', 'months') , (value, unit) => {
        const limit = { value, unit } as const;
        expect(parseLimit(formatLimit(limit))).toEqual(limit);
        expect(parseLimit(`Không quá ${formatLimit(limit)}.`)).toEqual(limit);
      }),
    );
  });
});
