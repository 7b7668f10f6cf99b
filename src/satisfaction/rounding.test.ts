import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundedMean, roundingPolicies, sumOfRoundedMeans } from './rounding.js';

describe('rounding policies', () => {
  it('Art. 15: one decimal, halves up — exactly, with no floating-point drift', () => {
    expect(roundedMean(29, 20, roundingPolicies.art15)).toBe(1.5); // 1.45
    expect(roundedMean(7, 4)).toBe(1.8); // 1.75
    expect(roundedMean(1, 3)).toBe(0.3);
    expect(roundedMean(2, 3)).toBe(0.7);
    expect(roundedMean(20, 10)).toBe(2);
  });

  it('floor to one decimal [X]', () => {
    expect(roundedMean(29, 20, roundingPolicies.floorOneDecimal)).toBe(1.4);
    expect(roundedMean(2, 3, roundingPolicies.floorOneDecimal)).toBe(0.6);
  });

  it('exact keeps the mean', () => {
    expect(roundedMean(2, 3, roundingPolicies.exact)).toBe(2 / 3);
  });

  it('cites evidence only where there is some: Art. 15 [P], one system [X]; exact is a library option without a citation', () => {
    expect(roundingPolicies.art15.basis).toMatchObject({ source: 'Circular 01/2018/TT-VPCP', article: 'Art. 15', mark: 'P' });
    expect(roundingPolicies.floorOneDecimal.basis!.mark).toBe('X');
    expect(roundingPolicies.exact.basis).toBeUndefined();
    expect(roundingPolicies.exact.libraryOption).toBe(true);
    expect(roundingPolicies.art15.libraryOption).toBeUndefined();
  });

  it('sums rounded index scores on scaled integers (1.1 + 1.2 is 2.3, not 2.3000000000000003)', () => {
    expect(sumOfRoundedMeans([[11, 10], [12, 10]])).toBe(2.3);
    expect(sumOfRoundedMeans([[7, 4], [3, 2]])).toBe(3.3);
    // floor each, then add: 1.4 + 0.6 = 2.0, where rounding the exact sum would give 2.1
    expect(sumOfRoundedMeans([[29, 20], [2, 3]], roundingPolicies.floorOneDecimal)).toBe(2);
    expect(sumOfRoundedMeans([[1, 3], [1, 3]], roundingPolicies.exact)).toBeCloseTo(2 / 3, 12);
  });

  it('half-up is within 0.05 of the mean, floor within [mean − 0.1, mean] (properties)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), fc.double({ min: 0, max: 1, noNaN: true }), (count, f) => {
        const sum = Math.floor(f * 2 * count);
        const mean = sum / count;
        const half = roundedMean(sum, count, roundingPolicies.art15);
        const floor = roundedMean(sum, count, roundingPolicies.floorOneDecimal);
        expect(Math.abs(half - mean)).toBeLessThanOrEqual(0.05 + 1e-12);
        expect(floor).toBeLessThanOrEqual(mean + 1e-12);
        expect(mean - floor).toBeLessThan(0.1 + 1e-12);
        expect(Math.round(half * 10)).toBeCloseTo(half * 10, 9);
        expect(half).toBeLessThanOrEqual(2);
      }),
    );
  });
});
