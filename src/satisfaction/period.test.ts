import { describe, expect, it } from 'vitest';
import { InvalidDayError } from '../errors/index.js';
import { periodOf } from './period.js';

describe('periodOf', () => {
  it('labels months, quarters and years in Vietnamese time', () => {
    expect(periodOf('2025-09-30T23:30', 'quarter')).toBe('2025-Q3');
    expect(periodOf('2025-09-30T17:30:00Z', 'month')).toBe('2025-10');
    expect(periodOf('2025-01-01', 'quarter')).toBe('2025-Q1');
    expect(periodOf('2025-12-31', 'year')).toBe('2025');
    expect(periodOf(new Date('2024-12-31T17:00:00Z'), 'year')).toBe('2025');
  });

  it('rejects what is not a day, with the path', () => {
    expect(() => periodOf('2025-02-29', 'month', ['at'])).toThrow(InvalidDayError);
  });
});
