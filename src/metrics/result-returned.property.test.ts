// Properties of the result-returned finish (the due-based definition, spec/metrics.md "Definitions
// differ between publishers": Vĩnh Phúc, finished = result returned) on random records with and
// without `returnedAt`.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPeriodReport } from './accumulator.js';
import { classifyTimeliness, finishMoment } from './classify.js';
import { momentAt } from '../time/moment.js';
import { parseDay } from '../time/parse.js';
import { resultReturnedTimeliness } from './policy.js';
import type { DossierRecord, FinishKind } from './record.js';

const Q3 = { from: '2025-07-01', to: '2025-09-30' } as const;
const Q4 = { from: '2025-10-01', to: '2025-12-31' } as const;
const Q3_START = momentAt(parseDay(Q3.from));
const Q3_END = momentAt(parseDay(Q4.from)) - 1;
const T0 = Date.parse('2025-06-01T00:00:00+07:00');
const HOUR = 3_600_000;
type Mutable = { -readonly [K in keyof DossierRecord]: DossierRecord[K] };

const recordArb: fc.Arbitrary<DossierRecord> = fc
  .record({
    received: fc.integer({ min: 0, max: 24 * 150 }),
    limit: fc.integer({ min: 1, max: 24 * 40 }),
    finishAfter: fc.option(fc.integer({ min: 0, max: 24 * 60 }), { nil: undefined }),
    returnAfter: fc.option(fc.integer({ min: 0, max: 24 * 60 }), { nil: undefined }),
    kind: fc.constantFrom<FinishKind>('decided', 'decided', 'returned', 'stopped', 'refused', 'withdrawn'),
    requests: fc.integer({ min: 0, max: 3 }),
    pendingAfter: fc.option(fc.integer({ min: 0, max: 24 * 60 }), { nil: undefined }),
    unit: fc.constantFrom('A', 'B'),
    refused: fc.boolean(),
  })
  .map((o) => {
    const receivedAt = T0 + o.received * HOUR;
    const r: Mutable = { receivedAt, originalDueMs: receivedAt + o.limit * HOUR, supplementRequests: o.requests, channel: 'online', unit: o.unit };
    if (o.finishAfter !== undefined) {
      r.finishedAt = receivedAt + o.finishAfter * HOUR;
      r.finishKind = o.kind;
      if (o.returnAfter !== undefined) r.returnedAt = r.finishedAt + o.returnAfter * HOUR;
    } else if (o.pendingAfter !== undefined) r.pendingSupplementSince = receivedAt + o.pendingAfter * HOUR;
    if (o.refused && o.finishAfter === undefined && o.requests === 3) r.refusedAtReception = true;
    return r;
  });

const withoutReturn = (r: DossierRecord): DossierRecord => {
  const { returnedAt: _, ...rest } = r;
  return rest;
};
const FINISHED = new Set(['early', 'on-time', 'late']);

describe('result-returned (due-based) — properties', () => {
  it('the report identities hold and consecutive periods chain, with random returns', () => {
    fc.assert(fc.property(fc.array(recordArb, { maxLength: 60 }), fc.constantFrom<readonly ('unit')[]>(['unit'], []), (records, groupBy) => {
      const q3 = buildPeriodReport(records, { ...Q3, definition: 'due-based', groupBy });
      const q4 = buildPeriodReport(records, { ...Q4, definition: 'due-based', groupBy });
      for (const row of [...q3.groups, q3.total, ...q4.groups, q4.total]) {
        const c = row.counts;
        expect(c.carriedOver + c.received).toBe(c.finished + c.inProgress + c.refusedAtReception + c.notCounted);
        expect(c.early + c.onTime + c.late).toBe(c.finished);
        expect(c.within + c.overdue).toBe(c.inProgress);
        expect(c.dueInPeriodMet + c.dueInPeriodMissed).toBe(c.dueInPeriod);
      }
      expect(q4.total.counts.carriedOver).toBe(q3.total.counts.inProgress);
    }), { numRuns: 300 });
  });

  it('a decided record without returnedAt is never counted finished', () => {
    fc.assert(fc.property(fc.array(recordArb, { maxLength: 40 }), fc.integer({ min: 0, max: 24 * 250 }), (records, hours) => {
      const decided = records.map(withoutReturn).filter((r) => r.finishKind === 'decided' && r.pendingSupplementSince === undefined);
      const asOf = T0 + hours * HOUR;
      for (const r of decided) expect(FINISHED.has(classifyTimeliness(r, { asOf, policy: resultReturnedTimeliness }))).toBe(false);
      expect(buildPeriodReport(decided, { ...Q3, definition: 'due-based' }).total.counts.finished).toBe(0);
    }), { numRuns: 200 });
  });

  it('the period report and classifyTimeliness use the same finish moment', () => {
    fc.assert(fc.property(recordArb, (r) => {
      const label = classifyTimeliness(r, { asOf: Q3_END, policy: resultReturnedTimeliness });
      const c = buildPeriodReport([r], { ...Q3, definition: 'due-based', groupBy: [] }).total.counts;
      const finish = finishMoment(r, Q3_END, resultReturnedTimeliness);
      const counted = r.receivedAt <= Q3_END && (finish === undefined || finish >= Q3_START);
      const expected = { early: 0, onTime: 0, late: 0, within: 0, overdue: 0 };
      if (counted && label === 'early') expected.early = 1;
      if (counted && label === 'on-time') expected.onTime = 1;
      if (counted && label === 'late') expected.late = 1;
      if (counted && (label === 'within' || label === 'due-soon')) expected.within = 1;
      if (counted && label === 'overdue') expected.overdue = 1;
      expect(c).toMatchObject(expected);
    }), { numRuns: 500 });
  });

  it('every other definition ignores returnedAt', () => {
    fc.assert(fc.property(fc.array(recordArb, { maxLength: 40 }), fc.constantFrom('solved-based', 'to-handle', 'decision766-progress'), (records, definition) => {
      const a = buildPeriodReport(records, { ...Q3, definition });
      const b = buildPeriodReport(records.map(withoutReturn), { ...Q3, definition });
      expect(a.groups).toEqual(b.groups);
      expect(a.total).toEqual(b.total);
    }), { numRuns: 200 });
  });
});
