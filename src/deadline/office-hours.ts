import * as z from 'zod/mini';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { typeName } from '../errors/type-name.js';
import { validate } from '../errors/validate.js';

type Path = readonly (string | number)[];

/** A window of office hours in minutes after Vietnamese midnight, `[open, close)`. */
export type Window = readonly [open: number, close: number];

/**
 * Office hours: windows per weekday (0 Sunday … 6 Saturday). State agencies work 8 hours a day,
 * hours set locally — typically 07:00/07:30–11:30 and 13:00/13:30–17:00 (`spec/deadline.md`,
 * "Office hours" [X]). Only days the calendar marks working are open, and every working day has
 * at least one window: whether the office works a day is the calendar's to say, office hours say
 * only when (a make-up Saturday is a working day, worked as a normal one — `spec/calendar.md`,
 * "Swaps and make-up Saturdays" [S]).
 */
export interface OfficeHours {
  /** The windows of each weekday, index 0 Sunday … 6 Saturday, in time order, not overlapping, at least one each. */
  readonly byWeekday: readonly (readonly Window[])[];
}

/**
 * Office hours as people write them: `{ default: ['07:00-11:30', '13:30-17:00'], 6: ['07:30-11:30'] }`.
 * A weekday not listed, or listed with no windows (`6: []`), takes the `default` windows: on an
 * ordinary Saturday the calendar already closes the office, and a make-up Saturday is worked as a
 * normal working day (`spec/calendar.md`, "Swaps and make-up Saturdays" [S]).
 */
export interface OfficeHoursInput {
  /** Windows of every weekday not listed (or listed empty), e.g. `['07:00-11:30', '13:30-17:00']`; at least one. */
  readonly default: readonly string[];
  readonly [weekday: number]: readonly string[] | undefined;
}

const WEEKDAYS = [0, 1, 2, 3, 4, 5, 6] as const;
const windowTexts = z.array(z.string());
const inputSchema = z.strictObject({
  default: windowTexts.check(z.refine((w) => w.length > 0, "expected at least one window for the default, e.g. ['07:00-11:30', '13:30-17:00']")),
  ...Object.fromEntries(WEEKDAYS.map((wd) => [String(wd), z.optional(windowTexts)])),
});

/** Whether `w` is the windows of a weekday: at least one `[open, close]` in minutes, 0 ≤ open < close ≤ 1440, in time order, not overlapping. */
function isWeekday(w: unknown): boolean {
  return Array.isArray(w) && w.length > 0 && w.every((x: unknown, i) => {
    const [open, close] = Array.isArray(x) ? (x as number[]) : [];
    return Number.isInteger(open) && Number.isInteger(close) && open! >= (i ? (w[i - 1] as Window)[1] : 0) && open! < close! && close! <= 1440;
  });
}

/** Office hours already checked: built by `officeHours` or validated by `checkOfficeHours`. */
const checked = new WeakSet<OfficeHours>();

function invalid(path: Path, message: string): InvalidInputError {
  return new InvalidInputError('office hours', [{ path, message }]);
}

function parseClock(text: string, input: string, path: Path): number {
  const m = /^(\d{1,2})[:h](\d{2})$/.exec(text.trim());
  const minutes = m ? Number(m[1]) * 60 + Number(m[2]) : NaN;
  if (!m || Number(m[1]) > 24 || Number(m[2]) > 59 || minutes > 1440) throw invalid(path, `not a time of day in "${input}"`);
  return minutes;
}

/**
 * Parses `'07:00-11:30'` (or `–`) to a window: minutes after midnight, `[opening, closing]`.
 * `path` locates the text in a larger input for the error (default `['officeHours']`).
 * @throws {InvalidInputError} for anything but `"HH:mm-HH:mm"` with the end after the start
 * @example
 * parseWindow('07:00-11:30') // [420, 690]
 * parseWindow('13h30–17h00') // [810, 1020]
 */
export function parseWindow(text: string, path: Path = ['officeHours']): Window {
  if (typeof text !== 'string') throw invalid(path, `expected "HH:mm-HH:mm", got ${typeName(text)}`);
  const parts = text.split(/\s*[-–]\s*/);
  if (parts.length !== 2) throw invalid(path, `expected "HH:mm-HH:mm", got "${text}"`);
  const open = parseClock(parts[0]!, text, path);
  const close = parseClock(parts[1]!, text, path);
  if (close <= open) throw invalid(path, `a window must end after it starts: "${text}"`);
  return Object.freeze([open, close] as const);
}

/** Throws `message()` unless each window opens at or after the previous one's close. */
function checkInOrder(windows: readonly Window[], path: Path, message: () => string): void {
  for (let i = 1; i < windows.length; i++) {
    if (windows[i]![0] < windows[i - 1]![1]) throw invalid(path, message());
  }
}

/**
 * Builds office hours from text windows, a default plus per-weekday overrides. A weekday not
 * listed or listed empty takes the default (see `OfficeHoursInput`), so every working day —
 * make-up Saturdays included — has its hours.
 * @throws {InvalidInputError} at path `officeHours.…`: a default without windows, an unknown key,
 *   a window that is not `"HH:mm-HH:mm"`, overlapping windows
 * @example
 * officeHours({ default: ['07:00-11:30', '13:30-17:00'] }).byWeekday[1] // [[420, 690], [810, 1020]]
 * officeHours({ default: ['07:00-11:30', '13:30-17:00'], 6: [] }).byWeekday[6] // [[420, 690], [810, 1020]] — a make-up Saturday is a normal working day
 */
export function officeHours(input: OfficeHoursInput): OfficeHours {
  validate(inputSchema, input, 'office hours', ['officeHours']);
  const parseDay = (windows: readonly string[], key: string): readonly Window[] => {
    const parsed = windows.map((w, i) => parseWindow(w, ['officeHours', key, i])).sort((a, b) => a[0] - b[0]);
    checkInOrder(parsed, ['officeHours', key], () => `windows overlap: ${windows.join(', ')}`);
    return Object.freeze(parsed);
  };
  const fallback = parseDay(input.default, 'default');
  const byWeekday = WEEKDAYS.map((wd) => (input[wd]?.length ? parseDay(input[wd]!, String(wd)) : fallback));
  const hours: OfficeHours = Object.freeze({ byWeekday: Object.freeze(byWeekday) });
  checked.add(hours);
  return hours;
}

/**
 * Checks built office hours (7 weekdays, each with windows `[open, close]` in minutes, in time
 * order, not overlapping, at least one — see `OfficeHours`) and returns them. Remembers what it
 * checked, so a repeated check is O(1). Internal: used by `toOfficeHours` and `WorkingClock`.
 * @throws {InvalidInputError} at path `officeHours.byWeekday.…`
 */
export function checkOfficeHours(hours: OfficeHours): OfficeHours {
  if (checked.has(hours)) return hours;
  const { byWeekday: days } = hours;
  const seven = Array.isArray(days) && days.length === 7;
  const wd = seven ? days.findIndex((w) => !isWeekday(w)) : -1;
  if (!seven || wd !== -1) {
    throw invalid(seven ? ['officeHours', 'byWeekday', wd] : ['officeHours', 'byWeekday'],
      `expected ${seven ? '' : '7 weekdays (0 Sunday to 6 Saturday) of '}at least one window [open, close] in minutes, in time order (a make-up Saturday is a working day), got ${JSON.stringify(seven ? days[wd] : days)}`);
  }
  checked.add(hours);
  return hours;
}

/**
 * Office hours from either form a caller may give: built `OfficeHours` (checked, and returned as
 * they are) or text windows (`officeHours(input)`). Shared by the deadline policy and the
 * handling-time report. Internal.
 * @throws {InvalidInputError} at path `officeHours…` for anything else
 */
export function toOfficeHours(input: unknown): OfficeHours {
  if (typeof input === 'object' && input !== null && !Array.isArray(input)) {
    return 'byWeekday' in input ? checkOfficeHours(input as OfficeHours) : officeHours(input as OfficeHoursInput);
  }
  throw invalid(['officeHours'], `expected office hours, e.g. { default: ['07:00-11:30', '13:30-17:00'] }, got ${typeName(input)}`);
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
