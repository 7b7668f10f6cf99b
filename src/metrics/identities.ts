import { cite, type Citation } from '../citation/citation.js';
import { ReportIdentityError } from '../errors/report-identity-error.js';
import { formatTerms, sumTerms, type CountKey, type ReportCounts, type Term } from './counts.js';
import { FORM_II_06A, SPEC_METRICS } from './sources.js';

/** An identity a report must satisfy: the sum of `left` equals the sum of `right`. */
export interface Identity<K extends string = CountKey> {
  /** The identity's id, e.g. `'finished-split'`. */
  readonly id: string;
  /** The terms summed on the left. */
  readonly left: readonly Term<K>[];
  /** The terms summed on the right. */
  readonly right: readonly Term<K>[];
  /** Where the identity comes from. */
  readonly basis: Citation;
}

/** The outcome of checking one identity: both sides and the gap (left − right). */
export interface IdentityOutcome {
  /** The identity's id. */
  readonly id: string;
  /** `carriedOver + received = finished + inProgress + …` */
  readonly text: string;
  /** The left side's value. */
  readonly left: number;
  /** The right side's value. */
  readonly right: number;
  /** `left − right` (0 when it holds). */
  readonly gap: number;
  /** Whether both sides are equal. */
  readonly holds: boolean;
}

const basis = cite(SPEC_METRICS, `Periodic report (${FORM_II_06A})`, 'X', 'identities that must hold in every report');

/**
 * The identities every period report satisfies (II.06a): carried over + received = finished + in
 * progress + removed (refused at reception, finish kinds the definition leaves out); early + on time
 * + late = finished; within + overdue = in progress; plus the channel and due-based splits.
 *
 * @example
 * REPORT_IDENTITIES.map((i) => i.id) // ['intake', 'finished-split', 'in-progress-split', 'received-split', 'due-split']
 * REPORT_IDENTITIES[1].left // ['early', 'onTime', 'late']
 * evaluateIdentity(REPORT_IDENTITIES[2], (k) => ({ within: 4, overdue: 1, inProgress: 5 })[k])!.text // 'within + overdue = inProgress'
 */
export const REPORT_IDENTITIES: readonly Identity[] = Object.freeze([
  { id: 'intake', left: ['carriedOver', 'received'], right: ['finished', 'inProgress', 'refusedAtReception', 'notCounted'], basis },
  { id: 'finished-split', left: ['early', 'onTime', 'late'], right: ['finished'], basis },
  { id: 'in-progress-split', left: ['within', 'overdue'], right: ['inProgress'], basis },
  { id: 'received-split', left: ['receivedOnline', 'receivedInPerson', 'receivedPost'], right: ['received'], basis },
  { id: 'due-split', left: ['dueInPeriodMet', 'dueInPeriodMissed'], right: ['dueInPeriod'], basis },
].map((i) => Object.freeze({ ...i, left: Object.freeze(i.left), right: Object.freeze(i.right) })) as Identity[]);

/**
 * Evaluates an identity with `value` giving each term; `undefined` when a term is unknown.
 *
 * @example
 * evaluateIdentity(REPORT_IDENTITIES[1], (k) => ({ early: 3, onTime: 5, late: 1, finished: 10 })[k])
 * // { id: 'finished-split', text: 'early + onTime + late = finished', left: 9, right: 10, gap: -1, holds: false }
 */
export function evaluateIdentity<K extends string>(identity: Identity<K>, value: (key: K) => number | undefined): IdentityOutcome | undefined {
  const left = sumTerms(identity.left, value);
  const right = sumTerms(identity.right, value);
  if (left === undefined || right === undefined) return undefined;
  return {
    id: identity.id,
    text: `${formatTerms(identity.left)} = ${formatTerms(identity.right)}`,
    left, right, gap: left - right, holds: left === right,
  };
}

/**
 * Checks every report identity on `counts`; throws `ReportIdentityError` (code `REPORT_IDENTITY`)
 * naming the identity, both sides and `path` at the first that fails.
 *
 * @example
 * const counts = buildPeriodReport([], { from: '2025-07-01', to: '2025-09-30' }).total.counts; // every counter 0
 * assertReportIdentities(counts) // undefined — 0 = 0 everywhere
 * assertReportIdentities({ ...counts, received: 1, receivedOnline: 1, finished: 1, early: 1 }) // undefined
 * assertReportIdentities({ ...counts, received: 1, receivedOnline: 1, finished: 1 }, ['groups', 'UBND xã A'])
 * // throws REPORT_IDENTITY — finished-split: early + onTime + late = 0 ≠ finished = 1
 */
export function assertReportIdentities(counts: Readonly<ReportCounts>, path: readonly (string | number)[] = []): void {
  for (const identity of REPORT_IDENTITIES) {
    const outcome = evaluateIdentity(identity, (k) => counts[k])!;
    if (!outcome.holds) throw new ReportIdentityError(identity.id, outcome.left, outcome.right, path);
  }
}
