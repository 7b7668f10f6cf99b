import { typeName } from '../errors/type-name.js';
import { InvalidDayError } from '../errors/invalid-day-error.js';
import { InvalidMomentError } from '../errors/invalid-moment-error.js';
import { dayFromYmd, isValidYmd, type DayNumber } from './day-number.js';
import { dayOfMoment, MS_PER_DAY, MS_PER_MINUTE, VN_OFFSET_MS, type EpochMs } from './moment.js';

/**
 * A day: `'YYYY-MM-DD'`, any moment form (its Vietnamese day is taken), a `Date`, or epoch ms.
 * Numbers are epoch milliseconds, never day numbers (use the `days` API of a calendar for those).
 */
export type DayInput = string | Date | number;
/**
 * A moment: `'YYYY-MM-DDTHH:mm[:ss[.SSS]]'` (Vietnamese wall time; a space may replace `T`), an
 * ISO string with `Z` or `±HH:mm`, `'YYYY-MM-DD'` (Vietnamese midnight), a `Date`, or epoch ms.
 */
export type MomentInput = string | Date | number;

/**
 * Numbers smaller than this in magnitude are refused as epoch ms: they are almost surely day
 * numbers or seconds passed by mistake (1e9 ms is 11.6 days after 1970-01-01).
 */
const MIN_EPOCH_MS_MAGNITUDE = 1e9;
/**
 * The instants accepted in every form (epoch ms, `Date`, a string with an offset): Vietnamese
 * time 0001-01-01T00:00 … 9999-12-31T23:59:59.999, the years a `YYYY-MM-DD` day can be written
 * in (design principle 2: days are Vietnamese days).
 */
const MIN_MS = dayFromYmd(1, 1, 1) * MS_PER_DAY - VN_OFFSET_MS;
const MAX_MS = (dayFromYmd(9999, 12, 31) + 1) * MS_PER_DAY - VN_OFFSET_MS - 1;
const OUT_OF_RANGE = 'outside years 0001–9999 (Vietnamese time)';

type Path = readonly (string | number)[];

/** Result of the string parser: epoch ms, or the reason it failed. */
type Parsed = { ok: true; ms: EpochMs } | { ok: false; reason: string };

function digits(s: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    value = value * 10 + c;
  }
  return value;
}

/**
 * Whether a moment text is a date without a time of day (`YYYY-MM-DD`, surrounding spaces
 * ignored): such a moment is that day's 00:00, and an appointment so given means the day's due
 * time (lifecycle `createEvent`). Internal.
 */
export function isDateOnlyText(input: unknown): boolean {
  return typeof input === 'string' && input.trim().length === 10;
}

/**
 * A moment of judgement (`asOf`): as `parseMoment`, but a date only (`'2025-09-30'`) means the last
 * instant of that day — "as of 30/9" includes the whole day, so a report judged as of its last day
 * agrees with its default (the period's last instant). Internal.
 */
export function parseAsOf(input: MomentInput, path: Path = []): EpochMs {
  const ms = parseMoment(input, path);
  return isDateOnlyText(input) ? ms + MS_PER_DAY - 1 : ms;
}

/** Parses the string forms; the offset defaults to Vietnamese time. No `Date` parsing, no host TZ. */
function parseString(s: string): Parsed {
  const text = s.trim();
  if (text.length < 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) {
    return { ok: false, reason: 'expected YYYY-MM-DD at the start' };
  }
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  if (year < 0 || month < 0 || day < 0) return { ok: false, reason: 'expected YYYY-MM-DD at the start' };
  if (!isValidYmd(year, month, day)) return { ok: false, reason: `${text.slice(0, 10)} is not a real calendar date` };
  const dayNumber = dayFromYmd(year, month, day);
  if (isDateOnlyText(text)) return { ok: true, ms: dayNumber * MS_PER_DAY - VN_OFFSET_MS };

  const sep = text[10];
  if (sep !== 'T' && sep !== 't' && sep !== ' ') return { ok: false, reason: 'expected T or a space after the date' };
  const match = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|z|[+-]\d{2}:?\d{2})?$/.exec(text.slice(11));
  if (!match) return { ok: false, reason: 'expected HH:mm[:ss[.SSS]] and an optional Z or ±HH:mm after the date' };
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  const second = match[3] === undefined ? 0 : Number(match[3]);
  const millis = match[4] === undefined ? 0 : Math.floor(Number(`0.${match[4]}`) * 1000);
  if (hour > 23 || minute > 59 || second > 59) {
    return { ok: false, reason: `${match[1]}:${match[2]}${match[3] ? `:${match[3]}` : ''} is not a time of day` };
  }
  let offsetMs = VN_OFFSET_MS;
  const zone = match[5];
  if (zone !== undefined && zone !== 'Z' && zone !== 'z') {
    const sign = zone[0] === '-' ? -1 : 1;
    const oh = Number(zone.slice(1, 3));
    const om = Number(zone.slice(zone.length - 2));
    if (oh > 23 || om > 59) return { ok: false, reason: `${zone} is not a UTC offset` };
    offsetMs = sign * (oh * 60 + om) * MS_PER_MINUTE;
  } else if (zone !== undefined) {
    offsetMs = 0;
  }
  const wall = dayNumber * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * 1000 + millis;
  const ms = wall - offsetMs;
  // An offset other than +07:00 can move a wall time on 0001-01-01 or 9999-12-31 out of range.
  if (ms < MIN_MS || ms > MAX_MS) return { ok: false, reason: OUT_OF_RANGE };
  return { ok: true, ms };
}

function checkEpochMs(value: number): string | undefined {
  if (!Number.isFinite(value)) return `${value} is not a finite number`;
  if (!Number.isInteger(value)) return 'epoch milliseconds must be a whole number';
  if (Math.abs(value) < MIN_EPOCH_MS_MAGNITUDE) {
    return 'numbers are epoch milliseconds; this looks like a day number or seconds (use calendar.days.* for day numbers)';
  }
  if (value < MIN_MS || value > MAX_MS) return OUT_OF_RANGE;
  return undefined;
}

/** Why a `Date` is not an accepted instant (Invalid Date, or outside the range of every form), or undefined. */
function checkDate(ms: number): string | undefined {
  if (Number.isNaN(ms)) return 'Invalid Date';
  return ms < MIN_MS || ms > MAX_MS ? OUT_OF_RANGE : undefined;
}

/**
 * Parses a moment input to epoch ms. Wall times without an offset are Vietnamese time (UTC+7).
 *
 * @throws {InvalidMomentError} for anything that is not a real instant (`2025-02-29T10:00`,
 *   `2025-08-28T24:61`, `NaN`, an Invalid Date) or falls outside years 0001–9999 in Vietnamese
 *   time (in every form: epoch ms, `Date`, a string with an offset), naming the input.
 * @example
 * parseMoment('2025-08-28T16:10') // 1756372200000 (= 2025-08-28T09:10:00Z)
 */
export function parseMoment(input: MomentInput, path: Path = []): EpochMs {
  if (typeof input === 'string') {
    const fast = parseWallTimeFast(input);
    if (fast !== -Infinity) return fast;
    const parsed = parseString(input);
    if (!parsed.ok) throw new InvalidMomentError(input, parsed.reason, path);
    return parsed.ms;
  }
  if (typeof input === 'number') {
    const problem = checkEpochMs(input);
    if (problem) throw new InvalidMomentError(input, problem, path);
    return input;
  }
  if (input instanceof Date) {
    const ms = input.getTime();
    const problem = checkDate(ms);
    if (problem) throw new InvalidMomentError(input, problem, path);
    return ms;
  }
  throw new InvalidMomentError(input, `a ${typeName(input)} is not a moment`, path);
}

/**
 * Fast path for the commonest moment input, `'YYYY-MM-DDTHH:mm[:ss]'` in Vietnamese wall time:
 * epoch ms, or -Infinity when the string is not exactly that form (the full parser then decides).
 */
function parseWallTimeFast(s: string): number {
  const n = s.length;
  if ((n !== 16 && n !== 19) || s.charCodeAt(10) !== 84 || s.charCodeAt(13) !== 58 || (n === 19 && s.charCodeAt(16) !== 58)) {
    return -Infinity;
  }
  const day = parseIsoDayFast(s.slice(0, 10));
  const hour = digits(s, 11, 2);
  const minute = digits(s, 14, 2);
  const second = n === 19 ? digits(s, 17, 2) : 0;
  if (day === -Infinity || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return -Infinity;
  return day * MS_PER_DAY - VN_OFFSET_MS + ((hour * 60 + minute) * 60 + second) * 1000;
}

/** Fast path for the commonest day input, `'YYYY-MM-DD'`: the day number, or -Infinity if not that form. */
function parseIsoDayFast(s: string): number {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return -Infinity;
  const year = digits(s, 0, 4);
  const month = digits(s, 5, 2);
  const day = digits(s, 8, 2);
  if (year < 0 || month < 0 || day < 0 || !isValidYmd(year, month, day)) return -Infinity;
  return dayFromYmd(year, month, day);
}

/**
 * Parses a day input to its Vietnamese day number. A moment (string with a time, `Date`, epoch
 * ms) gives the Vietnamese civil day it falls in.
 *
 * @throws {InvalidDayError} naming the input (`2025-02-29`, `2025-13-01`, `NaN`, …).
 * @example
 * parseDay('2025-09-02') // 20333
 * parseDay(new Date('2025-09-01T18:00:00Z')) // 20333 — already 2 September in Vietnam
 */
export function parseDay(input: DayInput, path: Path = []): DayNumber {
  if (typeof input === 'string') {
    const fast = parseIsoDayFast(input);
    if (fast !== -Infinity) return fast;
    const parsed = parseString(input);
    if (!parsed.ok) throw new InvalidDayError(input, parsed.reason, path);
    return dayOfMoment(parsed.ms);
  }
  if (typeof input === 'number') {
    const problem = checkEpochMs(input);
    if (problem) throw new InvalidDayError(input, problem, path);
    return dayOfMoment(input);
  }
  if (input instanceof Date) {
    const ms = input.getTime();
    const problem = checkDate(ms);
    if (problem) throw new InvalidDayError(input, problem, path);
    return dayOfMoment(ms);
  }
  throw new InvalidDayError(input, `a ${typeName(input)} is not a day`, path);
}
