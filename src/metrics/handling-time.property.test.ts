import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPeriodReport } from './accumulator.js';
import { buildHandlingTimeReport, createHandlingTimeAccumulator, type HandlingTimeOptions, type HandlingTimeReport } from './handling-time.js';
import { reportDefinitions } from './definitions.js';
import type { DossierRecord, FinishKind } from './record.js';

// Records received from mid-February to mid-April 2026 (minute precision, any hour), judged over
// March 2026; some finished (any kind, before or after the period's end), paused, refused at
// reception or waiting on a supplementation request.
const MARCH = { from: '2026-03-01', to: '2026-03-31' } as const;
const T0 = Date.parse('2026-02-15T00:00:00+07:00');
const MINUTE = 60_000;
const DAY = 86_400_000;

const recordArb: fc.Arbitrary<DossierRecord> = fc
  .record({
    received: fc.integer({ min: 0, max: 60 * 24 * 60 }),
    limitDays: fc.integer({ min: 1, max: 20 }),
    finishAfter: fc.option(fc.integer({ min: 0, max: 60 * 24 * 30 }), { nil: undefined }),
    kind: fc.constantFrom<FinishKind>('decided', 'returned', 'stopped', 'refused', 'withdrawn'),
    returnAfter: fc.option(fc.integer({ min: 0, max: 60 * 24 * 5 }), { nil: undefined }),
    requests: fc.integer({ min: 0, max: 2 }),
    pausedMinutes: fc.option(fc.integer({ min: 0, max: 60 * 24 * 4 }), { nil: undefined }),
    pendingAfter: fc.option(fc.integer({ min: 0, max: 60 * 24 * 20 }), { nil: undefined }),
    procedure: fc.option(fc.constantFrom('khai sinh', 'xây dựng', 'đất đai'), { nil: undefined }),
    unit: fc.constantFrom('A', 'B'),
    refused: fc.boolean(),
  })
  .map((o) => {
    const receivedAt = T0 + o.received * MINUTE;
    const r: { -readonly [K in keyof DossierRecord]: DossierRecord[K] } = {
      receivedAt, originalDueMs: receivedAt + o.limitDays * DAY, supplementRequests: o.requests, channel: 'online', unit: o.unit,
    };
    if (o.finishAfter !== undefined) {
      r.finishedAt = receivedAt + o.finishAfter * MINUTE;
      r.finishKind = o.kind;
      if (o.returnAfter !== undefined) r.returnedAt = r.finishedAt + o.returnAfter * MINUTE;
    } else if (o.pendingAfter !== undefined) r.pendingSupplementSince = receivedAt + o.pendingAfter * MINUTE;
    if (o.pausedMinutes !== undefined) r.pausedMs = o.pausedMinutes * MINUTE;
    if (o.procedure !== undefined) r.procedure = o.procedure;
    if (o.refused && o.finishAfter === undefined && o.requests === 2) r.refusedAtReception = true;
    return r;
  });

const optionsArb: fc.Arbitrary<Partial<HandlingTimeOptions>> = fc.record({
  timeUnit: fc.constantFrom('working-days', 'working-hours', 'calendar-days' as const),
  groupBy: fc.constantFrom<HandlingTimeOptions['groupBy']>(['procedure'], ['unit'], [], ['unit', 'procedure']),
  policy: fc.constantFrom(...Object.values(reportDefinitions).map((d) => d.policy)),
  pausedTime: fc.constantFrom('exclude', 'ignore' as const),
});

const rowsOf = (r: HandlingTimeReport) => [...r.groups, r.total];

describe('handling time — properties', () => {
  it('merge: any sharding, merged in any order, equals one pass (integer totals: exactly)', () => {
    fc.assert(fc.property(
      fc.array(recordArb, { maxLength: 50 }), fc.array(fc.nat(), { minLength: 1, maxLength: 5 }), fc.array(fc.nat(), { maxLength: 8 }), optionsArb,
      (records, cuts, order, o) => {
        const options = { ...MARCH, ...o };
        const whole = buildHandlingTimeReport(records, options);
        const shards = cuts.map(() => createHandlingTimeAccumulator(options));
        records.forEach((r, i) => shards[(cuts[i % cuts.length]! + i) % shards.length]!.add(r));
        // A permutation of the shards from `order`, folded left through serialized states.
        const rest = [...shards];
        const sequence = order.map((k) => rest.splice(k % Math.max(1, rest.length), 1)[0]).filter((a) => a !== undefined);
        const merged = createHandlingTimeAccumulator(options);
        for (const a of [...sequence, ...rest]) merged.merge(JSON.parse(JSON.stringify(a.state())));
        const result = merged.result();
        expect(result.groups).toEqual(whole.groups);
        expect(result.total).toEqual(whole.total);
        expect(result.provisional).toBe(whole.provisional);
      },
    ), { numRuns: 150 });
  });

  it('merge is associative and commutative: (a ⊕ b) ⊕ c = a ⊕ (c ⊕ b)', () => {
    fc.assert(fc.property(fc.array(recordArb, { maxLength: 20 }), fc.array(recordArb, { maxLength: 20 }), fc.array(recordArb, { maxLength: 20 }), optionsArb, (xs, ys, zs, o) => {
      const options = { ...MARCH, ...o };
      const acc = (records: DossierRecord[]) => {
        const a = createHandlingTimeAccumulator(options);
        records.forEach((r) => a.add(r));
        return a;
      };
      const left = acc(xs).merge(acc(ys)).merge(acc(zs)).result();
      const right = acc(xs).merge(acc(zs).merge(acc(ys))).result();
      expect(right.groups).toEqual(left.groups);
      expect(right.total).toEqual(left.total);
      expect(right.state.groups).toEqual(left.state.groups);
    }), { numRuns: 100 });
  });

  it('average × finished = total, every row; no finished dossier → average null', () => {
    fc.assert(fc.property(fc.array(recordArb, { maxLength: 50 }), optionsArb, (records, o) => {
      for (const row of rowsOf(buildHandlingTimeReport(records, { ...MARCH, ...o }))) {
        if (row.finished === 0) {
          expect(row.average).toBeNull();
          expect(row.total).toBe(0);
        } else {
          expect(Math.abs(row.average! * row.finished - row.total)).toBeLessThanOrEqual(1e-9 * Math.max(1, row.total));
        }
        expect(row.total).toBeGreaterThanOrEqual(0);
      }
    }), { numRuns: 200 });
  });

  it('working time is inside elapsed time: working hours ≤ 24 × calendar days; working days ≤ calendar days + 1 per dossier', () => {
    fc.assert(fc.property(fc.array(recordArb, { maxLength: 50 }), optionsArb, (records, o) => {
      const options = { ...MARCH, ...o, groupBy: [] };
      const hours = buildHandlingTimeReport(records, { ...options, timeUnit: 'working-hours' }).total;
      const days = buildHandlingTimeReport(records, { ...options, timeUnit: 'working-days' }).total;
      const calendar = buildHandlingTimeReport(records, { ...options, timeUnit: 'calendar-days' }).total;
      expect(hours.finished).toBe(calendar.finished);
      expect(hours.total).toBeLessThanOrEqual(24 * calendar.total + 1e-9);
      // An 8-hour day is a third of a calendar day: only the first and last office days can exceed it.
      expect(days.total).toBeLessThanOrEqual(calendar.total + calendar.finished + 1e-9);
    }), { numRuns: 200 });
  });

  it('never counted: received outside the period, refused at reception, or unfinished at asOf', () => {
    fc.assert(fc.property(fc.array(recordArb, { maxLength: 50 }), optionsArb, (records, o) => {
      const options = { ...MARCH, ...o, groupBy: [] };
      const report = buildHandlingTimeReport(records, options);
      const start = Date.parse('2026-03-01T00:00:00+07:00');
      const end = Date.parse('2026-04-01T00:00:00+07:00');
      const cohort = records.filter((r) => r.receivedAt >= start && r.receivedAt < end && r.refusedAtReception !== true);
      const others = records.filter((r) => !cohort.includes(r));
      // Only the cohort matters: the others change nothing.
      expect(buildHandlingTimeReport(cohort, options).total).toEqual(report.total);
      expect(buildHandlingTimeReport(others, options).total).toEqual({ key: {}, finished: 0, inProgress: 0, total: 0, average: null });
      // In the cohort, only finished dossiers are in the average: the open ones add to inProgress only.
      const open = buildHandlingTimeReport(cohort.map((r) => ({ ...r, finishedAt: undefined, finishKind: undefined, returnedAt: undefined, pendingSupplementSince: undefined })), options).total;
      expect(open).toMatchObject({ finished: 0, total: 0, average: null });
      expect(open.inProgress).toBe(cohort.length);
    }), { numRuns: 200 });
  });

  it('agrees with the period report: finished + in progress = received in the period − refused at reception', () => {
    fc.assert(fc.property(fc.array(recordArb, { maxLength: 50 }), fc.constantFrom(...Object.keys(reportDefinitions)), (records, id) => {
      const definition = reportDefinitions[id]!;
      const period = buildPeriodReport(records, { ...MARCH, definition, groupBy: [] }).total.counts;
      const h = buildHandlingTimeReport(records, { ...MARCH, policy: definition.policy, groupBy: [] }).total;
      expect(h.finished + h.inProgress).toBe(period.received - period.refusedAtReception);
    }), { numRuns: 200 });
  });
});
