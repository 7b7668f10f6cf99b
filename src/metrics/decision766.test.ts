import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { buildPeriodReport } from './accumulator.js';
import { DECISION_766_GROUPS, DECISION_766_INDICATORS, decision766CountsFromReport, decision766Indicator, thanhHoaProgress } from './decision766.js';
import { SAMPLE } from './sample.test-support.js';

describe('Decision 766 groups and indicators', () => {
  it('five groups, 18 / 20 / 22 / 22 / 18 = 100 points, cited', () => {
    expect(DECISION_766_GROUPS.map((g) => g.points)).toEqual([18, 20, 22, 22, 18]);
    expect(DECISION_766_GROUPS.reduce((s, g) => s + g.points, 0)).toBe(100);
    for (const g of DECISION_766_GROUPS) expect(g.basis.map((b) => b.mark)).toEqual(['S', 'P']);
    for (const i of DECISION_766_INDICATORS) expect(i.basis.length).toBeGreaterThan(0);
    expect(Object.isFrozen(DECISION_766_INDICATORS[0])).toBe(true);
  });

  it('threshold scoring: full points from the threshold, proportional below', () => {
    const s = decision766Indicator('3.2', { onlineDossiers: 30, dossiers: 100 }, { maxPoints: 6 });
    expect(s).toMatchObject({ rate: 0.3, estimate: true });
    expect(s.points).toBeCloseTo(3.6, 12);
    expect(decision766Indicator('3.2', { onlineDossiers: 60, dossiers: 100 }, { maxPoints: 6 }).points).toBe(6);
    expect(decision766Indicator('4.2', { digitisedDossiers: 40, dossiers: 100 }, { maxPoints: 4 }).points).toBe(2);
    expect(decision766Indicator('3.1', { proceduresOnline: 1, procedures: 2 })).not.toHaveProperty('points'); // no max known
  });

  it('the 3 * 0.3 slip of a provincial system is not reproduced: data gives 6 × rate', () => {
    // The provincial code has one branch computing `3 * 0.3` where the pattern gives `6 * x`
    // (x = the indicator's rate, full points 6). With x = 0.3 the slip prints 0.9 points.
    const slip = 3 * 0.3;
    const ours = decision766Indicator({ ...DECISION_766_INDICATORS.find((i) => i.id === '4.1')!, maxPoints: 6 }, { electronicResults: 30, finished: 100 });
    expect(ours.points).toBeCloseTo(6 * 0.3, 12);
    expect(ours.points! - slip).toBeCloseTo(0.9, 12);
  });

  it('progress from a report; the Thanh Hóa preset divides by received in the period × 20, uncapped', () => {
    const report = buildPeriodReport(SAMPLE, { from: '2025-07-01', to: '2025-09-30', definition: 'decision766-progress', groupBy: [] });
    const counts = decision766CountsFromReport(report.total);
    expect(counts).toMatchObject({ finishedOnTimeOrEarly: 3, withinInProgress: 3, handled: 10, receivedInPeriod: 8 });
    expect(decision766Indicator('2.1', counts, { maxPoints: 20 })).toMatchObject({ numerator: 6, denominator: 10, rate: 0.6, points: 12 });
    expect(decision766Indicator(thanhHoaProgress, counts)).toMatchObject({ numerator: 6, denominator: 8, rate: 0.75, points: 15 });
    const many = decision766Indicator('2.1-thanh-hoa', { finishedOnTimeOrEarly: 9, withinInProgress: 3, receivedInPeriod: 10 });
    expect(many.rate).toBe(1.2); // carried-over dossiers in the numerator: the peer's arithmetic, kept
  });

  it('validates counts and ids', () => {
    expect(() => decision766Indicator('3.2', { onlineDossiers: 1 })).toThrow(/dossiers: required/);
    expect(() => decision766Indicator('9.9', {})).toThrow(/9\.9/);
    expect(decision766Indicator('3.2', { onlineDossiers: 0, dossiers: 0 }, { maxPoints: 6 })).toMatchObject({ rate: null });
  });

  const thrown = (f: () => unknown): InvalidInputError => {
    try {
      f();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidInputError);
      expect((error as InvalidInputError).code).toBe('INVALID_INPUT');
      return error as InvalidInputError;
    }
    throw new Error('did not throw');
  };

  it('counts that are not an object are refused by type, not with a TypeError', () => {
    for (const [counts, got] of [[null, 'null'], [undefined, 'undefined'], [42, 'number'], [[], 'array']] as const) {
      const e = thrown(() => decision766Indicator('3.2', counts as unknown as Record<string, number>));
      expect(e).toMatchObject({ path: [], message: `Invalid Decision 766 indicator 3.2 counts: expected an object of counts, got ${got}` });
    }
  });

  it('a misspelt or unknown option is refused by name, and maxPoints must be a positive finite number', () => {
    const e = thrown(() => decision766Indicator('3.2', { onlineDossiers: 1, dossiers: 2 }, { maxPoint: 6 } as { maxPoints?: number }));
    expect(e.issues).toEqual([{ path: ['maxPoint'], message: 'unknown field "maxPoint" (did you mean maxPoints?); allowed: maxPoints' }]);
    expect(e.message).toBe('Invalid Decision 766 indicator options: maxPoint: unknown field "maxPoint" (did you mean maxPoints?); allowed: maxPoints');
    expect(thrown(() => decision766Indicator('3.2', { onlineDossiers: 1, dossiers: 2 }, { maxPoints: Infinity })).issues).toEqual([{ path: ['maxPoints'], message: 'expected a finite number, got Infinity' }]);
    expect(thrown(() => decision766Indicator('3.2', { onlineDossiers: 1, dossiers: 2 }, { maxPoints: 0 })).issues).toEqual([{ path: ['maxPoints'], message: 'expected more than 0' }]);
    expect(thrown(() => decision766Indicator('3.2', { onlineDossiers: 1, dossiers: 2 }, null as unknown as { maxPoints?: number })).issues).toEqual([{ path: [], message: 'expected object, got null' }]);
  });

  it('a part cannot exceed its whole: every preset refuses a numerator above its denominator', () => {
    expect(thrown(() => decision766Indicator('3.2', { onlineDossiers: 150, dossiers: 100 }, { maxPoints: 6 }))).toMatchObject({
      path: [], message: 'Invalid Decision 766 indicator 3.2 counts: onlineDossiers (150) cannot exceed dossiers (100): a part cannot exceed its whole',
    });
    expect(thrown(() => decision766Indicator('2.1', { finishedOnTimeOrEarly: 4, withinInProgress: 2, handled: 5 })).message)
      .toBe('Invalid Decision 766 indicator 2.1 counts: finishedOnTimeOrEarly + withinInProgress (6) cannot exceed handled (5): a part cannot exceed its whole');
    for (const spec of DECISION_766_INDICATORS) {
      expect(spec.partOfWhole).toBe(true);
      const counts = Object.fromEntries([...spec.numerator.map((k, i) => [k, i === 0 ? 11 : 0]), ...spec.denominator.map((k) => [k, 10])]);
      expect(() => decision766Indicator(spec.id, counts)).toThrow(/cannot exceed .* \(10\): a part cannot exceed its whole$/);
      expect(decision766Indicator(spec.id, { ...counts, [spec.numerator[0]!]: 10 }).rate).toBe(1); // equal is the whole
    }
    // Thanh Hóa's numerator may hold carried-over dossiers: not a part of its denominator, so not refused.
    expect(thanhHoaProgress.partOfWhole).toBeUndefined();
    expect(decision766Indicator(thanhHoaProgress, { finishedOnTimeOrEarly: 9, withinInProgress: 3, receivedInPeriod: 10 }).rate).toBe(1.2);
  });
});
