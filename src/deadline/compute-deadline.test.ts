import { describe, expect, it } from 'vitest';
import { thrown } from '../../test/support/thrown.js';
import { vnCalendar } from '../calendar/vn-calendar.js';
import { InvalidInputError, InvalidMomentError, OutOfRangeError, UnknownRulesetError } from '../errors/index.js';
import { computeDeadline } from './compute-deadline.js';
import { apologyWindow, deadlineStatus, remainingTime } from './desk.js';
import { parseLimit } from './limit.js';
import { thanhHoa } from './presets.js';
import { parseCutoff } from './resolve-policy.js';
import { resolveRuleset, rulesetFor } from './rulesets.js';
import { splitLimit } from './steps.js';

const due = (receivedAt: string, limit: string, policy: Parameters<typeof computeDeadline>[0]['policy'] = {}) =>
  computeDeadline({ receivedAt, limit, policy }).dueWallTime;

describe('spec worked example 1 — received Thu 2025-08-28 16:10, 3 working days', () => {
  it('mode A: Fri 29/8, Wed 3/9, Thu 4/9', () => expect(due('2025-08-28T16:10', '3 ngày làm việc')).toBe('2025-09-04T17:00:00+07:00'));
  it('mode B (15:00 cut-off): Fri 5/9', () => expect(due('2025-08-28T16:10', '3 ngày làm việc', { mode: 'B' })).toBe('2025-09-05T17:00:00+07:00'));
  it('mode B′: Thu 4/9', () => expect(due('2025-08-28T16:10', '3 ngày làm việc', { mode: 'B-prime' })).toBe('2025-09-04T17:00:00+07:00'));
  it('mode C: Thu 4/9 16:10', () => expect(due('2025-08-28T16:10', '3 ngày làm việc', { mode: 'C' })).toBe('2025-09-04T16:10:00+07:00'));
  it('mode C with the 15:00 cut-off: from Fri 07:00 → Thu 4/9 17:00', () =>
    expect(due('2025-08-28T16:10', '3 ngày làm việc', { mode: 'C', cutoff: '15:00' })).toBe('2025-09-04T17:00:00+07:00'));
  it('apology under Decree 61 due by Wed 3/9', () => {
    const d = computeDeadline({ receivedAt: '2025-08-28T16:10', limit: '3 ngày làm việc', ruleset: 'nd61-2018' });
    expect(apologyWindow(d)).toMatchObject({ timing: 'before-due', latestDay: '2025-09-03', basis: { article: 'Art. 19(9)' } });
  });
  it('explains itself with citations', () => {
    const d = computeDeadline({ receivedAt: '2025-08-28T16:10', limit: '3 ngày làm việc', policy: { mode: 'B' } });
    const messages = d.trace.map((s) => s.message);
    expect(messages).toContain('received after the 15:00 cut-off → receipt day moved to 2025-08-29 (policy: cut-off 15:00, mode B)');
    expect(messages).toContain('2025-09-01 skipped: Quốc khánh 2/9, statutory holiday');
    expect(d.trace.every((s) => s.basis !== undefined)).toBe(true);
    expect(d.ruleset.id).toBe('nd118-2025');
    expect(d.provisional).toBe(false);
  });
});

describe('spec worked example 2 — received Thu 2026-04-23 16:10, 5 working days', () => {
  it('A: Tue 5/5; B: Wed 6/5; C: Tue 5/5 16:10', () => {
    expect(due('2026-04-23T16:10', '5 ngày làm việc')).toBe('2026-05-05T17:00:00+07:00');
    expect(due('2026-04-23T16:10', '5 ngày làm việc', { mode: 'B' })).toBe('2026-05-06T17:00:00+07:00');
    expect(due('2026-04-23T16:10', '5 ngày làm việc', { mode: 'C' })).toBe('2026-05-05T16:10:00+07:00');
  });
  it('without the 27/4 compensation day in the data, A comes out a day early', () => {
    // A calendar that wrongly works on 27/4 (as if the compensation were missing).
    const wrong = vnCalendar().extend({ extraWorkingDays: [{ date: '2026-04-27', name: 'compensation day missing' }] });
    expect(computeDeadline({ receivedAt: '2026-04-23T16:10', limit: '5 ngày làm việc', calendar: wrong }).dueDay).toBe('2026-05-04');
  });
});

describe('spec worked example 3 — received Mon 2026-03-09 09:00, 10 working days', () => {
  it('mode A → Mon 2026-03-23', () => expect(computeDeadline({ receivedAt: '2026-03-09T09:00', limit: '10 ngày làm việc' }).dueDay).toBe('2026-03-23'));
});

describe('limits', () => {
  it('reads the published forms', () => {
    expect(parseLimit('5 ngày làm việc')).toEqual({ value: 5, unit: 'working-days' });
    expect(parseLimit('08 giờ làm việc')).toEqual({ value: 8, unit: 'working-hours' });
    expect(parseLimit('30 ngày')).toEqual({ value: 30, unit: 'calendar-days' });
    expect(parseLimit('trong ngày')).toEqual({ value: 0, unit: 'same-day' });
    expect(parseLimit('Ngay trong ngày')).toEqual({ value: 0, unit: 'same-day' });
    expect(parseLimit('5 working days')).toEqual({ value: 5, unit: 'working-days' });
    expect(parseLimit('0,5 ngày làm việc')).toEqual({ value: 0.5, unit: 'working-days' });
    expect(parseLimit('01 tháng')).toEqual({ value: 1, unit: 'months' });
  });

  it('8 working hours from an opening equals one working day', () => {
    const hours = computeDeadline({ receivedAt: '2026-03-09T07:00', limit: '8 giờ làm việc' });
    expect(hours.dueWallTime).toBe('2026-03-09T17:00:00+07:00');
    expect(computeDeadline({ receivedAt: '2026-03-09T07:00', limit: '1 ngày làm việc', policy: { mode: 'C' } }).dueMs).toBe(hours.dueMs);
  });

  it('fractional working days count as working hours (0.25 day = 2 h)', () => {
    expect(due('2026-03-09T09:00', '0,25 ngày làm việc')).toBe('2026-03-09T11:00:00+07:00');
    expect(due('2026-03-09T10:30', '0.5 ngày làm việc')).toBe('2026-03-09T16:30:00+07:00');
  });

  it('calendar days: the first day not counted, a last day off rolls to the next working day (Civil Code Art. 148(5))', () => {
    const d = computeDeadline({ receivedAt: '2025-08-02T10:00', limit: '30 ngày' });
    expect(d.dueDay).toBe('2025-09-03'); // 1/9: Quốc khánh; 2/9 too → Wed 3/9
    expect(d.trace.some((s) => s.rule === 'roll-off' && s.from === '2025-09-01' && s.to === '2025-09-03')).toBe(true);
    expect(computeDeadline({ receivedAt: '2025-08-02T10:00', limit: '30 ngày', policy: { calendarDayRollOff: false } }).dueDay).toBe('2025-09-01');
  });

  it('months end on the corresponding day, or the month’s last day', () => {
    expect(computeDeadline({ receivedAt: '2025-01-31T10:00', limit: '1 tháng' }).dueDay).toBe('2025-02-28');
    expect(computeDeadline({ receivedAt: '2025-03-10T10:00', limit: '01 tháng' }).dueDay).toBe('2025-04-10');
  });

  it('same day: due at closing; after a cut-off or on a day off, the next working day', () => {
    expect(due('2025-08-28T09:00', 'trong ngày')).toBe('2025-08-28T17:00:00+07:00');
    expect(due('2025-08-29T15:30', 'trong ngày', { mode: 'B' })).toBe('2025-09-03T17:00:00+07:00');
    expect(due('2025-08-30T09:00', 'trong ngày')).toBe('2025-09-03T17:00:00+07:00');
  });

  it('due at 24:00 when the policy follows Civil Code Art. 148(1)', () => {
    expect(due('2025-08-28T16:10', '3 ngày làm việc', { dueTime: 'end-of-day' })).toBe('2025-09-04T23:59:59+07:00');
  });

  it('24:00 is the due day\'s last instant (23:59:59.999): nothing during that day is overdue, and the day stays the due day', () => {
    const d = computeDeadline({ receivedAt: '2025-08-28T16:10', limit: '3 ngày làm việc', policy: { dueTime: 'end-of-day' } });
    expect(d.dueMs).toBe(Date.parse('2025-09-05T00:00:00+07:00') - 1);
    expect(d.dueDay).toBe('2025-09-04');
    expect(deadlineStatus(d, '2025-09-04T23:59:59.500+07:00')).not.toBe('overdue');
    expect(deadlineStatus(d, '2025-09-05T00:00')).toBe('overdue');
  });
});

describe('receipts outside office hours', () => {
  it('online on a Sunday counts from Monday’s opening; in person it is as received', () => {
    const online = computeDeadline({ receivedAt: '2026-03-08T20:00', limit: '1 ngày làm việc', channel: 'online' });
    expect(online.dueDay).toBe('2026-03-10');
    expect(online.trace[1]).toMatchObject({ rule: 'off-hours', from: '2026-03-08', to: '2026-03-09' });
    expect(computeDeadline({ receivedAt: '2026-03-08T20:00', limit: '1 ngày làm việc' }).dueDay).toBe('2026-03-09');
    expect(computeDeadline({ receivedAt: '2026-03-08T20:00', limit: '1 ngày làm việc', channel: 'online', policy: { offHoursReceipt: { online: 'as-received' } } }).dueDay).toBe('2026-03-09');
  });

  it('the last hour before closing counts from the next working day (Decree 297/2025 Art. 6(3))', () => {
    expect(due('2026-03-09T16:15', '2 ngày làm việc', { mode: 'B', cutoff: 'closing-60' })).toBe('2026-03-12T17:00:00+07:00');
    expect(due('2026-03-09T15:45', '2 ngày làm việc', { mode: 'B', cutoff: 'closing-60' })).toBe('2026-03-11T17:00:00+07:00');
  });

  it('mode C clamps into office hours (before opening, lunch, after closing)', () => {
    expect(due('2026-03-09T06:00', '2 giờ làm việc', { mode: 'C' })).toBe('2026-03-09T09:00:00+07:00');
    expect(due('2026-03-09T12:00', '2 giờ làm việc', { mode: 'C' })).toBe('2026-03-09T15:30:00+07:00');
    expect(due('2026-03-09T18:00', '2 giờ làm việc', { mode: 'C' })).toBe('2026-03-10T09:00:00+07:00');
  });

  it('per-weekday office hours', () => {
    const policy = { mode: 'C' as const, officeHours: { default: ['07:30-11:30', '13:00-17:00'], 5: ['07:30-11:30'] } };
    expect(due('2026-03-13T10:30', '2 giờ làm việc', policy)).toBe('2026-03-16T08:30:00+07:00');
  });
});

describe('rule sets', () => {
  it('switch at 2025-07-01 by receipt day', () => {
    expect(rulesetFor('2025-06-30T23:59').id).toBe('nd61-2018');
    expect(rulesetFor('2025-07-01T00:00').id).toBe('nd118-2025');
    expect(rulesetFor('2018-06-21').id).toBe('nd61-2018');
    expect(rulesetFor('2018-06-20').id).toBe('local-pre-2018');
    expect(computeDeadline({ receivedAt: '2025-06-30T16:00', limit: '3 ngày làm việc' }).ruleset.id).toBe('nd61-2018');
    expect(computeDeadline({ receivedAt: '2025-07-01T08:00', limit: '3 ngày làm việc' }).ruleset.id).toBe('nd118-2025');
  });

  it('differ where the decrees differ (online check, closing unsupplemented)', () => {
    const a = rulesetFor('2025-06-30');
    const b = rulesetFor('2025-07-01');
    expect(a.onlineCheckWorkingHours.value).toBeNull();
    expect(b.onlineCheckWorkingHours).toMatchObject({ value: 8, basis: { article: 'Art. 17(2)', mark: 'P' } });
    expect(b.supplementation.closeAfterDays.value).toBe(15);
    expect(a.supplementation.clock.value).toBe('restart');
    expect(a.cutoff.alternatives?.length).toBeGreaterThan(0);
  });
});

describe('peer presets', () => {
  it('thanh-hoa: mode C, after 17:00 → next morning, make-up Saturdays not working', () => {
    const d = computeDeadline({ receivedAt: '2025-04-24T17:30', limit: '2 ngày làm việc', preset: 'thanh-hoa' });
    // From Fri 25/4 07:00: Fri (8 h) + Mon 28/4 (8 h) — Sat 26/4 (make-up day) is not worked.
    expect(d.dueWallTime).toBe('2025-04-28T17:00:00+07:00');
    const law = computeDeadline({ receivedAt: '2025-04-24T17:30', limit: '2 ngày làm việc', policy: { mode: 'C' } });
    expect(law.dueWallTime).toBe('2025-04-26T17:00:00+07:00');
  });

  it('opencps: mode C, make-up Saturdays working, due rounded up to the quarter hour', () => {
    const d = computeDeadline({ receivedAt: '2025-04-24T16:07', limit: '1 ngày làm việc', preset: 'opencps' });
    expect(d.dueWallTime).toBe('2025-04-25T16:15:00+07:00');
    expect(d.trace.some((s) => s.rule === 'rounding')).toBe(true);
    expect(computeDeadline({ receivedAt: '2025-04-25T16:00', limit: '1 ngày làm việc', preset: 'opencps' }).dueDay).toBe('2025-04-26');
  });
});

describe('desk helpers', () => {
  const d = computeDeadline({ receivedAt: '2025-08-28T16:10', limit: '3 ngày làm việc' });
  it('remaining time as portals show it', () => {
    expect(remainingTime(d, '2025-09-04T16:00').text).toBe('còn 0 ngày 1 giờ');
    expect(remainingTime(d, '2025-09-03T16:00').text).toBe('còn 1 ngày 1 giờ');
    expect(remainingTime(d, '2025-09-05T09:00')).toMatchObject({ overdue: true, text: 'quá hạn 0 ngày 2 giờ' });
  });
  it('status with a due-soon threshold in working hours', () => {
    expect(deadlineStatus(d, '2025-08-29T08:00')).toBe('on-track');
    expect(deadlineStatus(d, '2025-09-04T10:00')).toBe('due-soon');
    expect(deadlineStatus(d, '2025-09-03T10:00', { dueSoonWorkingHours: 16 })).toBe('due-soon');
    expect(deadlineStatus(d, '2025-09-04T17:01')).toBe('overdue');
  });
  it('splits a limit into step budgets (0.25 + 3 + 1.75)', () => {
    const split = splitLimit({
      receivedAt: '2026-03-09T09:00',
      steps: [{ agency: 'one-stop desk', budget: 0.25 }, { agency: 'Sở TN&MT', budget: 3 }, { agency: 'UBND tỉnh', budget: 1.75 }],
    });
    expect(split.steps.map((s) => s.due)).toEqual(['2026-03-09T11:00:00+07:00', '2026-03-12T11:00:00+07:00', '2026-03-16T09:00:00+07:00']);
    expect(split.total.dueMs).toBe(split.steps[2]!.dueMs);
  });
});

describe('input validation', () => {
  it.each([
    [{ receivedAt: '2025-08-28T16:10', limit: { value: -1, unit: 'working-days' } }, InvalidInputError, /limit/],
    [{ receivedAt: '2025-08-28T16:10', limit: '5 tuần' }, InvalidInputError, /unknown unit/],
    [{ receivedAt: '2025-08-28T16:10', limit: { value: 3, unit: 'weeks' } }, InvalidInputError, /unknown unit/],
    [{ receivedAt: '1967-12-31T10:00', limit: '3 ngày làm việc' }, OutOfRangeError, /receivedAt.*1968/],
    [{ receivedAt: '2025-08-28T16:10', limit: '3 ngày làm việc', ruleset: 'nd99-2030' }, UnknownRulesetError, /nd99-2030/],
    [{ receivedAt: '2025-08-28T16:10', limit: '3 ngày làm việc', preset: 'hanoi' }, UnknownRulesetError, /preset/],
    [{ receivedAt: '2025-08-28T24:61', limit: '3 ngày làm việc' }, InvalidMomentError, /receivedAt/],
    [{ receivedAt: '2025-08-28T16:10', limit: '3 ngày làm việc', channel: 'fax' }, InvalidInputError, /channel/],
    [{ receivedAt: '2025-08-28T16:10', limit: '3 ngày làm việc', policy: { mode: 'A', cutoff: '15:00' } }, InvalidInputError, /policy\.cutoff/],
    [{ receivedAt: '2025-08-28T16:10', limit: '3 ngày làm việc', policy: { mode: 'D' } }, InvalidInputError, /policy.*mode/],
  ])('rejects %j with a typed error and the field path', (input, type, message) => {
    expect(() => computeDeadline(input as never)).toThrow(type);
    expect(() => computeDeadline(input as never)).toThrow(message);
  });

  it('errors carry a stable code and the path', () => {
    try {
      computeDeadline({ receivedAt: '2025-08-28T16:10', limit: { value: -1, unit: 'working-days' } });
      expect.unreachable();
    } catch (e) {
      expect(e).toMatchObject({ code: 'INVALID_INPUT', path: ['limit'] });
    }
  });
});

describe('review regressions', () => {
  it('a policy object changed after use is re-read, not served stale from the cache', () => {
    const policy: { mode: 'A' | 'B' } = { mode: 'A' };
    expect(computeDeadline({ receivedAt: '2025-08-28T16:10', limit: '3 ngày làm việc', policy }).dueDay).toBe('2025-09-04');
    policy.mode = 'B';
    expect(computeDeadline({ receivedAt: '2025-08-28T16:10', limit: '3 ngày làm việc', policy }).dueDay).toBe('2025-09-05');
  });

  it('fractional days count whole days first, then the fraction after closing (monotone in the limit)', () => {
    expect(due('2025-08-28T10:00', '1 ngày làm việc')).toBe('2025-08-29T17:00:00+07:00');
    expect(due('2025-08-28T10:00', '1,25 ngày làm việc')).toBe('2025-09-03T09:00:00+07:00');
    // Mode B: a fraction under one day starts at the next opening after the cut-off.
    expect(due('2025-08-28T16:10', '0,5 ngày làm việc', { mode: 'B' })).toBe('2025-08-29T11:00:00+07:00');
    expect(due('2025-08-28T16:10', '1 ngày làm việc', { mode: 'B' })).toBe('2025-09-03T17:00:00+07:00');
  });

  it('quarter-hour rounding never moves a 24:00 due into the next day', () => {
    const d = computeDeadline({ receivedAt: '2025-08-28T16:10', limit: '3 ngày làm việc', policy: { dueTime: 'end-of-day', rounding: 'quarter-hour-up' } });
    expect(d.dueDay).toBe('2025-09-04');
    expect(d.dueWallTime).toBe('2025-09-04T23:59:59+07:00');
  });

  it('counting starts on the first counted working day', () => {
    expect(computeDeadline({ receivedAt: '2025-08-28T16:10', limit: '3 ngày làm việc', policy: { mode: 'B' } }).startedAt).toBe('2025-09-03T00:00:00+07:00');
    expect(computeDeadline({ receivedAt: '2025-08-28T10:00', limit: '3 ngày làm việc' }).startedAt).toBe('2025-08-29T00:00:00+07:00');
  });

  it('rejects unknown fields instead of ignoring a typo', () => {
    expect(() => computeDeadline({ receivedAt: '2025-08-28T16:10', limit: '3 ngày làm việc', calender: vnCalendar() } as never)).toThrow(/calender: unknown field/);
    expect(() => computeDeadline({ receivedAt: '2025-08-28T16:10', limit: '3 ngày làm việc', policy: { modee: 'B' } as never })).toThrow(/policy.*modee/);
    expect(() => computeDeadline({ receivedAt: '2025-08-28T16:10', limit: '3 ngày làm việc', policy: { mode: 'Z' as never } })).toThrow(/policy\.mode: expected one of A, B, B-prime, C/);
  });

  it('a bare "giờ" is refused as ambiguous', () => {
    expect(() => parseLimit('8 giờ')).toThrow(/ambiguous/);
  });

  it('mode B takes its cut-off from the rule set, which a custom rule set may change', () => {
    const custom = { ...rulesetFor('2025-08-28'), modeBCutoff: { ...rulesetFor('2025-08-28').modeBCutoff, value: { kind: 'before-closing' as const, minutes: 60 } } };
    expect(computeDeadline({ receivedAt: '2025-08-28T15:30', limit: '1 ngày làm việc', ruleset: custom, policy: { mode: 'B' } }).dueDay).toBe('2025-08-29');
    expect(computeDeadline({ receivedAt: '2025-08-28T15:30', limit: '1 ngày làm việc', policy: { mode: 'B' } }).dueDay).toBe('2025-09-03');
  });

  it('hours per working day can follow the office (7.5 h)', () => {
    const policy = { mode: 'C' as const, officeHours: { default: ['07:30-11:30', '13:30-17:00'] }, hoursPerWorkingDay: 7.5 };
    expect(due('2026-03-09T07:30', '1 ngày làm việc', policy)).toBe('2026-03-09T17:00:00+07:00');
  });

  it('results are frozen', () => {
    const d = computeDeadline({ receivedAt: '2025-08-28T16:10', limit: '3 ngày làm việc' });
    expect(Object.isFrozen(d)).toBe(true);
    expect(Object.isFrozen(d.trace)).toBe(true);
  });
});

describe('final review regressions', () => {
  it('a cut-off later than closing is capped at closing: nothing falls due before its receipt', () => {
    const d = computeDeadline({ receivedAt: '2025-08-27T17:30', limit: 'trong ngày', policy: { mode: 'B', cutoff: '18:00' } });
    expect(d.dueWallTime).toBe('2025-08-28T17:00:00+07:00');
    expect(d.dueMs).toBeGreaterThan(d.receivedMs);
  });

  it('a policy object changed inside a nested field is re-read', () => {
    const policy = { mode: 'B' as const, cutoff: { kind: 'time' as const, minute: 900 } };
    expect(computeDeadline({ receivedAt: '2025-08-27T14:00', limit: '1 ngày làm việc', policy }).dueDay).toBe('2025-08-28');
    (policy.cutoff as { minute: number }).minute = 600;
    expect(computeDeadline({ receivedAt: '2025-08-27T14:00', limit: '1 ngày làm việc', policy }).dueDay).toBe('2025-08-29');
  });

  it('"after 15:00" is strictly after; the last hour before closing includes its first instant', () => {
    expect(computeDeadline({ receivedAt: '2025-08-28T15:00:00', limit: '3 ngày làm việc', policy: { mode: 'B' } }).dueDay).toBe('2025-09-04');
    expect(computeDeadline({ receivedAt: '2025-08-28T15:00:01', limit: '3 ngày làm việc', policy: { mode: 'B' } }).dueDay).toBe('2025-09-05');
    expect(computeDeadline({ receivedAt: '2026-03-09T16:00', limit: '2 ngày làm việc', policy: { mode: 'B', cutoff: 'closing-60' } }).dueDay).toBe('2026-03-12');
  });

  it('step budgets start where the dossier’s mode starts counting (mode B’s cut-off) and add up with 7.5-hour days', () => {
    const b = splitLimit({ receivedAt: '2025-08-27T16:00', policy: { mode: 'B' }, steps: [{ agency: 'desk', budget: 1 }] });
    expect(b.steps[0]!.startsAt).toBe('2025-08-28T07:00:00+07:00');
    const policy = { hoursPerWorkingDay: 7.5, officeHours: { default: ['07:30-11:30', '13:30-17:00'] } };
    const q = splitLimit({ receivedAt: '2026-03-09T07:30', policy, steps: [1, 2, 3, 4].map((i) => ({ agency: `a${i}`, budget: 0.25 })) });
    expect(q.steps[3]!.dueMs).toBe(q.total.dueMs);
    expect(q.total.dueWallTime).toBe('2026-03-09T17:00:00+07:00');
  });
});

describe('the public boundary throws typed errors, never a TypeError', () => {
  const base = { receivedAt: '2025-08-28T16:10', limit: '3 ngày làm việc' } as const;
  const expectInvalid = (f: () => unknown, path: readonly (string | number)[], message: string | RegExp) => {
    const error = thrown(f);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error).toMatchObject({ code: 'INVALID_INPUT', path });
    expect((error as Error).message).toMatch(message);
  };

  it('a policy that is not an object', () => {
    expectInvalid(() => computeDeadline({ ...base, policy: 'B' as never }), ['policy'], 'Invalid policy: policy: expected an object of policy fields, got string');
    expectInvalid(() => computeDeadline({ ...base, policy: 5 as never }), ['policy'], 'policy: expected an object of policy fields, got number');
    expectInvalid(() => splitLimit({ receivedAt: base.receivedAt, policy: 'B' as never, steps: [{ agency: 'A', budget: 1 }] }), ['policy'], 'expected an object of policy fields, got string');
  });

  it('a calendar that is not a WorkCalendar (an object, or the factory not called)', () => {
    expectInvalid(() => computeDeadline({ ...base, calendar: {} as never }), ['calendar'], 'Invalid deadline input: calendar: expected a WorkCalendar (call vnCalendar()), got object');
    expectInvalid(() => computeDeadline({ ...base, calendar: vnCalendar as never }), ['calendar'], 'calendar: expected a WorkCalendar (call vnCalendar()), got function');
  });

  it('a rule set object must be complete; a copy with fields replaced is accepted', () => {
    expectInvalid(() => computeDeadline({ ...base, ruleset: {} as never }), ['ruleset', 'id'], /^Invalid ruleset: ruleset\.id: expected one of local-pre-2018, nd61-2018, nd118-2025; ruleset\.name: required/);
    expectInvalid(() => computeDeadline({ ...base, ruleset: { id: 'nd61-2018' } as never }), ['ruleset', 'name'], /ruleset\.name: required; .*ruleset\.counting: required/);
    const nd118 = rulesetFor('2025-08-28');
    expectInvalid(() => computeDeadline({ ...base, ruleset: { ...nd118, counting: { value: 'A' } } as never }), ['ruleset', 'counting', 'basis'], 'ruleset.counting.basis: required');
    expectInvalid(() => computeDeadline({ ...base, ruleset: { ...nd118, counting: { ...nd118.counting, basis: { source: 'x', mark: 'Q' } } } as never }), ['ruleset', 'counting', 'basis', 'mark'], 'ruleset.counting.basis.mark: expected an evidence mark: P, S, X or U');
    expectInvalid(() => computeDeadline({ ...base, ruleset: { ...nd118, counting: { ...nd118.counting, value: 'D' } } as never }), ['ruleset', 'counting', 'value'], 'ruleset.counting.value: expected A or B or B-prime or C');
    expectInvalid(() => computeDeadline({ ...base, ruleset: { ...nd118, modeBCutof: nd118.modeBCutoff } as never }), ['ruleset', 'modeBCutof'], /unknown field "modeBCutof" \(did you mean modeBCutoff\?\)/);
    for (const id of ['local-pre-2018', 'nd61-2018', 'nd118-2025'] as const) {
      const shipped = resolveRuleset(id);
      expect(resolveRuleset({ ...shipped })).toEqual(shipped);
    }
    expect(computeDeadline({ ...base, ruleset: { ...nd118 } }).dueWallTime).toBe('2025-09-04T17:00:00+07:00');
  });

  it('a preset object must be complete, its policy valid; a copy with fields replaced is accepted', () => {
    expectInvalid(() => computeDeadline({ ...base, preset: {} as never }), ['preset', 'id'], /^Invalid preset: preset\.id: expected one of thanh-hoa, opencps.*preset\.makeUpWorkingDays: expected true or false/);
    expectInvalid(() => computeDeadline({ ...base, preset: { ...thanhHoa, policy: { mode: 'D' } } as never }), ['preset', 'policy', 'mode'], /preset\.policy\.mode: expected one of A, B, B-prime, C/);
    expectInvalid(() => computeDeadline({ ...base, preset: { ...thanhHoa, makeUpWorkingDay: false } as never }), ['preset', 'makeUpWorkingDay'], /did you mean makeUpWorkingDays\?/);
    expect(computeDeadline({ ...base, preset: { ...thanhHoa } }).dueWallTime).toBe(computeDeadline({ ...base, preset: 'thanh-hoa' }).dueWallTime);
  });

  it('ids are looked up as own keys: inherited names are unknown, not a crash or a silent default', () => {
    expect(() => computeDeadline({ ...base, ruleset: 'toString' as never })).toThrow(UnknownRulesetError);
    expect(() => computeDeadline({ ...base, preset: 'constructor' as never })).toThrow(UnknownRulesetError);
  });

  it('a step that is not an object', () => {
    expectInvalid(() => splitLimit({ receivedAt: base.receivedAt, steps: [null as never] }), ['steps', 0], 'Invalid step budgets: steps.0: expected a step { agency, budget }, got null');
  });

  it('status options that are not an object', () => {
    const d = computeDeadline(base);
    expectInvalid(() => deadlineStatus(d, '2025-09-01T10:00', null as never), [], 'Invalid status options: expected an object of options { dueSoonWorkingHours? }, got null');
    expectInvalid(() => deadlineStatus(d, '2025-09-01T10:00', 8 as never), [], 'got number');
    expectInvalid(() => deadlineStatus(d, '2025-09-01T10:00', { dueSoonWorkingHour: 4 } as never), ['dueSoonWorkingHour'], /did you mean dueSoonWorkingHours\?/);
  });

  it('a text cut-off past 24:00 is refused, as in the object form', () => {
    for (const text of ['24:30', '24:59']) {
      expectInvalid(() => parseCutoff(text), ['policy', 'cutoff'], `expected "HH:mm" (00:00 … 24:00), "none" or "closing-<minutes>", got "${text}"`);
    }
    expectInvalid(() => parseCutoff({ kind: 'time', minute: 1470 }), ['policy', 'cutoff'], 'got {"kind":"time","minute":1470}');
    expect(parseCutoff('24:00')).toEqual({ kind: 'time', minute: 1440 });
  });
});
