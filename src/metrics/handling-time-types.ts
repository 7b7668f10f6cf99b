import type { WorkCalendar } from '../calendar/work-calendar.js';
import type { Citation } from '../citation/citation.js';
import type { OfficeHours, OfficeHoursInput } from '../deadline/office-hours.js';
import type { DayInput, MomentInput } from '../time/parse.js';
import type { ReportDimension } from './groups.js';
import type { TimelinessPolicy } from './policy.js';
import type { DossierRecord } from './record.js';

/** The unit a handling time is given in: the unit of the procedure's limit (working days for most, working hours, or calendar days). */
export type HandlingTimeUnit = 'working-days' | 'working-hours' | 'calendar-days';

/** Options of `buildHandlingTimeReport` and `createHandlingTimeAccumulator`. */
export interface HandlingTimeOptions {
  /** First day of the period (inclusive): dossiers received from this day on are counted. */
  readonly from: DayInput;
  /** Last day of the period (inclusive). */
  readonly to: DayInput;
  /** The unit of the handling times (default `'working-days'`): the unit of the procedures' limits. */
  readonly timeUnit?: HandlingTimeUnit;
  /** Dimensions to group by (default `['procedure']`; `[]` = one group). */
  readonly groupBy?: readonly ReportDimension[];
  /** Count finishes up to this moment (default: the period's last millisecond); may be after the period, to follow its dossiers up; not before it starts. */
  readonly asOf?: MomentInput;
  /** The timeliness policy whose finish moment ends the handling time (default `standardTimeliness`: the first finish). */
  readonly policy?: TimelinessPolicy;
  /** `'exclude'`: a record's `pausedMs` (pause clock) is not handling time; `'ignore'`: it is. Default: the policy's `pausedTime` (`'exclude'` in every preset). */
  readonly pausedTime?: 'exclude' | 'ignore';
  /** The working calendar for working units (default `vnCalendar()`). */
  readonly calendar?: WorkCalendar;
  /** The office hours for working units (default `STANDARD_OFFICE_HOURS`, 07:00–11:30 and 13:30–17:00). */
  readonly officeHours?: OfficeHours | OfficeHoursInput;
  /** Hours in a working day, for `'working-days'` (default: the office hours' day when every weekday has the same windows — 8 — else 8). */
  readonly hoursPerWorkingDay?: number;
}

/** The integer totals of one group (the mergeable state). */
export interface HandlingTimeTotals {
  /** Dossiers received in the period and finished by `asOf`: the average's denominator. */
  finished: number;
  /** Dossiers received in the period and still in progress at `asOf` (not counted in the average). */
  inProgress: number;
  /** Their handling times summed, in whole seconds of working time (working units) or elapsed time (calendar days). */
  seconds: number;
}

/** The mergeable, serializable state: integer totals per group and the settings that decide them. */
export interface HandlingTimeState {
  /** The state format's version (1); states of other versions do not merge. */
  readonly version: 1;
  /** The Decision 766 indicator, `'2.2'` (a period report's state does not merge here). */
  readonly indicator: '2.2';
  /** The timeliness policy's id, e.g. `'standard'`. */
  readonly policy: string;
  /** The unit of the handling times. */
  readonly timeUnit: HandlingTimeUnit;
  /** Whether `pausedMs` was excluded. */
  readonly pausedTime: 'exclude' | 'ignore';
  /** First day of the period, `YYYY-MM-DD`. */
  readonly from: string;
  /** Last day of the period (inclusive), `YYYY-MM-DD`. */
  readonly to: string;
  /** Finishes were counted up to this moment (Vietnamese wall time, `+07:00`). */
  readonly asOf: string;
  /** The grouping dimensions, in order (`[]`: one group). */
  readonly groupBy: readonly ReportDimension[];
  /** Working units: the office-hour windows of each weekday, Sunday first (`'07:00-11:30'`). */
  readonly officeHours?: readonly (readonly string[])[];
  /** Working days: hours in a working day. */
  readonly hoursPerWorkingDay?: number;
  /** Whether a working time crossed a year without official calendar data (projected days off). */
  readonly provisional: boolean;
  /** Groups by id (`JSON.stringify` of the key values in `groupBy` order). */
  readonly groups: Readonly<Record<string, {
    /** The group's values, one per `groupBy` dimension, in order. */
    readonly key: readonly string[];
    /** The group's totals. */
    readonly totals: Readonly<HandlingTimeTotals>;
  }>>;
}

/** One row of the report: a group (or the total) with its average handling time and what it divides. */
export interface HandlingTimeRow {
  /** The group's values of the `groupBy` dimensions (`{}` for the total); a missing field or procedure reads `'(none)'`. */
  readonly key: Readonly<Partial<Record<ReportDimension, string>>>;
  /** The denominator: dossiers received in the period and finished by `asOf`. */
  readonly finished: number;
  /** Received in the period, still in progress at `asOf`: not in the average (shown so a reader sees what is missing). */
  readonly inProgress: number;
  /** The numerator: the handling times summed, in `timeUnit`. */
  readonly total: number;
  /** `total ÷ finished`, in `timeUnit`; `null` when nothing finished. */
  readonly average: number | null;
}

/** Decision 766 indicator 2.2: the average handling time per procedure (or group), a local estimate without points. */
export interface HandlingTimeReport {
  /** What is measured: the indicator, numerator and denominator in words, and the basis of each reading. */
  readonly definition: {
    /** `'decision766-2.2'`. */
    readonly id: string;
    /** `'Average handling time (thời gian giải quyết trung bình)'`. */
    readonly name: string;
    /** The measure in one sentence, and that no points formula is given. */
    readonly description: string;
    /** The numerator in words, with the unit, the policy and the paused-time reading. */
    readonly numerator: string;
    /** The denominator in words. */
    readonly denominator: string;
    /** Where each reading comes from. */
    readonly basis: readonly Citation[];
  };
  /** The timeliness policy's id, e.g. `'standard'`. */
  readonly policy: string;
  /** The unit of `total` and `average`. */
  readonly timeUnit: HandlingTimeUnit;
  /** Whether `pausedMs` was excluded. */
  readonly pausedTime: 'exclude' | 'ignore';
  /** Working days: hours in a working day. */
  readonly hoursPerWorkingDay?: number;
  /** First day of the period, `YYYY-MM-DD`. */
  readonly from: string;
  /** Last day of the period (inclusive), `YYYY-MM-DD`. */
  readonly to: string;
  /** Finishes counted up to this moment, ISO with `+07:00`. */
  readonly asOf: string;
  /** The grouping dimensions, in order. */
  readonly groupBy: readonly ReportDimension[];
  /** Whether projected (unannounced) calendar years entered a working time. */
  readonly provisional: boolean;
  /** The national dashboard computes its own: a local estimate. */
  readonly estimate: true;
  /** Groups sorted by key. */
  readonly groups: readonly HandlingTimeRow[];
  /** All groups together. */
  readonly total: HandlingTimeRow;
  /** The mergeable state these figures were computed from. */
  readonly state: HandlingTimeState;
}

/** A running handling-time report: add records, merge shards (any order), read the result. */
export interface HandlingTimeAccumulator {
  /** Adds one record after cheap checks (`InvalidDossierRecordError` naming `path` + field); unchanged on error. */
  add(record: DossierRecord, path?: readonly (string | number)[]): void;
  /** Adds another accumulator's or state's totals (same settings, else `IncompatibleReportsError`); atomic: a bad state (`InvalidInputError`) leaves this one unchanged. Returns this. */
  merge(other: HandlingTimeAccumulator | HandlingTimeState): HandlingTimeAccumulator;
  /** A plain, serializable copy of the totals. */
  state(): HandlingTimeState;
  /** Totals and averages per group and overall. */
  result(): HandlingTimeReport;
  /** Records added (not merged) so far. */
  readonly records: number;
}
