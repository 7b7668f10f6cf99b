import fc from 'fast-check';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { InvalidInputError, type InputIssue } from './invalid-input-error.js';
import { oneOf } from './schemas.js';
import { checkOptionFields } from './unknown-field.js';
import { validate } from './validate.js';

const issuesOf = (schema: z.ZodMiniType, value: unknown, path?: readonly (string | number)[]): readonly InputIssue[] => {
  try {
    validate(schema, value, 'thing', path);
  } catch (error) {
    if (error instanceof InvalidInputError) return error.issues;
    throw error;
  }
  throw new Error('did not throw');
};

describe('validate: every issue says what was expected (never a bare "Invalid input")', () => {
  const shape = z.strictObject({
    name: z.string().check(z.minLength(1)),
    count: z.int().check(z.nonnegative()),
    tags: z.optional(z.array(z.string()).check(z.minLength(1), z.maxLength(2))),
    channel: z.optional(z.enum(['in-person', 'online', 'post'])),
    limit: z.optional(z.union([z.string(), z.strictObject({ value: z.number(), unit: z.string() })])),
    ratio: z.optional(z.number().check(z.positive())),
  });

  it('a missing field is required; a wrong type names both types', () => {
    expect(issuesOf(shape, {})).toEqual([{ path: ['name'], message: 'required' }, { path: ['count'], message: 'required' }]);
    expect(issuesOf(shape, { name: 1, count: 'x' })).toEqual([
      { path: ['name'], message: 'expected string, got number' },
      { path: ['count'], message: 'expected number, got string' },
    ]);
    expect(issuesOf(shape, undefined)).toEqual([{ path: [], message: 'expected object, got undefined' }]);
    expect(issuesOf(shape, [])).toEqual([{ path: [], message: 'expected object, got array' }]);
    expect(issuesOf(shape, { name: 'a', count: Number.NaN })).toEqual([{ path: ['count'], message: 'expected a finite number, got NaN' }]);
  });

  it('a non-finite number says which one, not "expected number, got number"', () => {
    expect(issuesOf(shape, { name: 'a', count: Number.POSITIVE_INFINITY })).toEqual([{ path: ['count'], message: 'expected a finite number, got Infinity' }]);
    expect(issuesOf(shape, { name: 'a', count: 1, ratio: Number.NEGATIVE_INFINITY })).toEqual([{ path: ['ratio'], message: 'expected a finite number, got -Infinity' }]);
    expect(issuesOf(shape, { name: 'a', count: 1, ratio: 'x' })).toEqual([{ path: ['ratio'], message: 'expected number, got string' }]);
  });

  it('enums list their values; sizes and ranges give the bound', () => {
    expect(issuesOf(shape, { name: 'a', count: 1, channel: 'truc-tuyen' })).toEqual([{ path: ['channel'], message: 'expected one of in-person, online, post' }]);
    expect(issuesOf(shape, { name: '', count: -1 })).toEqual([
      { path: ['name'], message: 'expected at least 1 characters' },
      { path: ['count'], message: 'expected at least 0' },
    ]);
    expect(issuesOf(shape, { name: 'a', count: 1, tags: ['a', 'b', 'c'] })).toEqual([{ path: ['tags'], message: 'expected at most 2 items' }]);
    expect(issuesOf(shape, { name: 'a', count: 1, ratio: 0 })).toEqual([{ path: ['ratio'], message: 'expected more than 0' }]);
  });

  it('a union says which types it takes, or what is wrong inside the one the input matched', () => {
    expect(issuesOf(shape, { name: 'a', count: 1, limit: 3 })).toEqual([{ path: ['limit'], message: 'expected string or object, got number' }]);
    expect(issuesOf(shape, { name: 'a', count: 1, limit: { value: 'x', unit: 'd' } })).toEqual([{ path: ['limit'], message: 'value: expected number, got string' }]);
  });

  it('a discriminated union lists its discriminator values, suggesting the near one', () => {
    const event = z.discriminatedUnion('type', [z.strictObject({ type: z.literal('accept') }), z.strictObject({ type: z.literal('refuse') })]);
    expect(issuesOf(event, { type: 'acept' })).toEqual([{ path: ['type'], message: 'expected one of accept, refuse (did you mean accept?)' }]);
    expect(issuesOf(event, { type: 'x' })).toEqual([{ path: ['type'], message: 'expected one of accept, refuse' }]);
  });

  it("a schema's own message wins", () => {
    expect(issuesOf(z.strictObject({ mode: oneOf(['A', 'B']) }), { mode: 'C' })).toEqual([{ path: ['mode'], message: 'expected one of A, B' }]);
    expect(issuesOf(z.strictObject({ n: z.number({ error: 'expected a number of hours' }) }), { n: 'x' })).toEqual([{ path: ['n'], message: 'expected a number of hours' }]);
  });

  it('an unknown field is its own issue, with the allowed fields and the likely one, prefixed by path', () => {
    expect(issuesOf(shape, { name: 'a', count: 1, chanel: 'online' })).toEqual([
      { path: ['chanel'], message: 'unknown field "chanel" (did you mean channel?); allowed: name, count, tags, channel, limit, ratio' },
    ]);
    const nested = z.strictObject({ limit: z.strictObject({ value: z.number(), unit: z.string() }) });
    expect(issuesOf(nested, { limit: { value: 1, units: 'd', x: 1 } }, [7])).toEqual([
      { path: [7, 'limit', 'unit'], message: 'required' },
      { path: [7, 'limit', 'units'], message: 'unknown field "units" (did you mean unit?); allowed: value, unit' },
      { path: [7, 'limit', 'x'], message: 'unknown field "x"; allowed: value, unit' },
    ]);
  });

  it('property: any extra field is refused at its own path, never ignored', () => {
    const known = ['from', 'to', 'asOf'];
    const schema = z.strictObject({ from: z.optional(z.string()), to: z.optional(z.string()), asOf: z.optional(z.string()) });
    fc.assert(fc.property(fc.string({ minLength: 1 }).filter((k) => !known.includes(k) && k !== '__proto__'), (key) => {
      const issues = issuesOf(schema, { [key]: 1 });
      expect(issues).toHaveLength(1);
      expect(issues[0]!.path).toEqual([key]);
      expect(issues[0]!.message).toMatch(/^unknown field .*; allowed: from, to, asOf$/);
    }));
  });
});

describe('checkOptionFields (the allocation-free check of hot paths)', () => {
  it('passes known fields and undefined, refuses each unknown field by name', () => {
    expect(() => checkOptionFields(undefined, ['asOf'], 'o')).not.toThrow();
    expect(() => checkOptionFields({ asOf: 1 }, ['asOf', 'policy'], 'o')).not.toThrow();
    expect(() => checkOptionFields('x', ['asOf'], 'o')).toThrow(/^Invalid o: expected an object of options$/);
    try {
      checkOptionFields({ asof: 1, polcy: 2, asOf: 3 }, ['asOf', 'policy'], 'o');
      expect.unreachable();
    } catch (error) {
      expect((error as InvalidInputError).issues).toEqual([
        { path: ['asof'], message: 'unknown field "asof" (did you mean asOf?); allowed: asOf, policy' },
        { path: ['polcy'], message: 'unknown field "polcy" (did you mean policy?); allowed: asOf, policy' },
      ]);
    }
  });
});
