import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sharedOccasions } from '../../test/support/shared-calendar.js';
import { validateCalendarData } from './calendar-data.js';
import { officialDays } from './official-days.js';
import { OFFICIAL_CALENDAR_DATA, officialRecordFor, withOfficialSources } from './sources/index.js';
import { vnCalendar } from './vn-calendar.js';

describe('shipped official data', () => {
  it('is the shared data, occasion for occasion, with status, sources and notes (motcua/calendar/sources)', () => {
    const shared = sharedOccasions();
    expect(OFFICIAL_CALENDAR_DATA.occasions).toHaveLength(shared.length);
    shared.forEach((o, i) => expect(OFFICIAL_CALENDAR_DATA.occasions![i]).toEqual(o));
  });

  it('decodes the compact table of the core to the same days and status, without the sources', () => {
    const shared = sharedOccasions();
    const days = officialDays().occasions!;
    expect(days).toHaveLength(shared.length);
    shared.forEach(({ sources: _sources, notes: _notes, ...dayFields }, i) => expect(days[i]).toEqual({ ...dayFields, sources: [] }));
  });

  it('validates the shared JSON file as it is (its description, status legend and caveats included)', () => {
    const file = JSON.parse(readFileSync(fileURLToPath(new URL('../../../shared/data/vn-civil-service-calendar.json', import.meta.url)), 'utf8')) as unknown;
    expect(validateCalendarData(file).occasions).toHaveLength(sharedOccasions().length);
  });

  it('passes its own validation (real dates, known fields)', () => {
    expect(() => validateCalendarData(OFFICIAL_CALENDAR_DATA)).not.toThrow();
    expect(() => validateCalendarData(officialDays())).not.toThrow();
  });

  it('announces 2015–2026 and leaves 2027 provisional', () => {
    for (const data of [OFFICIAL_CALENDAR_DATA, officialDays()]) {
      expect(data.announcedYears).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
      expect(data.occasions!.some((o) => o.year === 2027)).toBe(true);
    }
  });
});

describe('sources of a day', () => {
  const cal = vnCalendar();
  const shared = sharedOccasions();

  it('finds the record of every day the official data classifies, with that record’s sources', () => {
    let checked = 0;
    for (let year = 2015; year <= 2027; year++) {
      for (const info of cal.notableDays(year)) {
        if (info.origin !== 'official-data' || info.occasion === undefined) continue;
        const record = officialRecordFor(info);
        const expected = shared.find((o) => o.occasion === info.occasion && (o.makeUpWorkingDays.includes(info.date) || (info.date >= o.offFrom && info.date <= o.offTo)));
        expect(record, info.date).toBeDefined();
        expect(record!.sources, info.date).toEqual(expected!.sources);
        expect(withOfficialSources(info).sources).toEqual(expected!.sources);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(250);
  });

  it('keeps the data’s note in front of the calendar’s own note', () => {
    const tet2015 = shared.find((o) => o.year === 2015 && o.occasion.startsWith('Tết Nguyên đán'))!;
    const info = withOfficialSources(cal.dayInfo('2015-02-17'));
    expect(info.note?.startsWith(tet2015.notes!)).toBe(true);
  });

  it('leaves days of other origins alone', () => {
    for (const day of ['2025-09-03', '2030-09-02', '2025-09-06']) {
      const info = cal.dayInfo(day);
      expect(officialRecordFor(info)).toBeUndefined();
      expect(withOfficialSources(info)).toBe(info);
    }
  });
});

describe('shipped data is immutable', () => {
  it('cannot be changed by callers', () => {
    for (const data of [OFFICIAL_CALENDAR_DATA, officialDays()]) {
      expect(Object.isFrozen(data)).toBe(true);
      expect(Object.isFrozen(data.occasions![0]!.sources)).toBe(true);
      expect(() => (data.occasions![0]!.statutoryHolidays as string[]).push('HACK')).toThrow(TypeError);
    }
  });
});
