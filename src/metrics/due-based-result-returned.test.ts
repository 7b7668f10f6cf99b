// spec/metrics.md, "Definitions differ between publishers": "Vĩnh Phúc service centre (2021) |
// result returned | dossiers due in the period | yes" — for this publisher a dossier is finished
// when its result is returned, and late includes overdue in progress. Expected values derived from
// that row (not from the library); the first three cases are the spec review's reproduction.
import { describe, expect, it } from 'vitest';
import { replay } from '../lifecycle/apply.js';
import { timelinessFacts } from '../lifecycle/facts.js';
import { parseMoment } from '../time/parse.js';
import { buildPeriodReport } from './accumulator.js';
import { classifyTimeliness } from './classify.js';
import { dueBased, toHandle } from './definitions.js';
import { decision766Timeliness, exactEqualityTimeliness, resultReturnedTimeliness, standardTimeliness, timelinessPolicies } from './policy.js';
import { checkDossierRecord, type DossierRecord } from './record.js';
import { rec } from './sample.test-support.js';

const who = { unit: 'UBND xã A', officer: 'Lan' };
const input = { procedure: 'P1', field: 'Đất đai', unit: 'UBND xã A', limit: '10 ngày làm việc' } as const;
// Appointment on the slip: Mon 2026-03-23 17:00 (given explicitly, so the test does not depend on the deadline module).
const accept = { type: 'accept', at: '2026-03-09T09:00', ...who, code: 'C1', appointment: '2026-03-23T17:00' } as const;
const MARCH = { from: '2026-03-01', to: '2026-03-31' } as const;
const decide = (at: string) => ({ type: 'decide', at, ...who }) as const;
const returnResult = (at: string) => ({ type: 'return-result', at, ...who }) as const;

describe('due-based (Vĩnh Phúc): finished = result returned', () => {
  it('decided on time but returned after the appointment → missed', () => {
    const d = replay([accept, decide('2026-03-23T16:00'), returnResult('2026-03-26T09:00')], input);
    const r = buildPeriodReport([timelinessFacts(d)!], { ...MARCH, definition: 'due-based' });
    expect(r.total.counts.dueInPeriod).toBe(1);
    expect(r.total.counts.dueInPeriodMissed).toBe(1);
    expect(r.total.rates.find((x) => x.id === 'onTime')).toMatchObject({ numerator: 0, denominator: 1 });
    expect(r.total.counts).toMatchObject({ finished: 1, late: 1 });
  });

  it('decided before the appointment, result not returned by the end of the period → in progress, overdue, missed', () => {
    const d = replay([accept, decide('2026-03-20T10:00')], input);
    const r = buildPeriodReport([timelinessFacts(d)!], { ...MARCH, definition: 'due-based' });
    expect(r.total.counts.dueInPeriodMissed).toBe(1);
    expect(r.total.counts).toMatchObject({ finished: 0, inProgress: 1, overdue: 1 });
  });

  it('returned before the appointment → met', () => {
    const d = replay([accept, decide('2026-03-20T10:00'), returnResult('2026-03-23T09:00')], input);
    const r = buildPeriodReport([timelinessFacts(d)!], { ...MARCH, definition: 'due-based' });
    expect(r.total.counts.dueInPeriodMet).toBe(1);
    expect(r.total.counts).toMatchObject({ finished: 1, onTime: 1 });
  });

  it('a refusal after appraisal is the result: judged at the refusal, returned or not [U]', () => {
    const d = replay([accept, { type: 'refuse', at: '2026-03-20T10:00', ...who, reasons: ['Không đủ điều kiện'] }, returnResult('2026-03-27T09:00')], input);
    const facts = timelinessFacts(d)!;
    expect(facts).toMatchObject({ finishKind: 'refused', returnedAt: parseMoment('2026-03-27T09:00') });
    const r = buildPeriodReport([facts], { ...MARCH, definition: 'due-based' });
    expect(r.total.counts).toMatchObject({ dueInPeriodMet: 1, finished: 1, early: 1 });
  });

  it('a withdrawal is judged at its own moment', () => {
    const d = replay([accept, { type: 'withdraw', at: '2026-03-10T09:00', ...who, reason: 'Không có nhu cầu' }], input);
    const r = buildPeriodReport([timelinessFacts(d)!], { ...MARCH, definition: 'due-based' });
    expect(r.total.counts).toMatchObject({ dueInPeriodMet: 1, finished: 1, early: 1 });
  });

  it('the other definitions keep the decision: on time, counted finished', () => {
    const d = replay([accept, decide('2026-03-23T16:00'), returnResult('2026-03-26T09:00')], input);
    for (const definition of ['solved-based', 'to-handle', 'decision766-progress']) {
      const r = buildPeriodReport([timelinessFacts(d)!], { ...MARCH, definition });
      expect(r.total.counts, definition).toMatchObject({ finished: 1, onTime: 1, late: 0, dueInPeriodMet: 1 });
    }
  });

  it('decided in one period, returned in the next: in progress at the end of the first, carried over and finished in the second', () => {
    const d = replay([accept, decide('2026-03-20T10:00'), returnResult('2026-04-02T09:00')], input);
    const facts = timelinessFacts(d)!;
    const march = buildPeriodReport([facts], { ...MARCH, definition: 'due-based' });
    const april = buildPeriodReport([facts], { from: '2026-04-01', to: '2026-04-30', definition: 'due-based' });
    expect(march.total.counts).toMatchObject({ received: 1, finished: 0, inProgress: 1, overdue: 1 });
    expect(april.total.counts).toMatchObject({ carriedOver: 1, finished: 1, late: 1, inProgress: 0 });
  });

  it('says what "finished" means and which policy it uses', () => {
    expect(dueBased.policy).toBe(resultReturnedTimeliness);
    expect(dueBased.description).toMatch(/^finished = result returned/);
    expect(buildPeriodReport([], { ...MARCH, definition: 'due-based' }).policy).toBe('result-returned');
  });
});

describe('Gia Lai (to-handle): "handed to the one-stop desk" is read as the decision [U]', () => {
  it('keeps the decision as the finish and says so', () => {
    expect(toHandle.policy).toBe(standardTimeliness);
    expect(toHandle.description).toMatch(/the decision/);
    expect(toHandle.basis.map((b) => b.mark)).toEqual(['X', 'U']);
    const d = replay([accept, decide('2026-03-23T16:00'), returnResult('2026-03-26T09:00')], input);
    const r = buildPeriodReport([timelinessFacts(d)!], { ...MARCH, definition: 'to-handle' });
    expect(r.total.rates.find((x) => x.id === 'late')).toMatchObject({ numerator: 0, denominator: 1 });
  });
});

describe('classifyTimeliness under finish: result-returned', () => {
  const due = '2025-09-05T17:00';
  const asOf = parseMoment('2025-09-30T17:00');
  const decided = rec({ received: '2025-09-01T08:00', due, finished: '2025-09-04T10:00' });
  const at = (r: DossierRecord, when: number | string = asOf) => classifyTimeliness(r, { asOf: when, policy: resultReturnedTimeliness });
  const returned = (r: DossierRecord, moment: string): DossierRecord => ({ ...r, returnedAt: parseMoment(moment) });

  it('judges a decided dossier at the return of its result', () => {
    expect(at(returned(decided, '2025-09-04T15:00'))).toBe('early');
    expect(at(returned(decided, '2025-09-05T17:00'))).toBe('on-time');
    expect(at(returned(decided, '2025-09-05T17:01'))).toBe('late');
  });

  it('a decided dossier is open until its result is returned: within, due soon, overdue', () => {
    expect(at(decided, '2025-09-04T12:00')).toBe('within'); // decided at 10:00, 29 hours left
    expect(at(decided, '2025-09-05T08:00')).toBe('due-soon');
    expect(at(decided)).toBe('overdue');
    expect(at(returned(decided, '2025-09-10T08:00'), '2025-09-05T08:00')).toBe('due-soon'); // returned after asOf
  });

  it('a "returned" finish without returnedAt was returned at finishedAt; with it, at returnedAt', () => {
    const r = rec({ received: '2025-09-01T08:00', due, finished: '2025-09-05T16:00', kind: 'returned' });
    expect(at(r)).toBe('on-time');
    expect(at(returned(r, '2025-09-08T08:00'))).toBe('late');
  });

  it('stop, refusal and withdrawal finish at their own moment [U]', () => {
    for (const kind of ['stopped', 'refused', 'withdrawn'] as const) {
      const r = rec({ received: '2025-09-01T08:00', due, finished: '2025-09-04T10:00', kind });
      expect(at(r), kind).toBe('early');
      expect(at(returned(r, '2025-09-10T08:00')), kind).toBe('early');
    }
  });

  it('the other presets ignore returnedAt', () => {
    const late = returned(decided, '2025-09-10T08:00');
    for (const policy of [standardTimeliness, decision766Timeliness, exactEqualityTimeliness]) {
      expect(policy.finish).toBe('first');
      expect(classifyTimeliness(late, { asOf, policy })).toBe(classifyTimeliness(decided, { asOf, policy }));
    }
    expect(timelinessPolicies['result-returned']).toBe(resultReturnedTimeliness);
  });
});

describe('checkDossierRecord: returnedAt', () => {
  const ok = rec({ received: '2025-09-01T08:00', due: '2025-09-05T17:00', finished: '2025-09-04T10:00' });
  it('accepts a return at or after the finish', () => {
    expect(checkDossierRecord({ ...ok, returnedAt: ok.finishedAt })).toMatchObject({ returnedAt: ok.finishedAt });
  });
  it('rejects a non-moment, a return before the receipt or the finish, and a return without a finish', () => {
    expect(() => checkDossierRecord({ ...ok, returnedAt: 1.5 })).toThrow(/returnedAt: .*whole epoch milliseconds/);
    expect(() => checkDossierRecord({ ...ok, returnedAt: ok.receivedAt - 1 })).toThrow(/returnedAt: .*before receivedAt/);
    expect(() => checkDossierRecord({ ...ok, returnedAt: ok.finishedAt! - 1 })).toThrow(/returnedAt: .*before finishedAt/);
    const open = rec({ received: '2025-09-01T08:00', due: '2025-09-05T17:00' });
    expect(() => checkDossierRecord({ ...open, returnedAt: parseMoment('2025-09-04T10:00') })).toThrow(/finishedAt: .*returnedAt without finishedAt/);
  });
});
