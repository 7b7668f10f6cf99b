import { InvalidDossierRecordError } from '../errors/invalid-dossier-record-error.js';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { typeName } from '../errors/type-name.js';
import { checkOptionFields } from '../errors/unknown-field.js';
import { parseAsOf, type MomentInput } from '../time/parse.js';
import { isTimelinessPolicy } from './options.js';
import { standardTimeliness, type Granularity, type TimelinessPolicy } from './policy.js';
import type { DossierRecord } from './record.js';

/**
 * Finished before the appointment (trước hạn): under `standardTimeliness`, on a day before the
 * appointment day.
 * @example
 * const r = dossierRecordFromRow({ unit: 'UBND xã A', channel: 'online', received: '2025-09-01T08:00', appointment: '2025-09-05T17:00' });
 * timelinessCode({ ...r, finishedAt: parseMoment('2025-09-04T10:00'), finishKind: 'decided' as const }, parseMoment('2025-09-30T17:00'), standardTimeliness) === EARLY // true
 * TIMELINESS_LABELS[EARLY] // 'early'
 */
export const EARLY = 0;
/**
 * Finished on the appointment day, not after the appointment moment (đúng hạn).
 * @example
 * const r = dossierRecordFromRow({ unit: 'UBND xã A', channel: 'online', received: '2025-09-01T08:00', appointment: '2025-09-05T17:00' });
 * timelinessCode({ ...r, finishedAt: parseMoment('2025-09-05T16:00'), finishKind: 'decided' as const }, parseMoment('2025-09-30T17:00'), standardTimeliness) === ON_TIME // true
 * TIMELINESS_LABELS[ON_TIME] // 'on-time'
 */
export const ON_TIME = 1;
/**
 * Finished after the appointment (trễ hạn).
 * @example
 * const r = dossierRecordFromRow({ unit: 'UBND xã A', channel: 'online', received: '2025-09-01T08:00', appointment: '2025-09-05T17:00' });
 * timelinessCode({ ...r, finishedAt: parseMoment('2025-09-05T17:01'), finishKind: 'decided' as const }, parseMoment('2025-09-30T17:00'), standardTimeliness) === LATE // true — a minute after 17:00
 * TIMELINESS_LABELS[LATE] // 'late'
 */
export const LATE = 2;
/**
 * In progress, within the limit (trong hạn).
 * @example
 * const r = dossierRecordFromRow({ unit: 'UBND xã A', channel: 'online', received: '2025-09-01T08:00', appointment: '2025-09-05T17:00' });
 * timelinessCode(r, parseMoment('2025-09-02T08:00'), standardTimeliness) === WITHIN // true — open, 3 days before the appointment
 * TIMELINESS_LABELS[WITHIN] // 'within'
 */
export const WITHIN = 3;
/**
 * In progress, within the limit but due within the policy's threshold (sắp trễ, as portals show
 * it [X]; `TimelinessPolicy.dueSoonMs`).
 * @example
 * const r = dossierRecordFromRow({ unit: 'UBND xã A', channel: 'online', received: '2025-09-01T08:00', appointment: '2025-09-05T17:00' });
 * timelinessCode(r, parseMoment('2025-09-05T09:00'), standardTimeliness) === DUE_SOON // true — 8 hours left, within the 1-day threshold
 * TIMELINESS_LABELS[DUE_SOON] // 'due-soon'
 */
export const DUE_SOON = 4;
/**
 * In progress past the appointment (quá hạn).
 * @example
 * const r = dossierRecordFromRow({ unit: 'UBND xã A', channel: 'online', received: '2025-09-01T08:00', appointment: '2025-09-05T17:00' });
 * timelinessCode(r, parseMoment('2025-09-06T08:00'), standardTimeliness) === OVERDUE // true — still open the day after the appointment
 * TIMELINESS_LABELS[OVERDUE] // 'overdue'
 */
export const OVERDUE = 5;
/**
 * Not counted: refused at reception, not yet received at `asOf`, or a finish kind the policy leaves out.
 * @example
 * const r = dossierRecordFromRow({ unit: 'UBND xã A', channel: 'online', received: '2025-09-01T08:00', appointment: '2025-09-05T17:00' });
 * timelinessCode({ ...r, refusedAtReception: true }, parseMoment('2025-09-30T17:00'), standardTimeliness) === EXCLUDED // true
 * timelinessCode(r, parseMoment('2025-08-29T17:00'), standardTimeliness) === EXCLUDED // true — not yet received
 */
export const EXCLUDED = 6;

/** A timeliness class as a small integer (index into `TIMELINESS_LABELS`). */
export type TimelinessCode = 0 | 1 | 2 | 3 | 4 | 5 | 6;
/** A timeliness class as a label. */
export type Timeliness = 'early' | 'on-time' | 'late' | 'within' | 'due-soon' | 'overdue' | 'excluded';
/**
 * Labels by code: `TIMELINESS_LABELS[code]` is the label `classifyTimeliness` returns for the
 * `timelinessCode` result `code`.
 * @example
 * TIMELINESS_LABELS[LATE] // 'late'
 * TIMELINESS_LABELS.indexOf('overdue') === OVERDUE // true
 * TIMELINESS_LABELS.length // 7
 */
export const TIMELINESS_LABELS: readonly Timeliness[] = Object.freeze(['early', 'on-time', 'late', 'within', 'due-soon', 'overdue', 'excluded']);

const MINUTE = 60_000;
const DAY = 86_400_000;
const OFFSET = 25_200_000;

/** `a` after `b` at granularity `g` (days are Vietnamese civil days). */
function after(a: number, b: number, g: Granularity): boolean {
  if (g === 'minute') return Math.floor(a / MINUTE) > Math.floor(b / MINUTE);
  if (g === 'day') return Math.floor((a + OFFSET) / DAY) > Math.floor((b + OFFSET) / DAY);
  return a > b;
}

/**
 * The moment the policy measures a dossier against: the record's appointment (`currentDueMs`
 * under `due: 'current'` when present, else `originalDueMs`), moved by `pausedMs` under
 * `pausedTime: 'exclude'`. The one definition shared by `timelinessCode` and the period report.
 */
export function dueMoment(record: DossierRecord, policy: TimelinessPolicy): number {
  let due = policy.due === 'current' && record.currentDueMs !== undefined ? record.currentDueMs : record.originalDueMs;
  if (policy.pausedTime === 'exclude' && record.pausedMs !== undefined) due += record.pausedMs;
  return due;
}

/**
 * Whether, at `asOf`, the policy counts the dossier as finished at its pending supplementation
 * request (`pendingSupplementRequest: 'finished-at-request'`, Decision 766 [X]): a request is
 * pending since `pendingSupplementSince` ≤ `asOf` — the dossier has not finished by `asOf`, or it
 * finished still waiting on that request (a `finishedAt` not before it: closed unsupplemented,
 * Decree 118 Art. 19(5)) — and it has no more requests than `maxSupplementRequests` (more is late
 * anyway). Shared by `timelinessCode` and the period report, so both use the same finish moment.
 */
export function pendingCountsAsFinished(record: DossierRecord, asOf: number, policy: TimelinessPolicy): boolean {
  const pending = record.pendingSupplementSince;
  return policy.pendingSupplementRequest === 'finished-at-request' && pending !== undefined && pending <= asOf
    && (record.finishedAt === undefined || record.finishedAt > asOf || record.finishedAt >= pending)
    && record.supplementRequests <= policy.maxSupplementRequests;
}

/**
 * The finish the policy's `finish` reads from the record (the pending-request rule aside):
 * `finishedAt` under `'first'`; under `'result-returned'` (Vĩnh Phúc [X]), for a decided dossier
 * the return of its result, `returnedAt` (`undefined`, so still open, until it is returned), for a
 * `'returned'` finish `returnedAt`, else its `finishedAt`; a stop, refusal or withdrawal at
 * `finishedAt` (the refusal is the result, spec/lifecycle.md [U]).
 */
function recordFinish(record: DossierRecord, policy: TimelinessPolicy): number | undefined {
  const kind = record.finishKind;
  if (policy.finish !== 'result-returned' || (kind !== 'decided' && kind !== 'returned')) return record.finishedAt;
  return record.returnedAt ?? (kind === 'returned' ? record.finishedAt : undefined);
}

/**
 * The moment the policy counts the dossier as finished, judged at `asOf`: the request moment when
 * `pendingCountsAsFinished`, else the finish the policy's `finish` reads — `finishedAt` under
 * `'first'`, the result's return under `'result-returned'` (possibly after `asOf`, or `undefined`
 * while open). The one definition shared by `timelinessCode` and the period report.
 */
export function finishMoment(record: DossierRecord, asOf: number, policy: TimelinessPolicy): number | undefined {
  return pendingCountsAsFinished(record, asOf, policy) ? record.pendingSupplementSince : recordFinish(record, policy);
}

/**
 * The timeliness of a dossier at `asOf` (epoch ms) as a small integer, without allocating: the
 * hot-path form of `classifyTimeliness`. The record is not validated (validate it where it enters,
 * e.g. `checkDossierRecord`); only the appointment is checked to be a finite number.
 *
 * A dossier finished at or before `asOf` is early / on time / late against its appointment
 * (the original one by default); one still open is within / due soon / overdue at `asOf`. The
 * finish is `finishMoment`: the decision (first finish) by default, the result's return under
 * `finish: 'result-returned'` — a decided dossier not yet returned is then still open.
 *
 * @example
 * const record = { receivedAt: parseMoment('2025-09-01T08:00'), originalDueMs: parseMoment('2025-09-05T17:00'),
 *                  finishedAt: parseMoment('2025-09-05T09:30'), finishKind: 'decided' as const, supplementRequests: 0,
 *                  channel: 'online' as const, unit: 'UBND xã A' };
 * const asOf = Date.parse('2025-09-30T17:00:00+07:00');
 * timelinessCode(record, asOf, standardTimeliness) // 1 (ON_TIME: the appointment day, before its moment)
 * timelinessCode({ ...record, finishedAt: undefined, finishKind: undefined }, asOf, standardTimeliness) // 5 (OVERDUE)
 * TIMELINESS_LABELS[timelinessCode(record, asOf, exactEqualityTimeliness)] // 'early'
 * timelinessCode(record, asOf, resultReturnedTimeliness) // 5 (OVERDUE: decided, result not returned by asOf)
 */
export function timelinessCode(record: DossierRecord, asOf: number, policy: TimelinessPolicy): TimelinessCode {
  if (record.refusedAtReception === true || record.receivedAt > asOf) return EXCLUDED;
  const due = dueMoment(record, policy);
  if (!Number.isFinite(due)) throw new InvalidDossierRecordError('the appointment is not a finite moment', ['originalDueMs']);
  const tooManyRequests = record.supplementRequests > policy.maxSupplementRequests;
  // Decision 766 [X]: a single pending request counts as finished at the request moment (no finish
  // kind to leave out); otherwise the finish the policy reads (`finishMoment`, spelled out here).
  const pending = pendingCountsAsFinished(record, asOf, policy);
  const finishedAt = pending ? record.pendingSupplementSince : recordFinish(record, policy);
  if (finishedAt !== undefined && finishedAt <= asOf) {
    const kind = pending ? undefined : record.finishKind;
    if (kind !== undefined && !policy.finishes[kind]) return EXCLUDED;
    if (tooManyRequests || after(finishedAt, due, policy.lateGranularity)) return LATE;
    return after(due, finishedAt, policy.earlyGranularity) ? EARLY : ON_TIME;
  }
  if (tooManyRequests || after(asOf, due, policy.lateGranularity)) return OVERDUE;
  return policy.dueSoonMs > 0 && due - asOf <= policy.dueSoonMs ? DUE_SOON : WITHIN;
}

/** Options of `classifyTimeliness`. */
export interface ClassifyOptions {
  /** The moment of judgement (the end of the period, or now): epoch ms on the fast path, or any moment input. */
  readonly asOf: number | MomentInput;
  /** The policy (default `standardTimeliness`). */
  readonly policy?: TimelinessPolicy;
}

/**
 * Whether a dossier finished early / on time / late (trước hạn / đúng hạn / trễ hạn), or is, at
 * `asOf`, in progress within the limit / due soon / overdue (trong hạn / sắp trễ / quá hạn) —
 * `'excluded'` when it does not count (refused at reception, not yet received, a finish kind the
 * policy leaves out). Returns a string constant: no allocation per call with numeric `asOf`.
 *
 * Judged against the **original** appointment by default; the early/on-time boundary at day
 * granularity and late/not-late at minute granularity (policy fields, since the texts leave the
 * boundary open [U]); more than one supplementation request → late under `decision766Timeliness`
 * [X], and under a policy with `pendingSupplementRequest: 'finished-at-request'` (the Decision 766
 * preset) a single pending request (`pendingSupplementSince`) counts as finished at the request
 * moment [X]; paused time excluded
 * when the record carries `pausedMs` (pause clock), while a restart is already in the record's
 * appointment. A decided dossier finishes at its decision (`finishedAt`) by default, and at the
 * return of its result (`returnedAt`) under a policy with `finish: 'result-returned'`
 * (`resultReturnedTimeliness`, Vĩnh Phúc's "finished = result returned" [X]) — open until then.
 *
 * Basis: spec/metrics.md "Per dossier" [X]/[U] and "Definitions differ between publishers" [X];
 * Decision 766/QĐ-TTg indicator 2.1 [X].
 *
 * @example
 * const r = { receivedAt: parseMoment('2025-09-01T08:00'), originalDueMs: parseMoment('2025-09-05T17:00'),
 *             finishedAt: parseMoment('2025-09-05T09:30'), finishKind: 'decided', supplementRequests: 0,
 *             channel: 'online', unit: 'UBND xã A' };
 * classifyTimeliness(r, { asOf: parseMoment('2025-09-30T17:00') }) // 'on-time' (the appointment day)
 * classifyTimeliness({ ...r, finishedAt: undefined, finishKind: undefined }, { asOf: '2025-09-06T08:00' }) // 'overdue'
 * classifyTimeliness({ ...r, returnedAt: parseMoment('2025-09-08T09:00') }, { asOf: '2025-09-30T17:00', policy: resultReturnedTimeliness }) // 'late' — returned after the appointment
 */
export function classifyTimeliness(dossier: DossierRecord, options: ClassifyOptions): Timeliness {
  if (typeof dossier !== 'object' || dossier === null) throw new InvalidDossierRecordError(`expected a dossier record, got ${typeName(dossier)}`);
  if (typeof options !== 'object' || options === null) throw new InvalidInputError(WHAT, [{ path: [], message: `expected { asOf, policy? }, got ${typeName(options)}` }]);
  for (const key in options) if (key !== 'asOf' && key !== 'policy') checkOptionFields(options, CLASSIFY_FIELDS, WHAT); // throws, naming every unknown field
  const policy = options.policy ?? standardTimeliness;
  if (!isTimelinessPolicy(policy)) throw new InvalidInputError(WHAT, [{ path: ['policy'], message: 'expected a timeliness policy (e.g. standardTimeliness)' }]);
  const asOf = typeof options.asOf === 'number' && Number.isFinite(options.asOf) ? options.asOf : requiredAsOf(options.asOf);
  return TIMELINESS_LABELS[timelinessCode(dossier, asOf, policy)]!;
}

const WHAT = 'classify options';
const CLASSIFY_FIELDS: readonly (keyof ClassifyOptions)[] = Object.freeze(['asOf', 'policy']);

/** `asOf` other than finite epoch ms: required, and a moment (a date only: the end of that day). */
function requiredAsOf(asOf: MomentInput | undefined): number {
  if (asOf === undefined) throw new InvalidInputError(WHAT, [{ path: ['asOf'], message: 'required: the moment of judgement' }]);
  return parseAsOf(asOf, ['asOf']);
}
