/**
 * Renders any input for an error message without throwing: a string quoted (`"2025-02-30"`), a
 * `Date` as ISO (or `Invalid Date`), a bigint as `10n`, a symbol or function by its kind, plain data
 * as JSON; anything JSON cannot show (a cycle, a bigint inside) or `String` cannot convert (an
 * object without a prototype, `{ toString: 1 }`) by its tag, `[object Object]`. A message about bad
 * input must never fail on the bad input itself (design principle 5). Internal.
 */
export function describeValue(input: unknown): string {
  if (typeof input === 'string') return JSON.stringify(input);
  if (typeof input === 'bigint') return `${input}n`;
  if (typeof input === 'symbol' || typeof input === 'function') return typeof input;
  if (input instanceof Date) return Number.isNaN(input.getTime()) ? 'Invalid Date' : input.toISOString();
  if (input === null || typeof input !== 'object') return String(input);
  try {
    return JSON.stringify(input) ?? Object.prototype.toString.call(input);
  } catch {
    return Object.prototype.toString.call(input);
  }
}
