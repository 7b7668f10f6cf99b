/**
 * Small zod/mini schemas shared by the boundaries, each with its own message (zod/mini without a
 * locale says only "Invalid input"). One `refine` per schema instead of zod's separate checks keeps
 * the browser bundle small.
 */
import * as z from 'zod/mini';

/** An integer from `min` to `max` inclusive. */
export function integerIn(min: number, max: number) {
  return z.number().check(z.refine((v) => Number.isInteger(v) && v >= min && v <= max, `expected an integer from ${min} to ${max}`));
}

/** A string that is not empty. */
export function nonEmptyString() {
  return z.string().check(z.refine((v) => v.length > 0, 'expected a non-empty string'));
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A `YYYY-MM-DD` text (its being a real day is checked where it is parsed). */
export function isoDayText() {
  return z.string().check(z.refine((v) => ISO_DAY.test(v), 'expected YYYY-MM-DD'));
}

/** One of `values` (a `z.enum` with a message naming them, at a fraction of its size). */
export function oneOf<const T extends string>(values: readonly T[], message = `expected one of ${values.join(', ')}`) {
  return z.custom<T>((v) => typeof v === 'string' && (values as readonly string[]).includes(v), message);
}

/** A number of hours in a working day: more than 0, at most 24. */
export function hoursInADay() {
  return z.number({ error: 'expected a number of hours' }).check(z.refine((h) => h > 0 && h <= 24, 'expected more than 0 and at most 24 hours'));
}

/**
 * A `Citation` (`cite(source, article, mark, note?)`): a non-empty source, an optional article and
 * note, and an evidence mark P, S, X or U (`spec/README.md`). Strict: a misspelt field is refused by
 * name. One schema for every place a caller's rule data carries its basis (design principle 3).
 */
export function citation() {
  return z.strictObject({
    source: nonEmptyString(),
    article: z.optional(z.string()),
    mark: oneOf(['P', 'S', 'X', 'U'], 'expected an evidence mark: P, S, X or U'),
    note: z.optional(z.string()),
  });
}
