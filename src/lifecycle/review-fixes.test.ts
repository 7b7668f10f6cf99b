/**
 * Regression tests for the lifecycle review: own-property lookups, strict and order-independent
 * policy validation, hand-overs that move no step, the stop notice, deep immutability, the
 * `StepVerdict` name, O(1) idempotency that stays correct on branches, and the judgement of
 * paused and closed-unsupplemented dossiers.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { nd61_2018, nd118_2025 } from '../deadline/rulesets.js';
import { DuplicateEventError } from '../errors/duplicate-event-error.js';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { MotcuaError } from '../errors/motcua-error.js';
import { RuleViolationError } from '../errors/rule-violation-error.js';
import { UnknownRulesetError } from '../errors/unknown-ruleset-error.js';
import { classifyTimeliness } from '../metrics/classify.js';
import { decision766Timeliness, standardTimeliness } from '../metrics/policy.js';
import { formatMoment } from '../time/format.js';
import { parseMoment } from '../time/parse.js';
import { applyEvent, replay } from './apply.js';
import { createDossier, type Dossier, type DossierInput } from './dossier.js';
import type { DossierEventInput } from './events.js';
import { timelinessFacts } from './facts.js';
import * as forms from './forms.js';
import type { StepVerdict } from './index.js';
import { resolveLifecycleRules, type LifecyclePolicyInput } from './rules.js';
import { toPortalStatus, type DossierState } from './states.js';
import { defineVendorMapping, mapVendorState, openCpsMapping } from './vendor.js';

const DESK = 'Bộ phận Một cửa';
const A = 'Phòng TN&MT';
const B = 'Chi cục Thuế';
const C = 'Văn phòng ĐKĐĐ';
const who = { unit: DESK, officer: 'Lan' };
const at = (s: string) => parseMoment(s);
const base: DossierInput = { procedure: '1.004227', field: 'Đất đai', unit: DESK, limit: '10 ngày làm việc' };
const accept: DossierEventInput = { type: 'accept', at: '2026-03-09T09:00', ...who, code: 'H01-260309-0001' };
const ev = (type: string, when: string, unit: string, extra: Record<string, unknown> = {}) =>
  ({ type, at: when, unit, officer: `cán bộ ${unit}`, ...extra }) as DossierEventInput;

describe('1. maps keyed by input are read by own property only', () => {
  it('toPortalStatus refuses inherited names with a typed error (it returned a function for "toString")', () => {
    for (const name of ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf']) {
      let error: unknown;
      try { toPortalStatus(name as DossierState); } catch (e) { error = e; }
      expect(error, name).toBeInstanceOf(MotcuaError);
      expect(error, name).toMatchObject({ code: 'UNKNOWN_STATE', state: name });
      expect(() => toPortalStatus({ state: name as DossierState })).toThrow(/not a canonical dossier state/);
    }
    expect(() => toPortalStatus(undefined as never)).toThrow(MotcuaError);
  });

  it('a dossier forged with an inherited state name is refused with the typed error', () => {
    const forged = Object.freeze({ ...createDossier(base), state: 'toString' as DossierState });
    expect(() => applyEvent(forged, accept)).toThrow(expect.objectContaining({ code: 'UNKNOWN_STATE' }));
  });

  it('vendor mappings: inherited names are neither states nor keys of the result', () => {
    expect(() => mapVendorState(openCpsMapping, 'toString')).toThrow(InvalidInputError);
    const m = defineVendorMapping(JSON.parse('{"name":"x","states":{"__proto__":"processing","MOI":"submitted"}}') as never);
    expect(Object.keys(m.states)).toEqual(['__proto__', 'MOI']);
    expect(mapVendorState(m, '__proto__').state).toBe('processing');
    expect(Object.getPrototypeOf(m.states)).toBe(Object.prototype);
  });
});

describe('2. lifecycle policy validation does not depend on call order; rule sets by id', () => {
  it('NaN is refused even after an equal-looking policy was resolved (JSON turns NaN into null)', () => {
    expect(resolveLifecycleRules(nd118_2025, undefined, { supplementRequestWithinWorkingDays: null }).supplementRequestWithinWorkingDays.value).toBeNull();
    expect(() => resolveLifecycleRules(nd118_2025, undefined, { supplementRequestWithinWorkingDays: NaN })).toThrow(InvalidInputError);
    expect(() => resolveLifecycleRules(nd118_2025, undefined, { maxExtensions: NaN })).toThrow(InvalidInputError);
  });

  it('an unknown switch is refused even with an undefined value, after the same policy without it', () => {
    expect(resolveLifecycleRules(nd118_2025, undefined, { maxExtensions: 1 }).maxExtensions.value).toBe(1);
    const sloppy = { maxExtensions: 1, maxExtension: undefined } as unknown as LifecyclePolicyInput;
    expect(() => resolveLifecycleRules(nd118_2025, undefined, sloppy)).toThrow(/maxExtension/);
    expect(() => resolveLifecycleRules(nd118_2025, undefined, { bogus: undefined } as never)).toThrow(InvalidInputError);
  });

  it('a frozen policy is validated like any other', () => {
    expect(() => resolveLifecycleRules(nd118_2025, undefined, Object.freeze({ maxExtensions: -1 }))).toThrow(InvalidInputError);
  });

  it('the cache key is the validated content, not the key order', () => {
    const a = resolveLifecycleRules(nd118_2025, undefined, { maxExtensions: 2, paymentClock: 'run' });
    const b = resolveLifecycleRules(nd118_2025, undefined, { paymentClock: 'run', maxExtensions: 2 });
    expect(b).toBe(a);
  });

  it('Infinity ("no limit") is accepted, as documented', () => {
    expect(resolveLifecycleRules(nd118_2025, undefined, { maxSupplementRequests: Infinity }).maxSupplementRequests.value).toBe(Infinity);
    expect(createDossier({ ...base, policy: { maxSupplementRequests: Infinity } }).policy?.maxSupplementRequests).toBe(Infinity);
    expect(() => resolveLifecycleRules(nd118_2025, undefined, { maxSupplementRequests: -Infinity })).toThrow(InvalidInputError);
  });

  it('takes a rule set id (it threw a raw TypeError) or a rule set; anything else is a MotcuaError', () => {
    expect(resolveLifecycleRules('nd61-2018')).toBe(resolveLifecycleRules(nd61_2018));
    expect(resolveLifecycleRules('nd118-2025', 'thanh-hoa').supplementationClock.value).toBe('pause');
    expect(() => resolveLifecycleRules('nd99-2030' as never)).toThrow(UnknownRulesetError);
    expect(() => resolveLifecycleRules('toString' as never)).toThrow(UnknownRulesetError);
    for (const bad of [42, null, undefined, {}, [], { id: 'x' }]) {
      expect(() => resolveLifecycleRules(bad as never), String(bad)).toThrow(MotcuaError);
    }
    expect(() => resolveLifecycleRules(nd118_2025, 'nope' as never)).toThrow(UnknownRulesetError);
    expect(() => resolveLifecycleRules(nd118_2025, 7 as never)).toThrow(MotcuaError);
  });
});

describe('3. liên thông: a hand-over that moves no step is an error', () => {
  const plan: DossierInput = {
    ...base, limit: '5 ngày làm việc',
    steps: [{ id: 'verify', agency: A, budget: 1 }, { id: 'tax', agency: B, budget: 2 }, { id: 'register', agency: C, budget: 2 }],
  };
  const started = () => replay([ev('accept', '2026-03-09T09:00', DESK, { code: 'X' }), ev('hand-over', '2026-03-09T09:00', DESK, { toUnit: A })], plan);

  it('to a unit with no ready step: names the units, the open and the ready steps', () => {
    const d = started();
    let error: unknown;
    try { applyEvent(d, ev('hand-over', '2026-03-09T16:00', A, { toUnit: C })); } catch (e) { error = e; }
    expect(error).toBeInstanceOf(RuleViolationError);
    const message = (error as Error).message;
    expect(message).toContain(`"${A}" to "${C}"`);
    expect(message).toContain(`"${C}" has no ready step (its steps: register (pending))`);
    expect(message).toContain('ready steps: tax (Chi cục Thuế)');
    expect((error as RuleViolationError).rule).toBe('steps.handOver');
  });

  it('from a giver with no open step', () => {
    const parallel: DossierInput = {
      ...base,
      steps: [
        { id: 'desk', agency: DESK, budget: 0.25 },
        { id: 'a', agency: A, budget: 1, after: ['desk'] },
        { id: 'b', agency: B, budget: 1, after: ['desk'] },
        { id: 'c', agency: C, budget: 1, after: ['a'] },
      ],
    };
    const d = replay([ev('accept', '2026-03-09T09:00', DESK, { code: 'X' }), ev('hand-over', '2026-03-09T10:00', DESK, { toUnit: A })], parallel);
    // The registry office holds nothing, yet "hands over" to the tax office.
    expect(() => applyEvent(d, ev('hand-over', '2026-03-09T11:00', C, { toUnit: B }))).toThrow(/"Văn phòng ĐKĐĐ" has no open step.*open steps: a \(Phòng TN&MT\)/);
    // The desk that finished `desk` may still dispatch to the second parallel agency.
    expect(applyEvent(d, ev('hand-over', '2026-03-09T10:00', DESK, { toUnit: B })).steps.map((s) => s.status)).toEqual(['done', 'open', 'open', 'pending']);
  });

  it('a nothing-moves hand-over between two units outside the plan is refused too', () => {
    expect(() => applyEvent(started(), ev('hand-over', '2026-03-09T10:00', 'Văn thư', { toUnit: 'Lãnh đạo' }))).toThrow(RuleViolationError);
  });

  it('explicit completes / starts (even empty) say it is intended; no plan, no check', () => {
    const d = applyEvent(started(), ev('hand-over', '2026-03-09T10:00', A, { toUnit: 'Lãnh đạo phòng', completes: [], starts: [] }));
    expect(d.steps.map((s) => s.status)).toEqual(['open', 'pending', 'pending']);
    expect(replay([accept, ev('hand-over', '2026-03-09T10:00', 'X', { toUnit: 'Y' })], base).state).toBe('processing');
  });

  it('handing the result back to the desk once the plan is done is fine', () => {
    const d = replay([
      ev('hand-over', '2026-03-09T16:00', A, { toUnit: B }),
      ev('hand-over', '2026-03-10T16:00', B, { toUnit: C }),
      ev('hand-over', '2026-03-11T16:00', C, { toUnit: DESK }),
    ], started());
    expect(d.steps.every((s) => s.status === 'done')).toBe(true);
  });
});

describe('4. the stop notice (Thông báo dừng giải quyết hồ sơ, Circular 03/2025 Art. 7)', () => {
  it('after a withdrawal of an accepted dossier', () => {
    const d = replay([accept, { type: 'withdraw', at: '2026-03-10T09:00', ...who, reason: 'Không có nhu cầu' }], { ...base, applicant: { name: 'Trần Thị Hoa' } });
    expect(forms.stopNotice(d)).toMatchObject({
      form: expect.stringContaining('Thông báo dừng giải quyết hồ sơ'), cause: 'withdrawal', code: 'H01-260309-0001',
      stoppedAt: '2026-03-10T09:00:00+07:00', reason: 'Không có nhu cầu', receivedAt: '2026-03-09T09:00:00+07:00',
      appointment: '2026-03-23T17:00:00+07:00', applicant: { name: 'Trần Thị Hoa' }, portalStatus: 7, officer: 'Lan',
    });
    expect(Object.isFrozen(forms.stopNotice(d))).toBe(true);
  });

  it('after the agency stops; none for a dossier in progress or withdrawn before acceptance', () => {
    const stopped = replay([accept, { type: 'stop', at: '2026-03-12T09:00', ...who, reason: 'Có tranh chấp' }], base);
    expect(forms.stopNotice(stopped)).toMatchObject({ cause: 'agency-stop', reason: 'Có tranh chấp', portalStatus: 8 });
    expect(forms.stopNotice(replay([accept], base))).toBeUndefined();
    expect(forms.stopNotice(replay([{ type: 'withdraw', at: '2026-03-09T09:00', ...who }], base))).toBeUndefined();
  });
});

describe('5. immutability at every level', () => {
  it('the deadline policy is kept deep-frozen, and the caller’s object is neither frozen nor shared', () => {
    const deadlinePolicy = { officeHours: { default: ['07:30-11:30', '13:30-17:00'] }, cutoff: 'none' };
    const d = createDossier({ ...base, deadlinePolicy });
    expect(Object.isFrozen(d.deadlinePolicy)).toBe(true);
    expect(Object.isFrozen((d.deadlinePolicy!.officeHours as { default: string[] }).default)).toBe(true);
    expect(Object.isFrozen(deadlinePolicy)).toBe(false);
    deadlinePolicy.officeHours.default[0] = '09:00-11:30';
    expect((d.deadlinePolicy!.officeHours as { default: string[] }).default[0]).toBe('07:30-11:30');
    const accepted = applyEvent(d, accept);
    expect(formatMoment(accepted.clock.currentDueMs!)).toBe('2026-03-23T17:00:00+07:00');
  });

  it('a vendor mapping is frozen at every level (openCpsMapping.states.waiting could be changed)', () => {
    const waiting = openCpsMapping.states['waiting'] as { beforeAcceptance: DossierState };
    expect(Object.isFrozen(waiting)).toBe(true);
    expect(() => { waiting.beforeAcceptance = 'processing'; }).toThrow(TypeError);
    const target = { beforeAcceptance: 'correcting' as const, afterAcceptance: 'awaiting-supplement' as const };
    const m = defineVendorMapping({ name: 'mine', states: { CHO: target }, events: { '1': 'accept' } });
    expect(Object.isFrozen(m.states['CHO'])).toBe(true);
    expect(Object.isFrozen(m.events)).toBe(true);
    expect(Object.isFrozen(target)).toBe(false);
  });

  it('every dossier on the way stays as it was, with its clock and pauses frozen', () => {
    const events: DossierEventInput[] = [
      accept,
      { type: 'request-supplement', at: '2026-03-10T09:00', ...who, items: ['x'] },
      { type: 'supplement-received', at: '2026-03-11T09:00', ...who },
      { type: 'request-payment', at: '2026-03-12T09:00', ...who },
      { type: 'payment-received', at: '2026-03-13T09:00', ...who },
      { type: 'decide', at: '2026-03-16T09:00', ...who },
    ];
    const seen: { d: Dossier; json: string }[] = [];
    let d = createDossier({ ...base, policy: { supplementationClock: 'pause' } });
    for (const e of events) {
      d = applyEvent(d, e);
      seen.push({ d, json: JSON.stringify(d) });
      expect(Object.isFrozen(d.clock)).toBe(true);
      expect(Object.isFrozen(d.clock.pauses)).toBe(true);
      for (const p of d.clock.pauses) expect(Object.isFrozen(p)).toBe(true);
      expect(Object.isFrozen(d.events)).toBe(true);
    }
    for (const s of seen) expect(JSON.stringify(s.d)).toBe(s.json);
    expect(JSON.stringify(replay(events.slice(1), seen[0]!.d).clock)).toBe(JSON.stringify(d.clock));
  });
});

describe('6. the lifecycle verdict is StepVerdict (metrics keep Timeliness)', () => {
  it('names early / on time / late', () => {
    expectTypeOf<StepVerdict>().toEqualTypeOf<'early' | 'on-time' | 'late'>();
    const d = replay([accept, { type: 'decide', at: '2026-03-10T09:00', ...who }], base);
    const verdict: StepVerdict | undefined = forms.controlSheet(d).at(-1)?.verdict;
    expect(verdict).toBe('early');
  });
});

describe('7. idempotency by id stays exact with the shared id set', () => {
  const accepted = () => replay([{ ...accept, id: 'acc' }], base);

  it('refuses a repeated id, along a line of dossiers and within one replay', () => {
    let d = accepted();
    d = applyEvent(d, { id: 'h1', type: 'hand-over', at: '2026-03-09T10:00', ...who, toUnit: A });
    expect(() => applyEvent(d, { id: 'acc', type: 'hand-over', at: '2026-03-09T11:00', ...who, toUnit: B })).toThrow(DuplicateEventError);
    expect(() => applyEvent(d, { id: 'h1', type: 'hand-over', at: '2026-03-09T11:00', ...who, toUnit: B })).toThrow(DuplicateEventError);
    const h = { id: 'h2', type: 'hand-over', at: '2026-03-09T11:00', ...who, toUnit: B } as const;
    expect(() => replay([h, h], d)).toThrow(DuplicateEventError);
  });

  it('a branch from an older dossier sees only its own events', () => {
    const d0 = accepted();
    const d1 = applyEvent(d0, { id: 'x', type: 'hand-over', at: '2026-03-09T10:00', ...who, toUnit: A });
    // d0 never saw "x": another event with that id may be applied to it
    const other = applyEvent(d0, { id: 'x', type: 'decide', at: '2026-03-10T10:00', ...who });
    expect(other.state).toBe('decided');
    // and the first line is unaffected by the branch
    expect(() => applyEvent(d1, { id: 'x', type: 'decide', at: '2026-03-10T10:00', ...who })).toThrow(DuplicateEventError);
    expect(applyEvent(d1, { id: 'y', type: 'decide', at: '2026-03-10T10:00', ...who }).state).toBe('decided');
    expect(() => applyEvent(other, { id: 'x', type: 'return-result', at: '2026-03-11T10:00', ...who })).toThrow(DuplicateEventError);
  });

  it('a refused event leaves no trace: its id is free for the next attempt', () => {
    const d = accepted();
    const tooEarly = { id: 'ext', type: 'extend', at: '2026-03-23T08:00', ...who, reason: 'r', newAppointment: '2026-03-27T17:00' } as const;
    expect(() => applyEvent(d, tooEarly)).toThrow(RuleViolationError);
    expect(applyEvent(d, { ...tooEarly, at: '2026-03-19T08:00' }).clock.extensions).toBe(1);
    // a replay that fails half-way does not claim the ids it got through
    expect(() => replay([{ id: 'ok', type: 'hand-over', at: '2026-03-09T10:00', ...who, toUnit: A }, tooEarly], d)).toThrow(RuleViolationError);
    expect(applyEvent(d, { id: 'ok', type: 'decide', at: '2026-03-10T09:00', ...who }).state).toBe('decided');
  });
});

describe('8. a paused or closed-unsupplemented dossier is judged as its clock runs', () => {
  const END = at('2026-03-31T23:59');
  const pausedInput: DossierInput = { ...base, policy: { supplementationClock: 'pause' } };
  /** Received Mon 9/3 (due Mon 23/3 17:00), a request on Wed 11/3, still unanswered. */
  const waiting = (input: DossierInput = pausedInput) => replay([accept, { type: 'request-supplement', at: '2026-03-11T09:00', ...who, items: ['x'] }], input);

  it('an open pause moves the appointment by the pause so far at asOf: within, not overdue', () => {
    const d = waiting();
    const asOf = at('2026-03-25T10:00');
    const facts = timelinessFacts(d, { asOf })!;
    // the appointment the clock would give if the supplement came in at asOf
    const resumed = applyEvent(d, { type: 'supplement-received', at: '2026-03-25T10:00', ...who });
    expect(facts.originalDueMs).toBe(resumed.clock.currentDueMs);
    expect(facts.currentDueMs).toBe(resumed.clock.currentDueMs);
    expect(facts.slipDueMs).toBe(at('2026-03-23T17:00'));
    expect(classifyTimeliness(facts, { asOf, policy: standardTimeliness })).toBe('within');
    // asOf as text, the same judgement
    expect(timelinessFacts(d, { asOf: '2026-03-25T10:00' })!.originalDueMs).toBe(facts.originalDueMs);
    // without asOf the record is the dossier as of its last event (unchanged)
    expect(timelinessFacts(d)!.originalDueMs).toBe(at('2026-03-23T17:00'));
  });

  it('an open payment pause too; an open restart wait moves the judged appointment by the wait so far', () => {
    const pay = replay([accept, { type: 'request-payment', at: '2026-03-20T09:00', ...who }], base);
    const asOf = at('2026-03-27T09:00');
    expect(classifyTimeliness(timelinessFacts(pay, { asOf })!, { asOf })).toBe('within');
    expect(classifyTimeliness(timelinessFacts(pay)!, { asOf })).toBe('overdue');
    const restart = waiting(base);
    // (11/3, 27/3]: 12, 13, 16–20, 23–27/3 = 12 working days after Monday 23/3 → Thursday 8/4
    expect(formatMoment(timelinessFacts(restart, { asOf })!.originalDueMs)).toBe('2026-04-08T17:00:00+07:00');
    expect(classifyTimeliness(timelinessFacts(restart, { asOf })!, { asOf })).toBe('within');
    expect(timelinessFacts(restart)!.originalDueMs).toBe(at('2026-03-23T17:00'));
  });

  it('a withdrawal while paused ends the wait on the clock: judged like the dossier was just before', () => {
    const d = applyEvent(waiting(), { type: 'withdraw', at: '2026-03-30T09:00', ...who });
    expect(d.clock.pauses.at(-1)).toMatchObject({ kind: 'supplementation', to: at('2026-03-30T09:00') });
    const facts = timelinessFacts(d)!;
    expect(facts.originalDueMs).toBe(d.clock.currentDueMs);
    expect(classifyTimeliness(facts, { asOf: END })).toBe('early');
    expect(classifyTimeliness(timelinessFacts(waiting(), { asOf: at('2026-03-29T09:00') })!, { asOf: at('2026-03-29T09:00') })).toBe('within');
  });

  it('closed unsupplemented: finished at the closing, the request kept for the policy to choose (Decision 766: the request)', () => {
    const d = applyEvent(waiting(base), { type: 'close-unsupplemented', at: '2026-03-27T09:00', ...who });
    expect(d.state).toBe('closed-unsupplemented');
    expect(d.clock).toMatchObject({ finishedAt: at('2026-03-27T09:00'), finishKind: 'stopped' });
    expect(d.clock.pauses.at(-1)).toMatchObject({ from: at('2026-03-11T09:00'), to: at('2026-03-27T09:00'), effect: 'restart', endedByFinish: true });
    const facts = timelinessFacts(d)!;
    expect(facts).toMatchObject({ finishedAt: at('2026-03-27T09:00'), finishKind: 'stopped', status: 8, pendingSupplementSince: at('2026-03-11T09:00') });
    // judged as it was while the request was pending, under each policy, before and after the closing
    const asOf = at('2026-03-26T09:00');
    const pending = timelinessFacts(waiting(base), { asOf })!;
    expect(classifyTimeliness(pending, { asOf, policy: decision766Timeliness })).toBe('early');
    expect(classifyTimeliness(facts, { asOf: END, policy: decision766Timeliness })).toBe('early');
    expect(classifyTimeliness(pending, { asOf, policy: standardTimeliness })).toBe('within');
    expect(classifyTimeliness(facts, { asOf: END, policy: standardTimeliness })).toBe('early');
  });
});

describe('9. the lifecycle clock: restart waits, calendar-day pauses, minute verdicts, extension then restart', () => {
  const END = at('2026-03-31T23:59');
  const nd118: DossierInput = { procedure: '1.004227', field: 'Đất đai', unit: DESK, limit: '10 ngày làm việc' };
  /** Default rule set (nd118-2025: restart after supplementation), received Mon 9/3 09:00 (due Mon 23/3 17:00), request Thu 12/3 10:00. */
  const awaiting = () => replay([accept, { type: 'request-supplement', at: '2026-03-12T10:00', ...who, items: ['x'] }], nd118);

  it('a restart wait open at asOf is not overdue for the applicant\'s time; closing does not flip it', () => {
    const d = awaiting();
    expect(d.ruleset?.id).toBe('nd118-2025');
    const asOf = at('2026-03-27T17:00');
    const facts = timelinessFacts(d, { asOf })!;
    // the appointment judged moves by the wait so far: (12/3, 27/3] holds 11 working days → Tuesday 7/4
    expect(formatMoment(facts.originalDueMs)).toBe('2026-04-07T17:00:00+07:00');
    expect(facts.slipDueMs).toBe(at('2026-03-23T17:00'));
    expect(facts.pendingSupplementSince).toBe(at('2026-03-12T10:00'));
    expect(classifyTimeliness(facts, { asOf, policy: standardTimeliness })).toBe('within');
    expect(classifyTimeliness(facts, { asOf, policy: decision766Timeliness })).toBe('early');
    // closed on Saturday 28/3 (the 15 days end on 27/3): finished at the closing, the wait excluded
    const closed = applyEvent(d, { type: 'close-unsupplemented', at: '2026-03-28T09:00', ...who });
    const after = timelinessFacts(closed)!;
    expect(after).toMatchObject({ finishedAt: at('2026-03-28T09:00'), finishKind: 'stopped', pendingSupplementSince: at('2026-03-12T10:00') });
    expect(after.originalDueMs).toBe(closed.clock.currentDueMs);
    expect(formatMoment(after.originalDueMs)).toBe('2026-04-07T17:00:00+07:00');
    expect(closed.clock.restarts).toBe(0);
    for (const policy of [standardTimeliness, decision766Timeliness]) {
      expect(classifyTimeliness(after, { asOf: at('2026-03-31T17:00'), policy })).toBe('early');
    }
  });

  it('a restart wait ended by a withdrawal is excluded as the open wait was', () => {
    const withdrawn = applyEvent(awaiting(), { type: 'withdraw', at: '2026-03-26T09:00', ...who });
    const facts = timelinessFacts(withdrawn)!;
    const before = timelinessFacts(awaiting(), { asOf: at('2026-03-26T09:00') })!;
    expect(facts.originalDueMs).toBe(before.originalDueMs);
    expect(classifyTimeliness(facts, { asOf: at('2026-03-31T17:00') })).toBe('early');
    expect(facts.pendingSupplementSince).toBeUndefined();
  });

  it('a pause on a calendar-day limit shifts the last day before roll-off (Civil Code 2015 Art. 148(5))', () => {
    // 12 days from Monday 9/3 end on Saturday 21/3, rolled to Monday 23/3
    const input: DossierInput = { ...nd118, limit: '12 ngày', policy: { supplementationClock: 'pause' } };
    const d = replay([accept,
      { type: 'request-supplement', at: '2026-03-12T10:00', ...who, items: ['x'] },
      { type: 'supplement-received', at: '2026-03-18T09:00', ...who }], input);
    expect(formatMoment(d.clock.originalDueMs!).slice(0, 10)).toBe('2026-03-23');
    // 6 days of pause: 21/3 + 6 = Friday 27/3, a working day (not 23/3 + 6 = 29/3 rolled to 30/3)
    expect(formatMoment(d.clock.currentDueMs!).slice(0, 10)).toBe('2026-03-27');
    expect(d.clock.dueLastDay).toBeDefined();
    // a second pause shifts the un-rolled day again: 27/3 + 1 = Saturday 28/3 → Monday 30/3
    const paid = replay([{ type: 'request-payment', at: '2026-03-19T09:00', ...who }, { type: 'payment-received', at: '2026-03-20T09:00', ...who }], d);
    expect(formatMoment(paid.clock.currentDueMs!).slice(0, 10)).toBe('2026-03-30');
    // an open wait judged at asOf shifts the same un-rolled day
    const open = replay([accept, { type: 'request-supplement', at: '2026-03-12T10:00', ...who, items: ['x'] }], input);
    expect(formatMoment(timelinessFacts(open, { asOf: '2026-03-18T09:00' })!.originalDueMs)).toBe(formatMoment(d.clock.currentDueMs!));
  });

  it('verdicts compare at minute granularity, like the metrics\' standard policy', () => {
    const d = replay([accept, { type: 'decide', at: '2026-03-23T17:00:30', ...who }], nd118);
    expect(classifyTimeliness(timelinessFacts(d)!, { asOf: END })).toBe('on-time');
    expect(forms.controlSheet(d).at(-1)!.verdict).toBe('on-time');
    const late = replay([accept, { type: 'decide', at: '2026-03-23T17:01', ...who }], nd118);
    expect(forms.controlSheet(late).at(-1)!.verdict).toBe('late');
  });

  it('a control-sheet row without steps is judged against the original appointment, not the extension', () => {
    const d = replay([accept,
      { type: 'extend', at: '2026-03-20T16:00', ...who, reason: 'Chờ xác minh', newAppointment: '2026-03-27T17:00' },
      { type: 'decide', at: '2026-03-25T10:00', ...who }], nd118);
    expect(classifyTimeliness(timelinessFacts(d)!, { asOf: END })).toBe('late');
    expect(forms.controlSheet(d).at(-1)!.verdict).toBe('late');
  });

  it('an extension issued before a restart is superseded by the restart (and stays counted)', () => {
    const d = replay([accept,
      { type: 'extend', at: '2026-03-10T09:00', ...who, reason: 'Chờ xác minh', newAppointment: '2026-03-25T17:00' },
      { type: 'request-supplement', at: '2026-03-11T09:00', ...who, items: ['x'] },
      { type: 'supplement-received', at: '2026-03-16T09:00', ...who }], nd118);
    expect(d.clock.restarts).toBe(1);
    // the limit runs again from the completion: 10 working days from Monday 16/3 → Monday 30/3
    expect(formatMoment(d.clock.currentDueMs!)).toBe('2026-03-30T17:00:00+07:00');
    expect(d.clock.extensions).toBe(1);
    expect(d.clock.extensionLog).toEqual([expect.objectContaining({ toDueMs: at('2026-03-25T17:00'), supersededAt: at('2026-03-16T09:00') })]);
    expect(Object.isFrozen(d.clock.extensionLog[0])).toBe(true);
    const facts = timelinessFacts(d)!;
    expect(facts.originalDueMs).toBe(d.clock.currentDueMs);
    expect(() => applyEvent(d, { type: 'extend', at: '2026-03-20T09:00', ...who, reason: 'r', newAppointment: '2026-04-03T17:00' }))
      .toThrow(/replaced by the restart/);
  });
});

describe('a pause on a months limit shifts the un-rolled last day', () => {
  it('1 month from Sat 2026-02-07 ends Sat 7/3 (rolled to Mon 9/3); paused 6 days → Fri 13/3, not Mon 9/3 plus 6', async () => {
    const { computeDeadline } = await import('../deadline/compute-deadline.js');
    const { shiftByPause } = await import('./clock.js');
    const { parseMoment } = await import('../time/parse.js');
    const { formatDay } = await import('../time/format.js');
    const { dayOfMoment } = await import('../time/moment.js');
    // 1 month from Sat 2026-02-07 ends Sat 7/3, rolled to Mon 9/3; 6 days of pause: Fri 13/3.
    const d = computeDeadline({ receivedAt: '2026-02-07T09:00', limit: '01 tháng' });
    expect(d.dueDay).toBe('2026-03-09');
    expect(formatDay(d.lastDayNumber)).toBe('2026-03-07');
    const moved = shiftByPause(d, d.dueMs, parseMoment('2026-02-10T10:00'), parseMoment('2026-02-16T09:00'));
    expect(formatDay(dayOfMoment(moved.dueMs))).toBe('2026-03-13');
  });
});
