import type { Channel } from '../deadline/policy.js';
import { checkOptionFields } from '../errors/unknown-field.js';
import type { EpochMs } from '../time/moment.js';
import { parseAsOf, type MomentInput } from '../time/parse.js';
import { shiftByPause, type DossierClock } from './clock.js';
import type { Dossier } from './dossier.js';
import { toPortalStatus, type PortalStatus } from './states.js';

/**
 * The plain facts the metrics module classifies (`spec/metrics.md`), shaped as the metrics
 * module's `DossierRecord` (so `checkDossierRecord(timelinessFacts(d))` passes): receipt, the
 * appointment metrics judge against, the current appointment, the finish and its kind, the
 * result's return, the supplementation count, and the grouping keys. Numbers are epoch ms.
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
   * (supplementation, payment) and by a restart wait that ended without completion (a finish
   * while waiting, or the wait so far at `asOf`), but never by an extension (an apology does not
   * make a late dossier on time). Equal to `slipDueMs` when the clock neither restarted nor paused.
   */
  readonly originalDueMs: EpochMs;
  /** The appointment in force (after restart, pause and extension): `dossier.clock.currentDueMs`. */
  readonly currentDueMs: EpochMs;
  /** The appointment printed on the receipt slip, never moved (`dossier.clock.originalDueMs`). Informational. */
  readonly slipDueMs: EpochMs;
  /** The first of decided, refused after appraisal, stopped (or closed unsupplemented), withdrawn. */
  readonly finishedAt?: EpochMs;
  /** How it finished (`dossier.clock.finishKind`: a closing unsupplemented is `'stopped'`); absent while in progress. */
  readonly finishKind?: 'decided' | 'returned' | 'stopped' | 'refused' | 'withdrawn';
  /**
   * The `return-result` event's moment (result handed to the applicant, portal status 10:
   * `dossier.clock.returnedAt`); absent until returned. The finish of a decided dossier under a
   * metrics policy with `finish: 'result-returned'` (the `due-based` definition, Vĩnh Phúc [X]).
   */
  readonly returnedAt?: EpochMs;
  /** Supplementation requests after acceptance (Decision 766: more than one → late [X]). */
  readonly supplementRequests: number;
  /**
   * The moment of the supplementation request the dossier is waiting on (status 5), or that it
   * was closed unsupplemented on (Decree 118 Art. 19(5); `finishedAt` is then the closing); absent
   * otherwise: Decision 766's vendor formula counts a single pending request as finished at that
   * moment [X] (`DossierRecord.pendingSupplementSince`, policy `pendingSupplementRequest`).
   */
  readonly pendingSupplementSince?: EpochMs;
  /** Present (true) for a dossier refused at reception: counted as received, never classified. */
  readonly refusedAtReception?: true;
  /** How it was filed (`dossier.channel`): `in-person`, `online` or `post`. */
  readonly channel: Channel;
  /** The receiving unit (`dossier.unit`): a grouping key of the reports. */
  readonly unit: string;
  /** The field, lĩnh vực (`dossier.field`): a grouping key. */
  readonly field: string;
  /** The procedure (`dossier.procedure`): a grouping key. */
  readonly procedure: string;
  /** The national portal status code (1–10). */
  readonly status: PortalStatus;
  /** The dossier code from the slip. */
  readonly code?: string;
}

/**
 * The appointment without the extension in force: the slip's (or the last restart's) appointment
 * moved by the closed spans since that moved it (pauses, and a restart wait ended by a finish),
 * replayed with the same `shiftByPause` the clock used. Equal to `currentDueMs` (and its
 * un-rolled last day) when no extension is in force — none issued, or the one issued was replaced
 * by a later restart (`ExtensionRecord.supersededAt`).
 */
function dueWithoutExtension(c: DossierClock): { due: EpochMs; lastDay?: number } {
  if (c.deadline === undefined || c.extensionLog.every((x) => x.supersededAt !== undefined)) {
    return { due: c.currentDueMs!, ...(c.dueLastDay !== undefined ? { lastDay: c.dueLastDay } : {}) };
  }
  const deadline = c.deadline;
  const restarted = c.restarts > 0;
  let due = restarted ? deadline.dueMs : c.originalDueMs!;
  let lastDay: number | undefined;
  const since = restarted ? deadline.receivedMs : -Infinity;
  for (const p of c.pauses) {
    if (p.shiftMs !== undefined && p.to !== undefined && p.from >= since) {
      const moved = shiftByPause(deadline, due, p.from, p.to, lastDay);
      due = moved.dueMs;
      lastDay = moved.lastDay;
    }
  }
  return { due, ...(lastDay !== undefined ? { lastDay } : {}) };
}

/** Options of `timelinessFacts`. */
export interface TimelinessFactsOptions {
  /**
   * The moment the record will be judged at (the metrics' `asOf`). A dossier still waiting for the
   * applicant has its appointment moved by the wait so far — up to `asOf` — so it is not judged
   * overdue for the applicant's time: under a **pause** (supplementation or payment) exactly as
   * the clock moves it once the wait ends; under a **restart** (supplementation, the rule sets'
   * default) the same way, since the limit has not restarted yet (it restarts from the completion;
   * a wait ended by a finish is excluded likewise). Decision 766 policies count the single
   * pending request as finished at its moment (`pendingSupplementSince`). Without `asOf`, the open
   * wait moves nothing (the record is the dossier as of its last event). Ignored for finished
   * dossiers (the clock already ended the wait at the finish).
   */
  readonly asOf?: EpochMs | MomentInput;
}

const NO_OPTIONS: TimelinessFactsOptions = Object.freeze({});
const FACTS_FIELDS: readonly (keyof TimelinessFactsOptions)[] = Object.freeze(['asOf']);

/**
 * The timeliness facts of a dossier, as a plain frozen record for the metrics module (a valid
 * `DossierRecord`). An accepted dossier gives its appointment and finish; a dossier refused at
 * reception gives a record with `refusedAtReception: true` (received at the refusal, appointment
 * set to that moment for well-formedness only: metrics exclude it before reading it); `undefined`
 * for a dossier never received (still new or submitted, correcting, withdrawn before acceptance).
 *
 * Judge a dossier in progress with the same `asOf` here and in the metrics (see
 * `TimelinessFactsOptions.asOf`): a paused dossier's appointment moves by the pause so far.
 * A dossier closed unsupplemented carries both moments: `finishedAt` is the closing (its wait,
 * request → closing, excluded like a pause) and `pendingSupplementSince` the unanswered request,
 * so the metrics policy's `pendingSupplementRequest` chooses the finish — the closing under
 * `standardTimeliness` (`'in-progress'`), the request under `decision766Timeliness`
 * (`'finished-at-request'`) — each consistent with how that policy judged it while it waited.
 * A returned result carries `returnedAt` beside the decision's `finishedAt`, so the policy's
 * `finish` chooses: the decision (`'first'`) or the return (`'result-returned'`, the `due-based`
 * definition: decided but not yet returned is still in progress).
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
 * // Decided on the appointment day, the result handed over two days later.
 * const returned = timelinessFacts(replay([accept, { type: 'decide', at: '2026-03-12T08:00', ...who }, { type: 'return-result', at: '2026-03-16T08:00', ...who }], input))!;
 * [formatMoment(returned.finishedAt!), formatMoment(returned.returnedAt!)] // ['2026-03-12T08:00:00+07:00', '2026-03-16T08:00:00+07:00']
 * classifyTimeliness(returned, { asOf, policy: standardTimeliness }) // 'on-time' — the decision
 * classifyTimeliness(returned, { asOf, policy: resultReturnedTimeliness }) // 'late' — the return
 */
export function timelinessFacts(dossier: Dossier, options: TimelinessFactsOptions = NO_OPTIONS): TimelinessFacts | undefined {
  checkOptionFields(options, FACTS_FIELDS, 'timeliness facts options');
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
  const pending = open !== undefined && open.kind === 'supplementation'
    && ((dossier.state === 'awaiting-supplement' && waiting) || (dossier.state === 'closed-unsupplemented' && open.endedByFinish === true));
  const base = dueWithoutExtension(c);
  let due = base.due;
  let current = c.currentDueMs;
  if (waiting && open.effect !== 'run' && c.finishedAt === undefined && options.asOf !== undefined && c.deadline !== undefined) {
    const asOf = typeof options.asOf === 'number' && Number.isFinite(options.asOf) ? options.asOf : parseAsOf(options.asOf as MomentInput, ['asOf']);
    if (asOf > open.from) {
      due = shiftByPause(c.deadline, due, open.from, asOf, base.lastDay).dueMs;
      current = shiftByPause(c.deadline, current, open.from, asOf, c.dueLastDay).dueMs;
    }
  }
  return Object.freeze({
    receivedAt: c.receivedAt,
    originalDueMs: due,
    currentDueMs: current,
    slipDueMs: c.originalDueMs,
    ...(c.finishedAt !== undefined ? { finishedAt: c.finishedAt, finishKind: c.finishKind! } : {}),
    ...(c.returnedAt !== undefined ? { returnedAt: c.returnedAt } : {}),
    supplementRequests: c.supplementRequests,
    ...(pending ? { pendingSupplementSince: open.from } : {}),
    ...keys,
    status: toPortalStatus(dossier),
    ...(dossier.code !== undefined ? { code: dossier.code } : {}),
  });
}
