import * as z from 'zod/mini';
import type { Citation } from '../citation/citation.js';
import { IncompatibleReportsError } from '../errors/incompatible-reports-error.js';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { validate } from '../errors/validate.js';
import { mergeInput } from '../internal/merge-input.js';
import { formatDay, formatMoment } from '../time/format.js';
import { momentAt } from '../time/moment.js';
import { parseAsOf, parseDay, type DayInput, type MomentInput } from '../time/parse.js';
import { DUE_SOON, dueMoment, EARLY, EXCLUDED, finishMoment, LATE, ON_TIME, OVERDUE, timelinessCode, WITHIN } from './classify.js';
import { addCounts, COUNT_KEYS, sumTerms, zeroCounts, type ReportCounts } from './counts.js';
import { reportDefinitions, resolveReportDefinition, type RateKey, type ReportDefinition } from './definitions.js';
import { checkStateGroups, GroupIndex, NO_VALUE, resolveGroupBy, type ReportDimension } from './groups.js';
import { assertReportIdentities } from './identities.js';
import { periodFields } from './options.js';
import { checkDossierRecord, type DossierRecord } from './record.js';

/** Options of `buildPeriodReport` and `createReportAccumulator`. */
export interface ReportOptions {
  /** First day of the period (inclusive). */
  readonly from: DayInput;
  /** Last day of the period (inclusive). */
  readonly to: DayInput;
  /** A preset id or a definition (default `'solved-based'`). */
  readonly definition?: string | ReportDefinition;
  /** Dimensions to group by (default `['unit']`; `[]` = one group). */
  readonly groupBy?: readonly ReportDimension[];
  /** Judge open dossiers at this moment instead of the end of the period (for the current period). */
  readonly asOf?: MomentInput;
}

/** The mergeable, serializable state: integer counters per group and the settings that decide them. */
export interface ReportState {
  /** The state format's version (1); states of other versions do not merge. */
  readonly version: 1;
  /** The report definition's id, e.g. `'solved-based'`. */
  readonly definition: string;
  /** The timeliness policy's id, e.g. `'standard'`. */
  readonly policy: string;
  /** First day of the period, `YYYY-MM-DD`. */
  readonly from: string;
  /** Last day of the period (inclusive), `YYYY-MM-DD`. */
  readonly to: string;
  /** The moment open dossiers were judged at (Vietnamese wall time, `+07:00`). */
  readonly asOf: string;
  /** The grouping dimensions, in order (`[]`: one group). */
  readonly groupBy: readonly ReportDimension[];
  /** Groups by id (`JSON.stringify` of the key values in `groupBy` order). */
  readonly groups: Readonly<Record<string, {
    /** The group's values, one per `groupBy` dimension, in order. */
    readonly key: readonly string[];
    /** The group's counters. */
    readonly counts: Readonly<ReportCounts>
  }>>;
}

/** A rate with what it divides: `value` = numerator ÷ denominator (`null` when the denominator is 0). */
export interface Rate {
  /** The rate's id in the definition, e.g. `'onTime'`. */
  readonly id: string;
  /** What it measures, e.g. `'on time or early'`. */
  readonly label: string;
  /** The sum of the numerator's counters. */
  readonly numerator: number;
  /** The sum of the denominator's counters. */
  readonly denominator: number;
  /** `numerator ÷ denominator` as a fraction (0.75, not 75%); `null` when the denominator is 0. */
  readonly value: number | null;
  /** The definition that says how this rate is computed. */
  readonly definition: string;
}

/** One row of the report: a group (or the total) with its counters and rates. */
export interface ReportRow {
  /** The group's values of the `groupBy` dimensions (`{}` for the total); a missing field or procedure reads `'(none)'` (`NO_VALUE`). */
  readonly key: Readonly<Partial<Record<ReportDimension, string>>>;
  /** The group's counters. */
  readonly counts: Readonly<ReportCounts>;
  /** The definition's rates, in its order. */
  readonly rates: readonly Rate[];
}

/** A period report (Biểu II.06a columns) under a named definition. */
export interface PeriodReport {
  /** The definition the report follows: its id, name, description and basis. */
  readonly definition: {
    /** The definition's id, e.g. `'solved-based'`. */
    readonly id: string;
    /** Its display name, e.g. `'Solved-based (đã giải quyết)'`. */
    readonly name: string;
    /** What "finished" means to this publisher, and what the rates divide by. */
    readonly description: string;
    /** Its citations. */
    readonly basis: readonly Citation[]
  };
  /** The timeliness policy's id, e.g. `'standard'`. */
  readonly policy: string;
  /** First day of the period, `YYYY-MM-DD`. */
  readonly from: string;
  /** Last day of the period (inclusive), `YYYY-MM-DD`. */
  readonly to: string;
  /** The moment open dossiers were judged at, ISO with `+07:00`: the `asOf` option, else the period's last second (`…T23:59:59+07:00`). */
  readonly asOf: string;
  /** The grouping dimensions, in order (`[]`: one group). */
  readonly groupBy: readonly ReportDimension[];
  /** Groups sorted by key. */
  readonly groups: readonly ReportRow[];
  /** All groups together. */
  readonly total: ReportRow;
  /** The identities checked on every row (see `REPORT_IDENTITIES`). */
  readonly identitiesChecked: readonly string[];
  /** The mergeable state these figures were computed from. */
  readonly state: ReportState;
}

/** A running report: add records, merge shards (any order, any grouping), read the result. */
export interface ReportAccumulator {
  /** Adds one record after cheap checks (`InvalidDossierRecordError` naming `path` + field); unchanged on error. */
  add(record: DossierRecord, path?: readonly (string | number)[]): void;
  /**
   * Adds another accumulator's or state's counts (same settings, else `IncompatibleReportsError`);
   * returns this. Atomic: the whole state is validated first (`InvalidInputError` naming the
   * path, or for `null` and any other non-object), so a bad group leaves this accumulator unchanged.
   */
  merge(other: ReportAccumulator | ReportState): ReportAccumulator;
  /** A plain, serializable copy of the counters. */
  state(): ReportState;
  /** Rates and totals from the counters, identities checked (`ReportIdentityError` if broken). */
  result(): PeriodReport;
  /** Records added (not merged) so far. */
  readonly records: number;
}

const isDefinition = (v: unknown) => typeof v === 'string' || (typeof v === 'object' && v !== null && typeof (v as ReportDefinition).id === 'string' && Array.isArray((v as ReportDefinition).rates));
/** Unknown fields are refused by name (a misspelt `asof` must not silently judge at the end of the period). */
const optionsSchema = z.strictObject({
  ...periodFields,
  definition: z.optional(z.custom<string | ReportDefinition>(isDefinition, `expected a report definition: one of ${Object.keys(reportDefinitions).join(', ')}, or a ReportDefinition`)),
});

function rateValue(counts: Readonly<ReportCounts>, key: RateKey): number {
  if (key === 'toHandle') return counts.carriedOver + counts.received - counts.refusedAtReception;
  if (key === 'handled') return counts.finished + counts.inProgress;
  return counts[key];
}

function rowOf(definition: ReportDefinition, groupBy: readonly ReportDimension[], key: readonly string[], counts: ReportCounts, path: readonly (string | number)[]): ReportRow {
  assertReportIdentities(counts, path);
  const rates = definition.rates.map((spec): Rate => {
    const numerator = sumTerms(spec.numerator, (k) => rateValue(counts, k))!;
    const denominator = sumTerms(spec.denominator, (k) => rateValue(counts, k))!;
    return Object.freeze({ id: spec.id, label: spec.label, numerator, denominator, value: denominator === 0 ? null : numerator / denominator, definition: definition.id });
  });
  const k: Partial<Record<ReportDimension, string>> = {};
  groupBy.forEach((dim, i) => (k[dim] = key[i]!));
  return Object.freeze({ key: Object.freeze(k), counts: Object.freeze({ ...counts }), rates: Object.freeze(rates) });
}

/**
 * A mergeable period-report accumulator. Each record is classified once (at the end of the period,
 * or `asOf`) into integer counters per group; `merge` adds counters, so it is associative and
 * commutative — any sharding of the records (workers, processes, stream partitions) gives the same
 * `result()`. Records received after the period (or after `asOf`), or finished before it, are
 * ignored; a record due in the period also counts in the due-based counters even if finished
 * before the period. "Finished" is the definition policy's finish moment (`finishMoment`, the
 * same one `classifyTimeliness` uses): the decision by default, the result's return under the
 * `due-based` definition.
 *
 * Basis: spec/metrics.md "Periodic report" (Biểu II.06a columns) [X]; the definition's citations.
 *
 * @example
 * const rec = (received: string, due: string, finished?: string) => ({
 *   unit: 'UBND xã A', channel: 'online' as const, supplementRequests: 0,
 *   receivedAt: parseMoment(received), originalDueMs: parseMoment(due),
 *   ...(finished && { finishedAt: parseMoment(finished), finishKind: 'decided' as const }),
 * });
 * const shard1 = [rec('2025-09-01T08:00', '2025-09-05T17:00', '2025-09-04T10:00'),  // early
 *                 rec('2025-09-01T08:00', '2025-09-05T17:00', '2025-09-05T16:00')]; // on time
 * const shard2 = [rec('2025-09-08T08:00', '2025-09-12T17:00', '2025-09-15T09:00'),  // late
 *                 rec('2025-09-15T08:00', '2025-09-19T17:00', '2025-09-17T10:00'),  // early
 *                 rec('2025-09-22T08:00', '2025-10-03T17:00')];                     // within the limit on 30/9
 * const a = createReportAccumulator({ from: '2025-07-01', to: '2025-09-30' });
 * for (const r of shard1) a.add(r);
 * const b = createReportAccumulator({ from: '2025-07-01', to: '2025-09-30' });
 * for (const r of shard2) b.add(r);
 * const merged = a.merge(b.state()).result();
 * merged.total.rates[0]
 * // { id: 'onTime', label: 'on time or early', numerator: 3, denominator: 4, value: 0.75, definition: 'solved-based' }
 * merged.total.counts.inProgress // 1 — the open dossier, not in the solved-based denominator
 * JSON.stringify(merged.total) === JSON.stringify(buildPeriodReport([...shard1, ...shard2], { from: '2025-07-01', to: '2025-09-30' }).total) // true
 */
export function createReportAccumulator(options: ReportOptions): ReportAccumulator {
  const o = validate(optionsSchema, options, 'report options');
  const definition = resolveReportDefinition(o.definition);
  const policy = definition.policy;
  const fromDay = parseDay(o.from, ['from']);
  const toDay = parseDay(o.to, ['to']);
  if (toDay < fromDay) throw new InvalidInputError('report options', [{ path: ['to'], message: 'the period ends before it starts' }]);
  const start = momentAt(fromDay);
  const end = momentAt(toDay + 1);
  const asOf = o.asOf === undefined ? end - 1 : Math.min(end - 1, parseAsOf(o.asOf as MomentInput, ['asOf']));
  if (asOf < start) throw new InvalidInputError('report options', [{ path: ['asOf'], message: 'before the period starts' }]);
  const groupBy = resolveGroupBy(o.groupBy, ['unit'], 'report options');
  const depth = groupBy.length;
  const settings = { definition: definition.id, policy: policy.id, from: formatDay(fromDay), to: formatDay(toDay), asOf: formatMoment(asOf), groupBy };

  const groups = new GroupIndex<ReportCounts>(depth, zeroCounts);
  const parts: string[] = new Array<string>(depth).fill('');
  let records = 0;

  const accumulator: ReportAccumulator = {
    add(input, path = []) {
      const r = checkDossierRecord(input, path);
      records++;
      if (r.receivedAt > asOf) return;
      for (let i = 0; i < depth; i++) parts[i] = r[groupBy[i]!] ?? NO_VALUE;
      const code = timelinessCode(r, asOf, policy);
      const due = dueMoment(r, policy);
      const dueCounts = r.refusedAtReception !== true && code !== EXCLUDED && due >= start && due < end;
      // The finish moment classify uses: under Decision 766 a single pending request finishes the
      // dossier at the request moment, so a request pending since before the period was counted
      // finished in an earlier report and is neither carried over nor finished again here; under
      // `finish: 'result-returned'` (due-based) a dossier decided before the period but returned
      // in it was open at the start, so it is carried over and finished here.
      const finished = finishMoment(r, asOf, policy);
      const finishedBefore = finished !== undefined && finished < start;
      const inPeriod = !finishedBefore && !(r.refusedAtReception === true && r.receivedAt < start);
      if (!dueCounts && !inPeriod) return;
      const c = groups.get(parts);
      if (dueCounts) {
        c.dueInPeriod++;
        if (code === LATE || code === OVERDUE) c.dueInPeriodMissed++;
        else c.dueInPeriodMet++;
      }
      if (!inPeriod) return;
      if (r.receivedAt < start) c.carriedOver++;
      else {
        c.received++;
        if (r.channel === 'online') c.receivedOnline++;
        else if (r.channel === 'post') c.receivedPost++;
        else c.receivedInPerson++;
      }
      if (r.refusedAtReception === true) {
        c.refusedAtReception++;
        return;
      }
      switch (code) {
        case EARLY: c.finished++; c.early++; break;
        case ON_TIME: c.finished++; c.onTime++; break;
        case LATE: c.finished++; c.late++; break;
        case WITHIN: c.inProgress++; c.within++; break;
        case DUE_SOON: c.inProgress++; c.within++; c.dueSoon++; break;
        case OVERDUE: c.inProgress++; c.overdue++; break;
        default: c.notCounted++;
      }
    },
    merge(other) {
      const state = mergeInput(other, 'report state') as ReportState;
      if (state.version !== 1) throw new IncompatibleReportsError('version', 1, state.version);
      for (const k of ['definition', 'policy', 'from', 'to', 'asOf'] as const) {
        if (state[k] !== settings[k]) throw new IncompatibleReportsError(k, settings[k], state[k]);
      }
      if (JSON.stringify(state.groupBy) !== JSON.stringify(groupBy)) throw new IncompatibleReportsError('groupBy', groupBy, state.groupBy);
      // Validate the whole incoming state first, then add: a bad group leaves this accumulator unchanged.
      const incoming = checkStateGroups(state.groups, depth, 'counts', COUNT_KEYS, 'report state');
      for (const [id, key, counts] of incoming) addCounts(groups.get(key, id), counts);
      return accumulator;
    },
    state() {
      const out: Record<string, { key: readonly string[]; counts: ReportCounts }> = {};
      for (const [id, g] of groups.entries()) out[id] = { key: g.key, counts: { ...g.value } };
      return { version: 1, ...settings, groups: out };
    },
    result() {
      const state = accumulator.state();
      const sorted = groups.sorted();
      const total = zeroCounts();
      const rows = sorted.map((g) => {
        addCounts(total, g.value);
        return rowOf(definition, groupBy, g.key, g.value, ['groups', JSON.stringify(g.key)]);
      });
      return Object.freeze({
        definition: Object.freeze({ id: definition.id, name: definition.name, description: definition.description, basis: definition.basis }),
        policy: policy.id,
        from: settings.from, to: settings.to, asOf: settings.asOf, groupBy,
        groups: Object.freeze(rows),
        total: rowOf(definition, [], [], total, ['total']),
        identitiesChecked: Object.freeze(['intake', 'finished-split', 'in-progress-split', 'received-split', 'due-split']),
        state,
      });
    },
    get records() {
      return records;
    },
  };
  return accumulator;
}

/**
 * The period report of a list of dossier records (Biểu II.06a: carried over, received online / in
 * person and by post, finished early / on time / late, in progress within / overdue), grouped by
 * unit (default), field or procedure, with every rate as `{ numerator, denominator, value,
 * definition }`. Identities are checked on every row.
 *
 * @example
 * const rec = (received: string, due: string, finished?: string) => ({
 *   unit: 'UBND xã A', channel: 'online' as const, supplementRequests: 0,
 *   receivedAt: parseMoment(received), originalDueMs: parseMoment(due),
 *   ...(finished && { finishedAt: parseMoment(finished), finishKind: 'decided' as const }),
 * });
 * const records = [
 *   rec('2025-06-23T08:00', '2025-07-04T17:00', '2025-07-02T10:00'), // carried over from June, early
 *   rec('2025-09-01T08:00', '2025-09-05T17:00', '2025-09-04T10:00'), // early
 *   rec('2025-09-08T08:00', '2025-09-12T17:00', '2025-09-15T09:00'), // late
 *   rec('2025-09-15T08:00', '2025-09-26T17:00'),                     // overdue at the end of the period
 * ];
 * const report = buildPeriodReport(records, { from: '2025-07-01', to: '2025-09-30', definition: 'to-handle' });
 * report.total.rates.find((r) => r.id === 'late')
 * // { id: 'late', label: 'late or overdue', numerator: 2, denominator: 4, value: 0.5, definition: 'to-handle' }
 * report.total.counts.carriedOver // 1 — received in June, still open on 1 July
 * report.total.counts.received // 3 — so 4 to handle
 * report.total.rates.find((r) => r.id === 'onTime')!.value // 0.5 — 100% − late
 */
export function buildPeriodReport(dossiers: Iterable<DossierRecord>, options: ReportOptions): PeriodReport {
  const accumulator = createReportAccumulator(options);
  let i = 0;
  for (const d of dossiers) accumulator.add(d, [i++]);
  return accumulator.result();
}
