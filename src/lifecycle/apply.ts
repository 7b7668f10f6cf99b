import { cite } from '../citation/citation.js';
import { computeDeadline } from '../deadline/compute-deadline.js';
import type { Deadline } from '../deadline/deadline.js';
import { resolvePreset } from '../deadline/resolve-policy.js';
import { resolveRuleset, rulesetFor } from '../deadline/rulesets.js';
import { DuplicateEventError } from '../errors/duplicate-event-error.js';
import { EventOrderError } from '../errors/event-order-error.js';
import { IllegalTransitionError } from '../errors/illegal-transition-error.js';
import { RuleViolationError } from '../errors/rule-violation-error.js';
import { formatDay, formatMoment } from '../time/format.js';
import { dayOfMoment, type EpochMs } from '../time/moment.js';
import { appointmentOnDay, shiftByPause, workingClockOf, type DossierClock, type PauseSpan } from './clock.js';
import { createDossier, type Dossier, type DossierInput } from './dossier.js';
import { createEvent, isValidEvent, type DossierEvent, type DossierEventInput } from './events.js';
import { resolveLifecycleRules, type LifecycleRules } from './rules.js';
import { allowedEvents, transitionOf } from './transitions.js';
import { finishSteps, openStepsOf, pauseOpenSteps, readyStepsOf, restartOpenSteps, startSteps, type StepState } from './steps.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
/** A dossier being built: the reducer reassigns top-level fields and appends to `events`, never mutates shared values. */
type Draft = Mutable<Omit<Dossier, 'events'>> & { events: DossierEvent[] };
type MutableClock = Mutable<Omit<DossierClock, 'pauses'>> & { pauses: readonly PauseSpan[] };

/**
 * One fold (an `applyEvent`, or a whole `replay`): the draft, and the clock and pause list it owns.
 * The clock is copied on its first write in the fold and then updated in place (a replay of n
 * events copies it once, not n times); both are frozen when the fold ends. Shared values (the
 * input dossier's clock, pause spans, deadlines, steps) are never mutated.
 */
interface Fold {
  readonly d: Draft;
  clock: MutableClock | undefined;
  pauses: PauseSpan[] | undefined;
}

/** The fold's own clock, copied on first write. */
function own(f: Fold): MutableClock {
  if (!f.clock) f.d.clock = f.clock = { ...f.d.clock };
  return f.clock;
}

/** The fold's own pause list, copied on first write. */
function ownPauses(f: Fold): PauseSpan[] {
  if (!f.pauses) {
    const c = own(f);
    c.pauses = f.pauses = c.pauses.slice();
  }
  return f.pauses;
}

/**
 * The ids of a dossier's events, for O(1) idempotency checks: one set shared along a line of
 * dossiers (each `applyEvent` result extends it), valid for the dossier whose `events` array is
 * `tip`. Applying an event to an older dossier (a branch) rebuilds a set for it. Internal: kept
 * under a non-enumerable symbol, never part of the dossier's value.
 */
interface IdIndex {
  readonly ids: Set<string>;
  tip: readonly DossierEvent[];
}
const EVENT_IDS: unique symbol = Symbol('motcua.eventIds');
type Indexed = Dossier & { readonly [EVENT_IDS]?: IdIndex };

function idIndexOf(dossier: Dossier): IdIndex {
  const index = (dossier as Indexed)[EVENT_IDS];
  if (index && index.tip === dossier.events) return index;
  const ids = new Set<string>();
  for (const e of dossier.events) ids.add(e.id);
  return { ids, tip: dossier.events };
}

const PRE_ACCEPTANCE = new Set(['new', 'submitted', 'correcting']);

/** Basis of the receipt slip's moments: the limit runs from the receipt the slip shows, to the appointment it prints. */
const SLIP_BASIS = cite('Decree 118/2025/NĐ-CP Art. 17(3); Circular 01/2018/TT-VPCP Mẫu 01', undefined, 'P',
  'the slip issued on acceptance shows the receipt and the appointment; the limit runs from that receipt');

/** Basis of the hand-over checks (a hand-over moves the dossier between the steps of the plan). */
const HAND_OVER_BASIS = cite('Decree 118/2025/NĐ-CP Art. 18(2), 20; Circular 01/2018/TT-VPCP Mẫu 05', undefined, 'P',
  'each hand-over between the agencies of the internal process is recorded on the control sheet with its step');

/**
 * Applies one event to a dossier and returns the new dossier (the input is untouched; both are
 * frozen). "Now" is the event's moment: every rule is checked against it, no clock is read.
 *
 * Checks, in order: the event is valid (events from `createEvent` are trusted as they are), its id
 * is new (idempotency, O(1)), it is not earlier than the last event, the state accepts it
 * (`TRANSITIONS`), and the rule set's rules hold (supplementation limits and window, the single
 * extension and its timing, withdrawal before the decision, closing after an unanswered request,
 * hand-overs that move the step plan).
 *
 * @throws {IllegalTransitionError} the state does not accept the event (names the state, the event and the allowed events)
 * @throws {DuplicateEventError} an event with this id was already applied
 * @throws {EventOrderError} the event is dated before the last one
 * @throws {RuleViolationError} a rule of the rule set is broken (names the rule and its citation), or a hand-over moves no step of the plan (`steps.handOver`)
 * @throws {InvalidInputError} a malformed event or a hand-over that names steps not in the plan
 * @example
 * let d = createDossier({ procedure: 'P1', field: 'Đất đai', unit: 'UBND xã A', limit: '10 ngày làm việc' });
 * d = applyEvent(d, { type: 'accept', at: '2026-03-09T09:00', unit: 'UBND xã A', officer: 'Lan', code: 'H01-260309-0001' });
 * d.clock.currentDueMs === parseMoment('2026-03-23T17:00') // true
 */
export function applyEvent(dossier: Dossier, event: DossierEvent | DossierEventInput): Dossier {
  const e = isValidEvent(event) ? event : createEvent(event as DossierEventInput);
  const index = idIndexOf(dossier);
  if (index.ids.has(e.id)) throw new DuplicateEventError(e.id, dossier.id);
  const events = dossier.events.slice();
  const f: Fold = { d: { ...dossier, events }, clock: undefined, pauses: undefined };
  step(f, e);
  // Only once the event is applied: the shared set now describes the new dossier's events.
  index.ids.add(e.id);
  index.tip = events;
  return freeze(f, index);
}

/**
 * The dossier obtained by applying `events` in order to `from` (a dossier, or the input of
 * `createDossier`). Equal to applying them one by one with `applyEvent`, but builds one value.
 *
 * @throws the errors of `applyEvent`, for the first event that fails
 * @example
 * const who = { unit: 'UBND xã A', officer: 'Lan' };
 * const d = replay([
 *   { type: 'accept', at: '2026-03-09T09:00', ...who, code: 'H01-260309-0001' },
 *   { type: 'hand-over', at: '2026-03-09T10:00', ...who, toUnit: 'Công chức Tư pháp' },
 *   { type: 'decide', at: '2026-03-11T15:00', unit: 'Công chức Tư pháp', officer: 'Hà' },
 *   { type: 'return-result', at: '2026-03-12T08:00', ...who },
 * ], { procedure: '2.000488', field: 'Hộ tịch', unit: 'UBND xã A', limit: '3 ngày làm việc' });
 * d.state // 'returned'
 * formatMoment(d.clock.currentDueMs!) // '2026-03-12T17:00:00+07:00'
 * d.events.length // 4
 */
export function replay(events: Iterable<DossierEvent | DossierEventInput>, from: Dossier | DossierInput): Dossier {
  const start = isDossier(from) ? from : createDossier(from);
  const index = idIndexOf(start);
  const fresh = new Set<string>();
  const f: Fold = { d: { ...start, events: start.events.slice() }, clock: undefined, pauses: undefined };
  for (const event of events) {
    const e = isValidEvent(event) ? event : createEvent(event as DossierEventInput);
    if (index.ids.has(e.id) || fresh.has(e.id)) throw new DuplicateEventError(e.id, start.id);
    fresh.add(e.id);
    step(f, e);
  }
  for (const id of fresh) index.ids.add(id);
  index.tip = f.d.events;
  return freeze(f, index);
}

function isDossier(value: Dossier | DossierInput): value is Dossier {
  return Object.isFrozen(value) && Array.isArray((value as Dossier).events) && typeof (value as Dossier).state === 'string';
}

function freeze(f: Fold, index: IdIndex): Dossier {
  const d = f.d;
  Object.freeze(d.events);
  Object.freeze(d.steps);
  if (f.pauses) Object.freeze(f.pauses);
  if (f.clock) Object.freeze(f.clock);
  Object.defineProperty(d, EVENT_IDS, { value: index });
  return Object.freeze(d) as Dossier;
}

function violation(rule: string, basis: { readonly source: string; readonly mark: 'P' | 'S' | 'X' | 'U'; readonly article?: string }, message: string, path: string[] = []): RuleViolationError {
  return new RuleViolationError(rule, basis, message, path);
}

/** The reducer: checks the event against the state and the rules, then updates the draft. */
function step(f: Fold, e: DossierEvent): void {
  const d = f.d;
  const transition = transitionOf(d.state, e.type);
  if (!transition) throw new IllegalTransitionError(d.state, e.type, allowedEvents(d.state), e.id);
  const last = d.events[d.events.length - 1];
  if (last && e.at < last.at) throw new EventOrderError(e.id, formatMoment(e.at), formatMoment(last.at));
  switch (e.type) {
    case 'submit':
      own(f).submittedAt = e.at;
      break;
    case 'accept':
      accept(f, e);
      break;
    case 'request-supplement':
      if (PRE_ACCEPTANCE.has(d.state)) own(f).deskRequests += 1;
      else requestSupplement(f, e.at);
      break;
    case 'supplement-received':
      if (!PRE_ACCEPTANCE.has(d.state)) resume(f, e.at);
      break;
    case 'request-payment': {
      const effect = d.rules!.paymentClock.value === 'pause' ? 'pause' : 'run';
      ownPauses(f).push(Object.freeze({ kind: 'payment', from: e.at, effect }));
      break;
    }
    case 'payment-received':
      resume(f, e.at);
      break;
    case 'extend':
      extend(f, e.id, e.at, e.newAppointmentDateOnly ? appointmentOnDay(f.d.clock.deadline as Deadline, dayOfMoment(e.newAppointment)) : e.newAppointment);
      break;
    case 'hand-over':
      if (d.steps.length) handOver(d, e);
      break;
    case 'refuse':
      finishOwnSteps(d, e);
      finish(f, 'refused', e.at);
      break;
    case 'withdraw':
      if (!PRE_ACCEPTANCE.has(d.state) && !d.rules!.withdrawalBeforeDecision.value) {
        const r = d.rules!.withdrawalBeforeDecision;
        throw violation('withdrawalBeforeDecision', r.basis, 'the rule set does not let the applicant withdraw an accepted dossier');
      }
      endWait(f, e.at);
      finish(f, 'withdrawn', e.at);
      break;
    case 'stop':
      endWait(f, e.at);
      finish(f, 'stopped', e.at);
      break;
    case 'close-unsupplemented':
      // Finished at the closing, the wait (request → closing) excluded like a pause; the request
      // moment stays in the span, and timelinessFacts passes it on (`pendingSupplementSince`) so
      // that the metrics policy chooses the finish: the closing (standard) or the request
      // (Decision 766 [X], `pendingSupplementRequest: 'finished-at-request'`).
      closeUnsupplemented(d, e.at);
      endWait(f, e.at);
      finish(f, 'stopped', e.at);
      break;
    case 'decide':
      finishOwnSteps(d, e);
      own(f).decidedAt = e.at;
      finish(f, 'decided', e.at);
      break;
    case 'return-result':
      own(f).returnedAt = e.at;
      finish(f, 'returned', e.at);
      break;
    case 'refuse-at-reception':
      break;
  }
  if (transition.to !== 'stay') d.state = transition.to;
  d.events.push(e);
}

/**
 * A hand-over on a dossier with a step plan. By default the giver's open steps finish and the
 * receiver's ready steps start; a default hand-over must move the plan (`steps.handOver`):
 * - a giver with no open step may only dispatch: each step it starts has no predecessor, or
 *   follows a step the giver finished (the desk sending a dossier to parallel agencies);
 * - a receiver with no ready step is accepted only when it owns a step that follows one this
 *   hand-over finishes (it starts once its other predecessors are done), or when the plan is then
 *   complete (the last agency hands the result back).
 * Explicit `completes` / `starts` (possibly empty) name the steps and bypass these defaults.
 */
function handOver(d: Draft, e: Extract<DossierEvent, { type: 'hand-over' }>): void {
  const clock = workingClockOf(d.clock.deadline!);
  const completes = e.completes ?? openStepsOf(d.steps, e.unit);
  const finished = finishSteps(d.steps, completes, e.at, e.id, clock);
  const starts = e.starts ?? readyStepsOf(finished, e.toUnit);
  if (e.completes === undefined && completes.length === 0) {
    const byId = new Map(finished.map((s) => [s.id, s]));
    const dispatch = starts.length > 0 && starts.every((id) => {
      const after = byId.get(id)!.after;
      return after.length === 0 || after.some((a) => byId.get(a)!.agency === e.unit && byId.get(a)!.status === 'done');
    });
    if (!dispatch) {
      throw violation('steps.handOver', HAND_OVER_BASIS,
        `hand-over from "${e.unit}" to "${e.toUnit}" moves no step: "${e.unit}" has no open step${starts.length ? ` and did not finish a step that ${starts.join(', ')} follow${starts.length === 1 ? 's' : ''}` : ''}; `
        + `open steps: ${stepList(d.steps, 'open')}; ready steps: ${readyList(d.steps)} (name the steps with completes / starts if this is intended)`, ['unit']);
    }
  }
  if (e.starts === undefined && starts.length === 0) {
    const done = new Set(completes);
    const waits = finished.some((s) => s.status === 'pending' && s.agency === e.toUnit && s.after.some((a) => done.has(a)));
    const complete = finished.every((s) => s.status === 'done');
    if (!waits && !complete) {
      const own = finished.filter((s) => s.agency === e.toUnit).map((s) => `${s.id} (${s.status})`);
      throw violation('steps.handOver', HAND_OVER_BASIS,
        `hand-over from "${e.unit}" to "${e.toUnit}" moves no step to the receiver: "${e.toUnit}" has no ready step (its steps: ${own.join(', ') || 'none in the plan'}); `
        + `open steps: ${stepList(finished, 'open')}; ready steps: ${readyList(finished)} (name the steps with completes / starts if this is intended)`, ['toUnit']);
    }
  }
  d.steps = startSteps(finished, starts, e.at, e.id, clock);
}

function stepList(steps: readonly StepState[], status: StepState['status']): string {
  const out = steps.filter((s) => s.status === status).map((s) => `${s.id} (${s.agency})`);
  return out.length ? out.join(', ') : 'none';
}

function readyList(steps: readonly StepState[]): string {
  const agencies = new Set(steps.map((s) => s.agency));
  const out: string[] = [];
  for (const agency of agencies) for (const id of readyStepsOf(steps, agency)) out.push(`${id} (${agency})`);
  return out.length ? out.join(', ') : 'none';
}

/** Decree 118/2025 Art. 17(3) [P]: the limit runs from receipt as shown on the slip; the rule set is the one in force that day. */
function accept(f: Fold, e: Extract<DossierEvent, { type: 'accept' }>): void {
  const d = f.d;
  const receivedAt = e.receivedAt ?? e.at;
  if (receivedAt > e.at) {
    throw violation('accept.receivedAt', SLIP_BASIS, `the receipt ${formatMoment(receivedAt)} cannot be after the acceptance that issues the slip, ${formatMoment(e.at)}`, ['receivedAt']);
  }
  const ruleset = d.rulesetId ? resolveRuleset(d.rulesetId) : rulesetFor(receivedAt);
  const preset = d.presetId ? resolvePreset(d.presetId) : undefined;
  const deadline = computeDeadline({
    receivedAt, limit: d.limit, channel: d.channel, ruleset,
    ...(preset ? { preset } : {}), ...(d.deadlinePolicy ? { policy: d.deadlinePolicy } : {}), ...(d.calendar ? { calendar: d.calendar } : {}),
  });
  const due = e.appointment === undefined ? deadline.dueMs
    : e.appointmentDateOnly ? appointmentOnDay(deadline, dayOfMoment(e.appointment)) : e.appointment;
  if (due <= receivedAt) {
    throw violation('accept.appointment', SLIP_BASIS, `the appointment ${formatMoment(due)} must be after the receipt, ${formatMoment(receivedAt)}`, ['appointment']);
  }
  d.code = e.code;
  d.ruleset = ruleset;
  d.rules = resolveLifecycleRules(ruleset, preset, d.policy);
  const c = own(f);
  c.receivedAt = receivedAt;
  c.originalDeadline = deadline;
  c.deadline = deadline;
  c.originalDueMs = due;
  c.currentDueMs = due;
  if (d.steps.length) {
    const first = d.steps.filter((s) => s.after.length === 0 && s.agency === e.unit).map((s) => s.id);
    d.steps = startSteps(d.steps, first, receivedAt, e.id, workingClockOf(deadline));
  }
}

/** Decree 61/2018 Art. 19(4), Decree 118/2025 Art. 19(5) [P]: one request, within 3 working days of receipt (rule-set values). */
function requestSupplement(f: Fold, at: EpochMs): void {
  const rules = f.d.rules as LifecycleRules;
  const c = f.d.clock;
  const max = rules.maxSupplementRequests;
  if (c.supplementRequests + 1 > max.value) {
    throw violation('supplementation.maxRequests', max.basis, `at most ${max.value} supplementation request${max.value === 1 ? '' : 's'} after acceptance; this would be number ${c.supplementRequests + 1}`);
  }
  const within = rules.supplementRequestWithinWorkingDays;
  if (within.value !== null) {
    const deadline = c.deadline as Deadline;
    const from = dayOfMoment(deadline.receivedMs);
    const used = deadline.calendar.days.workingDaysBetween(from, dayOfMoment(at));
    if (used > within.value) {
      throw violation('supplementation.requestWithinWorkingDays', within.basis,
        `a supplementation request must be issued within ${within.value} working days of receipt (${formatDay(from)}); ${formatDay(dayOfMoment(at))} is ${used} working days later`, ['at']);
    }
  }
  own(f).supplementRequests += 1;
  ownPauses(f).push(Object.freeze({ kind: 'supplementation', from: at, effect: rules.supplementationClock.value }));
}

/** Closes the open wait: a pause moves the appointment by its length; a restart runs the full limit again from `at`. */
function resume(f: Fold, at: EpochMs): void {
  const d = f.d;
  const pauses = ownPauses(f);
  const c = own(f);
  const open = pauses.pop()!;
  const deadline = c.deadline as Deadline;
  if (open.effect === 'restart') {
    const next = computeDeadline({
      receivedAt: at, limit: d.limit, channel: d.channel, ruleset: deadline.ruleset,
      ...(deadline.preset ? { preset: deadline.preset } : {}), ...(d.deadlinePolicy ? { policy: d.deadlinePolicy } : {}), calendar: deadline.calendar,
    });
    const wm = workingClockOf(deadline).workingMinutesBetween(open.from, at);
    pauses.push(Object.freeze({ ...open, to: at, workingMinutes: wm }));
    c.deadline = next;
    c.currentDueMs = next.dueMs;
    delete c.dueLastDay;
    c.restarts += 1;
    // The limit runs again from the completion (Decree 61/2018 Art. 19(4), Decree 118/2025
    // Art. 19(5)): an extension issued before replaced the appointment then in force; the
    // restart's appointment replaces it now. The extension stays counted (one per dossier).
    if (c.extensionLog.some((x) => x.supersededAt === undefined)) {
      c.extensionLog = Object.freeze(c.extensionLog.map((x) => (x.supersededAt === undefined ? Object.freeze({ ...x, supersededAt: at }) : x)));
    }
    d.steps = restartOpenSteps(d.steps, at, workingClockOf(next));
  } else {
    closeSpan(f, open, at);
  }
}

/**
 * Closes an open span at `at` without a restart: a pause moves the appointment (and the open
 * steps) by its length; so does a `restart` span ended by a finish (`byFinish`: nothing was
 * completed, so nothing restarts, and the applicant's wait is excluded as under a pause — the
 * span keeps its effect, `shiftMs` says how far the appointment moved); a `run` span only records
 * its working minutes. Used when the awaited supplement or payment arrives, and when the dossier
 * finishes while waiting.
 */
function closeSpan(f: Fold, open: PauseSpan, at: EpochMs, byFinish = false): void {
  const pauses = ownPauses(f);
  const c = own(f);
  const deadline = c.deadline as Deadline;
  const ended = byFinish ? { endedByFinish: true as const } : {};
  if (open.effect === 'pause' || (open.effect === 'restart' && byFinish)) {
    const { dueMs, workingMinutes, lastDay } = shiftByPause(deadline, c.currentDueMs!, open.from, at, c.dueLastDay);
    pauses.push(Object.freeze({ ...open, to: at, ...ended, workingMinutes, shiftMs: dueMs - c.currentDueMs! }));
    c.currentDueMs = dueMs;
    if (lastDay !== undefined) c.dueLastDay = lastDay;
    if (open.effect === 'pause') {
      c.pausedMs += at - open.from;
      c.pausedWorkingMinutes += workingMinutes;
      f.d.steps = pauseOpenSteps(f.d.steps, workingMinutes, workingClockOf(deadline));
    }
  } else {
    pauses.push(Object.freeze({ ...open, to: at, ...ended, workingMinutes: workingClockOf(deadline).workingMinutesBetween(open.from, at) }));
  }
}

/**
 * The dossier finishes (withdrawn, stopped, closed unsupplemented) while waiting for the applicant:
 * the wait ends at `at`. Under a pause it is excluded as it would be had the dossier resumed (the
 * appointment moves by the wait so far); under a restart nothing restarts (nothing is completed)
 * and the wait is excluded the same way. So the finish is judged as the dossier was judged while
 * it waited (`timelinessFacts` with `asOf` moves the appointment of an open wait likewise).
 */
function endWait(f: Fold, at: EpochMs): void {
  const pauses = f.d.clock.pauses;
  const open = pauses[pauses.length - 1];
  if (open === undefined || open.to !== undefined || f.d.clock.deadline === undefined) return;
  ownPauses(f).pop();
  closeSpan(f, open, at, true);
}

/** Decree 61/2018 Art. 19(9), Decree 118/2025 Art. 19(6) [P]; Decree 297/2025 Art. 6(5) [P] for `after-due`. */
function extend(f: Fold, id: string, at: EpochMs, newAppointment: EpochMs): void {
  const rules = f.d.rules as LifecycleRules;
  const c = f.d.clock;
  const current = c.currentDueMs!;
  const max = rules.maxExtensions;
  if (c.extensions + 1 > max.value) {
    const superseded = c.extensionLog.filter((x) => x.supersededAt !== undefined).length;
    throw violation('extension.maxCount', max.basis, `the new appointment may be set only ${max.value === 1 ? 'once' : `${max.value} times`}`
      + (superseded ? ` (${superseded} already issued, replaced by the restart of the limit after supplementation, still count)` : ''));
  }
  if (newAppointment <= current) {
    throw violation('extension.newAppointment', max.basis,
      `the new appointment ${formatMoment(newAppointment)} must be after the current one, ${formatMoment(current)}`, ['newAppointment']);
  }
  if (newAppointment <= at) {
    throw violation('extension.newAppointment', max.basis,
      `the new appointment ${formatMoment(newAppointment)} must be after the extension is issued, ${formatMoment(at)}`, ['newAppointment']);
  }
  const timing = rules.extensionTiming;
  if (timing.value === 'before-due') {
    const notice = rules.extensionNoticeDays;
    const days = (c.deadline as Deadline).calendar.days;
    const latest = days.addWorkingDays(dayOfMoment(current), -notice.value);
    if (latest < dayOfMoment(c.receivedAt!)) {
      throw violation('extension.timing', notice.basis,
        `the limit leaves no day for the ${notice.value}-working-day notice before the appointment (${formatDay(dayOfMoment(current))}): no extension can be issued in time under this rule set`, ['at']);
    }
    if (dayOfMoment(at) > latest) {
      throw violation('extension.timing', notice.basis,
        `an extension must be issued at least ${notice.value} working day${notice.value === 1 ? '' : 's'} before the appointment (${formatDay(dayOfMoment(current))}): by ${formatDay(latest)}, not ${formatDay(dayOfMoment(at))}`, ['at']);
    }
  } else if (at <= current) {
    throw violation('extension.timing', timing.basis, `under this rule set the extension is issued once the appointment (${formatMoment(current)}) has passed`, ['at']);
  }
  const record = Object.freeze({ eventId: id, at, fromDueMs: current, toDueMs: newAppointment });
  const w = own(f);
  w.currentDueMs = newAppointment;
  delete w.dueLastDay;
  w.extensions += 1;
  w.extensionLog = Object.freeze([...c.extensionLog, record]);
}

/**
 * Decree 118/2025 Art. 19(5) [P]: closed when not supplemented 15 days after the request (calendar
 * days). Returns the moment of the unanswered request.
 */
function closeUnsupplemented(d: Draft, at: EpochMs): EpochMs {
  const rule = (d.rules as LifecycleRules).closeUnsupplementedAfterDays;
  if (rule.value === null) {
    throw violation('supplementation.closeAfterDays', rule.basis, 'the rule set provides no closing of an unanswered supplementation request; stop the dossier instead');
  }
  const open = d.clock.pauses[d.clock.pauses.length - 1]!;
  const last = dayOfMoment(open.from) + rule.value;
  // The period ends at the end of its last day (Civil Code 2015 Art. 148(1) [S]): closing from the next day.
  if (dayOfMoment(at) <= last) {
    throw violation('supplementation.closeAfterDays', rule.basis,
      `the applicant has until the end of ${formatDay(last)} (${rule.value} days after the request of ${formatDay(dayOfMoment(open.from))}); closing is possible from ${formatDay(last + 1)}`, ['at']);
  }
  return open.from;
}

function finishOwnSteps(d: Draft, e: DossierEvent): void {
  if (!d.steps.length) return;
  const own = openStepsOf(d.steps, e.unit);
  if (own.length) d.steps = finishSteps(d.steps, own, e.at, e.id, workingClockOf(d.clock.deadline!));
}

function finish(f: Fold, kind: NonNullable<DossierClock['finishKind']>, at: EpochMs): void {
  if (f.d.clock.finishedAt !== undefined || f.d.clock.receivedAt === undefined) return;
  const c = own(f);
  c.finishedAt = at;
  c.finishKind = kind;
}

export type { PauseSpan };
