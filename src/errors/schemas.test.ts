import fc from 'fast-check';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { formatDossierCode } from '../code/format.js';
import { vnCalendar } from '../calendar/vn-calendar.js';
import { decision766Satisfaction } from '../satisfaction/decision766.js';
import { InvalidInputError } from './invalid-input-error.js';
import { integerIn, isoDayText, nonEmptyString, oneOf } from './schemas.js';

const ok = (schema: z.ZodMiniType, value: unknown) => z.safeParse(schema, value).success;
const message = (schema: z.ZodMiniType, value: unknown) => z.safeParse(schema, value).error?.issues[0]?.message;

describe('integerIn', () => {
  it('accepts exactly the integers of the range', () => {
    fc.assert(
      fc.property(fc.integer({ min: -50, max: 50 }), fc.integer({ min: 0, max: 30 }), fc.oneof(fc.integer({ min: -100, max: 100 }), fc.double({ noNaN: false })), (min, width, v) => {
        const max = min + width;
        expect(ok(integerIn(min, max), v)).toBe(Number.isInteger(v) && v >= min && v <= max);
      }),
    );
  });

  it('says which range it wanted, not just "Invalid input"', () => {
    expect(message(integerIn(0, 6), 7)).toBe('expected an integer from 0 to 6');
    expect(message(integerIn(0, 6), 1.5)).toBe('expected an integer from 0 to 6');
  });
});

describe('nonEmptyString and isoDayText', () => {
  it('accept what they say and refuse the rest', () => {
    fc.assert(fc.property(fc.string(), (s) => ok(nonEmptyString(), s) === s.length > 0));
    expect(ok(isoDayText(), '2026-02-29')).toBe(true); // the form only: a real day is checked where it is parsed
    for (const bad of ['20/03/2026', '2026-3-20', ' 2026-03-20', '']) expect(message(isoDayText(), bad)).toBe('expected YYYY-MM-DD');
    expect(message(nonEmptyString(), '')).toBe('expected a non-empty string');
  });
});

describe('oneOf', () => {
  it('accepts exactly its values and names them', () => {
    const mode = oneOf(['A', 'B', 'B-prime', 'C']);
    fc.assert(fc.property(fc.oneof(fc.constantFrom('A', 'B', 'B-prime', 'C', 'a', 'D', ''), fc.anything()), (v) =>
      ok(mode, v) === (typeof v === 'string' && ['A', 'B', 'B-prime', 'C'].includes(v))));
    expect(message(mode, 'D')).toBe('expected one of A, B, B-prime, C');
    expect(message(oneOf(['closing', 'end-of-day'], 'expected closing or end-of-day'), 1)).toBe('expected closing or end-of-day');
  });
});

describe('at the boundaries', () => {
  it('name the field and the range', () => {
    const thrown = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e;
      }
      throw new Error('did not throw');
    };
    const a = thrown(() => formatDossierCode({ agency: 'H56', receivedAt: '2026-03-01', sequence: 0 }));
    expect(a).toBeInstanceOf(InvalidInputError);
    expect((a as InvalidInputError).issues).toContainEqual({ path: ['sequence'], message: expect.stringMatching(/^expected an integer from 1 to \d+$/) });
    const b = thrown(() => vnCalendar({ weeklyRestDays: [0, 7] }));
    expect((b as InvalidInputError).issues).toEqual([{ path: ['weeklyRestDays', 1], message: 'expected an integer from 0 to 6' }]);
    // Every problem at once: the moment's type and the sequence.
    const c = thrown(() => formatDossierCode({ agency: 'H56', receivedAt: {} as unknown as string, sequence: 1.5 }));
    expect((c as InvalidInputError).issues).toEqual([
      { path: ['receivedAt'], message: 'expected a string, epoch ms or a Date' },
      { path: ['sequence'], message: expect.stringMatching(/^expected an integer from 1 to \d+$/) },
    ]);
    // A non-finite number says which, not "expected number, got number".
    const d = thrown(() => decision766Satisfaction({ dossiers: 10, late: 1, complainedOrNotSatisfied: 0, maxPoints: Infinity }));
    expect(d).toMatchObject({ code: 'INVALID_INPUT', path: ['maxPoints'], message: 'Invalid Decision 766 satisfaction input: maxPoints: expected a finite number, got Infinity' });
    const e = thrown(() => decision766Satisfaction({ dossiers: Number.NaN, late: 1, complainedOrNotSatisfied: 0 }));
    expect((e as InvalidInputError).issues).toContainEqual({ path: ['dossiers'], message: 'expected a finite number, got NaN' });
  });
});
