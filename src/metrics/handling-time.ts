import * as z from 'zod/mini';
import { vnCalendar } from '../calendar/vn-calendar.js';
import { WorkCalendar } from '../calendar/work-calendar.js';
import { formatClock, STANDARD_OFFICE_HOURS, toOfficeHours } from '../deadline/office-hours.js';
import { WorkingClock } from '../deadline/working-clock.js';
import { IncompatibleReportsError } from '../errors/incompatible-reports-error.js';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { hoursInADay, oneOf } from '../errors/schemas.js';
import { validate } from '../errors/validate.js';
import { mergeInput } from '../internal/merge-input.js';
import { formatDay, formatMoment } from '../time/format.js';
import { dayOfMoment, momentAt } from '../time/moment.js';
import { parseAsOf, parseDay, type MomentInput } from '../time/parse.js';
import { EXCLUDED, finishMoment, timelinessCode, WITHIN } from './classify.js';
import { checkStateGroups, GroupIndex, NO_VALUE, resolveGroupBy, type ReportDimension } from './groups.js';
import { HANDLING_TIME_BASIS } from './handling-time-basis.js';
import type {
  HandlingTimeAccumulator, HandlingTimeOptions, HandlingTimeReport, HandlingTimeRow, HandlingTimeState, HandlingTimeTotals, HandlingTimeUnit,
} from './handling-time-types.js';
import { isTimelinessPolicy, periodFields } from './options.js';
import { standardTimeliness, type TimelinessPolicy } from './policy.js';
import { checkDossierRecord, type DossierRecord } from './record.js';

export type {
  HandlingTimeAccumulator, HandlingTimeOptions, HandlingTimeReport, HandlingTimeRow, HandlingTimeState, HandlingTimeTotals, HandlingTimeUnit,
} from './handling-time-types.js';

/**
 * The handling-time units: what `HandlingTimeOptions.timeUnit` accepts (default `'working-days'`).
 * @example
 * HANDLING_TIME_UNITS // ['working-days', 'working-hours', 'calendar-days']
 * buildHandlingTimeReport([], { from: '2026-03-01', to: '2026-03-31', timeUnit: 'months' }) // throws INVALID_INPUT — not a handling-time unit
 */
export const HANDLING_TIME_UNITS: readonly HandlingTimeUnit[] = Object.freeze(['working-days', 'working-hours', 'calendar-days']);

const TOTAL_KEYS = Object.freeze(['finished', 'inProgress', 'seconds'] as const);
const SECONDS_PER: Readonly<Record<HandlingTimeUnit, number>> = { 'working-days': 0, 'working-hours': 3_600, 'calendar-days': 86_400 };
const UNIT_TEXT: Readonly<Record<HandlingTimeUnit, string>> = {
  'working-days': 'working days (working minutes inside office hours ÷ minutes per working day)',
  'working-hours': 'working hours (inside office hours, on working days)',
  'calendar-days': 'calendar days (elapsed time ÷ 24 h)',
};

const optionsSchema = z.strictObject({
  ...periodFields,
  timeUnit: z.optional(oneOf(HANDLING_TIME_UNITS)),
  policy: z.optional(z.custom<TimelinessPolicy>(isTimelinessPolicy, 'expected a timeliness policy (e.g. standardTimeliness)')),
  pausedTime: z.optional(oneOf(['exclude', 'ignore'])),
  calendar: z.optional(z.custom<WorkCalendar>((v) => v instanceof WorkCalendar, 'expected a WorkCalendar (vnCalendar())')),
  officeHours: z.optional(z.unknown()),
  hoursPerWorkingDay: z.optional(hoursInADay()),
});

/**
 * A mergeable accumulator of Decision 766 indicator 2.2, the **average handling time** (thời gian
 * giải quyết trung bình) per procedure [X: a vendor's formula document: "finished dossiers started
 * in the period, in the procedure's unit"]. No source gives its points: this is the measure only.
 *
 * Counted: dossiers **received** in the period (`from` … `to`), not refused at reception, that the
 * policy counts **finished** by `asOf` — the same test as the period report's finished column
 * (`timelinessCode`), so a finish kind the policy leaves out is not counted and those still open
 * are counted apart as `inProgress` [U]. Handling time runs from `receivedAt` to the policy's
 * finish moment (`finishMoment`, as indicator 2.1 and the period report use it: the first finish by
 * default, the result's return under `resultReturnedTimeliness`, a single pending supplementation
 * request's moment under `decision766Timeliness`) [U]. Paused time (`pausedMs`) is excluded by
 * default [U], as 2.1 subtracts supplementation time [X]; the record does not say where the pause lay,
 * so it is taken off the end (the finish moved back by it, as the policy moves the appointment
 * forward by it) [U]. Records from the lifecycle's `timelinessFacts` fold their pauses into the
 * appointment and carry no `pausedMs`, so their waits stay in the handling time.
 *
 * Units [U]: working days = working minutes inside office hours on the calendar's working days ÷
 * minutes per working day (fractional); working hours likewise ÷ 60; calendar days = elapsed time
 * ÷ 24 h. Totals are kept as whole seconds, so `merge` adds integers: associative and commutative,
 * any sharding gives the same `result()`. The calendar is not in the state: merge states built
 * with the same calendar.
 *
 * @example
 * const rec = (received: string, finished?: string) => ({
 *   unit: 'UBND xã A', procedure: 'Đăng ký khai sinh', channel: 'online' as const, supplementRequests: 0,
 *   receivedAt: parseMoment(received), originalDueMs: parseMoment('2026-03-31T17:00'),
 *   ...(finished && { finishedAt: parseMoment(finished), finishKind: 'decided' as const }),
 * });
 * const a = createHandlingTimeAccumulator({ from: '2026-03-01', to: '2026-03-31' });
 * a.add(rec('2026-03-02T08:00', '2026-03-04T10:00')); // Mon 7 h + Tue 8 h + Wed 3 h = 18 working hours
 * const b = createHandlingTimeAccumulator({ from: '2026-03-01', to: '2026-03-31' });
 * b.add(rec('2026-03-06T16:00', '2026-03-09T10:00')); // Fri 1 h + Mon 3 h (the weekend off) = 4 h
 * b.add(rec('2026-03-30T08:00'));                     // still in progress on 31/3: not in the average
 * const row = a.merge(b.state()).result().groups[0];
 * row // { key: { procedure: 'Đăng ký khai sinh' }, finished: 2, inProgress: 1, total: 2.75, average: 1.375 }
 */
export function createHandlingTimeAccumulator(options: HandlingTimeOptions): HandlingTimeAccumulator {
  const o = validate(optionsSchema, options, 'handling-time options');
  const fromDay = parseDay(o.from, ['from']);
  const toDay = parseDay(o.to, ['to']);
  if (toDay < fromDay) throw new InvalidInputError('handling-time options', [{ path: ['to'], message: 'the period ends before it starts' }]);
  const start = momentAt(fromDay);
  const end = momentAt(toDay + 1);
  const asOf = o.asOf === undefined ? end - 1 : parseAsOf(o.asOf as MomentInput, ['asOf']);
  if (asOf < start) throw new InvalidInputError('handling-time options', [{ path: ['asOf'], message: 'before the period starts' }]);
  const groupBy = resolveGroupBy(o.groupBy, ['procedure'], 'handling-time options');
  const depth = groupBy.length;
  const policy = o.policy ?? standardTimeliness;
  const timeUnit = o.timeUnit ?? 'working-days';
  const pausedTime = o.pausedTime ?? policy.pausedTime;
  const excludePaused = pausedTime === 'exclude';
  const calendar = o.calendar ?? vnCalendar();
  const hours = o.officeHours === undefined ? STANDARD_OFFICE_HOURS : toOfficeHours(o.officeHours);
  const clock = timeUnit === 'calendar-days' ? undefined : new WorkingClock(calendar.days, hours);
  const officeDay = clock?.uniformMinutes ? clock.uniformMinutes / 60 : 8;
  const hoursPerWorkingDay = timeUnit === 'working-days' ? o.hoursPerWorkingDay ?? officeDay : undefined;
  const perUnit = hoursPerWorkingDay === undefined ? SECONDS_PER[timeUnit] : hoursPerWorkingDay * 3_600;
  const settings = {
    policy: policy.id, timeUnit, pausedTime, from: formatDay(fromDay), to: formatDay(toDay), asOf: formatMoment(asOf), groupBy,
    ...(clock ? { officeHours: hours.byWeekday.map((ws) => ws.map(([a, b]) => `${formatClock(a)}-${formatClock(b)}`)) } : {}),
    ...(hoursPerWorkingDay === undefined ? {} : { hoursPerWorkingDay }),
  };
  const definition = Object.freeze({
    id: 'decision766-2.2',
    name: 'Average handling time (thời gian giải quyết trung bình)',
    description: 'Decision 766 indicator 2.2: average handling time per procedure of the dossiers received in the period and finished; no points formula is given — the measure only, a local estimate',
    numerator: `Σ handling time in ${UNIT_TEXT[timeUnit]}: receipt → finish under policy ${policy.id}, paused time (pausedMs) ${excludePaused ? 'excluded' : 'included'}`,
    denominator: 'dossiers received in the period and finished by asOf (refused at reception, in progress, and finish kinds the policy leaves out not counted)',
    basis: HANDLING_TIME_BASIS,
  });

  const groups = new GroupIndex<HandlingTimeTotals>(depth, () => ({ finished: 0, inProgress: 0, seconds: 0 }));
  const parts: string[] = new Array<string>(depth).fill('');
  let records = 0;
  let latest = -Infinity;
  let mergedProvisional = false;

  const rowOf = (dims: readonly ReportDimension[], key: readonly string[], t: Readonly<HandlingTimeTotals>): HandlingTimeRow => {
    const k: Partial<Record<ReportDimension, string>> = {};
    dims.forEach((dim, i) => (k[dim] = key[i]!));
    const total = t.seconds / perUnit;
    return Object.freeze({ key: Object.freeze(k), finished: t.finished, inProgress: t.inProgress, total, average: t.finished === 0 ? null : total / t.finished });
  };

  const accumulator: HandlingTimeAccumulator = {
    add(input, path = []) {
      const r = checkDossierRecord(input, path);
      records++;
      if (r.receivedAt < start || r.receivedAt >= end || r.receivedAt > asOf || r.refusedAtReception === true) return;
      const code = timelinessCode(r, asOf, policy);
      if (code === EXCLUDED) return;
      for (let i = 0; i < depth; i++) parts[i] = r[groupBy[i]!] ?? NO_VALUE;
      if (code >= WITHIN) {
        groups.get(parts).inProgress++;
        return;
      }
      let until = finishMoment(r, asOf, policy)!;
      if (excludePaused && r.pausedMs !== undefined) until = Math.max(r.receivedAt, until - r.pausedMs);
      const seconds = clock === undefined ? Math.round((until - r.receivedAt) / 1000) : Math.round(clock.workingMinutesBetween(r.receivedAt, until) * 60);
      const g = groups.get(parts);
      g.finished++;
      g.seconds += seconds;
      if (clock !== undefined && until > latest) latest = until;
    },
    merge(other) {
      const state = mergeInput(other, 'handling-time state') as HandlingTimeState;
      if (state.version !== 1) throw new IncompatibleReportsError('version', 1, state.version);
      if (state.indicator !== '2.2') throw new IncompatibleReportsError('indicator', '2.2', state.indicator);
      for (const k of ['policy', 'timeUnit', 'pausedTime', 'from', 'to', 'asOf', 'groupBy', 'officeHours', 'hoursPerWorkingDay'] as const) {
        if (JSON.stringify(state[k]) !== JSON.stringify(settings[k])) throw new IncompatibleReportsError(k, settings[k], state[k]);
      }
      if (typeof state.provisional !== 'boolean') throw new InvalidInputError('handling-time state', [{ path: ['provisional'], message: 'must be true or false' }]);
      // Validate the whole incoming state first, then add: a bad group leaves this accumulator unchanged.
      const incoming = checkStateGroups(state.groups, depth, 'totals', TOTAL_KEYS, 'handling-time state');
      for (const [id, key, t] of incoming) {
        const g = groups.get(key, id);
        g.finished += t.finished;
        g.inProgress += t.inProgress;
        g.seconds += t.seconds;
      }
      mergedProvisional ||= state.provisional;
      return accumulator;
    },
    state() {
      const out: Record<string, { key: readonly string[]; totals: HandlingTimeTotals }> = {};
      for (const [id, g] of groups.entries()) out[id] = { key: g.key, totals: { ...g.value } };
      const provisional = mergedProvisional || (latest > -Infinity && calendar.days.isProvisional(fromDay, dayOfMoment(latest)));
      return { version: 1, indicator: '2.2', ...settings, provisional, groups: out };
    },
    result() {
      const state = accumulator.state();
      const sum: HandlingTimeTotals = { finished: 0, inProgress: 0, seconds: 0 };
      const rows = groups.sorted().map((g) => {
        sum.finished += g.value.finished;
        sum.inProgress += g.value.inProgress;
        sum.seconds += g.value.seconds;
        return rowOf(groupBy, g.key, g.value);
      });
      return Object.freeze({
        definition, policy: policy.id, timeUnit, pausedTime,
        ...(hoursPerWorkingDay === undefined ? {} : { hoursPerWorkingDay }),
        from: settings.from, to: settings.to, asOf: settings.asOf, groupBy,
        provisional: state.provisional, estimate: true as const,
        groups: Object.freeze(rows), total: rowOf([], [], sum), state,
      });
    },
    get records() {
      return records;
    },
  };
  return accumulator;
}

/**
 * Decision 766 indicator 2.2 over a list of dossier records: per procedure (default; or grouped by
 * unit / field / procedure like the period report), the dossiers received in the period and
 * finished by `asOf`, their handling times summed (`total`, the numerator) and averaged
 * (`average` = total ÷ finished), in working days (default), working hours or calendar days —
 * with the definition in words and its basis. No points: no source gives a formula [X]. See
 * `createHandlingTimeAccumulator` for the readings.
 *
 * @example
 * const rec = (received: string, finished?: string, extra = {}) => ({
 *   unit: 'UBND xã A', procedure: 'Cấp phép xây dựng', channel: 'in-person' as const, supplementRequests: 0,
 *   receivedAt: parseMoment(received), originalDueMs: parseMoment('2025-09-12T17:00'),
 *   ...(finished && { finishedAt: parseMoment(finished), finishKind: 'decided' as const }), ...extra,
 * });
 * const records = [
 *   rec('2025-08-29T16:00', '2025-09-03T09:00'),                       // Fri 1 h, 30/8 … 2/9 off (Quốc khánh), Wed 2 h
 *   rec('2025-08-25T08:00', '2025-08-26T08:00', { pausedMs: 3_600_000 }), // 8 working hours, 1 of them paused: 7
 *   rec('2025-08-20T08:00', undefined, { refusedAtReception: true }),    // refused at reception: not counted
 *   rec('2025-07-31T08:00', '2025-08-04T08:00'),                       // received before the period: not counted
 * ];
 * const report = buildHandlingTimeReport(records, { from: '2025-08-01', to: '2025-09-30', timeUnit: 'working-hours' });
 * report.total // { key: {}, finished: 2, inProgress: 0, total: 10, average: 5 }
 * buildHandlingTimeReport(records, { from: '2025-08-01', to: '2025-09-30', groupBy: [] }).total.average // 0.625 — working days of 8 hours
 * buildHandlingTimeReport(records, { from: '2025-08-01', to: '2025-09-30', timeUnit: 'calendar-days', pausedTime: 'ignore' }).total.total // 5.708333333333333 — 4 d 17 h + 1 d
 * report.definition.denominator // 'dossiers received in the period and finished by asOf (refused at reception, in progress, and finish kinds the policy leaves out not counted)'
 */
export function buildHandlingTimeReport(dossiers: Iterable<DossierRecord>, options: HandlingTimeOptions): HandlingTimeReport {
  const accumulator = createHandlingTimeAccumulator(options);
  let i = 0;
  for (const d of dossiers) accumulator.add(d, [i++]);
  return accumulator.result();
}
