// Expected values derived from spec/metrics.md, "Indicator formulas":
// "3.x online: share of procedures offering online service (full points at 80%, else proportional:
//  rate × max / 80%), share of online dossiers (full at 50%), online payment shares (thresholds
//  80% / 30% in the vendor formula). 4.x digitisation: electronic results, digitised dossiers (80%
//  threshold), re-use of digitised data (80%)."
import { describe, expect, it } from 'vitest';
import { DECISION_766_INDICATORS, decision766Indicator } from './decision766.js';

describe('Decision 766 indicator thresholds (spec/metrics.md)', () => {
  it('3.1 procedures online: full points from 80%, rate × max ÷ 80% below', () => {
    expect(decision766Indicator('3.1', { proceduresOnline: 80, procedures: 100 }, { maxPoints: 4 }).points).toBe(4);
    expect(decision766Indicator('3.1', { proceduresOnline: 95, procedures: 100 }, { maxPoints: 4 }).points).toBe(4);
    expect(decision766Indicator('3.1', { proceduresOnline: 40, procedures: 100 }, { maxPoints: 4 }).points).toBeCloseTo(2, 12); // 4 × 0.4 ÷ 0.8
    expect(decision766Indicator('3.1', { proceduresOnline: 60, procedures: 100 }, { maxPoints: 5 }).points).toBeCloseTo(3.75, 12); // 5 × 0.6 ÷ 0.8
    // exactly at the threshold with a non-decimal fraction: 4 / 5 = 80%
    expect(decision766Indicator('3.1', { proceduresOnline: 4, procedures: 5 }, { maxPoints: 6 }).points).toBe(6);
  });

  it('3.2 online dossiers: full points from 50%, exactly at 50% included', () => {
    expect(decision766Indicator('3.2', { onlineDossiers: 7, dossiers: 14 }, { maxPoints: 6 }).points).toBe(6);
    expect(decision766Indicator('3.2', { onlineDossiers: 10, dossiers: 40 }, { maxPoints: 6 }).points).toBeCloseTo(3, 12); // 6 × 0.25 ÷ 0.5
  });

  it('the two online-payment shares use the thresholds 80% and 30%', () => {
    const payment = DECISION_766_INDICATORS.filter((i) => i.id === '3.3' || i.id === '3.4');
    expect(payment.map((i) => i.threshold).sort()).toEqual([0.3, 0.8]);
  });

  it('4.2 digitised dossiers and 4.3 re-use of digitised data: full points from 80%', () => {
    for (const [id, key] of [['4.2', 'digitisedDossiers'], ['4.3', 'reusedDossiers']] as const) {
      expect(decision766Indicator(id, { [key]: 80, dossiers: 100 }, { maxPoints: 4 }).points).toBe(4);
      expect(decision766Indicator(id, { [key]: 20, dossiers: 100 }, { maxPoints: 4 }).points).toBeCloseTo(1, 12); // 4 × 0.2 ÷ 0.8
    }
  });

  it('points never exceed the maximum for the threshold indicators', () => {
    for (const i of DECISION_766_INDICATORS.filter((x) => x.threshold !== undefined)) {
      const counts = Object.fromEntries([...i.numerator, ...i.denominator].map((k) => [k, 100]));
      expect(decision766Indicator(i, counts, { maxPoints: 6 }).points).toBe(6);
    }
  });
});
