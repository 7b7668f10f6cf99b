// Regression (spec/satisfaction.md, Art. 15 "total ≥ 15 xuất sắc"; "a unit with exactly 15.0 falls
// through … the regression test this project must carry"): nine index averages of 5/3 add up to
// exactly 15, so the band is "Xuất sắc" under the `exact` rounding too (it used to sum floats to
// 14.999999999999998 and band the unit "Tốt").
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundingPolicies, sumOfRoundedMeans } from './rounding.js';
import { summarizeEvaluations } from './summary.js';
import type { Evaluation } from './evaluation.js';

const perDossier = ['1', '2', '3', '4', '7'];
const perUnit = ['5', '6', '8', '9'];
// three forms per index answering 2, 2, 1 → every index average is 5/3; 9 × 5/3 = 15
const forms: Evaluation[] = [2, 2, 1].map((p) => ({ answers: Object.fromEntries(perDossier.map((k) => [k, p])) }));
const units: Evaluation[] = [2, 2, 1].map((p) => ({ kind: 'unit', answers: Object.fromEntries(perUnit.map((k) => [k, p])) }));

describe('regression: an exact total of 15 is "Xuất sắc" (Art. 15 "≥ 15")', () => {
  it('sumOfRoundedMeans with the exact policy gives exactly 15 for nine averages of 5/3', () => {
    expect(sumOfRoundedMeans(Array.from({ length: 9 }, () => [5, 3] as const), roundingPolicies.exact)).toBe(15);
  });

  it('summarizeEvaluations with the exact policy bands the unit "Xuất sắc", never "Tốt"', () => {
    const g = summarizeEvaluations([...forms, ...units], { rounding: roundingPolicies.exact }).groups[0]!;
    expect(g.band!.label).toBe('Xuất sắc');
  });
});

describe('exact totals', () => {
  it('are exactly the whole number when the averages add up to one (any counts)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 1, max: 60 })), { minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 60 }), (parts, count) => {
        // Complete the parts with one more average over `count` dossiers so that the total is whole.
        const partial = parts.reduce((s, [sum, c]) => s + sum / c, 0);
        const whole = Math.ceil(partial) + 1;
        // sum / count = whole − partial exactly, as a fraction: reuse the parts' common multiple.
        const lcm = parts.reduce((m, [, c]) => (m * c) / gcd(m, c), count);
        if (!Number.isSafeInteger(lcm * 2000 * 9)) return true; // keep this check's own arithmetic exact
        const rest = whole * lcm - parts.reduce((s, [sum, c]) => s + sum * (lcm / c), 0);
        return sumOfRoundedMeans([...parts, [rest, lcm]], roundingPolicies.exact) === whole;
      }),
    );
  });
});

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}
