// Review findings on the consistency of the slip's moments, the extension and the step plan:
// each was accepted silently before and then produced records the metrics refuse, or verdicts
// that contradict the plan. spec/lifecycle.md ("Only legal transitions"), spec/deadline.md
// ("Inter-agency (liên thông) allotments": the plan splits the limit; Decree 297/2025 Art. 6(2)).
import { describe, expect, it } from 'vitest';
import { thrownAs } from '../../test/support/thrown.js';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { RuleViolationError } from '../errors/rule-violation-error.js';
import { checkDossierRecord } from '../metrics/index.js';
import { parseMoment } from '../time/parse.js';
import { replay } from './apply.js';
import { createDossier, type DossierInput } from './dossier.js';
import type { DossierEventInput } from './events.js';
import { timelinessFacts } from './facts.js';

const who = { unit: 'UBND xã A', officer: 'Lan' };
const input: DossierInput = { procedure: 'P1', field: 'Đất đai', unit: 'UBND xã A', limit: '10 ngày làm việc' };

const refusal = (events: readonly DossierEventInput[], header: DossierInput = input) => thrownAs(() => replay(events, header), RuleViolationError);

describe('the receipt slip: receipt ≤ acceptance < appointment (Decree 118/2025 Art. 17(3))', () => {
  it('refuses a receipt after the acceptance that issues the slip', () => {
    const e = refusal([{ type: 'accept', at: '2026-03-09T09:00', ...who, code: 'C1', receivedAt: '2026-03-20T09:00' }]);
    expect(e).toMatchObject({ code: 'RULE_VIOLATION', rule: 'accept.receivedAt', path: ['receivedAt'] });
    expect(e.message).toMatch(/receipt 2026-03-20T09:00:00\+07:00 cannot be after the acceptance/);
  });

  it('an earlier receipt (an online filing accepted later) is kept, and its facts pass the metrics check', () => {
    const d = replay([
      { type: 'accept', at: '2026-03-09T09:00', ...who, code: 'C1', receivedAt: '2026-03-06T20:00' },
      { type: 'decide', at: '2026-03-10T09:00', ...who },
    ], input);
    expect(d.clock.receivedAt).toBe(parseMoment('2026-03-06T20:00'));
    expect(() => checkDossierRecord(timelinessFacts(d)!)).not.toThrow();
  });

  it('refuses a printed appointment that is not after the receipt', () => {
    const e = refusal([{ type: 'accept', at: '2026-03-09T09:00', ...who, code: 'C1', appointment: '2026-03-01T09:00' }]);
    expect(e).toMatchObject({ rule: 'accept.appointment', path: ['appointment'] });
    expect(() => replay([{ type: 'accept', at: '2026-03-09T09:00', ...who, code: 'C1', appointment: '2026-03-09T09:00' }], input)).toThrow(RuleViolationError);
    expect(replay([{ type: 'accept', at: '2026-03-09T09:00', ...who, code: 'C1', appointment: '2026-03-09T09:01' }], input).clock.currentDueMs)
      .toBe(parseMoment('2026-03-09T09:01'));
  });
});

describe('the extension sets an appointment in the future (Decree 297/2025 Art. 6(5): apology with a new date)', () => {
  const afterDue: DossierInput = { ...input, policy: { extensionTiming: 'after-due' } };
  const accept = { type: 'accept', at: '2026-03-09T09:00', ...who, code: 'C1' } as const;

  it('after the due moment, a new appointment already past when the extension is issued is refused', () => {
    const e = refusal([accept, { type: 'extend', at: '2026-03-25T10:00', ...who, reason: 'r', newAppointment: '2026-03-24T08:00' }], afterDue);
    expect(e).toMatchObject({ rule: 'extension.newAppointment', path: ['newAppointment'] });
    expect(e.message).toMatch(/must be after the extension is issued, 2026-03-25T10:00/);
  });

  it('a new appointment after the issue is accepted', () => {
    const d = replay([accept, { type: 'extend', at: '2026-03-25T10:00', ...who, reason: 'r', newAppointment: '2026-03-27' }], afterDue);
    expect(d.clock.currentDueMs).toBe(parseMoment('2026-03-27T17:00'));
  });
});

describe('a step plan splits the limit (spec/deadline.md, liên thông allotments)', () => {
  const steps = (a: number, b: number, after?: readonly string[]) => [
    { id: 'a', agency: 'Desk', budget: a }, { id: 'b', agency: 'B', budget: b, ...(after ? { after } : {}) },
  ];
  const plan = (limit: string, s: DossierInput['steps']) => () => createDossier({ ...input, limit, steps: s });

  it('refuses serial budgets that add up to more than the limit, naming the chain', () => {
    expect(plan('3 ngày làm việc', steps(2, 5))).toThrow(InvalidInputError);
    expect(plan('3 ngày làm việc', steps(2, 5))).toThrow(/the steps a → b take 7 working days, more than the limit of 3 working days/);
  });

  it('accepts a plan that uses the whole limit (16 = 3 + 3 + 10, Decree 297/2025 Art. 6(2)) or less of it', () => {
    expect(plan('16 ngày làm việc', [{ id: 'x', agency: 'X', budget: 3 }, { id: 'y', agency: 'Y', budget: 3 }, { id: 'z', agency: 'Z', budget: 10 }])).not.toThrow();
    expect(plan('10 ngày làm việc', steps(2, 5))).not.toThrow();
  });

  it('parallel steps share the time: only the longest chain counts', () => {
    const parallel = [{ id: 'a', agency: 'Desk', budget: 1 }, { id: 'b', agency: 'B', budget: 2, after: ['a'] }, { id: 'c', agency: 'C', budget: 2, after: ['a'] }];
    expect(plan('3 ngày làm việc', parallel)).not.toThrow();
    expect(plan('2,5 ngày làm việc', parallel)).toThrow(/a → b take 3 working days/);
  });

  it('working hours and the same-day limit compare in working time; calendar days and months are not compared', () => {
    expect(plan('16 giờ làm việc', steps(1, 1))).not.toThrow();
    expect(plan('16 giờ làm việc', steps(1, 1.25))).toThrow(/2\.25 working days, more than the limit of 2 working days/);
    expect(plan('trong ngày', steps(0.25, 0.75))).not.toThrow();
    expect(plan('trong ngày', steps(0.5, 0.75))).toThrow(InvalidInputError);
    expect(plan('5 ngày', steps(2, 5))).not.toThrow();
  });
});
