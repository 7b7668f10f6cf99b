import * as z from 'zod/mini';
import { validate } from '../errors/validate.js';
import { cite } from '../citation/citation.js';
import { DECISION_766_2022 } from './sources.js';
import type { Citation } from '../citation/citation.js';

/** Counts feeding the Decision 766 satisfaction indicator, for one unit and period. */
export interface Decision766SatisfactionInput {
  /** Dossiers handled in the period (the denominator). */
  readonly dossiers: number;
  /** Of those, dossiers finished late (or overdue, per the metrics definition in use). */
  readonly late: number;
  /** Of those, dossiers with a complaint or petition, or rated "Không hài lòng" (each counted once). */
  readonly complainedOrNotSatisfied: number;
  /** Points of the indicator (default 6 [S]). */
  readonly maxPoints?: number;
  /** What a period without dossiers scores (the formula divides by zero [U]); default `'full-points'`. */
  readonly noDossiers?: NoDossiersReading;
}

/**
 * The reading of a period with no dossiers, where the formula divides by zero [U]:
 * - `'full-points'` (default): nothing was late and nothing complained about — rate 1, full points;
 * - `'no-score'`: no data, no score — rate and points `null` (as Circular 01/2018 Art. 15 leaves an
 *   index without data out of a total);
 * - `'zero'`: nothing handled, nothing earned — rate 0, 0 points.
 */
export type NoDossiersReading = 'full-points' | 'no-score' | 'zero';

/**
 * The default reading of a period without dossiers: full points [U] (Decision 766/QĐ-TTg's
 * formula divides by zero; no source says).
 * @example
 * DEFAULT_NO_DOSSIERS_READING // 'full-points'
 * const { rate, points, noDossiers } = decision766Satisfaction({ dossiers: 0, late: 0, complainedOrNotSatisfied: 0 });
 * [rate, points, noDossiers] // [1, 6, 'full-points']
 */
export const DEFAULT_NO_DOSSIERS_READING: NoDossiersReading = 'full-points';

/**
 * The citation of each reading of a period without dossiers (all [U]: no source says).
 * @example
 * Object.keys(noDossiersReadings) // ['full-points', 'no-score', 'zero']
 * noDossiersReadings['no-score'].mark // 'U'
 * decision766Satisfaction({ dossiers: 0, late: 0, complainedOrNotSatisfied: 0, noDossiers: 'zero' }).basis.at(-1) === noDossiersReadings.zero // true
 */
export const noDossiersReadings: Readonly<Record<NoDossiersReading, Citation>> = Object.freeze({
  'full-points': cite(DECISION_766_2022, 'satisfaction indicator, 0 dossiers', 'U', 'no dossiers: nothing late or complained about — rate 100%, full points (library default)'),
  'no-score': cite(DECISION_766_2022, 'satisfaction indicator, 0 dossiers', 'U', 'no dossiers: no data, no score (rate and points null)'),
  zero: cite(DECISION_766_2022, 'satisfaction indicator, 0 dossiers', 'U', 'no dossiers: nothing handled — rate 0, no points'),
});

/** The indicator's value with its formula's evidence. */
export interface Decision766Satisfaction {
  /**
   * 1 − (late + complained or not satisfied) ÷ dossiers, floored at 0. With no dossiers it follows
   * the `noDossiers` reading [U]: 1 (`'full-points'`, default), `null` (`'no-score'`) or 0 (`'zero'`).
   */
  readonly rate: number | null;
  /** Full points at a rate ≥ 90%, otherwise rate × max ÷ 90% (`null` under `'no-score'` with no dossiers). */
  readonly points: number | null;
  /** The indicator's points: the input's `maxPoints`, default 6 [S]. */
  readonly maxPoints: number;
  /** The vendor formula is practice, not law: outputs are local estimates (the national dashboard computes its own). */
  readonly estimate: true;
  /** With no dossiers: the reading applied (its [U] citation is in `basis`). */
  readonly noDossiers?: NoDossiersReading;
  /** Decision 766/QĐ-TTg [S], the vendor formula [X], and the no-dossiers reading [U] when one was applied. */
  readonly basis: readonly Citation[];
}

const count = () => z.int().check(z.nonnegative());
const inputSchema = z
  .strictObject({
    dossiers: count(),
    late: count(),
    complainedOrNotSatisfied: count(),
    maxPoints: z.optional(z.number().check(z.positive())),
    noDossiers: z.optional(z.enum(['full-points', 'no-score', 'zero'])),
  })
  .check(
    z.refine((v) => v.late <= v.dossiers, { message: 'cannot exceed dossiers', path: ['late'] }),
    z.refine((v) => v.complainedOrNotSatisfied <= v.dossiers, { message: 'cannot exceed dossiers', path: ['complainedOrNotSatisfied'] }),
  );

/**
 * The indicator's threshold: full points from 90%, otherwise rate × max ÷ 90% (Decision 766/QĐ-TTg
 * satisfaction indicator; the formula [X, a vendor's formula document]).
 * @example
 * DECISION_766_SATISFACTION_THRESHOLD // 0.9
 * decision766Satisfaction({ dossiers: 100, late: 6, complainedOrNotSatisfied: 4 }).points // 6 — a rate of exactly 90%: full points
 * decision766Satisfaction({ dossiers: 100, late: 15, complainedOrNotSatisfied: 5 }).points // 5.333333333333334 (80% × 6 ÷ 90%)
 */
export const DECISION_766_SATISFACTION_THRESHOLD = 0.9;

const basis: readonly Citation[] = Object.freeze([
  cite(DECISION_766_2022, 'group 5 (satisfaction), 18 points; indicator "satisfaction with TTHC handling" 6 points', 'S'),
  cite('vendor formula document', 'Decision 766 satisfaction indicator', 'X', '100% − (late share + share with complaints or "not satisfied"); full points at ≥ 90%, otherwise rate × max ÷ 90%'),
]);

/**
 * The Decision 766 indicator "satisfaction with the handling of procedures": rate = 100% −
 * (share of late dossiers + share of dossiers with a complaint/petition or a "Không hài lòng"
 * rating); full points at ≥ 90%, otherwise rate × max ÷ 90%. A dossier both late and complained
 * about counts in both shares, as the formula is written; a rate below 0 is floored at 0. A
 * period without dossiers is scored by the named reading `noDossiers` (default `'full-points'`;
 * `'no-score'`, `'zero'`) — the formula divides by zero and no source says [U]. Inputs are
 * validated (`InvalidInputError` naming the field).
 *
 * Basis: Decision 766/QĐ-TTg, group 5 and the 6-point indicator [S]; the formula [X, a vendor's
 * formula document] — results are local estimates.
 *
 * @example
 * const { basis, ...result } = decision766Satisfaction({ dossiers: 200, late: 10, complainedOrNotSatisfied: 6 });
 * result // { rate: 0.92, points: 6, maxPoints: 6, estimate: true } — 100% − (5% + 3%) ≥ 90%: full points
 * basis.map((c) => c.mark) // ['S', 'X']
 * decision766Satisfaction({ dossiers: 100, late: 15, complainedOrNotSatisfied: 5 }).points // 5.333333333333334 (80% × 6 ÷ 90%)
 * decision766Satisfaction({ dossiers: 0, late: 0, complainedOrNotSatisfied: 0, noDossiers: 'no-score' }).points // null
 */
export function decision766Satisfaction(input: Decision766SatisfactionInput): Decision766Satisfaction {
  const v = validate(inputSchema, input, 'Decision 766 satisfaction input');
  const maxPoints = v.maxPoints ?? 6;
  if (v.dossiers === 0) {
    const reading = v.noDossiers ?? DEFAULT_NO_DOSSIERS_READING;
    const rate = reading === 'full-points' ? 1 : reading === 'zero' ? 0 : null;
    const points = reading === 'full-points' ? maxPoints : reading === 'zero' ? 0 : null;
    return Object.freeze({ rate, points, maxPoints, estimate: true, noDossiers: reading, basis: Object.freeze([...basis, noDossiersReadings[reading]]) });
  }
  const good = Math.max(0, v.dossiers - v.late - v.complainedOrNotSatisfied);
  const rate = good / v.dossiers;
  // Compared on integers (good / dossiers ≥ 9 / 10) so that no rounding moves the threshold.
  const full = good * 10 >= v.dossiers * 9;
  const points = full ? maxPoints : (rate * maxPoints) / DECISION_766_SATISFACTION_THRESHOLD;
  return Object.freeze({ rate, points, maxPoints, estimate: true, basis });
}
