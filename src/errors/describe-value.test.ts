import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeDeadline } from '../deadline/compute-deadline.js';
import { parseCutoff } from '../deadline/resolve-policy.js';
import { parseLimit } from '../deadline/limit.js';
import { parseDay } from '../time/parse.js';
import { describeValue } from './describe-value.js';
import { MotcuaError } from './motcua-error.js';
import { thrown } from '../../test/support/thrown.js';

describe('describeValue: a message about bad input never fails on the input', () => {
  it('shows what it can', () => {
    expect(describeValue('2025-02-30')).toBe('"2025-02-30"');
    expect(describeValue(10n)).toBe('10n');
    expect(describeValue(NaN)).toBe('NaN');
    expect(describeValue(undefined)).toBe('undefined');
    expect(describeValue(Symbol('x'))).toBe('symbol');
    expect(describeValue(new Date(Number.NaN))).toBe('Invalid Date');
    expect(describeValue({ value: 3, unit: 'x' })).toBe('{"value":3,"unit":"x"}');
    expect(describeValue([0n])).toBe('[object Array]');
    expect(describeValue(Object.create(null))).toBe('{}');
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(describeValue(cycle)).toBe('[object Object]');
    expect(describeValue({ toString: 1 })).toBe('{"toString":1}');
  });

  it('property: never throws, always a string', () => {
    fc.assert(fc.property(fc.anything({ withBigInt: true, withDate: true, withNullPrototype: true, withObjectString: true }), (v) => {
      expect(typeof describeValue(v)).toBe('string');
    }));
  });

  it('bad limits, cut-offs, policies and days holding a bigint or no prototype are typed errors (they were TypeErrors from the message itself)', () => {
    for (const call of [
      () => parseLimit([0n] as never),
      () => parseLimit({ value: 10n, unit: 'working-days' } as never),
      () => parseCutoff([0n] as never),
      () => computeDeadline({ receivedAt: '2025-08-28T16:10', limit: [0n] as never }),
      () => computeDeadline({ receivedAt: '2025-08-28T16:10', limit: '3 ngày làm việc', policy: { hoursPerWorkingDay: 8n } as never }),
      () => parseDay(Object.create(null) as never),
    ]) {
      const error = thrown(call);
      expect(error, String(call)).toBeInstanceOf(MotcuaError);
    }
  });
});
