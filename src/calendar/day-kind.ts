import type { Citation } from '../citation/citation.js';

/**
 * What a day is for the calendar. Precedence when several records of one data layer name a day
 * (`spec/calendar.md`, as workalendar's extra working days), whatever their order: extra /
 * make-up working day > day off (holiday, compensation, swap, office day off) > weekly rest >
 * ordinary working day. A later layer (`extend`) wins on the days it names.
 */
export type DayKind =
  /** A working weekday with nothing special. */
  | 'ordinary'
  /** Saturday or Sunday (Decision 188/1999/QĐ-TTg Art. 1), or the office's own rest days. */
  | 'weekly-rest'
  /** A Labour Code holiday (Labour Code 2019 Art. 112(1); 2012 Art. 115(1)). */
  | 'statutory-holiday'
  /** Off because a holiday fell on a weekly rest day (nghỉ bù; Labour Code 2019 Art. 111(3)). */
  | 'compensation-day'
  /** A weekday made free by the yearly civil-service swap notice (hoán đổi ngày nghỉ). */
  | 'swapped-day-off'
  /** A Saturday worked to pay for a swapped day off (làm bù): a working day. */
  | 'make-up-working-day'
  /** A working day of this office only (e.g. Saturday-morning receipt). */
  | 'extra-working-day'
  /** A day off of this office only (e.g. a local event). */
  | 'extra-day-off';

/**
 * Whether a kind is a working day.
 * @example
 * isWorkingKind('make-up-working-day') // true — a Saturday worked to pay for a swapped day off
 * isWorkingKind('compensation-day') // false
 * isWorkingKind(vnCalendar().dayInfo('2025-09-01').kind) // false — Quốc khánh
 */
export function isWorkingKind(kind: DayKind): boolean {
  return kind === 'ordinary' || kind === 'make-up-working-day' || kind === 'extra-working-day';
}

/** Where a classification comes from. */
export type DayOrigin = 'official-data' | 'labour-code-projection' | 'host-data' | 'weekly-pattern';

/** Everything the calendar knows about one day. */
export interface DayInfo {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  /** The Vietnamese weekday name, e.g. `Thứ Bảy`. */
  readonly weekday: string;
  /** Whether the office works that day (`isWorkingKind(kind)`). */
  readonly working: boolean;
  /** What the day is; when several apply, the precedence of `DayKind` decides. */
  readonly kind: DayKind;
  /** The occasion (e.g. `Quốc khánh 2/9`) a day off or make-up day belongs to, or a weekend inside a break. */
  readonly occasion?: string;
  /** Where the classification comes from: official data, the Labour Code projection, host data or the weekly pattern. */
  readonly origin: DayOrigin;
  /** Status of the data record (`official`, `official; exact dates derived`, `derived`, `projected`). */
  readonly status?: string;
  /** Notices or pages the data record cites. */
  readonly sources: readonly string[];
  /** The legal rule behind the kind, where one applies. */
  readonly basis?: Citation;
  /** A remark on the day, when there is one: the data record's notes, or how this calendar read the notice (e.g. a swap that stays a working day). */
  readonly note?: string;
  /** True when the day's year has no complete official notice: the answer may change. */
  readonly provisional: boolean;
}
