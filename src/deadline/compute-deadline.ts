import { vnCalendar } from '../calendar/vn-calendar.js';
import { WorkCalendar } from '../calendar/work-calendar.js';
import { cite, formatCitation, type Citation } from '../citation/citation.js';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { typeName } from '../errors/type-name.js';
import { unknownFieldMessage } from '../errors/unknown-field.js';
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
import { POLICY_FIELDS, resolvePolicy, resolvePreset } from './resolve-policy.js';
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
  /** Overrides of the rule set's and preset's choices. Reuse one object: it is resolved once. */
  readonly policy?: DeadlinePolicyInput;
  /** Default: `vnCalendar()` (or, for a preset without make-up Saturdays, that variant). */
  readonly calendar?: WorkCalendar;
}

const INPUT_KEYS: readonly string[] = Object.freeze(['receivedAt', 'limit', 'channel', 'ruleset', 'preset', 'policy', 'calendar']);
const CHANNELS: readonly Channel[] = ['in-person', 'online', 'post'];
const CIVIL_CODE = 'Civil Code 2015 (Law 91/2015/QH13)';
const BASIS = {
  rollOff: cite(CIVIL_CODE, 'Art. 148(5)', 'S'),
  calendarDays: cite(CIVIL_CODE, 'Art. 147(2)', 'S', 'the first day is not counted'),
  months: cite(CIVIL_CODE, 'Art. 147–148', 'S', 'a month period ends on the corresponding day of the last month, or its last day'),
  shift: cite('Decree 63/2024/NĐ-CP Art. 7; Decree 23/2015/NĐ-CP Art. 21', undefined, 'U', 'a receipt after the cut-off, after closing or on a day off counts from the next working day; explicit for some procedures, as a general rule unverified'),
  sameDay: cite('"trong ngày" limits (spec/deadline.md, Units of a time limit)', undefined, 'S', 'due at the close of the receipt day; after closing or on a day off, of the next working day'),
  hours: cite('Thanh Hóa provincial system; OpenCPS', undefined, 'X', 'the limit in working hours, counted inside office hours'),
  fraction: cite('internal procedures (quy trình nội bộ) with step allotments in fractions of a day', undefined, 'X'),
  rounding: cite('OpenCPS', undefined, 'X', 'due time rounded up to the next quarter hour'),
} satisfies Record<string, Citation>;

/** Caches (pure values keyed by immutable inputs; bounded). */
const limitCache = new Map<string, Limit>();
const DEFAULT_KEY = {};
/** Per (policy object, rule set, preset): the resolved policy and the caller's policy value it was resolved from. */
const policyCache = new WeakMap<object, WeakMap<Ruleset, WeakMap<object, { readonly policy: DeadlinePolicy; readonly fingerprint: string }>>>();
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

/**
 * The caller's policy as a value (JSON of plain data), to notice a policy object changed since it
 * was cached — nested fields (cut-off, office hours) included.
 */
function policyFingerprint(input: DeadlinePolicyInput | undefined): string | undefined {
  if (input === undefined) return '';
  try {
    return JSON.stringify(input);
  } catch {
    return undefined; // not plain data (a bigint, a cycle): resolved uncached, where validation names the field
  }
}

function cachedPolicy(ruleset: Ruleset, preset: Preset | undefined, input: DeadlinePolicyInput | undefined): DeadlinePolicy {
  let byRuleset = policyCache.get(input ?? DEFAULT_KEY);
  if (!byRuleset) policyCache.set(input ?? DEFAULT_KEY, (byRuleset = new WeakMap()));
  let byPreset = byRuleset.get(ruleset);
  if (!byPreset) byRuleset.set(ruleset, (byPreset = new WeakMap()));
  const fingerprint = policyFingerprint(input);
  if (fingerprint === undefined) return resolvePolicy(ruleset, preset, input);
  const hit = byPreset.get(preset ?? DEFAULT_KEY);
  if (hit && hit.fingerprint === fingerprint) return hit.policy;
  const policy = resolvePolicy(ruleset, preset, input);
  byPreset.set(preset ?? DEFAULT_KEY, { policy, fingerprint });
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

/** Collects trace steps when explaining; `null` on the fast path (`tracer?.push(…)` then builds nothing). */
type Tracer = TraceStep[] | null;

/** The outcome of one counting rule. */
interface Counted {
  readonly startMs: EpochMs;
  readonly dueMs: EpochMs;
  readonly dueDay: DayNumber;
  /** Calendar days and months: the period's last day before roll-off (Civil Code 2015 Art. 148(5)). */
  readonly lastDay?: DayNumber;
}

function describeDay(calendar: WorkCalendar, day: DayNumber): string {
  const info = calendar.dayInfo(formatDay(day));
  return `${info.occasion ? `${info.occasion}, ` : ''}${info.kind.replace(/-/g, ' ')}`;
}

/** Traces every non-working day in (from, to] that is not a plain weekend. */
function traceSkipped(tracer: TraceStep[], ctx: Context, from: DayNumber, to: DayNumber): void {
  for (let d = from + 1; d <= to; d++) {
    if (ctx.calendar.days.isWorkingDay(d)) continue;
    const info = ctx.calendar.dayInfo(formatDay(d));
    if (info.kind === 'weekly-rest' && info.occasion === undefined) continue;
    tracer.push({ rule: 'skip', message: `${info.date} skipped: ${describeDay(ctx.calendar, d)}`, ...(info.basis ? { basis: info.basis } : {}) });
  }
}

/**
 * @internal The cut-off in force: none in mode A (the Civil Code counts from the receipt day whatever the
 * hour); the policy's when it names one; else the rule set's — `modeBCutoff` for B and B′,
 * `cutoff` for C.
 */
export function effectiveCutoff(ctx: Context): { cutoff: Cutoff; basis: Citation } | undefined {
  const { policy, ruleset } = ctx;
  if (policy.mode === 'A') return undefined;
  const chosen =
    policy.cutoff !== undefined
      ? { cutoff: policy.cutoff, basis: ctx.preset?.basis ?? BASIS.shift }
      : policy.mode === 'C'
        ? { cutoff: ruleset.cutoff.value, basis: ruleset.cutoff.basis }
        : { cutoff: ruleset.modeBCutoff.value, basis: ruleset.modeBCutoff.basis };
  return chosen.cutoff.kind === 'none' ? undefined : chosen;
}

/**
 * Whether a receipt at `minute` (fractional minutes after midnight) on working `day` counts from
 * the next working day. Boundaries, a reading of the texts [U]: "after 15:00" (Decree 63/2024
 * Art. 7) is strictly after, so 15:00:00 itself still counts that day; "the last hour before
 * closing" (Decree 297/2025 Art. 6(3)) includes its first instant; at closing the office is shut.
 * A cut-off later than closing is capped at closing.
 */
function isLateReceipt(ctx: Context, day: DayNumber, minute: number): boolean {
  const closing = ctx.clock.closing(day);
  if (minute >= closing) return true;
  const chosen = effectiveCutoff(ctx);
  if (!chosen) return false;
  const c = chosen.cutoff;
  if (c.kind === 'time') return minute > Math.min(c.minute, closing);
  if (c.kind === 'before-closing') return minute >= closing - c.minutes;
  return false;
}

/** The cut-off or closing minute named in the trace. */
function cutoffMinute(ctx: Context, day: DayNumber): number {
  const chosen = effectiveCutoff(ctx);
  const closing = ctx.clock.closing(day);
  if (!chosen) return closing;
  const c = chosen.cutoff;
  return c.kind === 'time' ? Math.min(c.minute, closing) : c.kind === 'before-closing' ? closing - c.minutes : closing;
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

/**
 * The next working day when the receipt came after the cut-off (or closing), or on a day off;
 * `undefined` when it counts on its own day. Used by modes B and B′, same-day limits and mode C.
 */
function shiftedDay(ctx: Context, deemed: EpochMs, tracer: Tracer): DayNumber | undefined {
  const day = dayOfMoment(deemed);
  const { days } = ctx.calendar;
  const working = days.isWorkingDay(day);
  const minute = working ? cutoffMinute(ctx, day) : 0;
  if (working && !isLateReceipt(ctx, day, msOfDay(deemed) / MS_PER_MINUTE)) return undefined;
  const next = days.nextWorkingDay(day);
  if (tracer) {
    const chosen = effectiveCutoff(ctx);
    const afterClosing = msOfDay(deemed) / MS_PER_MINUTE >= ctx.clock.closing(day);
    const why = !working
      ? `received on a day off (${formatDay(day)}: ${describeDay(ctx.calendar, day)})`
      : chosen && !afterClosing
        ? `received after the ${formatClock(minute)} cut-off`
        : `received after closing (${formatClock(ctx.clock.closing(day))})`;
    tracer.push({
      rule: 'cutoff',
      message: `${why} → receipt day moved to ${formatDay(next)} (policy: ${chosen ? `cut-off ${formatClock(minute)}` : 'closing'}, mode ${ctx.policy.mode})`,
      basis: ctx.limit.unit === 'same-day' ? BASIS.sameDay : working && chosen ? chosen.basis : BASIS.shift,
      from: formatDay(day), to: formatDay(next),
    });
  }
  return next;
}

/** Whether the mode moves a late receipt to the next working day before counting days. */
function shiftsDays(ctx: Context): boolean {
  return ctx.policy.mode === 'B' || ctx.policy.mode === 'B-prime';
}

function dueAt(ctx: Context, day: DayNumber): EpochMs {
  return ctx.policy.dueTime === 'end-of-day' ? momentAt(day, 1440) - 1 : momentAt(day, ctx.clock.closing(day));
}

function traceDueTime(ctx: Context, tracer: Tracer, day: DayNumber): void {
  tracer?.push({
    rule: 'due-time',
    message: ctx.policy.dueTime === 'end-of-day'
      ? `due at the end of ${formatDay(day)} (policy: end of day, ${CIVIL_CODE} Art. 148(1))`
      : `due at the office's closing, ${formatClock(ctx.clock.closing(day))} on ${formatDay(day)} (policy: due at closing)`,
    basis: ctx.ruleset.dueTime.basis,
  });
}

/** Working days (modes A, B, B′): the receipt day not counted; under B′ a shifted day is day 1. */
function countWorkingDays(ctx: Context, deemed: EpochMs, n: number, tracer: Tracer): Counted {
  const { days } = ctx.calendar;
  let from = dayOfMoment(deemed);
  let count = n;
  const shifted = shiftsDays(ctx) ? shiftedDay(ctx, deemed, tracer) : undefined;
  if (shifted !== undefined) {
    from = shifted;
    if (ctx.policy.mode === 'B-prime') {
      count = n - 1;
      tracer?.push({ rule: 'count-start', message: `mode B′: ${formatDay(shifted)} is day 1 of ${n}`, basis: BASIS.shift });
    }
  }
  const dueDay = days.addWorkingDays(from, count);
  if (tracer) {
    tracer.push({
      rule: 'count-working-days',
      message: count === n
        ? `${n} working day${n === 1 ? '' : 's'} counted after ${formatDay(from)} (the receipt day is not counted) → ${formatDay(dueDay)}`
        : `${count} more working day${count === 1 ? '' : 's'} after ${formatDay(from)} → ${formatDay(dueDay)}`,
      basis: ctx.ruleset.counting.basis, from: formatDay(from), to: formatDay(dueDay),
    });
    traceSkipped(tracer, ctx, from, dueDay);
  }
  // Counting starts on the first counted working day (Civil Code 2015 Art. 147(2)).
  const firstCounted = count === n ? days.nextWorkingDay(from) : from;
  return { startMs: momentAt(firstCounted, 0), dueMs: dueAt(ctx, dueDay), dueDay };
}

/** Working minutes from a start moment, inside office hours (mode C, working hours, fractions). */
function countMinutes(ctx: Context, startMs: EpochMs, minutes: number, tracer: Tracer): Counted {
  const dueMs = ctx.clock.addWorkingMinutes(startMs, minutes);
  if (tracer) {
    const h = Math.floor(minutes / 60);
    const m = minutes % 60;
    tracer.push({
      rule: 'count-working-hours',
      message: `${h} h${m ? ` ${m} min` : ''} of office hours counted from ${formatMoment(startMs)} → ${formatMoment(dueMs)}`,
      basis: BASIS.hours, from: formatDay(dayOfMoment(startMs)), to: formatDay(dayOfMoment(dueMs)),
    });
    traceSkipped(tracer, ctx, dayOfMoment(startMs), dayOfMoment(dueMs));
  }
  return { startMs, dueMs, dueDay: dayOfMoment(dueMs) };
}

/**
 * Where hour counting starts: the receipt clamped into office hours, or — in mode C with a
 * cut-off — the next opening after it. (B and B′ are day-counting modes: hour limits under them
 * start at the receipt.)
 */
function hourStart(ctx: Context, deemed: EpochMs, tracer: Tracer): EpochMs {
  const shifted = ctx.policy.mode === 'C' && effectiveCutoff(ctx) ? shiftedDay(ctx, deemed, tracer) : undefined;
  if (shifted !== undefined) return momentAt(shifted, ctx.clock.opening(shifted));
  const start = ctx.clock.clampForward(deemed);
  if (tracer && start !== deemed) {
    const from = formatDay(dayOfMoment(deemed));
    const to = formatDay(dayOfMoment(start));
    tracer.push({ rule: 'clamp', message: `received outside office hours → counting starts at ${formatMoment(start)}`, basis: BASIS.hours, ...(from !== to ? { from, to } : {}) });
  }
  return start;
}

/**
 * Fractional working days in modes A, B, B′: the whole days as days, then the fraction in working
 * hours after the close of the last whole day; a limit under one day is counted in working hours
 * from the (shifted) receipt.
 */
function countFractionalDays(ctx: Context, deemed: EpochMs, value: number, tracer: Tracer): Counted {
  const whole = Math.floor(value + 1e-9);
  const minutes = Math.round((value - whole) * ctx.policy.hoursPerWorkingDay * 60);
  tracer?.push({
    rule: 'fraction',
    message: `${value} working days: ${whole ? `${whole} whole day${whole === 1 ? '' : 's'}, then ` : ''}${minutes / 60} working hours`,
    basis: BASIS.fraction,
  });
  if (whole === 0) {
    const shifted = shiftsDays(ctx) ? shiftedDay(ctx, deemed, tracer) : undefined;
    const start = shifted !== undefined ? momentAt(shifted, ctx.clock.opening(shifted)) : ctx.clock.clampForward(deemed);
    return countMinutes(ctx, start, minutes, tracer);
  }
  const days = countWorkingDays(ctx, deemed, whole, tracer);
  const closing = momentAt(days.dueDay, ctx.clock.closing(days.dueDay));
  const rest = countMinutes(ctx, closing, minutes, tracer);
  return { startMs: days.startMs, dueMs: rest.dueMs, dueDay: rest.dueDay };
}

function addMonths(day: DayNumber, months: number): DayNumber {
  const { year, month, day: dom } = ymdFromDay(day);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return dayFromYmd(y, m, Math.min(dom, daysInMonth(y, m)));
}

/** Calendar days and months: Civil Code counting (first day not counted), then roll-off (Art. 148(5)). */
function countCalendar(ctx: Context, deemed: EpochMs, tracer: Tracer): Counted {
  const { limit, policy } = ctx;
  const { days } = ctx.calendar;
  let from = dayOfMoment(deemed);
  let n = limit.value;
  let dayOne = false;
  const shifted = shiftsDays(ctx) ? shiftedDay(ctx, deemed, tracer) : undefined;
  if (shifted !== undefined) {
    from = shifted;
    dayOne = policy.mode === 'B-prime' && limit.unit === 'calendar-days';
    if (dayOne) n -= 1;
  }
  const last = limit.unit === 'months' ? addMonths(from, n) : from + n;
  tracer?.push({
    rule: limit.unit === 'months' ? 'count-months' : 'count-calendar-days',
    message: `${formatLimit(limit)} counted after ${formatDay(from)} → last day ${formatDay(last)}`,
    basis: limit.unit === 'months' ? BASIS.months : BASIS.calendarDays, from: formatDay(from), to: formatDay(last),
  });
  let dueDay = last;
  if (!days.isWorkingDay(last)) {
    if (policy.calendarDayRollOff) {
      dueDay = days.nextWorkingDay(last);
      tracer?.push({
        rule: 'roll-off',
        message: `last day ${formatDay(last)} fell on a day off (${describeDay(ctx.calendar, last)}) → moved to the next working day ${formatDay(dueDay)} (${CIVIL_CODE} Art. 148(5))`,
        basis: BASIS.rollOff, from: formatDay(last), to: formatDay(dueDay),
      });
    } else {
      tracer?.push({ rule: 'roll-off', message: `last day ${formatDay(last)} is a day off; no roll-off (policy)`, basis: BASIS.rollOff });
    }
  }
  return { startMs: momentAt(dayOne ? from : from + 1, 0), dueMs: dueAt(ctx, dueDay), dueDay, lastDay: last };
}

/** Same-day limits: due at the close of the receipt day, or of the next working day after the cut-off, closing or a day off. */
function countSameDay(ctx: Context, deemed: EpochMs, tracer: Tracer): Counted {
  const shifted = shiftedDay(ctx, deemed, tracer);
  const dueDay = shifted ?? dayOfMoment(deemed);
  const startMs = shifted === undefined ? deemed : momentAt(shifted, ctx.clock.opening(shifted));
  return { startMs, dueMs: dueAt(ctx, dueDay), dueDay };
}

/** Quarter-hour rounding (OpenCPS [X]); never past the end of the due day. */
function round(ctx: Context, counted: Counted, tracer: Tracer): Counted {
  if (ctx.policy.rounding !== 'quarter-hour-up') return counted;
  const quarter = 15 * MS_PER_MINUTE;
  const rounded = Math.ceil(counted.dueMs / quarter) * quarter;
  if (rounded === counted.dueMs || dayOfMoment(rounded) !== counted.dueDay) return counted;
  tracer?.push({ rule: 'rounding', message: `${formatMoment(counted.dueMs)} rounded up to ${formatMoment(rounded)} (policy: quarter hour)`, basis: BASIS.rounding });
  return { ...counted, dueMs: rounded };
}

/** The computation proper; `tracer` is null on the fast path and an array when explaining. */
function run(ctx: Context, tracer: Tracer): Counted {
  const { limit, policy } = ctx;
  tracer?.push({
    rule: 'receipt',
    message: `received ${formatMoment(ctx.receivedMs)} (${ctx.channel}); limit ${formatLimit(limit)}; rule set ${ctx.ruleset.id}${ctx.preset ? `, preset ${ctx.preset.id}` : ''}; mode ${policy.mode}`,
    basis: ctx.ruleset.governing[0]!,
    to: formatDay(dayOfMoment(ctx.receivedMs)),
  });
  const deemed = deemedReceipt(ctx, tracer);
  let counted: Counted;
  if (limit.unit === 'working-hours' || (limit.unit === 'working-days' && policy.mode === 'C')) {
    const perUnit = limit.unit === 'working-hours' ? 60 : policy.hoursPerWorkingDay * 60;
    counted = countMinutes(ctx, hourStart(ctx, deemed, tracer), Math.round(limit.value * perUnit), tracer);
  } else if (limit.unit === 'working-days') {
    counted = Number.isInteger(limit.value) ? countWorkingDays(ctx, deemed, limit.value, tracer) : countFractionalDays(ctx, deemed, limit.value, tracer);
    if (Number.isInteger(limit.value)) traceDueTime(ctx, tracer, counted.dueDay);
  } else if (limit.unit === 'same-day') {
    counted = countSameDay(ctx, deemed, tracer);
    traceDueTime(ctx, tracer, counted.dueDay);
  } else {
    counted = countCalendar(ctx, deemed, tracer);
    traceDueTime(ctx, tracer, counted.dueDay);
  }
  counted = round(ctx, counted, tracer);
  tracer?.push({ rule: 'due', message: `appointment: ${formatMoment(counted.dueMs)}`, basis: ctx.ruleset.governing[0]! });
  return counted;
}

/** @internal Resolves and validates an input (shared with the step-budget helper). */
export function resolveContext(input: DeadlineInput): Context {
  if (typeof input !== 'object' || input === null) {
    throw new InvalidInputError('deadline input', [{ path: [], message: 'expected an object { receivedAt, limit, … }' }]);
  }
  for (const key of Object.keys(input)) {
    if (!INPUT_KEYS.includes(key)) {
      // A policy field at the top level (`{ …, mode: 'B' }`) belongs under `policy`: say so.
      const message = POLICY_FIELDS.includes(key) ? `unknown field ${JSON.stringify(key)} (did you mean policy.${key}?); allowed: ${INPUT_KEYS.join(', ')}` : unknownFieldMessage(key, INPUT_KEYS);
      throw new InvalidInputError('deadline input', [{ path: [key], message }]);
    }
  }
  const receivedMs = parseMoment(input.receivedAt, ['receivedAt']);
  const limit = cachedLimit(input.limit);
  const channel = input.channel ?? 'in-person';
  if (!CHANNELS.includes(channel)) {
    throw new InvalidInputError('deadline input', [{ path: ['channel'], message: `expected one of ${CHANNELS.join(', ')}, got ${JSON.stringify(channel)}` }]);
  }
  // O(1) type checks before the caches: a policy keys a WeakMap, a calendar is read by its index.
  if (input.policy !== undefined && (typeof input.policy !== 'object' || input.policy === null)) {
    throw new InvalidInputError('policy', [{ path: ['policy'], message: `expected an object of policy fields, got ${typeName(input.policy)}` }]);
  }
  if (input.calendar !== undefined && !(input.calendar instanceof WorkCalendar)) {
    throw new InvalidInputError('deadline input', [{ path: ['calendar'], message: `expected a WorkCalendar (call vnCalendar()), got ${typeName(input.calendar)}` }]);
  }
  let ruleset = input.ruleset === undefined ? rulesetFor(receivedMs) : resolveRuleset(input.ruleset);
  const preset = input.preset === undefined ? undefined : resolvePreset(input.preset);
  const calendar = input.calendar ?? (preset && !preset.makeUpWorkingDays ? vnCalendar({ makeUpWorkingDays: false }) : vnCalendar());
  const day = dayOfMoment(receivedMs);
  if (day < calendar.days.first || day > calendar.days.last) {
    throw new OutOfRangeError(`a receipt on ${formatDay(day)} is outside the calendar (1968–2100)`, ['receivedAt']);
  }
  let policy = cachedPolicy(ruleset, preset, input.policy);
  let clock = cachedClock(calendar, policy);
  // A dossier keeps the rules of the day it is received (spec/README.md); a filing deemed received
  // at the next opening (online or postal receipts outside office hours) is received then: one
  // filed online at 20:00 on 2025-06-30 is received on 2025-07-01 under Decree 118/2025, as the
  // receipt slip and the lifecycle's acceptance show [U]. It follows the named `offHoursReceipt`
  // policy: with `as-received` the actual moment decides the rule set.
  if (input.ruleset === undefined && policy.offHoursReceipt[channel] === 'next-opening' && !clock.isOpen(receivedMs)) {
    const deemedRuleset = rulesetFor(clock.clampForward(receivedMs));
    if (deemedRuleset !== ruleset) {
      ruleset = deemedRuleset;
      policy = cachedPolicy(ruleset, preset, input.policy);
      clock = cachedClock(calendar, policy);
    }
  }
  return { receivedMs, limit, channel, ruleset, preset, policy, calendar, clock };
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
 * @throws {InvalidInputError} bad limit, channel, policy, calendar, rule set object or an unknown field (with the field path)
 * @throws {InvalidMomentError} a receipt that is not a moment
 * @throws {OutOfRangeError} a receipt before 1968 or after 2100
 * @throws {UnknownRulesetError} an unknown rule set or preset id
 * @example
 * computeDeadline({ receivedAt: '2025-08-28T16:10', limit: '3 ngày làm việc' }).dueWallTime
 * // '2025-09-04T17:00:00+07:00' (mode A: Fri 29/8, Wed 3/9, Thu 4/9 — 30/8 … 2/9 off)
 */
export function computeDeadline(input: DeadlineInput): Deadline {
  const ctx = resolveContext(input);
  const { startMs, dueMs, dueDay, lastDay } = run(ctx, null);
  const receiptDay = dayOfMoment(ctx.receivedMs);
  return new Deadline(
    {
      receivedMs: ctx.receivedMs, startMs, dueMs, dueDayNumber: dueDay, lastDayNumber: lastDay ?? dueDay, limit: ctx.limit, channel: ctx.channel, mode: ctx.policy.mode, dueTime: ctx.policy.dueTime,
      ruleset: ctx.ruleset, preset: ctx.preset,
      provisional: ctx.calendar.days.isProvisional(Math.min(receiptDay, dueDay), Math.max(receiptDay, dueDay)),
      calendar: ctx.calendar, officeHours: ctx.policy.officeHours, hoursPerWorkingDay: ctx.policy.hoursPerWorkingDay,
    },
    () => {
      const tracer: TraceStep[] = [];
      run(ctx, tracer);
      return tracer.map((step) => Object.freeze(step));
    },
  );
}

/**
 * Renders a trace step with its citation, as the CLI prints it.
 * @example
 * const trace = computeDeadline({ receivedAt: '2025-08-28T16:10', limit: '3 ngày làm việc' }).trace;
 * formatTraceStep(trace[1])
 * // '3 working days counted after 2025-08-28 (the receipt day is not counted) → 2025-09-04 — Civil Code 2015 (Law 91/2015/QH13) Art. 147–148; Decree 118/2025/NĐ-CP Art. 17(3) [S]'
 */
export function formatTraceStep(step: TraceStep): string {
  return step.basis ? `${step.message} — ${formatCitation(step.basis)}` : step.message;
}
