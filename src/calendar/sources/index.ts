/**
 * Where the official calendar's days come from: each occasion's sources (government notices as
 * reported in public pages) and notes. A separate entry point so that the calendar itself — in every
 * browser bundle of `motcua/calendar` — carries only the days (`docs/calendar.md`, "Sources").
 * @module
 */
import type { CalendarData, CalendarOccasion } from '../calendar-data.js';
import type { DayInfo } from '../day-kind.js';
import { deepFreeze } from '../../internal/deep-freeze.js';
import { officialDays } from '../official-days.js';
import { OFFICIAL_SOURCES_TABLE } from './official-sources-table.js';

function withProvenance(): CalendarData {
  const days = officialDays();
  return deepFreeze({
    announcedYears: [...days.announcedYears!],
    occasions: days.occasions!.map((o, i) => {
      const [sources, notes] = OFFICIAL_SOURCES_TABLE[i]!;
      return { ...o, sources: [...sources], ...(notes ? { notes } : {}) };
    }),
  });
}

/**
 * The shipped official data in full: every occasion 2015–2027 with its days, status, sources and
 * notes — the shape `WorkCalendar.extend` and `vnCalendar({ data })` take.
 * @example
 * OFFICIAL_CALENDAR_DATA.occasions?.find((o) => o.year === 2025 && o.occasion.startsWith('Quốc khánh'))?.offTo // '2025-09-02'
 */
export const OFFICIAL_CALENDAR_DATA: CalendarData = /* @__PURE__ */ withProvenance();

function covers(o: CalendarOccasion, date: string): boolean {
  return (date >= o.offFrom && date <= o.offTo) || o.makeUpWorkingDays.includes(date) || o.statutoryHolidays.includes(date)
    || o.compensationDaysOff.includes(date) || o.swappedDaysOff.includes(date);
}

/**
 * The official record a day's classification comes from (`origin: 'official-data'`), with its
 * sources and notes; `undefined` for other days.
 * @example
 * officialRecordFor(vnCalendar().dayInfo('2025-09-01'))?.sources.length // 2
 */
export function officialRecordFor(info: Pick<DayInfo, 'date' | 'origin' | 'occasion'>): CalendarOccasion | undefined {
  if (info.origin !== 'official-data' || info.occasion === undefined) return undefined;
  return OFFICIAL_CALENDAR_DATA.occasions!.find((o) => o.occasion === info.occasion && covers(o, info.date));
}

/**
 * A day's information with the sources and notes of its official record filled in (as the
 * `motcua calendar --day` command shows them); other days are returned unchanged.
 * @example
 * withOfficialSources(vnCalendar().dayInfo('2025-09-01')).sources[1] // 'https://www.tet-amlich.com/2024/11/cac-ngay-nghi-le-2025.html'
 */
export function withOfficialSources(info: DayInfo): DayInfo {
  const record = officialRecordFor(info);
  if (!record) return info;
  const note = record.notes ? (info.note ? `${record.notes} (${info.note})` : record.notes) : info.note;
  return Object.freeze({ ...info, sources: record.sources, ...(note ? { note } : {}) });
}
