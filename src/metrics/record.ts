import { InvalidDossierRecordError } from '../errors/invalid-dossier-record-error.js';

/** How a dossier left the handling flow (first of these events): decided (status 9), returned (10), stopped (8), refused after appraisal, withdrawn (7). */
export type FinishKind = 'decided' | 'returned' | 'stopped' | 'refused' | 'withdrawn';
/**
 * The finish kinds in their canonical order.
 * @example
 * FINISH_KINDS // ['decided', 'returned', 'stopped', 'refused', 'withdrawn']
 * const row = { unit: 'UBND xã A', channel: 'online', received: '2025-09-01T08:00', appointment: '2025-09-05T17:00', finished: '2025-09-03T10:00' };
 * dossierRecordFromRow({ ...row, status: 7 }).finishKind // 'withdrawn' — portal status 7
 * dossierRecordFromRow({ ...row, finishKind: 'cancelled' }) // throws INVALID_DOSSIER_RECORD — not a finish kind
 */
export const FINISH_KINDS: readonly FinishKind[] = Object.freeze(['decided', 'returned', 'stopped', 'refused', 'withdrawn']);

/** How the dossier was filed: at the one-stop desk, online, or by public postal service (portal `KenhThucHien` 1 / 2 / 3). */
export type DossierChannel = 'in-person' | 'online' | 'post';
/**
 * The channels in their canonical order.
 * @example
 * DOSSIER_CHANNELS // ['in-person', 'online', 'post']
 * dossierRecordFromRow({ unit: 'UBND xã A', channel: 3, received: '2025-09-01T08:00', appointment: '2025-09-05T17:00' }).channel // 'post' — KenhThucHien 3
 */
export const DOSSIER_CHANNELS: readonly DossierChannel[] = Object.freeze(['in-person', 'online', 'post']);

/**
 * The timeliness facts of one dossier: the plain record the lifecycle module's
 * `timelinessFacts(dossier)` returns and the CLI's input rows map onto. All moments are epoch ms.
 *
 * - `originalDueMs` — the appointment on the receipt slip (ngày hẹn trả kết quả), as moved by a
 *   **restart** of the clock after supplementation (the limit runs again, a new appointment is
 *   issued — Decree 61/2018 Art. 19(4), Decree 118/2025 Art. 19(5)) and, in the lifecycle's
 *   `timelinessFacts`, by the **pauses** and the applicant's waits it already applied, but never by an extension:
 *   metrics compare with the original appointment (spec/metrics.md; an apology does not make a late
 *   dossier on time).
 * - `currentDueMs` — the appointment in the system after an extension (xin lỗi, hẹn lại), used only
 *   by a policy with `due: 'current'`.
 * - `pausedMs` — time excluded under a **pause** clock (supplementation, payment) not yet folded into
 *   `originalDueMs`; a policy with `pausedTime: 'exclude'` moves the due moment by it.
 * - `returnedAt` — when the result was handed to the applicant (trả kết quả, portal status 10);
 *   a policy with `finish: 'result-returned'` (the `due-based` definition, Vĩnh Phúc [X]) finishes a
 *   decided dossier there instead of at `finishedAt` (the decision).
 * - `supplementRequests` — supplementation requests after acceptance (> 1 is late under Decision 766 [X]).
 * - `pendingSupplementSince` — the moment of the supplementation request the dossier is still
 *   waiting on (portal status 5), or was closed unsupplemented on (then `finishedAt` is the
 *   closing); a policy counting requests (Decision 766) treats a single pending request as
 *   finished at that moment [X], the standard policy finishes it at `finishedAt`.
 * - `status` — the national portal code 1–10, as a number (lifecycle `timelinessFacts`) or as text
 *   (CSV / NDJSON rows).
 */
export interface DossierRecord {
  /** The receipt moment (slip), epoch ms. */
  readonly receivedAt: number;
  /** The appointment metrics judge against, epoch ms: the slip's, as moved by a restart (and by pauses in `timelinessFacts`), never by an extension. */
  readonly originalDueMs: number;
  /** The appointment in force after an extension, epoch ms; read only under `due: 'current'`; absent: `originalDueMs`. */
  readonly currentDueMs?: number;
  /** The finish moment, epoch ms (not before `receivedAt`); absent while in progress. */
  readonly finishedAt?: number;
  /** How it finished; required with `finishedAt` and only with it. */
  readonly finishKind?: FinishKind;
  /** When the result was handed to the applicant (portal status 10), epoch ms: only with `finishedAt`, not before it; read under `finish: 'result-returned'`. */
  readonly returnedAt?: number;
  /** Supplementation requests after acceptance, a whole number ≥ 0 (> 1 is late under Decision 766 [X]). */
  readonly supplementRequests: number;
  /** Paused time not yet folded into `originalDueMs`, in ms (≥ 0); moves the due moment under `pausedTime: 'exclude'`. */
  readonly pausedMs?: number;
  /** The moment of the supplementation request still awaited (or closed unsupplemented on), epoch ms (not before `receivedAt`); absent otherwise. */
  readonly pendingSupplementSince?: number;
  /** How it was filed: `in-person`, `online` or `post`. */
  readonly channel: DossierChannel;
  /** The receiving unit (non-empty): the default grouping. */
  readonly unit: string;
  /** The field, lĩnh vực (grouping by `field`; `'(none)'` when absent). */
  readonly field?: string;
  /** The procedure (grouping by `procedure`; `'(none)'` when absent). */
  readonly procedure?: string;
  /** The national portal code 1–10: a number (lifecycle) or text (CSV / NDJSON rows); informational. */
  readonly status?: string | number;
  /** `true` for a dossier refused at reception: counted as received and refused, never classified. */
  readonly refusedAtReception?: boolean;
  /** The dossier code (mã số hồ sơ), for reference. */
  readonly code?: string;
}

type Path = readonly (string | number)[];

function fail(reason: string, path: Path, key: string): never {
  throw new InvalidDossierRecordError(reason, [...path, key]);
}

function isMoment(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v) && Number.isInteger(v);
}

function optionalString(r: Record<string, unknown>, key: string, path: Path): void {
  const v = r[key];
  if (v !== undefined && typeof v !== 'string') fail(`${key} must be a string`, path, key);
}

/**
 * Checks a dossier record where it enters the metrics (cheap, hand-written: no zod on the hot
 * path) and returns it typed; throws `InvalidDossierRecordError` naming the field otherwise.
 * Moments must be whole epoch ms; the finish cannot precede the receipt; a finished record needs
 * its `finishKind`; the result's return (`returnedAt`) needs a finish and cannot precede it;
 * counts are non-negative integers.
 *
 * @example
 * const record = { receivedAt: 1756372200000, originalDueMs: 1756976400000, supplementRequests: 0, channel: 'online', unit: 'UBND xã A' };
 * checkDossierRecord(record) === record // true — returned as it is, typed
 * formatMoment(record.receivedAt) // '2025-08-28T16:10:00+07:00'
 * checkDossierRecord({ ...record, receivedAt: NaN }) // throws INVALID_DOSSIER_RECORD — at receivedAt
 * checkDossierRecord({ ...record, finishedAt: 1756976400000 }) // throws INVALID_DOSSIER_RECORD — a finish needs its finishKind
 * checkDossierRecord({ ...record, finishedAt: 1756976400000, finishKind: 'decided', returnedAt: 1756976399999 }) // throws INVALID_DOSSIER_RECORD — returned before the decision
 */
export function checkDossierRecord(value: unknown, path: Path = []): DossierRecord {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InvalidDossierRecordError('expected an object', path);
  }
  const r = value as Record<string, unknown>;
  if (!isMoment(r.receivedAt)) fail('receivedAt must be whole epoch milliseconds', path, 'receivedAt');
  if (!isMoment(r.originalDueMs)) fail('originalDueMs must be whole epoch milliseconds', path, 'originalDueMs');
  if (r.currentDueMs !== undefined && !isMoment(r.currentDueMs)) fail('currentDueMs must be whole epoch milliseconds', path, 'currentDueMs');
  // An appointment before the receipt is an export error, not an overdue dossier (the receipt slip
  // sets the appointment after the receipt: Decree 118/2025 Art. 17(3)). A dossier refused at
  // reception gets no appointment, so whatever an export puts there is not judged.
  if (r.refusedAtReception !== true) {
    if (r.originalDueMs < r.receivedAt) fail('originalDueMs is before receivedAt', path, 'originalDueMs');
    if (r.currentDueMs !== undefined && r.currentDueMs < r.receivedAt) fail('currentDueMs is before receivedAt', path, 'currentDueMs');
  }
  if (r.finishedAt !== undefined) {
    if (!isMoment(r.finishedAt)) fail('finishedAt must be whole epoch milliseconds', path, 'finishedAt');
    if (r.finishedAt < r.receivedAt) fail('finishedAt is before receivedAt', path, 'finishedAt');
    if (r.finishKind === undefined) fail('a finished dossier needs its finishKind', path, 'finishKind');
  }
  if (r.finishKind !== undefined) {
    if (!(FINISH_KINDS as readonly unknown[]).includes(r.finishKind)) fail(`finishKind must be one of ${FINISH_KINDS.join(', ')}`, path, 'finishKind');
    if (r.finishedAt === undefined) fail('finishKind without finishedAt', path, 'finishedAt');
  }
  if (r.returnedAt !== undefined) {
    if (!isMoment(r.returnedAt)) fail('returnedAt must be whole epoch milliseconds', path, 'returnedAt');
    if (r.returnedAt < r.receivedAt) fail('returnedAt is before receivedAt', path, 'returnedAt');
    if (r.finishedAt === undefined) fail('returnedAt without finishedAt: a returned result needs its finish (finishedAt, finishKind)', path, 'finishedAt');
    if (r.returnedAt < r.finishedAt) fail('returnedAt is before finishedAt', path, 'returnedAt');
  }
  if (r.pendingSupplementSince !== undefined) {
    if (!isMoment(r.pendingSupplementSince)) fail('pendingSupplementSince must be whole epoch milliseconds', path, 'pendingSupplementSince');
    if (r.pendingSupplementSince < r.receivedAt) fail('pendingSupplementSince is before receivedAt', path, 'pendingSupplementSince');
  }
  const s = r.supplementRequests;
  if (typeof s !== 'number' || !Number.isInteger(s) || s < 0) fail('supplementRequests must be a non-negative integer', path, 'supplementRequests');
  if (r.pausedMs !== undefined && (typeof r.pausedMs !== 'number' || !Number.isInteger(r.pausedMs) || r.pausedMs < 0)) {
    fail('pausedMs must be a non-negative integer', path, 'pausedMs');
  }
  if (r.channel !== 'in-person' && r.channel !== 'online' && r.channel !== 'post') fail(`channel must be one of ${DOSSIER_CHANNELS.join(', ')}`, path, 'channel');
  if (typeof r.unit !== 'string' || r.unit === '') fail('unit must be a non-empty string', path, 'unit');
  optionalString(r, 'field', path);
  optionalString(r, 'procedure', path);
  if (r.status !== undefined && typeof r.status !== 'string' && !(typeof r.status === 'number' && Number.isInteger(r.status) && r.status >= 1 && r.status <= 10)) {
    fail('status must be a portal code 1–10 (number) or text', path, 'status');
  }
  optionalString(r, 'code', path);
  if (r.refusedAtReception !== undefined && typeof r.refusedAtReception !== 'boolean') fail('refusedAtReception must be a boolean', path, 'refusedAtReception');
  return value as DossierRecord;
}
