import type { Citation } from '../citation/citation.js';
import type { OfficeHours, OfficeHoursInput } from './office-hours.js';

/**
 * Counting modes (`spec/deadline.md`, "Counting modes"; real systems disagree, so all are available):
 * - `A` — receipt day not counted; day 1 is the next working day; due at the close of day N
 *   (Civil Code 2015 Art. 147–148 applied to working days [S]).
 * - `B` — after the cut-off (or on a day off) the next working day counts as the receipt day, then A [S/U].
 * - `B-prime` — as B, but that next working day is itself day 1 [U].
 * - `C` — working hours: N × 8 h from receipt, inside office hours (Thanh Hóa system, OpenCPS [X]).
 */
export type CountingMode = 'A' | 'B' | 'B-prime' | 'C';

/** Receipt channel (national portal `KenhThucHien`: 1 in person, 2 online, 3 public postal service [X]). */
export type Channel = 'in-person' | 'online' | 'post';

/**
 * The cut-off after which a receipt counts from the next working day:
 * - `{ kind: 'time', minute }` — e.g. 15:00 (Decree 63/2024 Art. 7; Decree 23/2015 Art. 21 [S]);
 * - `{ kind: 'before-closing', minutes }` — the last hour before closing (Decree 297/2025 Art. 6(3) [P]);
 * - `{ kind: 'none' }`.
 */
export type Cutoff =
  | {
      /** No cut-off: the hour of receipt never moves counting to the next working day. */
      readonly kind: 'none';
    }
  | {
      /** A fixed time of day. */
      readonly kind: 'time';
      /** The cut-off in minutes after Vietnamese midnight, e.g. `900` for 15:00. */
      readonly minute: number;
    }
  | {
      /** A span before the office's closing. */
      readonly kind: 'before-closing';
      /** How many minutes before closing the cut-off falls, e.g. `60`. */
      readonly minutes: number;
    };

/**
 * What a receipt outside office hours or on a day off counts as:
 * - `next-opening` — deemed received at the start of the next working day (online filings in every
 *   sector text found: Circular 87/2021/TT-BTC Art. 10, Decision 2988/QĐ-TCHQ Art. 7(5), Decree
 *   297/2025 Art. 3(5) [S/P]);
 * - `as-received` — the moment it arrived (the post delivering to the desk [S]).
 */
export type OffHoursReceipt = 'as-received' | 'next-opening';

/**
 * When on its last day a day-based limit falls due: at the office's closing, or at 24:00 (Civil
 * Code 2015 Art. 148(1)) — the day's last instant, 23:59:59.999, so the appointment stays on its day.
 */
export type DueTime = 'closing' | 'end-of-day';

/** Rounding of the due moment (OpenCPS rounds up to the next quarter hour [X]). */
export type DueRounding = 'none' | 'quarter-hour-up';

/** Everything `computeDeadline` needs to know beyond the receipt and the limit, fully resolved. */
export interface DeadlinePolicy {
  /** The counting mode: `A`, `B`, `B-prime` or `C`. */
  readonly mode: CountingMode;
  /**
   * The cut-off the caller or preset chose; `undefined` leaves it to the rule set: its `cutoff`
   * for modes A and C (none in every shipped rule set) and its `modeBCutoff` for B and B′ (15:00).
   */
  readonly cutoff: Cutoff | undefined;
  /** The office hours that working hours and closing times are read from. */
  readonly officeHours: OfficeHours;
  /** For each channel, what a receipt outside office hours or on a day off counts as. */
  readonly offHoursReceipt: Readonly<Record<Channel, OffHoursReceipt>>;
  /** When on its last day a day-based limit falls due. */
  readonly dueTime: DueTime;
  /** Civil Code 2015 Art. 148(5): a calendar-day period whose last day is a day off ends on the next working day. */
  readonly calendarDayRollOff: boolean;
  /** Rounding of the due moment. */
  readonly rounding: DueRounding;
  /** Working hours in a working day (8: state agencies work 40 hours over 5 days, Decision 188/1999/QĐ-TTg [S]). */
  readonly hoursPerWorkingDay: number;
}

/** A policy as a caller writes it: any subset, with readable values. */
export interface DeadlinePolicyInput {
  /** The counting mode; default: the preset's, else the rule set's (`A` in every shipped rule set). */
  readonly mode?: CountingMode;
  /** `'15:00'`, `'none'`, `'closing-60'` (the last 60 minutes before closing), or a `Cutoff`. */
  readonly cutoff?: string | Cutoff;
  /** Office hours; default: the preset's, else `STANDARD_OFFICE_HOURS` (07:00–11:30, 13:30–17:00). */
  readonly officeHours?: OfficeHoursInput | OfficeHours;
  /** Per channel, merged over the preset's, else the defaults: `in-person` as received, `online` and `post` as the rule set says. */
  readonly offHoursReceipt?: Partial<Record<Channel, OffHoursReceipt>>;
  /** When a day-based limit falls due on its last day; default: the preset's, else the rule set's (`closing`). */
  readonly dueTime?: DueTime;
  /** Whether a calendar-day period ending on a day off ends on the next working day; default: the preset's, else the rule set's (`true`, Civil Code 2015 Art. 148(5)). */
  readonly calendarDayRollOff?: boolean;
  /** Rounding of the due moment; default: the preset's, else `none`. */
  readonly rounding?: DueRounding;
  /** Working hours in a working day for modes counting hours (default 8). */
  readonly hoursPerWorkingDay?: number;
}

/** One choice of a rule set: the value it takes, its basis, and the other readings still selectable. */
export interface RuleChoice<T> {
  /** The value the rule set takes. */
  readonly value: T;
  /** Its legal (or practical) basis. */
  readonly basis: Citation;
  /** For a point the spec marks [U]: which reading this is. */
  readonly reading?: string;
  /** The other values a policy may select instead, where readings or systems differ. */
  readonly alternatives?: readonly T[];
}
