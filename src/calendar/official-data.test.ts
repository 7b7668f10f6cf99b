import { describe, expect, it } from 'vitest';
import { sharedOccasions } from '../../test/support/shared-calendar.js';
import { validateCalendarData } from './calendar-data.js';
import { OFFICIAL_CALENDAR_DATA } from './official-data.js';

describe('shipped official data', () => {
  it('is the shared data, occasion for occasion, with status and sources', () => {
    const shared = sharedOccasions();
    expect(OFFICIAL_CALENDAR_DATA.occasions).toHaveLength(shared.length);
    shared.forEach((o, i) => {
      const shipped = OFFICIAL_CALENDAR_DATA.occasions![i]!;
      expect(shipped).toEqual(o);
    });
  });

  it('passes its own validation (real dates, known fields)', () => {
    expect(() => validateCalendarData(OFFICIAL_CALENDAR_DATA)).not.toThrow();
  });

  it('announces 2015–2026 and leaves 2027 provisional', () => {
    expect(OFFICIAL_CALENDAR_DATA.announcedYears).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(OFFICIAL_CALENDAR_DATA.occasions!.some((o) => o.year === 2027)).toBe(true);
  });
});

describe('shipped data is immutable', () => {
  it('cannot be changed by callers', () => {
    expect(Object.isFrozen(OFFICIAL_CALENDAR_DATA)).toBe(true);
    expect(Object.isFrozen(OFFICIAL_CALENDAR_DATA.occasions![0]!.sources)).toBe(true);
    expect(() => (OFFICIAL_CALENDAR_DATA.occasions![0]!.sources as string[]).push('HACK')).toThrow(TypeError);
  });
});
