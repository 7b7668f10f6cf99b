import { cite } from '../citation/citation.js';
import { CIRCULAR_01_2018 } from './sources.js';
import type { Citation } from '../citation/citation.js';

/**
 * How an index's average (sum of points ÷ number of dossiers) is rounded before the index scores
 * are added up: `half-up` or `floor` to `decimals` places, or `exact` (no rounding).
 *
 * A policy either rests on evidence (`basis`: the text or the practice it reproduces, with its
 * mark) or is a library option (`libraryOption: true`, no `basis`): a convenience the library
 * offers, which no source prescribes and which is not evidence of anything.
 */
export interface RoundingPolicy {
  /** A stable id, e.g. `'art15-half-up-1'`. */
  readonly id: string;
  /** `half-up` (ordinary rounding, halves up), `floor` (rounded down) to `decimals` places, or `exact` (no rounding). */
  readonly mode: 'half-up' | 'floor' | 'exact';
  /** Decimal places kept (ignored by `exact`). */
  readonly decimals: number;
  /** The source the rounding reproduces; absent for a library option. */
  readonly basis?: Citation;
  /** `true` for a rounding the library offers on its own account (no source; not evidence). */
  readonly libraryOption?: true;
}

/**
 * Art. 15: "rounded to one decimal place" (làm tròn đến một chữ số thập phân), read as ordinary
 * rounding, halves up. Basis: Circular 01/2018/TT-VPCP Art. 15 [P] (one decimal place).
 */
const art15: RoundingPolicy = Object.freeze({
  id: 'art15-half-up-1',
  mode: 'half-up',
  decimals: 1,
  basis: cite(CIRCULAR_01_2018, 'Art. 15', 'P', 'one decimal; halves rounded up as ordinary arithmetic'),
});

/** One real system floors each index average to one decimal before summing [X]. */
const floorOneDecimal: RoundingPolicy = Object.freeze({
  id: 'floor-1',
  mode: 'floor',
  decimals: 1,
  basis: cite('provincial one-stop system', 'index averages', 'X', 'each index average floored to one decimal before summing'),
});

/**
 * No rounding: the exact average (useful for research and for checking others' tables). A library
 * option, not what Art. 15 prescribes: it cites no source, since no text or system is evidence for it.
 */
const exact: RoundingPolicy = Object.freeze({
  id: 'exact',
  mode: 'exact',
  decimals: 0,
  libraryOption: true,
});

/**
 * Rounding policies: `art15` (default; Circular 01/2018 Art. 15 [P]), `floorOneDecimal` (one real
 * system [X]), `exact` (a library option, no source).
 *
 * @example
 * roundedMean(29, 20, roundingPolicies.art15) // 1.5 (1.45 rounded half up)
 * roundedMean(29, 20, roundingPolicies.floorOneDecimal) // 1.4
 */
export const roundingPolicies = Object.freeze({ art15, floorOneDecimal, exact });

/**
 * The scaled integer of a rounded mean: `round(sum / count × 10^decimals)` by the policy's mode,
 * computed on integers so that no floating-point error can move a boundary (1.45 stays 1.45).
 * Returns `NaN` for `exact` (use `sum / count`). `sum` and `count` must be non-negative integers.
 */
export function scaledRoundedMean(sum: number, count: number, policy: RoundingPolicy): number {
  const scale = 10 ** policy.decimals;
  if (policy.mode === 'half-up') return Math.floor((2 * sum * scale + count) / (2 * count));
  if (policy.mode === 'floor') return Math.floor((sum * scale) / count);
  return Number.NaN;
}

/**
 * An index score: the sum of points over the dossiers ÷ their number, rounded by the policy.
 * Integer arithmetic: exact for any realistic sums. `count` must be positive.
 *
 * Basis: Circular 01/2018/TT-VPCP Art. 15 [P] (one decimal); floor variant [X].
 *
 * @example
 * roundedMean(7, 4, roundingPolicies.art15) // 1.8 (1.75 → 1.8)
 */
export function roundedMean(sum: number, count: number, policy: RoundingPolicy = art15): number {
  if (policy.mode === 'exact') return sum / count;
  return scaledRoundedMean(sum, count, policy) / 10 ** policy.decimals;
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a < 0n ? -a : a;
}

/**
 * The exact sum of fractions `sum / count`, added as a reduced fraction (BigInt) and divided once:
 * a total that is exactly a band boundary (nine averages of 5/3 make 15) is exactly that number,
 * never 14.999999999999998 (the regression of `spec/satisfaction.md`: a total of exactly 15 must
 * not fall below "≥ 15").
 */
function exactSum(parts: readonly (readonly [sum: number, count: number])[]): number {
  let num = 0n;
  let den = 1n;
  for (const [sum, count] of parts) {
    num = num * BigInt(count) + BigInt(sum) * den;
    den *= BigInt(count);
    const g = gcd(num, den);
    if (g > 1n) [num, den] = [num / g, den / g];
  }
  return Number(num) / Number(den);
}

/**
 * Total of several index scores (each `sum / count`), each rounded first as Art. 15 requires,
 * added as scaled integers so that e.g. 1.1 + 1.2 is exactly 2.3. Under `exact` the averages are
 * added as fractions, so a total on a band boundary is exactly on it.
 *
 * @example
 * sumOfRoundedMeans([[7, 4], [3, 2]], roundingPolicies.art15) // 3.3 (1.8 + 1.5)
 * sumOfRoundedMeans(Array.from({ length: 9 }, () => [5, 3]), roundingPolicies.exact) // 15 — not 14.999999999999998
 */
export function sumOfRoundedMeans(parts: readonly (readonly [sum: number, count: number])[], policy: RoundingPolicy = art15): number {
  if (policy.mode === 'exact') return exactSum(parts);
  let scaled = 0;
  for (const [sum, count] of parts) scaled += scaledRoundedMean(sum, count, policy);
  return scaled / 10 ** policy.decimals;
}
