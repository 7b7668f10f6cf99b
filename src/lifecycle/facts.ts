import type { Channel } from '../deadline/policy.js';
import type { EpochMs } from '../time/moment.js';
import { parseMoment, type MomentInput } from '../time/parse.js';
import { shiftByPause, type DossierClock } from './clock.js';
import type { Dossier } from './dossier.js';
import { toPortalStatus, type PortalStatus } from './states.js';

/**
 * The plain facts the metrics module classifies (`spec/metrics.md`), shaped as the metrics
 * module's `DossierRecord` (so `checkDossierRecord(timelinessFacts(d))` passes): receipt, the
 * appointment metrics judge against, the current appointment, the finish and its kind, the
 * supplementation count, and the grouping keys. Numbers are epoch ms.
 *
 * Pause and restart are already applied by the lifecycle's clock (it knows the calendar, the
 * office hours and the limit's unit; metrics do not), so `originalDueMs` carries them and no
 * `pausedMs` is emitted: metrics would otherwise add wall-clock paused time a second time.
 */
export interface TimelinessFacts {
  /** The receipt moment (for a refusal at reception: the refusal moment). */
  readonly receivedAt: EpochMs;
  /**
   * The appointment metrics judge against (`DossierRecord.originalDueMs`): the slip's appointment,
   * re-issued by a **restart** of the limit after supplementation and moved by **pauses**
   * (supplementation, payment), but never by an extension (an apology does not make a late dossier
   * on time). Equal to `slipDueMs` when the clock neither restarted nor paused.
   */
  readonly originalDueMs: EpochMs;
  /** The appointment in force (after restart, pause and extension): `dossier.clock.currentDueMs`. */
  readonly currentDueMs: EpochMs;
  /** The appointment printed on the receipt slip, never moved (`dossier.clock.originalDueMs`). Informational. */
  readonly slipDueMs: EpochMs;
  /** The first of decided, refused after appraisal, stopped (or closed unsupplemented), withdrawn. */
  readonly finishedAt?: EpochMs;
  readonly finishKind?: 'decided' | 'returned' | 'stopped' | 'refused' | 'withdrawn';
  /** Supplementation requests after acceptance (Decision 766: more than one → late [X]). */
  readonly supplementRequests: number;
  /**
   * The moment of the supplementation request the dossier is waiting on (status 5), absent
   * otherwise: Decision 766's vendor formula counts a single pending request as finished at that
   * moment [X] (`DossierRecord.pendingSupplementSince`).
   */
  readonly pendingSupplementSince?: EpochMs;
  /** Present (true) for a dossier refused at reception: counted as received, never classified. */
  readonly refusedAtReception?: true;
  readonly channel: Channel;
  readonly unit: string;
  readonly field: string;
  readonly procedure: string;
  /** The national portal status code (1–10). */
  readonly status: PortalStatus;
  /** The dossier code from the slip. */
  readonly code?: string;
}

/**
 * The appointment without the extension: the slip's (or the last restart's) appointment moved by
 * the closed pause spans since, replayed with the same `shiftByPause` the clock used. Equal to
 * `currentDueMs` when there was no extension.
 */
function dueWithoutExtension(c: DossierClock): EpochMs {
  if (c.extensions === 0 || c.deadline === undefined) return c.currentDueMs!;
  const deadline = c.deadline;
  const restarted = c.restarts > 0;
  let due = restarted ? deadline.dueMs : c.originalDueMs!;
  const since = restarted ? deadline.receivedMs : -Infinity;
  for (const p of c.pauses) {
    if (p.effect === 'pause' && p.to !== undefined && p.from >= since) due = shiftByPause(deadline, due, p.from, p.to).dueMs;
  }
  return due;
}

/** Options of `timelinessFacts`. */
export interface TimelinessFactsOptions {
  /**
   * The moment the record will be judged at (the metrics' `asOf`). A dossier still waiting for the
   * applicant under a **pause** (supplementation or payment, effect `pause`) has its appointment
   * moved by the wait so far — up to `asOf` — exactly as the clock moves it once the wait ends, so
   * it is not judged overdue for the applicant's time. Without `asOf`, the open wait moves nothing
   * (the record is the dossier as of its last event). Ignored for finished dossiers (the clock
   * already ended the wait at the finish) and for restart waits (the limit restarts at completion:
   * until then the appointment in force is the one judged; Decision 766 policies count the single
   * pending request as finished at its moment, `pendingSupplementSince`).
   */
  readonly asOf?: EpochMs | MomentInput;
}

/**
 * The timeliness facts of a dossier, as a plain frozen record for the metrics module (a valid
 * `DossierRecord`). An accepted dossier gives its appointment and finish; a dossier refused at
 * reception gives a record with `refusedAtReception: true` (received at the refusal, appointment
 * set to that moment for well-formedness only: metrics exclude it before reading it); `undefined`
 * for a dossier never received (still new or submitted, correcting, withdrawn before acceptance).
 *
 * Judge a dossier in progress with the same `asOf` here and in the metrics (see
 * `TimelinessFactsOptions.asOf`): a paused dossier's appointment moves by the pause so far.
 * A dossier closed unsupplemented is finished at the moment of the unanswered request (the clock's
 * `finishedAt`; Decision 766's reading, `spec/metrics.md`), consistent with how it was judged
 * while the request was pending.
 * @throws {InvalidMomentError} an `asOf` that cannot be read
 * @example
 * const who = { unit: 'UBND xã A', officer: 'Lan' };
 * const input = { procedure: '2.000488', field: 'Hộ tịch', unit: 'UBND xã A', limit: '3 ngày làm việc', preset: 'thanh-hoa' } as const;
 * const accept = { type: 'accept', at: '2026-03-09T09:00', ...who, code: 'H01-260309-0001' } as const;
 * const facts = timelinessFacts(replay([accept], input));
 * [facts?.receivedAt, facts?.supplementRequests, facts?.status] // [1773021600000, 0, 2]
 * formatMoment(facts!.currentDueMs) // '2026-03-12T09:00:00+07:00' — 24 working hours (Thanh Hóa counts hours)
 * // Waiting for a supplement under the preset's pause clock: the wait moves the appointment up to asOf.
 * const paused = replay([accept, { type: 'request-supplement', at: '2026-03-10T09:00', ...who, items: ['Bản sao giấy khai sinh'] }], input);
 * const asOf = parseMoment('2026-03-20T09:00');
 * formatMoment(timelinessFacts(paused, { asOf })!.currentDueMs) // '2026-03-24T09:00:00+07:00'
 * classifyTimeliness(timelinessFacts(paused, { asOf })!, { asOf }) // 'within' — while the applicant is awaited
 */
export function timelinessFacts(dossier: Dossier, options: TimelinessFactsOptions = {}): TimelinessFacts | undefined {
  const c = dossier.clock;
  const keys = { channel: dossier.channel, unit: dossier.unit, field: dossier.field, procedure: dossier.procedure };
  if (dossier.state === 'refused-at-reception') {
    const at = dossier.events[dossier.events.length - 1]!.at;
    return Object.freeze({
      receivedAt: at, originalDueMs: at, currentDueMs: at, slipDueMs: at, supplementRequests: 0, refusedAtReception: true as const,
      ...keys, status: toPortalStatus(dossier),
    });
  }
  if (c.receivedAt === undefined || c.originalDueMs === undefined || c.currentDueMs === undefined) return undefined;
  const open = c.pauses[c.pauses.length - 1];
  const waiting = open !== undefined && open.to === undefined;
  const pending = dossier.state === 'awaiting-supplement' && waiting && open.kind === 'supplementation';
  let due = dueWithoutExtension(c);
  let current = c.currentDueMs;
  if (waiting && open.effect === 'pause' && c.finishedAt === undefined && options.asOf !== undefined && c.deadline !== undefined) {
    const asOf = typeof options.asOf === 'number' && Number.isFinite(options.asOf) ? options.asOf : parseMoment(options.asOf as MomentInput, ['asOf']);
    if (asOf > open.from) {
      due = shiftByPause(c.deadline, due, open.from, asOf).dueMs;
      current = shiftByPause(c.deadline, current, open.from, asOf).dueMs;
    }
  }
  return Object.freeze({
    receivedAt: c.receivedAt,
    originalDueMs: due,
    currentDueMs: current,
    slipDueMs: c.originalDueMs,
    ...(c.finishedAt !== undefined ? { finishedAt: c.finishedAt, finishKind: c.finishKind! } : {}),
    supplementRequests: c.supplementRequests,
    ...(pending ? { pendingSupplementSince: open.from } : {}),
    ...keys,
    status: toPortalStatus(dossier),
    ...(dossier.code !== undefined ? { code: dossier.code } : {}),
  });
}
