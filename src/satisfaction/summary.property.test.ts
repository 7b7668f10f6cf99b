import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Evaluation } from './evaluation.js';
import { createEvaluationAccumulator, type SummaryOptions } from './summary.js';
import { tt01_2018_evaluation } from './scheme-presets.js';

const level = fc.constantFrom('rat-hai-long', 'hai-long', 'khong-hai-long');
const evaluation: fc.Arbitrary<Evaluation> = fc.record(
  {
    unit: fc.constantFrom('A', 'B', 'C'),
    field: fc.constantFrom('Hộ tịch', 'Đất đai'),
    at: fc.constantFrom('2025-01-15', '2025-03-31T23:59', '2025-04-01T00:00', '2025-11-30T10:00'),
    answers: fc.dictionary(fc.constantFrom(...tt01_2018_evaluation.questions.map((q) => q.key)), fc.constantFrom(0, 1, 2)),
    levels: fc.record({ convenience: level, overall: level }, { requiredKeys: [] }),
    facts: fc.record({ limit: fc.integer({ min: 1, max: 10 }), used: fc.integer({ min: 0, max: 12 }), supplementationRequests: fc.integer({ min: 0, max: 3 }) }),
  },
  { requiredKeys: ['unit', 'field', 'at'] },
);
const options: SummaryOptions = { groupBy: ['unit', 'period'] };

function summaryOf(list: readonly Evaluation[]) {
  const acc = createEvaluationAccumulator(options);
  for (const e of list) acc.add(e);
  return acc;
}

describe('evaluation summaries merge (properties)', () => {
  it('any split of the forms, merged in any order, gives the summary of the whole', () => {
    fc.assert(
      fc.property(fc.array(evaluation, { maxLength: 40 }), fc.array(fc.nat({ max: 3 }), { maxLength: 40 }), (list, shardOf) => {
        const shards: Evaluation[][] = [[], [], [], []];
        list.forEach((e, i) => shards[(shardOf[i] ?? 0) % 4]!.push(e));
        const whole = summaryOf(list).result();
        const forward = shards.reduce((acc, s) => acc.merge(summaryOf(s)), createEvaluationAccumulator(options)).result();
        const backward = [...shards].reverse().reduce((acc, s) => acc.merge(summaryOf(s).state()), createEvaluationAccumulator(options)).result();
        expect(forward.groups).toEqual(whole.groups);
        expect(backward.groups).toEqual(whole.groups);
        expect(forward.state).toEqual(whole.state);
      }),
      { numRuns: 60 },
    );
  });

  it('merge is associative and commutative', () => {
    fc.assert(
      fc.property(fc.array(evaluation, { maxLength: 15 }), fc.array(evaluation, { maxLength: 15 }), fc.array(evaluation, { maxLength: 15 }), (a, b, c) => {
        const left = summaryOf(a).merge(summaryOf(b)).merge(summaryOf(c)).state(); // (a + b) + c
        const right = summaryOf(a).merge(summaryOf(b).merge(summaryOf(c))).state(); // a + (b + c)
        expect(left).toEqual(right);
        expect(summaryOf(a).merge(summaryOf(b)).state()).toEqual(summaryOf(b).merge(summaryOf(a)).state());
      }),
      { numRuns: 60 },
    );
  });

  it('index scores stay within [0, 2] and totals within [0, max]; shares of levels never exceed 1 in sum', () => {
    fc.assert(
      fc.property(fc.array(evaluation, { maxLength: 30 }), (list) => {
        for (const g of summaryOf(list).result().groups) {
          for (const q of g.questions) if (q.score !== undefined) expect(q.score).toBeGreaterThanOrEqual(0), expect(q.score).toBeLessThanOrEqual(2);
          if (g.total !== undefined) expect(g.total).toBeLessThanOrEqual(18);
          for (const l of g.levels) expect(l.distribution.reduce((s, d) => s + d.share, 0)).toBeLessThanOrEqual(1 + 1e-12);
        }
      }),
      { numRuns: 60 },
    );
  });
});
