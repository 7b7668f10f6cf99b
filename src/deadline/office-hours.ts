import { InvalidInputError } from '../errors/invalid-input-error.js';

/** A window of office hours in minutes after Vietnamese midnight, `[open, close)`. */
export type Window = readonly [open: number, close: number];

/**
 * Office hours: windows per weekday (0 Sunday … 6 Saturday). State agencies work 8 hours a day,
 * hours set locally — typically 07:00/07:30–11:30 and 13:00/13:30–17:00 (`spec/deadline.md`,
 * "Office hours" [X]). Only days the calendar marks working are open.
 */
export interface OfficeHours {
  /** The windows of each weekday, index 0 Sunday … 6 Saturday, in time order and not overlapping. */
  readonly byWeekday: readonly (readonly Window[])[];
}

/** Office hours as people write them: `{ default: ['07:00-11:30', '13:30-17:00'], 6: ['07:30-11:30'] }`. */
export interface OfficeHoursInput {
  /** Windows of every weekday not listed, e.g. `['07:00-11:30', '13:30-17:00']`. */
  readonly default: readonly string[];
  readonly [weekday: number]: readonly string[] | undefined;
}

function parseClock(text: string, input: string): number {
  const m = /^(\d{1,2})[:h](\d{2})$/.exec(text.trim());
  const minutes = m ? Number(m[1]) * 60 + Number(m[2]) : NaN;
  if (!m || Number(m[1]) > 24 || Number(m[2]) > 59 || minutes > 1440) {
    throw new InvalidInputError('office hours', [{ path: ['officeHours'], message: `not a time of day in "${input}"` }]);
  }
  return minutes;
}

/**
 * Parses `'07:00-11:30'` (or `–`) to a window: minutes after midnight, `[opening, closing]`.
 * @example
 * parseWindow('07:00-11:30') // [420, 690]
 * parseWindow('13h30–17h00') // [810, 1020]
 */
export function parseWindow(text: string): Window {
  const parts = text.split(/\s*[-–]\s*/);
  if (parts.length !== 2) {
    throw new InvalidInputError('office hours', [{ path: ['officeHours'], message: `expected "HH:mm-HH:mm", got "${text}"` }]);
  }
  const open = parseClock(parts[0]!, text);
  const close = parseClock(parts[1]!, text);
  if (close <= open) throw new InvalidInputError('office hours', [{ path: ['officeHours'], message: `a window must end after it starts: "${text}"` }]);
  return Object.freeze([open, close] as const);
}

/**
 * Builds office hours from text windows, a default plus per-weekday overrides.
 * @example
 * officeHours({ default: ['07:00-11:30', '13:30-17:00'] }).byWeekday[1] // [[420, 690], [810, 1020]]
 */
export function officeHours(input: OfficeHoursInput): OfficeHours {
  const parseDay = (windows: readonly string[]): readonly Window[] => {
    const parsed = windows.map(parseWindow).sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < parsed.length; i++) {
      if (parsed[i]![0] < parsed[i - 1]![1]) {
        throw new InvalidInputError('office hours', [{ path: ['officeHours'], message: `windows overlap: ${windows.join(', ')}` }]);
      }
    }
    return Object.freeze(parsed);
  };
  const fallback = parseDay(input.default);
  const byWeekday = [0, 1, 2, 3, 4, 5, 6].map((wd) => (input[wd] ? parseDay(input[wd]!) : fallback));
  return Object.freeze({ byWeekday: Object.freeze(byWeekday) });
}

/**
 * Office hours from either form a caller may give: built `OfficeHours` (returned as they are) or
 * text windows (`officeHours(input)`). Shared by the deadline policy and the handling-time report.
 * Internal.
 * @throws {InvalidInputError} at path `officeHours` for anything else
 */
export function toOfficeHours(input: unknown): OfficeHours {
  if (typeof input === 'object' && input !== null) {
    const o = input as Partial<OfficeHours & OfficeHoursInput>;
    if (Array.isArray(o.byWeekday) && o.byWeekday.length === 7) return o as OfficeHours;
    if (Array.isArray(o.default)) return officeHours(o as OfficeHoursInput);
  }
  throw new InvalidInputError('office hours', [{ path: ['officeHours'], message: "expected office hours, e.g. { default: ['07:00-11:30', '13:30-17:00'] }" }]);
}

/**
 * 07:00–11:30 and 13:30–17:00: the hours of the spec's worked examples and of the Thanh Hóa system [X];
 * 8 working hours a day (Decision 188/1999/QĐ-TTg [S]). The default of `computeDeadline`.
 * @example
 * STANDARD_OFFICE_HOURS.byWeekday[1].map(([open, close]) => `${formatClock(open)}-${formatClock(close)}`) // ['07:00-11:30', '13:30-17:00']
 * new WorkingClock(vnCalendar().days, STANDARD_OFFICE_HOURS).uniformMinutes // 480 — 8 hours
 */
export const STANDARD_OFFICE_HOURS: OfficeHours = officeHours({ default: ['07:00-11:30', '13:30-17:00'] });

/**
 * `HH:mm` of minutes after midnight.
 * @example
 * formatClock(690) // '11:30'
 * formatClock(17 * 60) // '17:00'
 */
export function formatClock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
