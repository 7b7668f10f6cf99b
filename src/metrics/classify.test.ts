import { describe, expect, it } from 'vitest';
import { parseMoment } from '../time/parse.js';
import { classifyTimeliness, timelinessCode, EARLY, OVERDUE, TIMELINESS_LABELS } from './classify.js';
import { decision766Timeliness, exactEqualityTimeliness, standardTimeliness, type TimelinessPolicy } from './policy.js';
import { rec } from './sample.test-support.js';

const asOf = parseMoment('2025-12-31T23:59');
const due = '2025-09-05T17:00';
const at = (finished: string, policy?: TimelinessPolicy) =>
  classifyTimeliness(rec({ received: '2025-09-01T08:00', due, finished }), { asOf, ...(policy ? { policy } : {}) });

describe('classifyTimeliness — finished dossiers, against the original appointment', () => {
  it('early the day before, on time on the appointment day up to its minute, late after it', () => {
    expect(at('2025-09-04T23:59')).toBe('early');
    expect(at('2025-09-05T07:30')).toBe('on-time');
    expect(at('2025-09-05T17:00')).toBe('on-time');
    expect(at('2025-09-05T17:00:59')).toBe('on-time'); // minute granularity for late
    expect(at('2025-09-05T17:01')).toBe('late');
    expect(at('2025-09-08T08:00')).toBe('late');
  });

  it('the exact-equality preset reproduces the defect: almost nothing is on time', () => {
    expect(at('2025-09-05T07:30', exactEqualityTimeliness)).toBe('early');
    expect(at('2025-09-05T17:00', exactEqualityTimeliness)).toBe('on-time');
    expect(at('2025-09-05T17:00:01', exactEqualityTimeliness)).toBe('late');
  });

  it('an extension does not make a late dossier on time, unless the policy chooses the current appointment', () => {
    const r = rec({ received: '2025-09-01T08:00', due, extended: '2025-09-10T17:00', finished: '2025-09-09T10:00' });
    expect(classifyTimeliness(r, { asOf })).toBe('late');
    expect(classifyTimeliness(r, { asOf, policy: { ...standardTimeliness, due: 'current' } })).toBe('early');
  });

  it('paused time moves the appointment (pause clock), or not', () => {
    const r = rec({ received: '2025-09-01T08:00', due, pausedMs: 3 * 86_400_000, finished: '2025-09-08T10:00' });
    expect(classifyTimeliness(r, { asOf })).toBe('on-time');
    expect(classifyTimeliness(r, { asOf, policy: { ...standardTimeliness, pausedTime: 'ignore' } })).toBe('late');
  });

  it('more than one supplementation request is late under Decision 766 only', () => {
    const r = rec({ received: '2025-09-01T08:00', due, finished: '2025-09-02T08:00', requests: 2 });
    expect(classifyTimeliness(r, { asOf })).toBe('early');
    expect(classifyTimeliness(r, { asOf, policy: decision766Timeliness })).toBe('late');
    expect(classifyTimeliness({ ...r, supplementRequests: 1 }, { asOf, policy: decision766Timeliness })).toBe('early');
    const open = rec({ received: '2025-09-01T08:00', due, requests: 2 });
    expect(classifyTimeliness(open, { asOf: '2025-09-02T08:00', policy: decision766Timeliness })).toBe('overdue');
  });
});

describe('classifyTimeliness — in progress at asOf', () => {
  const open = rec({ received: '2025-09-01T08:00', due });
  it('within, due soon (≤ 1 day left by default), overdue after the appointment minute', () => {
    expect(classifyTimeliness(open, { asOf: '2025-09-03T08:00' })).toBe('within');
    expect(classifyTimeliness(open, { asOf: '2025-09-04T17:00' })).toBe('due-soon');
    expect(classifyTimeliness(open, { asOf: '2025-09-05T17:00:30' })).toBe('due-soon');
    expect(classifyTimeliness(open, { asOf: '2025-09-05T17:01' })).toBe('overdue');
  });
  it('a dossier finished after asOf is in progress at asOf', () => {
    const r = rec({ received: '2025-09-01T08:00', due, finished: '2025-09-10T08:00' });
    expect(classifyTimeliness(r, { asOf: '2025-09-03T08:00' })).toBe('within');
  });
  it('refused at reception, not yet received, or a finish kind left out → excluded', () => {
    expect(classifyTimeliness(rec({ received: '2025-09-01T08:00', due, refused: true }), { asOf })).toBe('excluded');
    expect(classifyTimeliness(open, { asOf: '2025-08-01T08:00' })).toBe('excluded');
    const policy = { ...standardTimeliness, finishes: { ...standardTimeliness.finishes, withdrawn: false } };
    expect(classifyTimeliness(rec({ received: '2025-09-01T08:00', due, finished: '2025-09-02T08:00', kind: 'withdrawn' }), { asOf, policy })).toBe('excluded');
  });
  it('rejects a bad asOf and a non-finite appointment', () => {
    expect(() => classifyTimeliness(open, { asOf: '2025-13-01' })).toThrow(/INVALID|Not a moment/);
    expect(() => classifyTimeliness({ ...open, originalDueMs: NaN }, { asOf })).toThrow(/appointment/);
  });
});

describe('classifyTimeliness — a dossier closed while its supplementation request was pending', () => {
  // finishedAt is the closing, pendingSupplementSince the request: the policy chooses the finish
  const closed = { ...rec({ received: '2025-09-01T08:00', due: '2025-09-05T17:00', finished: '2025-09-20T09:00', kind: 'stopped', requests: 1 }), pendingSupplementSince: parseMoment('2025-09-03T10:00') };
  it('standard: finished at the closing; Decision 766: at the request', () => {
    expect(classifyTimeliness(closed, { asOf: '2025-09-30T17:00', policy: standardTimeliness })).toBe('late');
    expect(classifyTimeliness(closed, { asOf: '2025-09-30T17:00', policy: decision766Timeliness })).toBe('early');
    // before the closing, Decision 766 already counted it finished at the request
    expect(classifyTimeliness(closed, { asOf: '2025-09-10T17:00', policy: decision766Timeliness })).toBe('early');
  });
});

describe('timelinessCode', () => {
  it('is the integer form, with labels by code', () => {
    const r = rec({ received: '2025-09-01T08:00', due, finished: '2025-09-02T08:00' });
    expect(timelinessCode(r, asOf, standardTimeliness)).toBe(EARLY);
    expect(TIMELINESS_LABELS[OVERDUE]).toBe('overdue');
  });
});
