import { describe, expect, it } from 'vitest';
import { DuplicateEventError } from '../errors/duplicate-event-error.js';
import { EventOrderError } from '../errors/event-order-error.js';
import { IllegalTransitionError } from '../errors/illegal-transition-error.js';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { RuleViolationError } from '../errors/rule-violation-error.js';
import { formatMoment } from '../time/format.js';
import { parseMoment } from '../time/parse.js';
import { applyEvent, replay } from './apply.js';
import { createDossier, type DossierInput } from './dossier.js';
import { createEvent, type DossierEventInput } from './events.js';
import { timelinessFacts } from './facts.js';
import { toPortalStatus } from './states.js';

const DESK = 'UBND phường Ba Đình';
const who = { unit: DESK, officer: 'Nguyễn Thị Lan' };
const base: DossierInput = { procedure: '1.004227', field: 'Đất đai', unit: DESK, limit: '10 ngày làm việc' };
const due = (d: { clock: { currentDueMs?: number } }) => formatMoment(d.clock.currentDueMs!).slice(0, 10);

/**
 * spec/deadline.md worked example 3: received Mon 2026-03-09 09:00, 10 working days, mode A. The
 * example's request (Fri 13/3) is the 4th working day after receipt, beyond Decree 118 Art. 19(5)'s
 * 3-day window, so the example runs with that window switched off (as sector law may provide).
 */
function example3(input: Partial<DossierInput> = {}) {
  return replay([
    { type: 'accept', at: '2026-03-09T09:00', ...who, code: 'H01.01-260309-0001' },
    { type: 'hand-over', at: '2026-03-09T10:00', ...who, toUnit: 'Phòng TN&MT' },
    { type: 'request-supplement', at: '2026-03-13T10:00', unit: 'Phòng TN&MT', officer: 'Trần Văn Bình', items: ['Bản sao sổ đỏ'] },
  ], { ...base, ...input, policy: { supplementRequestWithinWorkingDays: null, ...input.policy } });
}

describe('worked example 3 (spec/deadline.md): supplementation under restart vs pause', () => {
  it('computes the slip appointment with computeDeadline (mode A) → Mon 2026-03-23', () => {
    const d = example3();
    expect(formatMoment(d.clock.originalDueMs!)).toBe('2026-03-23T17:00:00+07:00');
    expect(d.ruleset?.id).toBe('nd118-2025');
    expect(d.state).toBe('awaiting-supplement');
    expect(toPortalStatus(d)).toBe(5);
  });

  it('restart (the rule set default, Decree 118 Art. 19(5)): 10 working days from 18/3 → Wed 2026-04-01', () => {
    const d = applyEvent(example3(), { type: 'supplement-received', at: '2026-03-18T09:00', ...who });
    expect(d.rules?.supplementationClock.value).toBe('restart');
    expect(due(d)).toBe('2026-04-01');
    expect(formatMoment(d.clock.originalDueMs!)).toBe('2026-03-23T17:00:00+07:00');
    expect(d.clock.restarts).toBe(1);
    expect(d.clock.supplementRequests).toBe(1);
    expect(d.state).toBe('processing');
  });

  it('pause (policy switch): 16/3, 17/3, 18/3 excluded → Thu 2026-03-26', () => {
    const d = applyEvent(example3({ policy: { supplementationClock: 'pause', supplementRequestWithinWorkingDays: null } }), { type: 'supplement-received', at: '2026-03-18T09:00', ...who });
    expect(due(d)).toBe('2026-03-26');
    expect(formatMoment(d.clock.currentDueMs!)).toBe('2026-03-26T17:00:00+07:00');
    expect(d.clock.pausedMs).toBe(parseMoment('2026-03-18T09:00') - parseMoment('2026-03-13T10:00'));
    // metrics get the paused appointment itself (the clock's working-day shift), not wall-clock paused ms to add again
    expect(timelinessFacts(d)).toMatchObject({ originalDueMs: d.clock.currentDueMs, slipDueMs: parseMoment('2026-03-23T17:00') });
    expect(timelinessFacts(d)).not.toHaveProperty('pausedMs');
  });

  it('a preset overrides the rule set: Thanh Hóa pauses', () => {
    const d = example3({ preset: 'thanh-hoa' });
    expect(d.rules?.supplementationClock).toMatchObject({ value: 'pause', source: 'preset' });
  });

  it('a second request breaks the single-request rule of Decree 118 (it is a rule, with its citation)', () => {
    const d = applyEvent(example3(), { type: 'supplement-received', at: '2026-03-18T09:00', ...who });
    const again = () => applyEvent(d, { type: 'request-supplement', at: '2026-03-18T10:00', ...who, items: ['x'] });
    expect(again).toThrow(RuleViolationError);
    expect(again).toThrow(/supplementation\.maxRequests.*Decree 118\/2025\/NĐ-CP Art\. 19\(5\) \[U\]/);
    const lenient = applyEvent(example3({ policy: { maxSupplementRequests: 2, supplementRequestWithinWorkingDays: null } }), { type: 'supplement-received', at: '2026-03-18T09:00', ...who });
    expect(applyEvent(lenient, { type: 'request-supplement', at: '2026-03-18T10:00', ...who, items: ['x'] }).clock.supplementRequests).toBe(2);
  });

  it('the spec example itself breaks the 3-working-day window under the rule set defaults', () => {
    expect(() => example3({ policy: { supplementRequestWithinWorkingDays: 3 } })).toThrow(/supplementation\.requestWithinWorkingDays/);
  });

  it('the request must come within 3 working days of receipt (Decree 118 Art. 19(5))', () => {
    const accepted = replay([{ type: 'accept', at: '2026-03-09T09:00', ...who, code: 'C1' }], base);
    expect(applyEvent(accepted, { type: 'request-supplement', at: '2026-03-12T16:00', ...who, items: ['x'] }).state).toBe('awaiting-supplement');
    expect(() => applyEvent(accepted, { type: 'request-supplement', at: '2026-03-13T08:00', ...who, items: ['x'] })).toThrow(/within 3 working days/);
    const sector = replay([{ type: 'accept', at: '2026-03-09T09:00', ...who, code: 'C1' }], { ...base, policy: { supplementRequestWithinWorkingDays: null } });
    expect(applyEvent(sector, { type: 'request-supplement', at: '2026-03-20T08:00', ...who, items: ['x'] }).clock.supplementRequests).toBe(1);
  });

  it('closes an unanswered request only after the 15 days (Decree 118 Art. 19(5)); Decree 61 has no closing', () => {
    const d = example3();
    expect(() => applyEvent(d, { type: 'close-unsupplemented', at: '2026-03-28T09:00', ...who })).toThrow(/until the end of 2026-03-28/);
    const closed = applyEvent(d, { type: 'close-unsupplemented', at: '2026-03-29T09:00', ...who });
    expect(closed.state).toBe('closed-unsupplemented');
    expect(toPortalStatus(closed)).toBe(8);
    expect(closed.clock.finishKind).toBe('stopped');
    const old = replay([
      { type: 'accept', at: '2024-03-11T09:00', ...who, code: 'C2' },
      { type: 'request-supplement', at: '2024-03-12T09:00', ...who, items: ['x'] },
    ], base);
    expect(old.ruleset?.id).toBe('nd61-2018');
    expect(() => applyEvent(old, { type: 'close-unsupplemented', at: '2024-05-01T09:00', ...who })).toThrow(/no closing/);
  });
});

describe('extension (apology and new appointment)', () => {
  const accepted = () => replay([{ type: 'accept', at: '2026-03-09T09:00', ...who, code: 'C1' }], base);
  const extend = (at: string, newAppointment = '2026-03-27T17:00'): DossierEventInput => ({ type: 'extend', at, ...who, reason: 'Chờ xác minh', newAppointment });

  it('Decree 118: at least 1 working day before the due day; moves the current appointment, keeps the original', () => {
    const d = applyEvent(accepted(), extend('2026-03-20T16:00'));
    expect(due(d)).toBe('2026-03-27');
    expect(formatMoment(d.clock.originalDueMs!)).toBe('2026-03-23T17:00:00+07:00');
    expect(d.clock.extensionLog).toHaveLength(1);
    expect(timelinessFacts(d)).toMatchObject({ originalDueMs: parseMoment('2026-03-23T17:00'), currentDueMs: parseMoment('2026-03-27T17:00') });
  });

  it('refuses a late apology, a second one, and a new appointment that is not later', () => {
    expect(() => applyEvent(accepted(), extend('2026-03-23T08:00'))).toThrow(/by 2026-03-20.*extension\.timing/);
    const once = applyEvent(accepted(), extend('2026-03-19T08:00'));
    expect(() => applyEvent(once, extend('2026-03-20T08:00', '2026-04-03T17:00'))).toThrow(/extension\.maxCount/);
    expect(() => applyEvent(accepted(), extend('2026-03-19T08:00', '2026-03-20T17:00'))).toThrow(/must be after the current one/);
  });

  it('Decree 297-style timing (after-due) is a policy switch', () => {
    const d = replay([{ type: 'accept', at: '2026-03-09T09:00', ...who, code: 'C1' }], { ...base, policy: { extensionTiming: 'after-due' } });
    expect(() => applyEvent(d, extend('2026-03-20T16:00'))).toThrow(/has passed/);
    expect(due(applyEvent(d, extend('2026-03-24T08:00')))).toBe('2026-03-27');
  });
});

describe('withdrawal, terminal states, idempotency, order', () => {
  const accepted = () => replay([{ type: 'accept', at: '2026-03-09T09:00', ...who, code: 'C1' }], base);

  it('withdraws before the decision (Decree 118 Art. 21), not after', () => {
    const w = applyEvent(accepted(), { type: 'withdraw', at: '2026-03-10T09:00', ...who, reason: 'Không có nhu cầu' });
    expect(w.state).toBe('withdrawn');
    expect(toPortalStatus(w)).toBe(7);
    expect(w.clock.finishKind).toBe('withdrawn');
    const decided = applyEvent(accepted(), { type: 'decide', at: '2026-03-12T09:00', ...who });
    const err = (() => {
      try { applyEvent(decided, { type: 'withdraw', at: '2026-03-12T10:00', ...who }); } catch (e) { return e; }
    })() as IllegalTransitionError;
    expect(err).toBeInstanceOf(IllegalTransitionError);
    expect(err.code).toBe('ILLEGAL_TRANSITION');
    expect(err.state).toBe('decided');
    expect(err.event).toBe('withdraw');
    expect(err.allowed).toEqual(['return-result']);
  });

  it('terminal states absorb every event', () => {
    const r = replay([{ type: 'refuse-at-reception', at: '2026-03-09T09:00', ...who, reasons: ['Thiếu giấy tờ'] }], base);
    expect(toPortalStatus(r)).toBe(3);
    expect(() => applyEvent(r, { type: 'accept', at: '2026-03-09T10:00', ...who, code: 'x' })).toThrow(/terminal/);
  });

  it('rejects the same event id twice, and an event earlier than the last', () => {
    const ev = createEvent({ type: 'hand-over', at: '2026-03-09T10:00', ...who, toUnit: 'Phòng TN&MT' });
    const once = applyEvent(accepted(), ev);
    expect(() => applyEvent(once, ev)).toThrow(DuplicateEventError);
    expect(() => replay([ev, ev], accepted())).toThrow(DuplicateEventError);
    expect(() => applyEvent(once, { type: 'decide', at: '2026-03-09T09:30', ...who })).toThrow(EventOrderError);
  });

  it('validates raw events at the boundary, naming the path', () => {
    expect(() => applyEvent(accepted(), { type: 'refuse', at: '2026-03-10T09:00', ...who, reasons: [] } as DossierEventInput)).toThrow(InvalidInputError);
    expect(() => applyEvent(accepted(), { type: 'decide', at: 'tomorrow', ...who })).toThrow(/at/);
  });

  it('returns a new frozen dossier; the old one is untouched', () => {
    const a = accepted();
    const b = applyEvent(a, { type: 'decide', at: '2026-03-12T09:00', ...who });
    expect(Object.isFrozen(b) && Object.isFrozen(b.clock) && Object.isFrozen(b.events)).toBe(true);
    expect(a.state).toBe('accepted');
    expect(b.state).toBe('decided');
    expect(timelinessFacts(b)).toMatchObject({ finishedAt: parseMoment('2026-03-12T09:00'), finishKind: 'decided', status: 9 });
  });

  it('online filing: submit, desk correction (no clock), accept, decide, return', () => {
    const d = replay([
      { type: 'submit', at: '2026-03-06T20:00', ...who },
      { type: 'request-supplement', at: '2026-03-09T08:00', ...who, items: ['Ảnh chân dung'] },
      { type: 'supplement-received', at: '2026-03-09T08:30', ...who },
      { type: 'accept', at: '2026-03-09T09:00', ...who, code: 'C3' },
      { type: 'decide', at: '2026-03-20T09:00', ...who },
      { type: 'return-result', at: '2026-03-23T09:00', ...who },
    ], { ...base, channel: 'online' });
    expect(d.state).toBe('returned');
    expect(d.clock.deskRequests).toBe(1);
    expect(d.clock.supplementRequests).toBe(0);
    expect(toPortalStatus(d)).toBe(10);
    expect(timelinessFacts(d)).toMatchObject({ finishKind: 'decided', channel: 'online', supplementRequests: 0 });
  });
});
