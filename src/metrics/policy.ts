import { cite, type Citation } from '../citation/citation.js';
import { deepFreeze } from '../internal/deep-freeze.js';
import type { FinishKind } from './record.js';
import { DECISION_766_2022, SPEC_DEADLINE, SPEC_LIFECYCLE, SPEC_METRICS } from './sources.js';

/** How finely two moments are compared: Vietnamese civil day, whole minute, or the exact millisecond. */
export type Granularity = 'day' | 'minute' | 'ms';

/**
 * How a dossier is judged early / on time / late (finished) or within / due soon / overdue (in
 * progress). The texts do not define the early/on-time boundary [U], so the granularities are
 * policy; so are the appointment used and the Decision 766 supplementation rule.
 */
export interface TimelinessPolicy {
  /** The policy's id, e.g. `'standard'` (a key of `timelinessPolicies` for presets). */
  readonly id: string;
  /** Finished before the appointment at this granularity → early (default `day`: a finish on the appointment day is on time). */
  readonly earlyGranularity: Granularity;
  /** Finished (or still open) after the appointment at this granularity → late / overdue (default `minute`). */
  readonly lateGranularity: Granularity;
  /** Which appointment: `original` (receipt slip, default) or `current` (after an extension). */
  readonly due: 'original' | 'current';
  /** `exclude`: the record's `pausedMs` moves the appointment (pause clock); `ignore`: it does not. */
  readonly pausedTime: 'exclude' | 'ignore';
  /** More supplementation requests than this make the dossier late / overdue (Decision 766: 1); `Infinity` = never. */
  readonly maxSupplementRequests: number;
  /**
   * A dossier waiting on a supplementation request (`pendingSupplementSince`, portal status 5):
   * `'in-progress'` — still open, judged within / overdue (default), and a dossier closed while
   * waiting (closed unsupplemented: `finishedAt` is the closing, `pendingSupplementSince` the
   * request) finished at its `finishedAt`; `'finished-at-request'` — finished at the request
   * moment, judged early / on time / late there, whether still waiting or closed unsupplemented
   * since, provided it has no more requests than `maxSupplementRequests` (Decision 766 indicator
   * 2.1, vendor formula document [X]).
   * The period report follows the same moment: such a dossier is finished in the period of its
   * request and not carried over into later ones.
   */
  readonly pendingSupplementRequest: 'in-progress' | 'finished-at-request';
  /** In progress with at most this many ms left before the appointment → due soon (sắp trễ) [X]; 0 = never. */
  readonly dueSoonMs: number;
  /**
   * Which moment finishes a decided dossier:
   * - `'first'` — the first finishing event, `finishedAt` (the decision, portal status 9, for a
   *   decided dossier): most publishers' "solved", and Decision 766's "first of decided, returned,
   *   stopped / refused / withdrawn" [X];
   * - `'result-returned'` — the hand-over of the result to the applicant, `returnedAt` (portal
   *   status 10; Vĩnh Phúc's "finished = result returned" [X]): a decided dossier is in progress
   *   (within / due soon / overdue against its appointment) until its result is returned, and
   *   never finished without `returnedAt`; a finish of kind `'returned'` without `returnedAt` was
   *   returned at `finishedAt`. A stop, a refusal after appraisal ("the refusal is the result",
   *   spec/lifecycle.md) and a withdrawal finish at their own moment, returned or not [U].
   *
   * The finish kind checked against `finishes` stays the record's `finishKind`.
   */
  readonly finish: 'first' | 'result-returned';
  /** Which finish kinds count as finished; the others are left out of the metrics (`excluded`). */
  readonly finishes: Readonly<Record<FinishKind, boolean>>;
  /** Where each choice comes from (the texts, a vendor formula, or the library's reading). */
  readonly basis: readonly Citation[];
}

const ALL_FINISHES = { decided: true, returned: true, stopped: true, refused: true, withdrawn: true } as const;
const GRANULARITY = cite(SPEC_METRICS, 'Per dossier', 'U', 'the early/on-time boundary is not defined in the texts: day granularity for early/on time, minute granularity for late, as a named policy');
const DUE_SOON = cite(SPEC_METRICS, 'Per dossier', 'X', 'portals show "sắp trễ" (due soon) within a threshold');

/**
 * The library's default reading: early/on time at **day** granularity, late at **minute**
 * granularity, against the original appointment, paused time excluded, finished at the first
 * finishing event (the decision for a decided dossier), every finish kind counted, due soon within
 * one day [X].
 *
 * @example
 * const r = { receivedAt: parseMoment('2025-09-01T08:00'), originalDueMs: parseMoment('2025-09-05T17:00'),
 *             finishedAt: parseMoment('2025-09-05T16:00'), finishKind: 'decided' as const, supplementRequests: 0,
 *             channel: 'online' as const, unit: 'UBND xã A' };
 * [standardTimeliness.earlyGranularity, standardTimeliness.lateGranularity, standardTimeliness.due] // ['day', 'minute', 'original']
 * classifyTimeliness(r, { asOf: '2025-09-30T17:00', policy: standardTimeliness }) // 'on-time' — the appointment day, before 17:00
 * classifyTimeliness({ ...r, finishedAt: parseMoment('2025-09-05T17:00:30') }, { asOf: '2025-09-30T17:00', policy: standardTimeliness }) // 'on-time' — same minute
 * classifyTimeliness({ ...r, finishedAt: undefined, finishKind: undefined }, { asOf: '2025-09-05T09:00' }) // 'due-soon' — within one day
 */
export const standardTimeliness: TimelinessPolicy = deepFreeze({
  id: 'standard',
  earlyGranularity: 'day',
  lateGranularity: 'minute',
  due: 'original',
  pausedTime: 'exclude',
  maxSupplementRequests: Infinity,
  pendingSupplementRequest: 'in-progress',
  dueSoonMs: 86_400_000,
  finish: 'first',
  finishes: ALL_FINISHES,
  basis: [
    GRANULARITY,
    cite(SPEC_METRICS, 'Per dossier', 'X', 'compare with the original appointment: an extension does not make a late dossier on time'),
    DUE_SOON,
  ],
});

/**
 * Decision 766 progress reading [X]: as `standard`, but judged against the **current** appointment
 * (the one synced to the system after an extension, `spec/deadline.md` "Late dossiers"), plus
 * more than one supplementation request → late (or overdue while open); a single pending request
 * → finished at the request moment; finish = first of decided, returned, stopped / refused /
 * withdrawn.
 *
 * @example
 * const r = { receivedAt: parseMoment('2025-09-01T08:00'), originalDueMs: parseMoment('2025-09-05T17:00'),
 *             finishedAt: parseMoment('2025-09-05T16:00'), finishKind: 'decided' as const, supplementRequests: 2,
 *             channel: 'online' as const, unit: 'UBND xã A' };
 * decision766Timeliness.maxSupplementRequests // 1
 * classifyTimeliness(r, { asOf: '2025-09-30T17:00', policy: decision766Timeliness }) // 'late' — 2 supplementation requests
 * classifyTimeliness(r, { asOf: '2025-09-30T17:00', policy: standardTimeliness }) // 'on-time'
 * const waiting = { ...r, finishedAt: undefined, finishKind: undefined, supplementRequests: 1, pendingSupplementSince: parseMoment('2025-09-03T10:00') };
 * classifyTimeliness(waiting, { asOf: '2025-09-30T17:00', policy: decision766Timeliness }) // 'early' — finished at the request, 3/9
 */
export const decision766Timeliness: TimelinessPolicy = deepFreeze({
  ...standardTimeliness,
  id: 'decision766',
  due: 'current',
  maxSupplementRequests: 1,
  pendingSupplementRequest: 'finished-at-request',
  finishes: ALL_FINISHES,
  basis: [
    cite(DECISION_766_2022, 'indicator 2.1', 'X', 'vendor formula document: > 1 supplementation request → late; supplementation time subtracted; finish = first of decided, returned, stopped/refused/withdrawn'),
    cite(DECISION_766_2022, 'indicator 2.1', 'X', 'vendor formula document: a single pending supplementation request → finished at the request moment (pendingSupplementRequest)'),
    cite(SPEC_DEADLINE, 'Late dossiers: apology and new appointment', 'X', 'the Decision 766 formula uses the synced appointment: the one the desk sets in the system after an extension (Decree 61/2018 Art. 19(9), Decree 118/2025 Art. 19(6))'),
    GRANULARITY,
    DUE_SOON,
  ],
});

/**
 * Finished = result returned (Vĩnh Phúc service centre, 2021 [X]; the `due-based` report
 * definition): as `standard`, but a decided dossier finishes when its result is handed to the
 * applicant (`returnedAt`, portal status 10) — decided on time and returned after the appointment
 * is late; decided and not yet returned is in progress (within / overdue). A stop, a refusal after
 * appraisal (the refusal is the result) and a withdrawal finish at their own moment [U].
 *
 * @example
 * const r = { receivedAt: parseMoment('2025-09-01T08:00'), originalDueMs: parseMoment('2025-09-05T17:00'),
 *             finishedAt: parseMoment('2025-09-05T16:00'), finishKind: 'decided' as const, supplementRequests: 0,
 *             channel: 'online' as const, unit: 'UBND xã A' };
 * resultReturnedTimeliness.finish // 'result-returned'
 * classifyTimeliness({ ...r, returnedAt: parseMoment('2025-09-08T09:00') }, { asOf: '2025-09-30T17:00', policy: resultReturnedTimeliness }) // 'late' — returned after the appointment
 * classifyTimeliness({ ...r, returnedAt: parseMoment('2025-09-08T09:00') }, { asOf: '2025-09-30T17:00', policy: standardTimeliness }) // 'on-time' — the decision
 * classifyTimeliness(r, { asOf: '2025-09-30T17:00', policy: resultReturnedTimeliness }) // 'overdue' — decided, never returned
 * classifyTimeliness({ ...r, finishKind: 'refused' as const }, { asOf: '2025-09-30T17:00', policy: resultReturnedTimeliness }) // 'on-time' — the refusal is the result
 */
export const resultReturnedTimeliness: TimelinessPolicy = deepFreeze({
  ...standardTimeliness,
  id: 'result-returned',
  finish: 'result-returned',
  basis: [
    cite(SPEC_METRICS, 'Definitions differ between publishers', 'X', 'Vĩnh Phúc service centre (2021): "finished" = result returned'),
    cite(SPEC_LIFECYCLE, 'Events', 'U', 'a decided dossier finishes at the return of its result (status 10), and is in progress until then; a stop, a refusal after appraisal ("the refusal is the result") and a withdrawal finish at their own moment; a "returned" finish without returnedAt was returned at finishedAt'),
    ...standardTimeliness.basis,
  ],
});

/**
 * Reproduces a defect seen in one real system [X]: "on time" tested with datetime **equality**, so
 * almost nothing is on time (early at millisecond granularity). For reproducing old numbers only.
 *
 * @example
 * const r = { receivedAt: parseMoment('2025-09-01T08:00'), originalDueMs: parseMoment('2025-09-05T17:00'),
 *             finishedAt: parseMoment('2025-09-05T16:00'), finishKind: 'decided' as const, supplementRequests: 0,
 *             channel: 'online' as const, unit: 'UBND xã A' };
 * classifyTimeliness(r, { asOf: '2025-09-30T17:00', policy: exactEqualityTimeliness }) // 'early' — 'on-time' under standardTimeliness
 * classifyTimeliness({ ...r, finishedAt: parseMoment('2025-09-05T17:00:30') }, { asOf: '2025-09-30T17:00', policy: exactEqualityTimeliness }) // 'late'
 */
export const exactEqualityTimeliness: TimelinessPolicy = deepFreeze({
  ...standardTimeliness,
  id: 'exact-equality',
  earlyGranularity: 'ms',
  lateGranularity: 'ms',
  basis: [cite(SPEC_METRICS, 'Per dossier', 'X', 'one system tests on time with datetime equality — a defect, reproduced on request only')],
});

/**
 * The timeliness policies by id.
 *
 * @example
 * Object.keys(timelinessPolicies) // ['standard', 'decision766', 'result-returned', 'exact-equality']
 * timelinessPolicies.decision766 === decision766Timeliness // true
 */
export const timelinessPolicies: Readonly<Record<string, TimelinessPolicy>> = Object.freeze({
  standard: standardTimeliness,
  decision766: decision766Timeliness,
  'result-returned': resultReturnedTimeliness,
  'exact-equality': exactEqualityTimeliness,
});
