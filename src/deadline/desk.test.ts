import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { computeDeadline } from './compute-deadline.js';
import { deadlineStatus, type StatusOptions } from './desk.js';

const deadline = computeDeadline({ receivedAt: '2025-08-28T16:10', limit: '3 ngày làm việc' }); // due 2025-09-04 17:00

describe('deadlineStatus options are strict', () => {
  it('refuses a misspelt threshold by name instead of using the default 8 hours', () => {
    const bad = () => deadlineStatus(deadline, '2025-09-04T10:00', { dueSoonWorkingHour: 2 } as StatusOptions);
    expect(bad).toThrow(InvalidInputError);
    expect(bad).toThrow(/^Invalid status options: dueSoonWorkingHour: unknown field "dueSoonWorkingHour" \(did you mean dueSoonWorkingHours\?\); allowed: dueSoonWorkingHours$/);
  });
  it('takes the documented option, and none', () => {
    expect(deadlineStatus(deadline, '2025-09-04T10:00', { dueSoonWorkingHours: 2 })).toBe('on-track');
    expect(deadlineStatus(deadline, '2025-09-04T10:00')).toBe('due-soon');
    expect(() => deadlineStatus(deadline, '2025-09-04T10:00', { dueSoonWorkingHours: -1 })).toThrow(/dueSoonWorkingHours: expected a number ≥ 0/);
  });
});

describe('computeDeadline: a policy field at the top level', () => {
  it('points to policy.<field>', () => {
    const input = { receivedAt: '2025-08-28T16:10', limit: '3 ngày làm việc' };
    for (const field of ['mode', 'cutoff', 'officeHours', 'dueTime', 'rounding', 'hoursPerWorkingDay']) {
      expect(() => computeDeadline({ ...input, [field]: 'B' } as never)).toThrow(new RegExp(`^Invalid deadline input: ${field}: unknown field "${field}" \\(did you mean policy\\.${field}\\?\\); allowed: receivedAt, limit, `));
    }
    expect(() => computeDeadline({ ...input, mood: 'B' } as never)).toThrow(/^Invalid deadline input: mood: unknown field "mood"; allowed: receivedAt, limit, channel, ruleset, preset, policy, calendar$/);
    expect(computeDeadline({ ...input, policy: { mode: 'B' } }).dueWallTime).toMatch(/^2025-09-0/);
  });
});
