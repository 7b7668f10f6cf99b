import type { Channel } from '../deadline/policy.js';
import type { EpochMs } from '../time/moment.js';
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

/**
 * The timeliness facts of a dossier, as a plain frozen record for the metrics module (a valid
 * `DossierRecord`). An accepted dossier gives its appointment and finish; a dossier refused at
 * reception gives a record with `refusedAtReception: true` (received at the refusal, appointment
 * set to that moment for well-formedness only: metrics exclude it before reading it); `undefined`
 * for a dossier never received (still new or submitted, correcting, withdrawn before acceptance).
 * @example
 * timelinessFacts(dossier)
 * // { receivedAt: 1773021600000, originalDueMs: …, currentDueMs: …, supplementRequests: 0, channel: 'in-person', …, status: 2 }
 */
export function timelinessFacts(dossier: Dossier): TimelinessFacts | undefined {
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
  const pending = dossier.state === 'awaiting-supplement' && open?.kind === 'supplementation' && open.to === undefined;
  return Object.freeze({
    receivedAt: c.receivedAt,
    originalDueMs: dueWithoutExtension(c),
    currentDueMs: c.currentDueMs,
    slipDueMs: c.originalDueMs,
    ...(c.finishedAt !== undefined ? { finishedAt: c.finishedAt, finishKind: c.finishKind! } : {}),
    supplementRequests: c.supplementRequests,
    ...(pending ? { pendingSupplementSince: open.from } : {}),
    ...keys,
    status: toPortalStatus(dossier),
    ...(dossier.code !== undefined ? { code: dossier.code } : {}),
  });
}
