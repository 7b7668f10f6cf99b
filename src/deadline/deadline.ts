import type { WorkCalendar } from '../calendar/work-calendar.js';
import type { Citation } from '../citation/citation.js';
import type { DayNumber } from '../time/day-number.js';
import { formatDay, formatMoment } from '../time/format.js';
import type { EpochMs } from '../time/moment.js';
import type { Limit } from './limit.js';
import type { OfficeHours } from './office-hours.js';
import type { Channel, CountingMode, DueTime } from './policy.js';
import type { Preset } from './presets.js';
import type { Ruleset } from './rulesets.js';

/**
 * One rule applied while computing an appointment. Steps that move the date carry `from` and
 * `to` (`YYYY-MM-DD`): they chain from the receipt day to the due day.
 */
export interface TraceStep {
  /** A stable id of the rule, e.g. `cutoff`, `count-working-days`, `skip`, `roll-off`. */
  readonly rule: string;
  /** What the rule did, in a sentence. */
  readonly message: string;
  /** The legal basis of the rule, when one applies. */
  readonly basis?: Citation;
  /** The day the step moves the date from (`YYYY-MM-DD`); absent when it does not move it. */
  readonly from?: string;
  /** The day the step moves the date to (`YYYY-MM-DD`); absent when it does not move it. */
  readonly to?: string;
}

/**
 * The facts a computation settled on, from which the result and its trace are built. The class
 * copies them field by field: `Object.assign` here halves `computeDeadline`'s throughput.
 */
export interface DeadlineFacts {
  readonly receivedMs: EpochMs;
  readonly startMs: EpochMs;
  readonly dueMs: EpochMs;
  readonly dueDayNumber: DayNumber;
  readonly lastDayNumber: DayNumber;
  readonly limit: Limit;
  readonly channel: Channel;
  readonly mode: CountingMode;
  readonly dueTime: DueTime;
  readonly ruleset: Ruleset;
  readonly preset: Preset | undefined;
  readonly provisional: boolean;
  readonly calendar: WorkCalendar;
  readonly officeHours: OfficeHours;
  readonly hoursPerWorkingDay: number;
}

/**
 * An appointment (ngày hẹn trả kết quả): when the result is due, under which rules, and why.
 * Moments are epoch ms; `due` and the wall-time strings are derived on access, and `trace` is
 * computed when first read (the computation is pure, so it is replayed with tracing on).
 * @example
 * const d = computeDeadline({ receivedAt: '2025-08-28T16:10', limit: '3 ngày làm việc' });
 * d instanceof Deadline // true
 * d.dueWallTime // '2025-09-04T17:00:00+07:00'
 * d.dueDay // '2025-09-04'
 * d.startedAt // '2025-08-29T00:00:00+07:00' — mode A: counting starts the day after receipt
 * d.ruleset.id // 'nd118-2025'
 * d.toJSON().due // '2025-09-04T17:00:00+07:00'
 */
export class Deadline {
  /** The due moment, epoch ms. */
  readonly dueMs: EpochMs;
  /** The due day as a Vietnamese day number. */
  readonly dueDayNumber: DayNumber;
  /**
   * The period's last day before roll-off (calendar days and months; Civil Code 2015 Art.
   * 148(5)); the due day for other units. A pause moves this day, then rolls off again.
   */
  readonly lastDayNumber: DayNumber;
  /** When the dossier was received (epoch ms), as given. */
  readonly receivedMs: EpochMs;
  /** The moment counting started (after off-hours and cut-off rules; mode C: clamped into office hours). */
  readonly startMs: EpochMs;
  /** The limit counted, parsed, e.g. `{ value: 3, unit: 'working-days' }`. */
  readonly limit: Limit;
  /** The receipt channel (default `in-person`). */
  readonly channel: Channel;
  /** The counting mode applied: `A`, `B`, `B-prime` or `C`. */
  readonly mode: CountingMode;
  /**
   * When on its day an appointment given as a day is due under this deadline's policy: `closing`
   * (the office's closing) or `end-of-day` (the day's last instant, Civil Code 2015 Art. 148(1)).
   * Day-counted limits are due then; hour-counted ones at the minute counted.
   */
  readonly dueTime: DueTime;
  /** The rule set applied: the one named, else the one in force on the receipt day. */
  readonly ruleset: Ruleset;
  /** The peer preset applied, or `undefined` when none was named. */
  readonly preset: Preset | undefined;
  /** True when a calendar year without a complete official notice was used. */
  readonly provisional: boolean;
  /** The calendar used (for status and remaining-time helpers). */
  readonly calendar: WorkCalendar;
  /** The office hours used (for status and remaining-time helpers). */
  readonly officeHours: OfficeHours;
  /** Working hours in a working day (for hour arithmetic and remaining-time display). */
  readonly hoursPerWorkingDay: number;
  readonly #explain: () => readonly TraceStep[];
  #trace: readonly TraceStep[] | undefined;

  /** @internal */
  constructor(facts: DeadlineFacts, explain: () => readonly TraceStep[]) {
    this.dueMs = facts.dueMs;
    this.dueDayNumber = facts.dueDayNumber;
    this.lastDayNumber = facts.lastDayNumber;
    this.receivedMs = facts.receivedMs;
    this.startMs = facts.startMs;
    this.limit = facts.limit;
    this.channel = facts.channel;
    this.mode = facts.mode;
    this.dueTime = facts.dueTime;
    this.ruleset = facts.ruleset;
    this.preset = facts.preset;
    this.provisional = facts.provisional;
    this.calendar = facts.calendar;
    this.officeHours = facts.officeHours;
    this.hoursPerWorkingDay = facts.hoursPerWorkingDay;
    this.#explain = explain;
    Object.freeze(this);
  }

  /** The due moment as a `Date`. */
  get due(): Date {
    return new Date(this.dueMs);
  }

  /** The due moment in Vietnamese wall time, `YYYY-MM-DDTHH:mm:ss+07:00`. */
  get dueWallTime(): string {
    return formatMoment(this.dueMs);
  }

  /** The due day, `YYYY-MM-DD`. */
  get dueDay(): string {
    return formatDay(this.dueDayNumber);
  }

  /** The start of counting in Vietnamese wall time. */
  get startedAt(): string {
    return formatMoment(this.startMs);
  }

  /** The receipt in Vietnamese wall time. */
  get receivedAt(): string {
    return formatMoment(this.receivedMs);
  }

  /** The rules applied, in order, each with its citation. */
  get trace(): readonly TraceStep[] {
    return (this.#trace ??= Object.freeze(this.#explain()));
  }

  /** A plain JSON form (for the CLI and for storage). */
  toJSON(): Record<string, unknown> {
    return {
      due: this.dueWallTime,
      dueDay: this.dueDay,
      receivedAt: this.receivedAt,
      startedAt: this.startedAt,
      limit: this.limit,
      channel: this.channel,
      mode: this.mode,
      ruleset: this.ruleset.id,
      ...(this.preset ? { preset: this.preset.id } : {}),
      provisional: this.provisional,
      trace: this.trace,
    };
  }
}
