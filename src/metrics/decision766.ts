import * as z from 'zod/mini';
import { cite, type Citation } from '../citation/citation.js';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { typeName } from '../errors/type-name.js';
import { UnknownIndexError } from '../errors/unknown-index-error.js';
import { validate } from '../errors/validate.js';
import { deepFreeze } from '../internal/deep-freeze.js';
import { formatTerms, sumTerms, type Term } from './counts.js';
import type { ReportRow } from './accumulator.js';
import { DECISION_766_2022, DECREE_118_2025 } from './sources.js';

/** One of the five index groups of Decision 766/QĐ-TTg (100 points). */
export interface Decision766Group {
  /** The group's number, 1–5. */
  readonly group: 1 | 2 | 3 | 4 | 5;
  /** A stable id, e.g. `'satisfaction'`. */
  readonly id: string;
  /** The group's Vietnamese name, with an English gloss. */
  readonly name: string;
  /** The group's points out of 100 (18 / 20 / 22 / 22 / 18). */
  readonly points: number;
  /** Decision 766/QĐ-TTg [S] and Decree 118/2025 Art. 32(1) [P]. */
  readonly basis: readonly Citation[];
}

const groupBasis = [
  cite(DECISION_766_2022, 'index set, 100 points', 'S'),
  cite(DECREE_118_2025, 'Art. 32(1)', 'P', 'gives the five groups legal force for evaluating agencies'),
];

/**
 * The five groups and their points (18 / 20 / 22 / 22 / 18).
 *
 * @example
 * DECISION_766_GROUPS.map((g) => g.id) // ['transparency', 'progress', 'online', 'digitisation', 'satisfaction']
 * DECISION_766_GROUPS.reduce((sum, g) => sum + g.points, 0) // 100
 */
export const DECISION_766_GROUPS: readonly Decision766Group[] = deepFreeze([
  { group: 1, id: 'transparency', name: 'Công khai, minh bạch (transparency)', points: 18, basis: groupBasis },
  { group: 2, id: 'progress', name: 'Tiến độ, kết quả giải quyết (progress and results)', points: 20, basis: groupBasis },
  { group: 3, id: 'online', name: 'Cung cấp dịch vụ trực tuyến (online services)', points: 22, basis: groupBasis },
  { group: 4, id: 'digitisation', name: 'Số hóa hồ sơ (digitisation)', points: 22, basis: groupBasis },
  { group: 5, id: 'satisfaction', name: 'Mức độ hài lòng (satisfaction)', points: 18, basis: groupBasis },
] as Decision766Group[]);

/**
 * An indicator formula as data: rate = Σ numerator ÷ Σ denominator over counts the host supplies;
 * points = maxPoints × min(1, rate ÷ threshold) (full points from the threshold, proportional below),
 * or maxPoints × rate without a threshold. `maxPoints` is absent where no source gives it: the host
 * passes it, or only the rate is computed.
 */
export interface Decision766Indicator {
  /** The indicator's number, e.g. `'3.2'`. */
  readonly id: string;
  /** The group it belongs to, 1–5. */
  readonly group: 1 | 2 | 3 | 4 | 5;
  /** The indicator's display name, e.g. `'Dossiers filed online (hồ sơ trực tuyến)'`. */
  readonly name: string;
  /** Names of the counts summed into the numerator (the host supplies them). */
  readonly numerator: readonly Term<string>[];
  /** Names of the counts summed into the denominator. */
  readonly denominator: readonly Term<string>[];
  /** The rate from which full points are given (0.8 = 80%); absent: points proportional to the rate. */
  readonly threshold?: number;
  /** The indicator's points, where a source gives them; absent otherwise. */
  readonly maxPoints?: number;
  /** Rates above 1 are capped (not for presets that reproduce a peer's uncapped arithmetic). */
  readonly cap: boolean;
  /**
   * The numerator counts a part of what the denominator counts (online dossiers of all dossiers),
   * so counts with the numerator above the denominator are refused (`InvalidInputError`) rather
   * than scored; absent where the numerator may count what the denominator does not (Thanh Hóa's
   * carried-over dossiers).
   */
  readonly partOfWhole?: boolean;
  /** Where the formula comes from (a vendor's formula document, a provincial system's code [X]). */
  readonly basis: readonly Citation[];
}

const vendor = (note: string): Citation => cite('vendor formula document', `${DECISION_766_2022} indicators`, 'X', note);

/**
 * The indicator formulas of the spec [X: a vendor's formula document and a provincial system's code].
 * Each is a share of a whole — procedures offered online of all procedures, dossiers filed online
 * of all dossiers, … [X, the same document] — so each is `partOfWhole`: a numerator above its
 * denominator is bad input, as `decision766Satisfaction` refuses more late dossiers than dossiers.
 * Rates only: indicator 2.2, the average handling time per procedure [X], is a measure (handling
 * times summed ÷ finished dossiers, in the procedure's unit) for which no source gives points, so
 * it is not in this list — `buildHandlingTimeReport` (or `createHandlingTimeAccumulator`) computes it.
 *
 * @example
 * DECISION_766_INDICATORS.map((i) => i.id) // ['2.1', '3.1', '3.2', '3.3', '3.4', '4.1', '4.2', '4.3']
 * DECISION_766_INDICATORS.find((i) => i.id === '3.1')!.threshold // 0.8 — full points at 80%
 * buildHandlingTimeReport([], { from: '2026-03-01', to: '2026-03-31' }).definition.id // 'decision766-2.2' — indicator 2.2, a measure
 */
export const DECISION_766_INDICATORS: readonly Decision766Indicator[] = deepFreeze([
  {
    id: '2.1', group: 2, name: 'On-time handling (tỷ lệ giải quyết đúng hạn)', cap: true, partOfWhole: true,
    numerator: ['finishedOnTimeOrEarly', 'withinInProgress'], denominator: ['handled'],
    basis: [vendor('(finished on time or early + in progress within the limit) ÷ dossiers received or handled in the period; > 1 supplementation request = late')],
  },
  {
    id: '3.1', group: 3, name: 'Procedures offered online (thủ tục cung cấp trực tuyến)', cap: true, partOfWhole: true, threshold: 0.8,
    numerator: ['proceduresOnline'], denominator: ['procedures'], basis: [vendor('full points at 80%, otherwise rate × max ÷ 80%')],
  },
  {
    id: '3.2', group: 3, name: 'Dossiers filed online (hồ sơ trực tuyến)', cap: true, partOfWhole: true, threshold: 0.5,
    numerator: ['onlineDossiers'], denominator: ['dossiers'], basis: [vendor('full points at 50%')],
  },
  {
    id: '3.3', group: 3, name: 'Procedures with online payment (thủ tục thanh toán trực tuyến)', cap: true, partOfWhole: true, threshold: 0.8,
    numerator: ['proceduresWithOnlinePayment'], denominator: ['proceduresWithFees'], basis: [vendor('full points at 80%')],
  },
  {
    id: '3.4', group: 3, name: 'Payments made online (giao dịch thanh toán trực tuyến)', cap: true, partOfWhole: true, threshold: 0.3,
    numerator: ['onlinePayments'], denominator: ['payments'], basis: [vendor('full points at 30%')],
  },
  {
    id: '4.1', group: 4, name: 'Electronic results (kết quả điện tử)', cap: true, partOfWhole: true,
    numerator: ['electronicResults'], denominator: ['finished'], basis: [vendor('share of results issued electronically; threshold not given [U]')],
  },
  {
    id: '4.2', group: 4, name: 'Digitised dossiers (số hóa hồ sơ)', cap: true, partOfWhole: true, threshold: 0.8,
    numerator: ['digitisedDossiers'], denominator: ['dossiers'], basis: [vendor('full points at 80%')],
  },
  {
    id: '4.3', group: 4, name: 'Re-use of digitised data (tái sử dụng dữ liệu số hóa)', cap: true, partOfWhole: true, threshold: 0.8,
    numerator: ['reusedDossiers'], denominator: ['dossiers'], basis: [vendor('full points at 80%')],
  },
] as Decision766Indicator[]);

/**
 * The Thanh Hóa-style progress formula [X, a provincial system's code]: (in progress on time +
 * finished on time / early / returned) ÷ received in the period × 20. The numerator may include
 * carried-over dossiers, so the rate is not capped (reproduces the peer's numbers).
 *
 * @example
 * const score = decision766Indicator(thanhHoaProgress, { finishedOnTimeOrEarly: 90, withinInProgress: 15, receivedInPeriod: 100 });
 * score.rate // 1.05 — carried-over dossiers in the numerator, not capped
 * score.points // 21 — above the 20 points, as the provincial system computes
 */
export const thanhHoaProgress: Decision766Indicator = deepFreeze({
  id: '2.1-thanh-hoa', group: 2, name: 'Progress, Thanh Hóa provincial formula', cap: false, maxPoints: 20,
  numerator: ['finishedOnTimeOrEarly', 'withinInProgress'], denominator: ['receivedInPeriod'],
  basis: [cite('Thanh Hóa provincial one-stop system', 'Decision 766 progress', 'X', 'progress points = (in progress on time + finished on time/early/returned) ÷ received in period × 20')],
} as Decision766Indicator);

/** An indicator's value: the rate with its parts, points when the maximum is known; always a local estimate. */
export interface Decision766Score {
  /** The indicator's id. */
  readonly id: string;
  /** The indicator's group, 1–5. */
  readonly group: number;
  /** The numerator's value (sum of its counts). */
  readonly numerator: number;
  /** The denominator's value. */
  readonly denominator: number;
  /** `numerator ÷ denominator` (capped at 1 when the indicator caps it); `null` when the denominator is 0. */
  readonly rate: number | null;
  /** The points; absent when the maximum is unknown or the rate is `null`. */
  readonly points?: number;
  /** The maximum used (the option, else the indicator's); absent when neither gives one. */
  readonly maxPoints?: number;
  /** The national dashboard computes its own: these are local estimates. */
  readonly estimate: true;
  /** The indicator's citations. */
  readonly basis: readonly Citation[];
}

/** Options of `decision766Indicator`: unknown fields are refused by name (a misspelt `maxPoint` must not drop the points). */
const optionsSchema = z.strictObject({ maxPoints: z.optional(z.number().check(z.positive())) });

/**
 * Computes a Decision 766 indicator from counts the host supplies (named as in the indicator's
 * formula). `maxPoints` overrides or supplies the indicator's points. Labelled a local estimate.
 * `InvalidInputError` for counts that are not an object of non-negative integers, for a
 * `partOfWhole` indicator's numerator above its denominator (a part cannot exceed its whole), and
 * for an unknown option or a `maxPoints` that is not a positive finite number.
 *
 * @example
 * const { basis, ...score } = decision766Indicator('3.2', { onlineDossiers: 30, dossiers: 100 }, { maxPoints: 6 });
 * score // { id: '3.2', group: 3, numerator: 30, denominator: 100, rate: 0.3, points: 3.6, maxPoints: 6, estimate: true } — 6 × 0.3 ÷ 50%
 * basis[0].note // 'full points at 50%'
 * decision766Indicator('3.2', { onlineDossiers: 60, dossiers: 100 }, { maxPoints: 6 }).points // 6 — full points from 50%
 * decision766Indicator('4.1', { electronicResults: 9, finished: 10 }).points // undefined — no source gives 4.1's points
 * decision766Indicator('3.2', { onlineDossiers: 150, dossiers: 100 }) // throws INVALID_INPUT — more online dossiers than dossiers
 * decision766Indicator('3.2', { onlineDossiers: 30, dossiers: 100 }, { maxPoint: 6 }) // throws INVALID_INPUT — unknown field "maxPoint" (did you mean maxPoints?)
 */
export function decision766Indicator(
  indicator: string | Decision766Indicator,
  counts: Readonly<Record<string, number>>,
  options: { readonly maxPoints?: number } = {},
): Decision766Score {
  const spec = typeof indicator === 'string' ? DECISION_766_INDICATORS.find((i) => i.id === indicator) ?? (indicator === thanhHoaProgress.id ? thanhHoaProgress : undefined) : indicator;
  if (!spec) throw new UnknownIndexError(String(indicator), 'Decision 766 indicators', [...DECISION_766_INDICATORS.map((i) => i.id), thanhHoaProgress.id]);
  const what = `Decision 766 indicator ${spec.id} counts`;
  if (typeof counts !== 'object' || counts === null || Array.isArray(counts)) throw new InvalidInputError(what, [{ path: [], message: `expected an object of counts, got ${typeName(counts)}` }]);
  const read = (key: string): number => {
    const v = Object.hasOwn(counts, key) ? counts[key] : undefined;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw new InvalidInputError(what, [{ path: [key], message: 'required: a non-negative integer' }]);
    return v;
  };
  const numerator = sumTerms(spec.numerator, read)!;
  const denominator = sumTerms(spec.denominator, read)!;
  if (spec.partOfWhole === true && numerator > denominator) {
    throw new InvalidInputError(what, [{ path: [], message: `${formatTerms(spec.numerator)} (${numerator}) cannot exceed ${formatTerms(spec.denominator)} (${denominator}): a part cannot exceed its whole` }]);
  }
  const maxPoints = validate(optionsSchema, options, 'Decision 766 indicator options').maxPoints ?? spec.maxPoints;
  if (maxPoints !== undefined && !(maxPoints > 0)) throw new InvalidInputError('Decision 766 indicator options', [{ path: ['maxPoints'], message: 'must be positive' }]);
  const raw = denominator === 0 ? null : numerator / denominator;
  const rate = raw === null ? null : spec.cap ? Math.min(1, raw) : raw;
  let points: number | undefined;
  if (maxPoints !== undefined && rate !== null) {
    // Multiply before dividing, so that 6 × 30 / (100 × 0.5) is exactly 3.6 rather than 6 × 0.6 / 0.5.
    if (spec.threshold !== undefined) points = rate >= spec.threshold ? maxPoints : (maxPoints * numerator) / (denominator * spec.threshold);
    else points = rate === raw ? (maxPoints * numerator) / denominator : maxPoints * rate;
  }
  return Object.freeze({
    id: spec.id, group: spec.group, numerator, denominator, rate,
    ...(points === undefined ? {} : { points }),
    ...(maxPoints === undefined ? {} : { maxPoints }),
    estimate: true as const, basis: spec.basis,
  });
}

/**
 * The counts a period-report row gives to the Decision 766 formulas: `finishedOnTimeOrEarly`,
 * `withinInProgress`, `handled`, `receivedInPeriod`, `onlineDossiers`, `dossiers`, `finished`.
 * Use a report built with the `decision766-progress` definition (> 1 request = late).
 *
 * @example
 * const rec = (received: string, due: string, finished?: string) => ({
 *   unit: 'UBND xã A', channel: 'online' as const, supplementRequests: 0,
 *   receivedAt: parseMoment(received), originalDueMs: parseMoment(due),
 *   ...(finished && { finishedAt: parseMoment(finished), finishKind: 'decided' as const }),
 * });
 * const report = buildPeriodReport([
 *   rec('2025-09-01T08:00', '2025-09-05T17:00', '2025-09-04T10:00'),                              // early
 *   { ...rec('2025-09-01T08:00', '2025-09-12T17:00', '2025-09-10T10:00'), supplementRequests: 2 }, // > 1 request: late
 *   { ...rec('2025-09-22T08:00', '2025-10-03T17:00'), channel: 'in-person' as const },            // within the limit on 30/9
 *   rec('2025-09-22T08:00', '2025-10-03T17:00', '2025-09-29T10:00'),                              // early
 * ], { from: '2025-07-01', to: '2025-09-30', definition: 'decision766-progress' });
 * decision766CountsFromReport(report.total)
 * // { finishedOnTimeOrEarly: 2, withinInProgress: 1, handled: 4, receivedInPeriod: 4, onlineDossiers: 3, dossiers: 4, finished: 3 }
 * decision766Indicator('2.1', decision766CountsFromReport(report.total), { maxPoints: 20 }).points // 15 — (2 + 1) ÷ 4 × 20
 */
export function decision766CountsFromReport(row: ReportRow): Readonly<Record<string, number>> {
  const c = row.counts;
  return Object.freeze({
    finishedOnTimeOrEarly: c.early + c.onTime,
    withinInProgress: c.within,
    handled: c.finished + c.inProgress,
    receivedInPeriod: c.received - c.refusedAtReception,
    onlineDossiers: c.receivedOnline,
    dossiers: c.received,
    finished: c.finished,
  });
}
