import { describeValue } from '../errors/describe-value.js';
import { InvalidInputError } from '../errors/invalid-input-error.js';

/**
 * Units of a time limit (thời hạn giải quyết), as portals store them beside the number
 * (Giờ / Ngày / Ngày làm việc / Tháng) [X] (`spec/deadline.md`, "Units of a time limit").
 */
export type LimitUnit = 'working-days' | 'working-hours' | 'calendar-days' | 'same-day' | 'months';

/** A time limit: a number and its unit. Working days may be fractional (0.25, 0.5 — step allotments). */
export interface Limit {
  /** How many units: ≥ 0, `0` only for `same-day`; whole for calendar days and months. */
  readonly value: number;
  /** What the value counts. */
  readonly unit: LimitUnit;
}

/** A limit given as data or as the text a procedure publishes (`"05 ngày làm việc"`, `"trong ngày"`). */
export type LimitInput = Limit | string;

const UNITS: readonly LimitUnit[] = ['working-days', 'working-hours', 'calendar-days', 'same-day', 'months'];

/** Unit phrases, longest first so that `ngày làm việc` wins over `ngày`. Lower-case, NFC. */
const PHRASES: readonly (readonly [string, LimitUnit])[] = [
  ['ngày làm việc', 'working-days'],
  ['ngày lv', 'working-days'],
  ['working days', 'working-days'],
  ['working day', 'working-days'],
  ['giờ làm việc', 'working-hours'],
  ['working hours', 'working-hours'],
  ['working hour', 'working-hours'],
  ['ngày', 'calendar-days'],
  ['calendar days', 'calendar-days'],
  ['calendar day', 'calendar-days'],
  ['days', 'calendar-days'],
  ['day', 'calendar-days'],
  ['tháng', 'months'],
  ['months', 'months'],
  ['month', 'months'],
];
const SAME_DAY = new Set(['trong ngày', 'ngay trong ngày', 'trong ngày làm việc', 'same day', 'same-day']);

/** Whether a number of minutes is whole, allowing for binary rounding (8.2 × 480 = 3935.9999…). */
export function isWholeMinutes(minutes: number): boolean {
  return Math.abs(minutes - Math.round(minutes)) < 1e-6;
}

function bad(input: unknown, message: string): InvalidInputError {
  return new InvalidInputError('limit', [{ path: ['limit'], message: `${message} (got ${describeValue(input)})` }]);
}

function checkLimit(limit: Limit, input: unknown): Limit {
  if (!UNITS.includes(limit.unit)) throw bad(input, `unknown unit; expected one of ${UNITS.join(', ')}`);
  const { value, unit } = limit;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw bad(input, 'the value must be a number ≥ 0');
  if (unit === 'same-day') return Object.freeze({ value: 0, unit });
  if (value === 0) throw bad(input, 'a limit of 0 is not a limit; use "same-day" (trong ngày)');
  if ((unit === 'calendar-days' || unit === 'months') && !Number.isInteger(value)) throw bad(input, `${unit} must be whole`);
  if (unit === 'working-days' && !isWholeMinutes(value * 8 * 60)) {
    throw bad(input, 'fractional working days must be a whole number of minutes (e.g. 0.25, 0.5, 1.75)');
  }
  if (unit === 'working-hours' && !isWholeMinutes(value * 60)) throw bad(input, 'working hours must be a whole number of minutes');
  return Object.freeze({ value, unit });
}

/**
 * Reads a limit from data or from the published text.
 *
 * Accepts `"5 ngày làm việc"`, `"05 ngày làm việc"`, `"0,5 ngày làm việc"`, `"08 giờ làm việc"`,
 * `"30 ngày"` (calendar days), `"01 tháng"`, `"trong ngày"` / `"ngay trong ngày"` (same day),
 * and the English `"5 working days"`, `"8 working hours"`, `"30 days"`, `"same day"`; also the
 * forms of the national procedure database: `"Không quá 05 ngày làm việc"` (the same limit),
 * `"05 (năm) ngày làm việc"`, a closing full stop. Text after the unit (`"… kể từ ngày nhận đủ hồ
 * sơ"`) is refused with the limit to write instead: it may be a condition that changes the limit.
 *
 * @throws {InvalidInputError} at path `limit` for a negative or zero value, an unknown unit, or text it cannot read.
 * @example
 * parseLimit('05 ngày làm việc') // { value: 5, unit: 'working-days' }
 * parseLimit('trong ngày')       // { value: 0, unit: 'same-day' }
 * parseLimit('Không quá 05 (năm) ngày làm việc.') // { value: 5, unit: 'working-days' }
 * parseLimit('05 ngày làm việc kể từ ngày nhận đủ hồ sơ') // throws InvalidInputError — write "05 ngày làm việc"
 */
export function parseLimit(input: LimitInput): Limit {
  if (typeof input === 'object' && input !== null) return checkLimit(input, input);
  if (typeof input !== 'string') throw bad(input, 'expected a limit object { value, unit } or text like "5 ngày làm việc"');
  // As the national procedure database writes limits [X]: "Không quá 05 ngày làm việc" read as the
  // limit itself (a maximum is the limit: spec/deadline.md, "Units of a time limit") [U], "05 (năm)
  // ngày làm việc" (the number in words), a closing full stop.
  const text = input.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ')
    .replace(/^không quá /, '').replace(/\.$/, '').replace(/^(\d+(?:[.,]\d+)?) ?\([^)]*\) ?/, '$1 ');
  if (SAME_DAY.has(text)) return checkLimit({ value: 0, unit: 'same-day' }, input);
  const match = /^(-?\d+(?:[.,]\d+)?) ?(.*)$/.exec(text);
  if (!match) throw bad(input, 'expected a number and a unit, e.g. "5 ngày làm việc", or "trong ngày"');
  const value = Number(match[1]!.replace(',', '.'));
  const phrase = match[2]!;
  const unit = PHRASES.find(([p]) => p === phrase)?.[1];
  if (!unit) {
    if (phrase === 'giờ' || phrase === 'hours' || phrase === 'hour') {
      throw bad(input, `"${phrase}" alone is ambiguous (working or clock hours?); write "giờ làm việc" or give { unit: 'working-hours' }`);
    }
    const known = PHRASES.find(([p]) => phrase.startsWith(`${p} `));
    if (known) {
      throw bad(input, `only the limit itself is read: write "${match[1]} ${known[0]}" — the rest ("${phrase.slice(known[0].length + 1)}") is not part of it`);
    }
    const unaccented = phrase.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd');
    const meant = PHRASES.find(([p]) => p.normalize('NFD').replace(/[\u0300-\u036f]/g, '') === unaccented && p !== phrase);
    if (meant) throw bad(input, `write the unit with its diacritics: "${match[1]} ${meant[0]}"`);
    throw bad(input, `unknown unit "${phrase}"; expected ngày làm việc, giờ làm việc, ngày, tháng or trong ngày`);
  }
  return checkLimit({ value, unit }, input);
}

/**
 * The limit as Vietnamese text, as a slip prints it.
 * @example
 * formatLimit({ value: 3, unit: 'working-days' }) // '03 ngày làm việc'
 */
export function formatLimit(limit: Limit): string {
  const n = Number.isInteger(limit.value) && limit.value < 10 ? `0${limit.value}` : String(limit.value).replace('.', ',');
  switch (limit.unit) {
    case 'working-days': return `${n} ngày làm việc`;
    case 'working-hours': return `${n} giờ làm việc`;
    case 'calendar-days': return `${n} ngày`;
    case 'months': return `${n} tháng`;
    case 'same-day': return 'trong ngày';
  }
}
