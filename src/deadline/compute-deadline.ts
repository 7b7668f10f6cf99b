import { vnCalendar } from '../calendar/vn-calendar.js';
import type { WorkCalendar } from '../calendar/work-calendar.js';
import { cite, formatCitation, type Citation } from '../citation/citation.js';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { OutOfRangeError } from '../errors/out-of-range-error.js';
import { dayFromYmd, daysInMonth, ymdFromDay, type DayNumber } from '../time/day-number.js';
import { formatDay, formatMoment } from '../time/format.js';
import { dayOfMoment, momentAt, msOfDay, MS_PER_MINUTE, type EpochMs } from '../time/moment.js';
import { parseMoment, type MomentInput } from '../time/parse.js';
import { Deadline, type TraceStep } from './deadline.js';
import { formatLimit, parseLimit, type Limit, type LimitInput } from './limit.js';
import { formatClock } from './office-hours.js';
import type { Channel, Cutoff, DeadlinePolicy, DeadlinePolicyInput } from './policy.js';
import type { Preset, PresetId } from './presets.js';
import { resolvePolicy, resolvePreset } from './resolve-policy.js';
import { resolveRuleset, rulesetFor, type Ruleset, type RulesetId } from './rulesets.js';
import { WorkingClock } from './working-clock.js';

/** What `computeDeadline` takes. */
export interface DeadlineInput {
  /** When the complete, valid dossier was received (as on the receipt slip: Decree 118/2025 Art. 17(3)). */
  readonly receivedAt: MomentInput;
  /** The procedure's limit: `{ value, unit }` or its text (`"05 ngày làm việc"`). */
  readonly limit: LimitInput;
  /** Default `in-person`. */
  readonly channel?: Channel;
  /** Default: the rule set in force on the receipt day (`rulesetFor`). */
  readonly ruleset?: RulesetId | Ruleset;
  /** A peer preset (`thanh-hoa`, `opencps`) reproducing an existing system. */
  readonly preset?: PresetId | Preset;
  /** Overrides of the rule set's and preset's choices. */
  readonly policy?: DeadlinePolicyInput;
  /** Default: `vnCalendar()` (or, for a preset without make-up Saturdays, that variant). */
  readonly calendar?: WorkCalendar;
}

const CHANNELS: readonly Channel[] = ['in-person', 'online', 'post'];
const FIFTEEN: Cutoff = Object.freeze({ kind: 'time', minute: 15 * 60 });
const BASIS = {
  count: cite('Civil Code 2015 (Law 91/2015/QH13)', 'Art. 147(2)', 'S', 'the first day is not counted; applied to working days'),
  rollOff: cite('Civil Code 2015 (Law 91/2015/QH13)', 'Art. 148(5)', 'S'),
  months: cite('Civil Code 2015 (Law 91/2015/QH13)', 'Art. 147–148', 'S', 'a month period ends on the corresponding day of the last month, or its last day'),
  cutoffB: cite('Decree 63/2024/NĐ-CP Art. 7; Decree 23/2015/NĐ-CP Art. 21', undefined, 'U', 'explicit for some procedures; as a general rule unverified'),
  hours: cite('Thanh Hóa provincial system; OpenCPS', undefined, 'X', 'limit × 8 working hours counted inside office hours'),
  fraction: cite('internal procedures (quy trình nội bộ) with step allotments in fractions of a day', undefined, 'X'),
  rounding: cite('OpenCPS', undefined, 'X', 'due time rounded up to the next quarter hour'),
} satisfies Record<string, Citation>;

/** Caches (pure values keyed by immutable inputs; kept small and bounded). */
const limitCache = new Map<string, Limit>();
const policyCache = new WeakMap<object, WeakMap<Ruleset, WeakMap<object, DeadlinePolicy>>>();
const DEFAULT_POLICY_KEY = {};
const clockCache = new WeakMap<WorkCalendar, WeakMap<object, WorkingClock>>();

function cachedLimit(input: LimitInput): Limit {
  if (typeof input !== 'string') return parseLimit(input);
  let limit = limitCache.get(input);
  if (limit === undefined) {
    limit = parseLimit(input);
    if (limitCache.size < 1024) limitCache.set(input, limit);
  }
  return limit;
}

function cachedPolicy(ruleset: Ruleset, preset: Preset | undefined, input: DeadlinePolicyInput | undefined): DeadlinePolicy {
  // Keyed by the (frozen) rule set and preset objects and the caller's policy object: callers
  // should reuse one policy object rather than write a literal per call.
  const holder = input ?? DEFAULT_POLICY_KEY;
  let byRuleset = policyCache.get(holder);
  if (!byRuleset) policyCache.set(holder, (byRuleset = new WeakMap()));
  let byPreset = byRuleset.get(ruleset);
  if (!byPreset) byRuleset.set(ruleset, (byPreset = new WeakMap()));
  const presetKey = preset ?? DEFAULT_POLICY_KEY;
  let policy = byPreset.get(presetKey);
  if (!policy) byPreset.set(presetKey, (policy = resolvePolicy(ruleset, preset, input)));
  return policy;
}

function cachedClock(calendar: WorkCalendar, policy: DeadlinePolicy): WorkingClock {
  let byHours = clockCache.get(calendar);
  if (!byHours) clockCache.set(calendar, (byHours = new WeakMap()));
  let clock = byHours.get(policy.officeHours);
  if (!clock) byHours.set(policy.officeHours, (clock = new WorkingClock(calendar.days, policy.officeHours)));
  return clock;
}

/** Everything a computation needs, resolved and validated. */
export interface Context {
  readonly receivedMs: EpochMs;
  readonly limit: Limit;
  readonly channel: Channel;
  readonly ruleset: Ruleset;
  readonly preset: Preset | undefined;
  readonly policy: DeadlinePolicy;
  readonly calendar: WorkCalendar;
  readonly clock: WorkingClock;
}

/** Collects trace steps when explaining; `null` on the fast path. */
type Tracer = TraceStep[] | null;

function describeDay(calendar: WorkCalendar, day: DayNumber): string {
  const info = calendar.dayInfo(formatDay(day));
  return `${info.occasion ? `${info.occasion}, ` : ''}${info.kind.replace(/-/g, ' ')}`;
}

/** Traces every non-working day in (from, to] that is not a plain weekend. */
function noteSkipped(tracer: Tracer, ctx: Context, from: DayNumber, to: DayNumber): void {
  if (!tracer) return;
  for (let d = from + 1; d <= to; d++) {
    if (ctx.calendar.days.isWorkingDay(d)) continue;
    const info = ctx.calendar.dayInfo(formatDay(d));
    if (info.kind === 'weekly-rest' && info.occasion === undefined) continue;
    tracer.push({ rule: 'skip', message: `${info.date} skipped: ${describeDay(ctx.calendar, d)}`, ...(info.basis ? { basis: info.basis } : {}) });
  }
}

/** The cut-off in force, or undefined: mode A has none; B and B′ default to 15:00; C only when set. */
function effectiveCutoff(policy: DeadlinePolicy): Cutoff | undefined {
  if (policy.mode === 'A') return undefined;
  if (policy.cutoff === undefined) return policy.mode === 'C' ? undefined : FIFTEEN;
  return policy.cutoff.kind === 'none' ? undefined : policy.cutoff;
}

function cutoffMinute(cutoff: Cutoff, clock: WorkingClock, day: DayNumber): number {
  return cutoff.kind === 'time' ? cutoff.minute : cutoff.kind === 'before-closing' ? clock.closing(day) - cutoff.minutes : 1440;
}

function describeCutoff(cutoff: Cutoff, minute: number): string {
  return cutoff.kind === 'time' ? `the ${formatClock(minute)} cut-off` : `the cut-off ${cutoff.kind === 'before-closing' ? `${cutoff.minutes} min before closing (${formatClock(minute)})` : ''}`;
}

/** The receipt after the off-hours rule of its channel. */
function deemedReceipt(ctx: Context, tracer: Tracer): EpochMs {
  const { receivedMs, clock, policy, channel } = ctx;
  if (policy.offHoursReceipt[channel] !== 'next-opening' || clock.isOpen(receivedMs)) return receivedMs;
  const deemed = clock.clampForward(receivedMs);
  if (tracer) {
    const from = formatDay(dayOfMoment(receivedMs));
    const to = formatDay(dayOfMoment(deemed));
    tracer.push({
      rule: 'off-hours',
      message: `received ${channel} outside office hours → deemed received at ${formatMoment(deemed)} (policy: ${channel} receipts outside hours count from the next opening)`,
      basis: channel === 'online' ? ctx.ruleset.onlineOutsideHours.basis : channel === 'post' ? ctx.ruleset.postalReceipt.basis : (ctx.preset?.basis ?? BASIS.hours),
      ...(from !== to ? { from, to } : {}),
    });
  }
  return deemed;
}

/** Mode B/B′ (and same-day) shift: the next working day when after the cut-off or on a day off. */
function shiftedReceiptDay(ctx: Context, deemed: EpochMs, cutoff: Cutoff | undefined, tracer: Tracer): DayNumber | undefined {
  const day = dayOfMoment(deemed);
  const { days } = ctx.calendar;
  if (!days.isWorkingDay(day)) {
    const next = days.nextWorkingDay(day);
    tracer?.push({
      rule: 'cutoff', message: `received on a day off (${formatDay(day)}: ${describeDay(ctx.calendar, day)}) → receipt day moved to ${formatDay(next)} (policy: mode ${ctx.policy.mode})`,
      basis: BASIS.cutoffB, from: formatDay(day), to: formatDay(next),
    });
    return next;
  }
  const minute = cutoff ? cutoffMinute(cutoff, ctx.clock, day) : ctx.clock.closing(day);
  if (msOfDay(deemed) / MS_PER_MINUTE < minute) return undefined;
  const next = days.nextWorkingDay(day);
  tracer?.push({
    rule: 'cutoff',
    message: `received after ${cutoff ? describeCutoff(cutoff, minute) : `closing (${formatClock(minute)})`} → receipt day moved to ${formatDay(next)} (policy: ${cutoff ? `cut-off ${formatClock(minute)}` : 'no cut-off; closing'}, mode ${ctx.policy.mode})`,
    basis: ctx.ruleset.cutoff.value.kind === 'none' && cutoff ? BASIS.cutoffB : ctx.ruleset.cutoff.basis,
    from: formatDay(day), to: formatDay(next),
  });
  return next;
}

function dueAt(ctx: Context, day: DayNumber): EpochMs {
  return ctx.policy.dueTime === 'end-of-day' ? momentAt(day, 1440) - 1000 : momentAt(day, ctx.clock.closing(day));
}

function noteDueTime(ctx: Context, tracer: Tracer, day: DayNumber): void {
  if (!tracer) return;
  tracer.push({
    rule: 'due-time',
    message: ctx.policy.dueTime === 'end-of-day'
      ? `due at the end of ${formatDay(day)} (policy: end of day, Civil Code 2015 Art. 148(1))`
      : `due at the office's closing, ${formatClock(ctx.clock.closing(day))} on ${formatDay(day)} (policy: due at closing)`,
    basis: ctx.ruleset.dueTime.basis,
  });
}

/** Working days in modes A, B, B′. */
function countWorkingDays(ctx: Context, deemed: EpochMs, n: number, tracer: Tracer): { start: EpochMs; due: DayNumber } {
  const { days } = ctx.calendar;
  const mode = ctx.policy.mode;
  let from = dayOfMoment(deemed);
  let first = n;
  if (mode === 'B' || mode === 'B-prime') {
    const shifted = shiftedReceiptDay(ctx, deemed, effectiveCutoff(ctx.policy), tracer);
    if (shifted !== undefined) {
      if (mode === 'B-prime') {
        // B′: the next working day is itself day 1 [U].
        first = n - 1;
        tracer?.push({ rule: 'count-start', message: `mode B′: ${formatDay(shifted)} is day 1 of ${n}`, basis: BASIS.cutoffB });
      }
      from = shifted;
    }
  }
  const due = days.addWorkingDays(from, first);
  if (tracer) {
    tracer.push({
      rule: 'count-working-days',
      message: first === n
        ? `${n} working day${n === 1 ? '' : 's'} counted after ${formatDay(from)} (the receipt day is not counted) → ${formatDay(due)}`
        : `${first} more working day${first === 1 ? '' : 's'} after ${formatDay(from)} → ${formatDay(due)}`,
      basis: BASIS.count, from: formatDay(from), to: formatDay(due),
    });
    noteSkipped(tracer, ctx, from, due);
  }
  // Counting starts the day after the receipt day (Civil Code 2015 Art. 147(2)); under B′ the
  // shifted day is itself day 1.
  return { start: momentAt(first === n ? from + 1 : from, 0), due };
}

/** Working minutes (mode C, working hours, fractional days). */
function countWorkingMinutes(ctx: Context, deemed: EpochMs, minutes: number, tracer: Tracer): { start: EpochMs; dueMs: EpochMs } {
  const { clock } = ctx;
  const cutoff = ctx.policy.mode === 'C' ? effectiveCutoff(ctx.policy) : undefined;
  let start = clock.clampForward(deemed);
  const receiptDay = dayOfMoment(deemed);
  if (cutoff && ctx.calendar.days.isWorkingDay(receiptDay) && msOfDay(deemed) / MS_PER_MINUTE >= cutoffMinute(cutoff, clock, receiptDay)) {
    const next = ctx.calendar.days.nextWorkingDay(receiptDay);
    start = momentAt(next, clock.opening(next));
    tracer?.push({
      rule: 'cutoff', message: `received after ${describeCutoff(cutoff, cutoffMinute(cutoff, clock, receiptDay))} → counting starts ${formatMoment(start)} (policy: cut-off)`,
      basis: BASIS.cutoffB, from: formatDay(receiptDay), to: formatDay(next),
    });
  } else if (start !== deemed && tracer) {
    const from = formatDay(receiptDay);
    const to = formatDay(dayOfMoment(start));
    tracer.push({
      rule: 'clamp', message: `received outside office hours → counting starts at ${formatMoment(start)}`,
      basis: BASIS.hours, ...(from !== to ? { from, to } : {}),
    });
  }
  const dueMs = clock.addWorkingMinutes(start, minutes);
  if (tracer) {
    const h = Math.floor(minutes / 60);
    const m = minutes % 60;
    tracer.push({
      rule: 'count-working-hours',
      message: `${h} h${m ? ` ${m} min` : ''} of office hours counted from ${formatMoment(start)} → ${formatMoment(dueMs)}`,
      basis: BASIS.hours, from: formatDay(dayOfMoment(start)), to: formatDay(dayOfMoment(dueMs)),
    });
    noteSkipped(tracer, ctx, dayOfMoment(start), dayOfMoment(dueMs));
  }
  return { start, dueMs };
}

function rollOff(ctx: Context, day: DayNumber, tracer: Tracer): DayNumber {
  if (!ctx.policy.calendarDayRollOff || ctx.calendar.days.isWorkingDay(day)) return day;
  const next = ctx.calendar.days.nextWorkingDay(day);
  tracer?.push({
    rule: 'roll-off',
    message: `last day ${formatDay(day)} fell on a day off (${describeDay(ctx.calendar, day)}) → moved to the next working day ${formatDay(next)} (Civil Code 2015 Art. 148(5))`,
    basis: BASIS.rollOff, from: formatDay(day), to: formatDay(next),
  });
  return next;
}

function addMonths(day: DayNumber, months: number): DayNumber {
  const { year, month, day: dom } = ymdFromDay(day);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return dayFromYmd(y, m, Math.min(dom, daysInMonth(y, m)));
}

/** The computation proper; `tracer` is null on the fast path and an array when explaining. */
function run(ctx: Context, tracer: Tracer): { startMs: EpochMs; dueMs: EpochMs; dueDay: DayNumber } {
  const { limit, policy } = ctx;
  tracer?.push({
    rule: 'receipt',
    message: `received ${formatMoment(ctx.receivedMs)} (${ctx.channel}); limit ${formatLimit(limit)}; rule set ${ctx.ruleset.id}${ctx.preset ? `, preset ${ctx.preset.id}` : ''}; mode ${policy.mode}`,
    basis: ctx.ruleset.governing[0]!,
    to: formatDay(dayOfMoment(ctx.receivedMs)),
  });
  const deemed = deemedReceipt(ctx, tracer);
  let startMs: EpochMs;
  let dueMs: EpochMs;
  let dueDay: DayNumber;
  const fractional = limit.unit === 'working-days' && !Number.isInteger(limit.value);
  if (limit.unit === 'working-hours' || (limit.unit === 'working-days' && (policy.mode === 'C' || fractional))) {
    if (fractional && policy.mode !== 'C') {
      tracer?.push({ rule: 'fraction', message: `a fractional limit (${limit.value} working days) is counted as ${limit.value * policy.hoursPerWorkingDay} working hours`, basis: BASIS.fraction });
    }
    const minutes = Math.round(limit.unit === 'working-hours' ? limit.value * 60 : limit.value * policy.hoursPerWorkingDay * 60);
    ({ start: startMs, dueMs } = countWorkingMinutes(ctx, deemed, minutes, tracer));
    dueDay = dayOfMoment(dueMs);
  } else if (limit.unit === 'working-days') {
    let start: EpochMs;
    ({ start, due: dueDay } = countWorkingDays(ctx, deemed, limit.value, tracer));
    startMs = start;
    dueMs = dueAt(ctx, dueDay);
    noteDueTime(ctx, tracer, dueDay);
  } else if (limit.unit === 'same-day') {
    const cutoff = effectiveCutoff(policy);
    // After the cut-off, after closing, or on a day off, the same day is the next working day.
    const shifted = shiftedReceiptDay(ctx, deemed, cutoff, tracer);
    dueDay = shifted ?? dayOfMoment(deemed);
    startMs = shifted === undefined ? deemed : momentAt(shifted, ctx.clock.opening(shifted));
    dueMs = dueAt(ctx, dueDay);
    noteDueTime(ctx, tracer, dueDay);
  } else {
    // Calendar days and months: Civil Code counting, the first day not counted, then roll-off.
    let from = dayOfMoment(deemed);
    let n = limit.value;
    let dayOne = false;
    if (policy.mode === 'B' || policy.mode === 'B-prime') {
      const shifted = shiftedReceiptDay(ctx, deemed, effectiveCutoff(policy), tracer);
      if (shifted !== undefined) {
        from = shifted;
        if (policy.mode === 'B-prime' && limit.unit === 'calendar-days') {
          n -= 1;
          dayOne = true;
        }
      }
    }
    const last = limit.unit === 'months' ? addMonths(from, n) : from + n;
    tracer?.push({
      rule: limit.unit === 'months' ? 'count-months' : 'count-calendar-days',
      message: `${formatLimit(limit)} counted after ${formatDay(from)} → last day ${formatDay(last)}`,
      basis: limit.unit === 'months' ? BASIS.months : cite('Civil Code 2015 (Law 91/2015/QH13)', 'Art. 147(2)', 'S'),
      from: formatDay(from), to: formatDay(last),
    });
    if (!ctx.calendar.days.isWorkingDay(last) && !policy.calendarDayRollOff) {
      tracer?.push({ rule: 'roll-off', message: `last day ${formatDay(last)} is a day off; no roll-off (policy)`, basis: BASIS.rollOff });
    }
    dueDay = rollOff(ctx, last, tracer);
    startMs = momentAt(dayOne ? from : from + 1, 0);
    dueMs = dueAt(ctx, dueDay);
    noteDueTime(ctx, tracer, dueDay);
  }
  if (policy.rounding === 'quarter-hour-up') {
    const quarter = 15 * MS_PER_MINUTE;
    const rounded = Math.ceil(dueMs / quarter) * quarter;
    if (rounded !== dueMs) tracer?.push({ rule: 'rounding', message: `${formatMoment(dueMs)} rounded up to ${formatMoment(rounded)} (policy: quarter hour)`, basis: BASIS.rounding });
    dueMs = rounded;
    dueDay = dayOfMoment(dueMs);
  }
  tracer?.push({ rule: 'due', message: `appointment: ${formatMoment(dueMs)}`, basis: ctx.ruleset.governing[0]! });
  return { startMs, dueMs, dueDay };
}

/** @internal Resolves and validates an input (shared with the step-budget helper). */
export function resolveContext(input: DeadlineInput): Context {
  if (typeof input !== 'object' || input === null) {
    throw new InvalidInputError('deadline input', [{ path: [], message: 'expected an object { receivedAt, limit, … }' }]);
  }
  const receivedMs = parseMoment(input.receivedAt, ['receivedAt']);
  const limit = cachedLimit(input.limit);
  const channel = input.channel ?? 'in-person';
  if (!CHANNELS.includes(channel)) {
    throw new InvalidInputError('deadline input', [{ path: ['channel'], message: `expected one of ${CHANNELS.join(', ')}, got ${JSON.stringify(channel)}` }]);
  }
  const ruleset = input.ruleset === undefined ? rulesetFor(receivedMs) : resolveRuleset(input.ruleset);
  const preset = input.preset === undefined ? undefined : resolvePreset(input.preset);
  const calendar = input.calendar ?? (preset && !preset.makeUpWorkingDays ? vnCalendar({ makeUpWorkingDays: false }) : vnCalendar());
  const day = dayOfMoment(receivedMs);
  if (day < calendar.days.first || day > calendar.days.last) {
    throw new OutOfRangeError(`a receipt on ${formatDay(day)} is outside the calendar (1968–2100)`, ['receivedAt']);
  }
  const policy = cachedPolicy(ruleset, preset, input.policy);
  return { receivedMs, limit, channel, ruleset, preset, policy, calendar, clock: cachedClock(calendar, policy) };
}

/**
 * The appointment (ngày hẹn trả kết quả) for a dossier received at `receivedAt` with a limit,
 * under the rule set in force on the receipt day (or the one named), a peer preset and policy
 * overrides. Returns a `Deadline` with the due moment, the start of counting, the rule set,
 * `provisional`, and a `trace` of every rule applied with its citation.
 *
 * Basis: Civil Code 2015 Art. 147–148 [S]; Decree 61/2018 Art. 18–19 [P]; Decree 118/2025 Art.
 * 17–19 [P]; modes and presets per `spec/deadline.md`.
 *
 * @throws {InvalidInputError} bad limit, channel or policy (with the field path)
 * @throws {InvalidMomentError} a receipt that is not a moment
 * @throws {OutOfRangeError} a receipt before 1968 or after 2100
 * @throws {UnknownRulesetError} an unknown rule set or preset id
 * @example
 * computeDeadline({ receivedAt: '2025-08-28T16:10', limit: '3 ngày làm việc' }).dueWallTime
 * // '2025-09-04T17:00:00+07:00' (mode A: Fri 29/8, Wed 3/9, Thu 4/9 — 30/8 … 2/9 off)
 */
export function computeDeadline(input: DeadlineInput): Deadline {
  const ctx = resolveContext(input);
  const { startMs, dueMs, dueDay } = run(ctx, null);
  const receiptDay = dayOfMoment(ctx.receivedMs);
  return new Deadline(
    {
      receivedMs: ctx.receivedMs, startMs, dueMs, dueDay, limit: ctx.limit, channel: ctx.channel, mode: ctx.policy.mode,
      ruleset: ctx.ruleset, preset: ctx.preset,
      provisional: ctx.calendar.days.isProvisional(Math.min(receiptDay, dueDay), Math.max(receiptDay, dueDay)),
      calendar: ctx.calendar, officeHours: ctx.policy.officeHours,
    },
    () => {
      const tracer: TraceStep[] = [];
      run(ctx, tracer);
      return tracer.map((step) => Object.freeze(step));
    },
  );
}

/** Renders a trace step with its citation, as the CLI prints it. */
export function formatTraceStep(step: TraceStep): string {
  return step.basis ? `${step.message} — ${formatCitation(step.basis)}` : step.message;
}
