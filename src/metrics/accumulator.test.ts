import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ReportIdentityError } from '../errors/report-identity-error.js';
import { IncompatibleReportsError } from '../errors/incompatible-reports-error.js';
import { InvalidDossierRecordError } from '../errors/invalid-dossier-record-error.js';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { buildPeriodReport, createReportAccumulator, type PeriodReport, type ReportOptions, type ReportState } from './accumulator.js';
import type { DossierRecord, FinishKind } from './record.js';
import { standardTimeliness } from './policy.js';
import { rec, SAMPLE } from './sample.test-support.js';
import { parseMoment } from '../time/parse.js';

const Q3 = { from: '2025-07-01', to: '2025-09-30' } as const;
const rate = (report: PeriodReport, unit: string | undefined, id: string) => {
  const row = unit === undefined ? report.total : report.groups.find((g) => g.key.unit === unit)!;
  const r = row.rates.find((x) => x.id === id)!;
  return [r.numerator, r.denominator, r.definition];
};

describe('buildPeriodReport — hand-computed sample (docs/metrics.md)', () => {
  it('counts the II.06a columns per unit', () => {
    const report = buildPeriodReport(SAMPLE, Q3);
    expect(report.groups.map((g) => g.key)).toEqual([{ unit: 'UBND xã A' }, { unit: 'UBND xã B' }]);
    expect(report.groups[0]!.counts).toEqual({
      carriedOver: 2, received: 7, receivedOnline: 4, receivedInPerson: 2, receivedPost: 1, refusedAtReception: 1, notCounted: 0,
      finished: 5, early: 3, onTime: 1, late: 1, inProgress: 3, within: 1, dueSoon: 0, overdue: 2,
      dueInPeriod: 7, dueInPeriodMet: 4, dueInPeriodMissed: 3,
    });
    expect(report.groups[1]!.counts).toMatchObject({ carriedOver: 0, received: 2, receivedOnline: 2, inProgress: 2, within: 2, dueSoon: 1, overdue: 0, dueInPeriod: 0 });
    expect(report.total.counts).toMatchObject({ carriedOver: 2, received: 9, finished: 5, inProgress: 5, refusedAtReception: 1 });
    expect(report.asOf).toBe('2025-09-30T23:59:59+07:00');
    expect(report.definition.id).toBe('solved-based');
  });

  it('solved-based: rates over finished', () => {
    const r = buildPeriodReport(SAMPLE, Q3);
    expect(rate(r, 'UBND xã A', 'onTime')).toEqual([4, 5, 'solved-based']);
    expect(rate(r, 'UBND xã A', 'late')).toEqual([1, 5, 'solved-based']);
    expect(rate(r, 'UBND xã A', 'overdueInProgress')).toEqual([2, 3, 'solved-based']);
    expect(r.total.rates[0]!.value).toBe(0.8);
    expect(rate(r, 'UBND xã B', 'onTime')).toEqual([0, 0, 'solved-based']);
    expect(r.groups[1]!.rates[0]!.value).toBeNull();
  });

  it('due-based (Vĩnh Phúc): over dossiers due in the period, overdue counted late, finished = result returned', () => {
    const r = buildPeriodReport(SAMPLE, { ...Q3, definition: 'due-based' });
    // Due in Q3: 1 (returned 2/7, early), 2, 3, 5, 7 (withdrawn 5/8, early), 10, 11. Met: 1 and 7.
    // 2, 3 and 10 were decided but their results were never returned: open, overdue at 30/9 —
    // missed (spec/metrics.md, "Definitions differ between publishers": finished = result returned).
    expect(rate(r, 'UBND xã A', 'onTime')).toEqual([2, 7, 'due-based']);
    expect(rate(r, 'UBND xã A', 'late')).toEqual([5, 7, 'due-based']);
  });

  it('to-handle (Gia Lai): late = (late + overdue) ÷ (carried over + received − refused); on time = the rest', () => {
    const r = buildPeriodReport(SAMPLE, { ...Q3, definition: 'to-handle' });
    expect(rate(r, 'UBND xã A', 'late')).toEqual([3, 8, 'to-handle']);
    expect(rate(r, 'UBND xã A', 'onTime')).toEqual([5, 8, 'to-handle']);
    expect(rate(r, undefined, 'late')).toEqual([3, 10, 'to-handle']);
  });

  it('Decision 766 progress: > 1 supplementation request is late; over handled dossiers', () => {
    const r = buildPeriodReport(SAMPLE, { ...Q3, definition: 'decision766-progress' });
    expect(r.groups[0]!.counts).toMatchObject({ early: 2, onTime: 1, late: 2 });
    expect(rate(r, 'UBND xã A', 'progress')).toEqual([4, 8, 'decision766-progress']);
    expect(rate(r, undefined, 'progress')).toEqual([6, 10, 'decision766-progress']);
  });

  it('a definition that leaves withdrawals out removes them from the flow', () => {
    const r = buildPeriodReport(SAMPLE, {
      ...Q3,
      definition: {
        id: 'no-withdrawn', name: 'test', description: 'test', lateIncludesOverdue: false, basis: [],
        policy: { ...standardTimeliness, finishes: { decided: true, returned: true, stopped: true, refused: true, withdrawn: false } },
        rates: [{ id: 'onTime', label: 'x', numerator: ['early', 'onTime'], denominator: ['finished'] }],
      },
    });
    expect(r.groups[0]!.counts).toMatchObject({ finished: 4, early: 2, notCounted: 1 });
  });

  it('groups by field and procedure, "(none)" when absent, and as of a moment inside the period', () => {
    const r = buildPeriodReport(SAMPLE, { ...Q3, groupBy: ['field'] });
    expect(r.groups.map((g) => g.key)).toEqual([{ field: '(none)' }]);
    const early = buildPeriodReport(SAMPLE, { ...Q3, asOf: '2025-07-15T16:30' });
    expect(early.total.counts).toMatchObject({ carriedOver: 2, received: 3, finished: 2, inProgress: 3 });
  });

  it('validates records with their position, and the options', () => {
    const bad = { ...SAMPLE[0]!, receivedAt: Number.NaN } as DossierRecord;
    expect(() => buildPeriodReport([SAMPLE[0]!, bad], Q3)).toThrow(InvalidDossierRecordError);
    expect(() => buildPeriodReport([SAMPLE[0]!, bad], Q3)).toThrow(/^1\.receivedAt: /);
    expect(() => buildPeriodReport([], { from: '2025-09-30', to: '2025-07-01' })).toThrow(/ends before it starts/);
    expect(() => buildPeriodReport([], { ...Q3, definition: 'nope' })).toThrow(/Unknown report definition/);
    expect(() => buildPeriodReport([], { ...Q3, groupBy: ['officer' as 'unit'] })).toThrow(/groupBy/);
  });
});

describe('identities fail loudly', () => {
  it('a state whose finished count is off by 2 is refused with the exact gap', () => {
    const a = createReportAccumulator(Q3);
    for (const r of SAMPLE) a.add(r);
    const state = a.state();
    const id = Object.keys(state.groups)[0]!;
    const broken: ReportState = { ...state, groups: { [id]: { key: state.groups[id]!.key, counts: { ...state.groups[id]!.counts, finished: 2 } } } };
    const b = createReportAccumulator(Q3).merge(broken);
    let error: unknown;
    try {
      b.result();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ReportIdentityError);
    expect((error as ReportIdentityError).code).toBe('REPORT_IDENTITY');
    expect((error as ReportIdentityError).identity).toBe('intake');
    expect((error as ReportIdentityError).left - (error as ReportIdentityError).right).toBe(3); // 9 vs 2 + 3 + 1
  });
  it('merge is atomic: a bad group anywhere in the state leaves the accumulator unchanged', () => {
    const a = createReportAccumulator(Q3);
    for (const r of SAMPLE) a.add(r);
    const before = JSON.stringify(a.state());
    const good = a.state();
    const [first, second] = Object.keys(good.groups);
    const bad = (counts: Record<string, unknown>, key: unknown = good.groups[second!]!.key) =>
      ({ ...good, groups: { [first!]: good.groups[first!]!, [second!]: { key, counts } } }) as unknown as ReportState;
    const target = createReportAccumulator(Q3);
    for (const r of SAMPLE) target.add(r);
    expect(() => target.merge(bad({ ...good.groups[second!]!.counts, late: -1 }))).toThrow(/groups\..*\.counts\.late: must be a non-negative integer/);
    expect(() => target.merge(bad({ ...good.groups[second!]!.counts, onTime: 1.5 }))).toThrow(InvalidInputError);
    expect(() => target.merge(bad(good.groups[second!]!.counts, ['other']))).toThrow(/does not match the group id/);
    expect(() => target.merge(bad(good.groups[second!]!.counts, [1]))).toThrow(/key: expected 1 string/);
    expect(JSON.stringify(target.state())).toBe(before);
    expect(target.result().total.counts).toEqual(a.result().total.counts);
  });
  it('merging different settings is refused', () => {
    const a = createReportAccumulator(Q3);
    expect(() => a.merge(createReportAccumulator({ ...Q3, definition: 'due-based' }))).toThrow(IncompatibleReportsError);
    expect(() => a.merge(createReportAccumulator({ ...Q3, groupBy: ['field'] }))).toThrow(IncompatibleReportsError);
  });
});

describe('Decision 766: a single pending supplementation request finishes the dossier at the request moment', () => {
  // Hand-computed over two consecutive quarters (docs/metrics.md).
  const pending = (r: DossierRecord, since: string): DossierRecord => ({ ...r, pendingSupplementSince: parseMoment(since) });
  const records: DossierRecord[] = [
    // D1: one request, pending since 15/9 (before Q4): finished early in Q3 — and only in Q3.
    pending(rec({ received: '2025-09-10T08:00', due: '2025-09-20T17:00', requests: 1 }), '2025-09-15T09:00'),
    // D2: one request, pending since 5/10: within at the end of Q3; finished late (5/10 > 3/10) in Q4.
    pending(rec({ received: '2025-09-25T08:00', due: '2025-10-03T17:00', requests: 1 }), '2025-10-05T09:00'),
    // D3: two requests, pending since 5/8: > 1 request is late, so it stays open — overdue in both.
    pending(rec({ received: '2025-08-01T08:00', due: '2025-08-10T17:00', requests: 2 }), '2025-08-05T09:00'),
    // D4: received and finished early in Q4.
    rec({ received: '2025-10-02T08:00', due: '2025-10-10T17:00', finished: '2025-10-08T10:00' }),
  ];
  const q3 = buildPeriodReport(records, { from: '2025-07-01', to: '2025-09-30', definition: 'decision766-progress', groupBy: [] });
  const q4 = buildPeriodReport(records, { from: '2025-10-01', to: '2025-12-31', definition: 'decision766-progress', groupBy: [] });

  it('Q3: D1 finished early at its request; D2 within; D3 overdue', () => {
    expect(q3.total.counts).toMatchObject({
      carriedOver: 0, received: 3, finished: 1, early: 1, onTime: 0, late: 0, inProgress: 2, within: 1, overdue: 1,
      dueInPeriod: 2, dueInPeriodMet: 1, dueInPeriodMissed: 1,
    });
    expect(q3.total.rates.find((r) => r.id === 'progress')).toMatchObject({ numerator: 2, denominator: 3 });
  });

  it('Q4: D1 is neither carried over nor finished again; D2 finishes late at its request; D4 early', () => {
    expect(q4.total.counts).toMatchObject({
      carriedOver: 2, received: 1, finished: 2, early: 1, onTime: 0, late: 1, inProgress: 1, within: 0, overdue: 1,
      dueInPeriod: 2, dueInPeriodMet: 1, dueInPeriodMissed: 1,
    });
    expect(q4.total.rates.find((r) => r.id === 'progress')).toMatchObject({ numerator: 1, denominator: 3 });
  });

  it('the periods chain: in progress at the end of Q3 = carried over into Q4', () => {
    expect(q4.total.counts.carriedOver).toBe(q3.total.counts.inProgress);
  });

  it('without the Decision 766 policy a pending request keeps the dossier open', () => {
    const std = buildPeriodReport(records, { from: '2025-10-01', to: '2025-12-31', groupBy: [] });
    expect(std.total.counts).toMatchObject({ carriedOver: 3, finished: 1, inProgress: 3 });
  });
});

// --- Property tests -----------------------------------------------------------------------------

const T0 = Date.parse('2025-06-01T00:00:00+07:00');
const HOUR = 3_600_000;
const recordArb: fc.Arbitrary<DossierRecord> = fc
  .record({
    received: fc.integer({ min: 0, max: 24 * 150 }),
    limit: fc.integer({ min: 1, max: 24 * 40 }),
    finishAfter: fc.option(fc.integer({ min: 0, max: 24 * 60 }), { nil: undefined }),
    kind: fc.constantFrom<FinishKind>('decided', 'returned', 'stopped', 'refused', 'withdrawn'),
    requests: fc.integer({ min: 0, max: 3 }),
    paused: fc.option(fc.integer({ min: 0, max: 24 * 5 }), { nil: undefined }),
    channel: fc.constantFrom('in-person', 'online', 'post' as const),
    unit: fc.constantFrom('A', 'B', 'C'),
    field: fc.option(fc.constantFrom('đất đai', 'hộ tịch'), { nil: undefined }),
    refused: fc.boolean(),
    pendingAfter: fc.option(fc.integer({ min: 0, max: 24 * 60 }), { nil: undefined }),
  })
  .map((o) => {
    const receivedAt = T0 + o.received * HOUR;
    const r: { -readonly [K in keyof DossierRecord]: DossierRecord[K] } = {
      receivedAt, originalDueMs: receivedAt + o.limit * HOUR, supplementRequests: o.requests, channel: o.channel, unit: o.unit,
    };
    if (o.finishAfter !== undefined) {
      r.finishedAt = receivedAt + o.finishAfter * HOUR;
      r.finishKind = o.kind;
    }
    else if (o.pendingAfter !== undefined) r.pendingSupplementSince = receivedAt + o.pendingAfter * HOUR; // waiting on a request, as the lifecycle reports it
    if (o.paused !== undefined) r.pausedMs = o.paused * HOUR;
    if (o.field !== undefined) r.field = o.field;
    if (o.refused && o.finishAfter === undefined && o.requests === 3) r.refusedAtReception = true; // about 1 in 16 open records
    return r;
  });

const optionsArb = fc.record({
  definition: fc.constantFrom('solved-based', 'due-based', 'to-handle', 'decision766-progress'),
  groupBy: fc.constantFrom<ReportOptions['groupBy']>(['unit'], ['field'], [], ['unit', 'field']),
});

function shuffledMerge(shards: DossierRecord[][], options: ReportOptions, order: number[]): PeriodReport {
  const accumulators = shards.map((s) => {
    const a = createReportAccumulator(options);
    for (const r of s) a.add(r);
    return a;
  });
  // Merge in the given order, through a tree: pairwise, then the results, …
  let level = order.map((i) => accumulators[i % accumulators.length]!);
  level = [...new Set(level)];
  for (const a of accumulators) if (!level.includes(a)) level.push(a);
  while (level.length > 1) {
    const next = [];
    for (let i = 0; i < level.length; i += 2) next.push(i + 1 < level.length ? level[i]!.merge(level[i + 1]!.state()) : level[i]!);
    level = next;
  }
  return level[0]!.result();
}

describe('properties', () => {
  it('identities hold for any records, under every definition', () => {
    fc.assert(fc.property(fc.array(recordArb, { maxLength: 60 }), optionsArb, (records, o) => {
      const report = buildPeriodReport(records, { ...Q3, ...o });
      for (const row of [...report.groups, report.total]) {
        const c = row.counts;
        expect(c.carriedOver + c.received).toBe(c.finished + c.inProgress + c.refusedAtReception + c.notCounted);
        expect(c.early + c.onTime + c.late).toBe(c.finished);
        expect(c.within + c.overdue).toBe(c.inProgress);
        expect(c.dueSoon).toBeLessThanOrEqual(c.within);
      }
    }), { numRuns: 200 });
  });

  it('merge: any sharding, any merge order and grouping gives the same report', () => {
    fc.assert(fc.property(
      fc.array(recordArb, { maxLength: 60 }), fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), fc.array(fc.nat()), optionsArb,
      (records, cuts, order, o) => {
        const options = { ...Q3, ...o };
        const whole = buildPeriodReport(records, options);
        const shards: DossierRecord[][] = cuts.map(() => []);
        records.forEach((r, i) => shards[(cuts[i % cuts.length]! + i) % shards.length]!.push(r));
        const merged = shuffledMerge(shards, options, order);
        expect(merged.groups).toEqual(whole.groups);
        expect(merged.total).toEqual(whole.total);
        expect(JSON.parse(JSON.stringify(merged))).toEqual(JSON.parse(JSON.stringify({ ...whole, state: merged.state })));
      },
    ), { numRuns: 200 });
  });

  it('consecutive periods chain: in progress at the end of one = carried over into the next (pending requests included)', () => {
    fc.assert(fc.property(fc.array(recordArb, { maxLength: 60 }), optionsArb, (records, o) => {
      const q3 = buildPeriodReport(records, { ...Q3, ...o });
      const q4 = buildPeriodReport(records, { from: '2025-10-01', to: '2025-12-31', ...o });
      expect(q4.total.counts.carriedOver).toBe(q3.total.counts.inProgress);
    }), { numRuns: 300 });
  });

  it('merge is commutative on states (serialized through JSON)', () => {
    fc.assert(fc.property(fc.array(recordArb, { maxLength: 30 }), fc.array(recordArb, { maxLength: 30 }), (xs, ys) => {
      const a = createReportAccumulator(Q3);
      xs.forEach((r) => a.add(r));
      const b = createReportAccumulator(Q3);
      ys.forEach((r) => b.add(r));
      const ab = createReportAccumulator(Q3).merge(JSON.parse(JSON.stringify(a.state()))).merge(b).result();
      const ba = createReportAccumulator(Q3).merge(b.state()).merge(a.state()).result();
      expect(ab.groups).toEqual(ba.groups);
    }), { numRuns: 100 });
  });
});
