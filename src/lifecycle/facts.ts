import type { Channel } from '../deadline/policy.js';
import type { EpochMs } from '../time/moment.js';
import type { Dossier } from './dossier.js';
import { toPortalStatus, type PortalStatus } from './states.js';

/**
 * The plain facts the metrics module classifies (`spec/metrics.md`): receipt, the original and the
 * current appointment, the finish and its kind, the supplementation count, paused time, and the
 * grouping keys. Numbers are epoch ms.
 */
export interface TimelinessFacts {
  readonly receivedAt: EpochMs;
  /** The slip's appointment: metrics compare with it by default (an extension does not make a late dossier on time). */
  readonly originalDueMs: EpochMs;
  /** The appointment in force (after restart, pause or extension). */
  readonly currentDueMs: EpochMs;
  /** The first of decided, refused after appraisal, stopped (or closed unsupplemented), withdrawn. */
  readonly finishedAt?: EpochMs;
  readonly finishKind?: 'decided' | 'returned' | 'stopped' | 'refused' | 'withdrawn';
  /** Supplementation requests after acceptance (Decision 766: more than one → late [X]). */
  readonly supplementRequests: number;
  /** Wall-clock ms during which the clock was paused (pause policy; closed spans only); absent when none. */
  readonly pausedMs?: number;
  readonly channel: Channel;
  readonly unit: string;
  readonly field: string;
  readonly procedure: string;
  /** The national portal status code (1–10). */
  readonly status: PortalStatus;
}

/**
 * The timeliness facts of an accepted dossier, as a plain frozen record for the metrics module;
 * `undefined` for a dossier never accepted (no appointment: refused at reception, withdrawn before
 * acceptance, still submitted).
 * @example
 * timelinessFacts(dossier)
 * // { receivedAt: 1773021600000, originalDueMs: …, currentDueMs: …, supplementRequests: 0, channel: 'in-person', …, status: 2 }
 */
export function timelinessFacts(dossier: Dossier): TimelinessFacts | undefined {
  const c = dossier.clock;
  if (c.receivedAt === undefined || c.originalDueMs === undefined || c.currentDueMs === undefined) return undefined;
  return Object.freeze({
    receivedAt: c.receivedAt,
    originalDueMs: c.originalDueMs,
    currentDueMs: c.currentDueMs,
    ...(c.finishedAt !== undefined ? { finishedAt: c.finishedAt, finishKind: c.finishKind! } : {}),
    supplementRequests: c.supplementRequests,
    ...(c.pausedMs > 0 ? { pausedMs: c.pausedMs } : {}),
    channel: dossier.channel,
    unit: dossier.unit,
    field: dossier.field,
    procedure: dossier.procedure,
    status: toPortalStatus(dossier),
  });
}
