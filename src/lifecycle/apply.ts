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
import { shiftByPause, workingClockOf, type DossierClock, type PauseSpan } from './clock.js';
import { createDossier, type Dossier, type DossierInput } from './dossier.js';
import { createEvent, isValidEvent, type DossierEvent, type DossierEventInput } from './events.js';
import { resolveLifecycleRules, type LifecycleRules } from './rules.js';
import { TRANSITIONS, allowedEvents } from './transitions.js';
import { finishSteps, openStepsOf, pauseOpenSteps, readyStepsOf, restartOpenSteps, startSteps } from './steps.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
/** A dossier being built: the reducer reassigns top-level fields and appends to `events`, never mutates shared values. */
type Draft = Mutable<Omit<Dossier, 'events'>> & { events: DossierEvent[] };

const PRE_ACCEPTANCE = new Set(['new', 'submitted', 'correcting']);

/**
 * Applies one event to a dossier and returns the new dossier (the input is untouched; both are
 * frozen). "Now" is the event's moment: every rule is checked against it, no clock is read.
 *
 * Checks, in order: the event is valid (events from `createEvent` are trusted as they are), its id
 * is new (idempotency), it is not earlier than the last event, the state accepts it (`TRANSITIONS`),
 * and the rule set's rules hold (supplementation limits and window, the single extension and its
 * timing, withdrawal before the decision, closing after an unanswered request).
 *
 * @throws {IllegalTransitionError} the state does not accept the event (names the state, the event and the allowed events)
 * @throws {DuplicateEventError} an event with this id was already applied
 * @throws {EventOrderError} the event is dated before the last one
 * @throws {RuleViolationError} a rule of the rule set is broken (names the rule and its citation)
 * @throws {InvalidInputError} a malformed event or a hand-over that does not fit the step plan
 * @example
 * let d = createDossier({ procedure: 'P1', field: 'Đất đai', unit: 'UBND xã A', limit: '10 ngày làm việc' });
 * d = applyEvent(d, { type: 'accept', at: '2026-03-09T09:00', unit: 'UBND xã A', officer: 'Lan', code: 'H01-260309-0001' });
 * d.clock.currentDueMs === parseMoment('2026-03-23T17:00') // true
 */
export function applyEvent(dossier: Dossier, event: DossierEvent | DossierEventInput): Dossier {
  const e = isValidEvent(event) ? event : createEvent(event as DossierEventInput);
  for (const seen of dossier.events) if (seen.id === e.id) throw new DuplicateEventError(e.id, dossier.id);
  const draft: Draft = { ...dossier, events: [...dossier.events] };
  step(draft, e);
  return freeze(draft);
}

/**
 * The dossier obtained by applying `events` in order to `from` (a dossier, or the input of
 * `createDossier`). Equal to applying them one by one with `applyEvent`, but builds one value.
 *
 * @throws the errors of `applyEvent`, for the first event that fails
 * @example
 * const d = replay([accept, handOver, decide, returned], { procedure: 'P1', field: 'Hộ tịch', unit: 'UBND xã A', limit: '3 ngày làm việc' });
 * d.state // 'returned'
 */
export function replay(events: Iterable<DossierEvent | DossierEventInput>, from: Dossier | DossierInput): Dossier {
  const start = isDossier(from) ? from : createDossier(from);
  const draft: Draft = { ...start, events: [...start.events] };
  const ids = new Set<string>();
  for (const seen of start.events) ids.add(seen.id);
  for (const event of events) {
    const e = isValidEvent(event) ? event : createEvent(event as DossierEventInput);
    if (ids.has(e.id)) throw new DuplicateEventError(e.id, start.id);
    ids.add(e.id);
    step(draft, e);
  }
  return freeze(draft);
}

function isDossier(value: Dossier | DossierInput): value is Dossier {
  return Object.isFrozen(value) && Array.isArray((value as Dossier).events) && typeof (value as Dossier).state === 'string';
}

function freeze(draft: Draft): Dossier {
  Object.freeze(draft.events);
  Object.freeze(draft.steps);
  if (!Object.isFrozen(draft.clock)) {
    Object.freeze(draft.clock.pauses);
    Object.freeze(draft.clock);
  }
  return Object.freeze(draft) as Dossier;
}

function violation(rule: string, basis: { readonly source: string; readonly mark: 'P' | 'S' | 'X' | 'U'; readonly article?: string }, message: string, path: string[] = []): RuleViolationError {
  return new RuleViolationError(rule, basis, message, path);
}

/** The reducer: checks the event against the state and the rules, then updates the draft. */
function step(d: Draft, e: DossierEvent): void {
  const transition = TRANSITIONS[d.state][e.type];
  if (!transition) throw new IllegalTransitionError(d.state, e.type, allowedEvents(d.state), e.id);
  const last = d.events[d.events.length - 1];
  if (last && e.at < last.at) throw new EventOrderError(e.id, formatMoment(e.at), formatMoment(last.at));
  const c = d.clock;
  switch (e.type) {
    case 'submit':
      d.clock = { ...c, submittedAt: e.at };
      break;
    case 'accept':
      accept(d, e);
      break;
    case 'request-supplement':
      if (PRE_ACCEPTANCE.has(d.state)) d.clock = { ...c, deskRequests: c.deskRequests + 1 };
      else requestSupplement(d, e.at);
      break;
    case 'supplement-received':
      if (!PRE_ACCEPTANCE.has(d.state)) resume(d, e.at);
      break;
    case 'request-payment': {
      const effect = d.rules!.paymentClock.value === 'pause' ? 'pause' : 'run';
      d.clock = { ...c, pauses: [...c.pauses, { kind: 'payment', from: e.at, effect }] };
      break;
    }
    case 'payment-received':
      resume(d, e.at);
      break;
    case 'extend':
      extend(d, e.id, e.at, e.newAppointment);
      break;
    case 'hand-over':
      if (d.steps.length) {
        const clock = workingClockOf(c.deadline!);
        const finished = finishSteps(d.steps, e.completes ?? openStepsOf(d.steps, e.unit), e.at, e.id, clock);
        d.steps = startSteps(finished, e.starts ?? readyStepsOf(finished, e.toUnit), e.at, e.id, clock);
      }
      break;
    case 'refuse':
      finishOwnSteps(d, e);
      finish(d, 'refused', e.at);
      break;
    case 'withdraw':
      if (!PRE_ACCEPTANCE.has(d.state) && !d.rules!.withdrawalBeforeDecision.value) {
        const r = d.rules!.withdrawalBeforeDecision;
        throw violation('withdrawalBeforeDecision', r.basis, 'the rule set does not let the applicant withdraw an accepted dossier');
      }
      finish(d, 'withdrawn', e.at);
      break;
    case 'stop':
      finish(d, 'stopped', e.at);
      break;
    case 'close-unsupplemented':
      closeUnsupplemented(d, e.at);
      finish(d, 'stopped', e.at);
      break;
    case 'decide':
      finishOwnSteps(d, e);
      d.clock = { ...d.clock, decidedAt: e.at };
      finish(d, 'decided', e.at);
      break;
    case 'return-result':
      d.clock = { ...c, returnedAt: e.at };
      finish(d, 'returned', e.at);
      break;
    case 'refuse-at-reception':
      break;
  }
  if (transition.to !== 'stay') d.state = transition.to;
  d.events.push(e);
}

/** Decree 118/2025 Art. 17(3) [P]: the limit runs from receipt as shown on the slip; the rule set is the one in force that day. */
function accept(d: Draft, e: Extract<DossierEvent, { type: 'accept' }>): void {
  const receivedAt = e.receivedAt ?? e.at;
  const ruleset = d.rulesetId ? resolveRuleset(d.rulesetId) : rulesetFor(receivedAt);
  const preset = d.presetId ? resolvePreset(d.presetId) : undefined;
  const deadline = computeDeadline({
    receivedAt, limit: d.limit, channel: d.channel, ruleset,
    ...(preset ? { preset } : {}), ...(d.deadlinePolicy ? { policy: d.deadlinePolicy } : {}), ...(d.calendar ? { calendar: d.calendar } : {}),
  });
  const due = e.appointment ?? deadline.dueMs;
  d.code = e.code;
  d.ruleset = ruleset;
  d.rules = resolveLifecycleRules(ruleset, preset, d.policy);
  d.clock = { ...d.clock, receivedAt, originalDeadline: deadline, deadline, originalDueMs: due, currentDueMs: due };
  if (d.steps.length) {
    const first = d.steps.filter((s) => s.after.length === 0 && s.agency === e.unit).map((s) => s.id);
    d.steps = startSteps(d.steps, first, receivedAt, e.id, workingClockOf(deadline));
  }
}

/** Decree 61/2018 Art. 19(4), Decree 118/2025 Art. 19(5) [P]: one request, within 3 working days of receipt (rule-set values). */
function requestSupplement(d: Draft, at: EpochMs): void {
  const rules = d.rules as LifecycleRules;
  const c = d.clock;
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
  d.clock = { ...c, supplementRequests: c.supplementRequests + 1, pauses: [...c.pauses, { kind: 'supplementation', from: at, effect: rules.supplementationClock.value }] };
}

/** Closes the open wait: a pause moves the appointment by its length; a restart runs the full limit again from `at`. */
function resume(d: Draft, at: EpochMs): void {
  const c = d.clock;
  const open = c.pauses[c.pauses.length - 1]!;
  const deadline = c.deadline as Deadline;
  const pauses = c.pauses.slice(0, -1);
  if (open.effect === 'restart') {
    const next = computeDeadline({
      receivedAt: at, limit: d.limit, channel: d.channel, ruleset: deadline.ruleset,
      ...(deadline.preset ? { preset: deadline.preset } : {}), ...(d.deadlinePolicy ? { policy: d.deadlinePolicy } : {}), calendar: deadline.calendar,
    });
    const wm = workingClockOf(deadline).workingMinutesBetween(open.from, at);
    pauses.push(Object.freeze({ ...open, to: at, workingMinutes: wm }));
    d.clock = { ...c, pauses, deadline: next, currentDueMs: next.dueMs, restarts: c.restarts + 1 };
    d.steps = restartOpenSteps(d.steps, at, workingClockOf(next));
  } else if (open.effect === 'pause') {
    const { dueMs, workingMinutes } = shiftByPause(deadline, c.currentDueMs!, open.from, at);
    pauses.push(Object.freeze({ ...open, to: at, workingMinutes, shiftMs: dueMs - c.currentDueMs! }));
    d.clock = { ...c, pauses, currentDueMs: dueMs, pausedMs: c.pausedMs + (at - open.from), pausedWorkingMinutes: c.pausedWorkingMinutes + workingMinutes };
    d.steps = pauseOpenSteps(d.steps, workingMinutes, workingClockOf(deadline));
  } else {
    pauses.push(Object.freeze({ ...open, to: at, workingMinutes: workingClockOf(deadline).workingMinutesBetween(open.from, at) }));
    d.clock = { ...c, pauses };
  }
}

/** Decree 61/2018 Art. 19(9), Decree 118/2025 Art. 19(6) [P]; Decree 297/2025 Art. 6(5) [P] for `after-due`. */
function extend(d: Draft, id: string, at: EpochMs, newAppointment: EpochMs): void {
  const rules = d.rules as LifecycleRules;
  const c = d.clock;
  const current = c.currentDueMs!;
  const max = rules.maxExtensions;
  if (c.extensions + 1 > max.value) {
    throw violation('extension.maxCount', max.basis, `the new appointment may be set only ${max.value === 1 ? 'once' : `${max.value} times`}`);
  }
  if (newAppointment <= current) {
    throw violation('extension.newAppointment', max.basis,
      `the new appointment ${formatMoment(newAppointment)} must be after the current one, ${formatMoment(current)}`, ['newAppointment']);
  }
  const timing = rules.extensionTiming;
  if (timing.value === 'before-due') {
    const notice = rules.extensionNoticeDays;
    const days = (c.deadline as Deadline).calendar.days;
    const latest = days.addWorkingDays(dayOfMoment(current), -notice.value);
    if (dayOfMoment(at) > latest) {
      throw violation('extension.timing', notice.basis,
        `an extension must be issued at least ${notice.value} working day${notice.value === 1 ? '' : 's'} before the appointment (${formatDay(dayOfMoment(current))}): by ${formatDay(latest)}, not ${formatDay(dayOfMoment(at))}`, ['at']);
    }
  } else if (at <= current) {
    throw violation('extension.timing', timing.basis, `under this rule set the extension is issued once the appointment (${formatMoment(current)}) has passed`, ['at']);
  }
  const record = Object.freeze({ eventId: id, at, fromDueMs: current, toDueMs: newAppointment });
  d.clock = { ...c, currentDueMs: newAppointment, extensions: c.extensions + 1, extensionLog: Object.freeze([...c.extensionLog, record]) };
}

/** Decree 118/2025 Art. 19(5) [P]: closed when not supplemented 15 days after the request (calendar days). */
function closeUnsupplemented(d: Draft, at: EpochMs): void {
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
}

function finishOwnSteps(d: Draft, e: DossierEvent): void {
  if (!d.steps.length) return;
  const own = openStepsOf(d.steps, e.unit);
  if (own.length) d.steps = finishSteps(d.steps, own, e.at, e.id, workingClockOf(d.clock.deadline!));
}

function finish(d: Draft, kind: NonNullable<DossierClock['finishKind']>, at: EpochMs): void {
  if (d.clock.finishedAt !== undefined || d.clock.receivedAt === undefined) return;
  d.clock = { ...d.clock, finishedAt: at, finishKind: kind };
}

export type { PauseSpan };
