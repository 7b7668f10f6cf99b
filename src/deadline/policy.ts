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
  | { readonly kind: 'none' }
  | { readonly kind: 'time'; readonly minute: number }
  | { readonly kind: 'before-closing'; readonly minutes: number };

/**
 * What a receipt outside office hours or on a day off counts as:
 * - `next-opening` — deemed received at the start of the next working day (online filings in every
 *   sector text found: Circular 87/2021/TT-BTC Art. 10, Decision 2988/QĐ-TCHQ Art. 7(5), Decree
 *   297/2025 Art. 3(5) [S/P]);
 * - `as-received` — the moment it arrived (the post delivering to the desk [S]).
 */
export type OffHoursReceipt = 'as-received' | 'next-opening';

/** When on its last day a day-based limit falls due: at the office's closing, or at 24:00 (Civil Code 2015 Art. 148(1)). */
export type DueTime = 'closing' | 'end-of-day';

/** Rounding of the due moment (OpenCPS rounds up to the next quarter hour [X]). */
export type DueRounding = 'none' | 'quarter-hour-up';

/** Everything `computeDeadline` needs to know beyond the receipt and the limit, fully resolved. */
export interface DeadlinePolicy {
  readonly mode: CountingMode;
  /**
   * The cut-off the caller or preset chose; `undefined` leaves it to the rule set: its `cutoff`
   * for modes A and C (none in every shipped rule set) and its `modeBCutoff` for B and B′ (15:00).
   */
  readonly cutoff: Cutoff | undefined;
  readonly officeHours: OfficeHours;
  readonly offHoursReceipt: Readonly<Record<Channel, OffHoursReceipt>>;
  readonly dueTime: DueTime;
  /** Civil Code 2015 Art. 148(5): a calendar-day period whose last day is a day off ends on the next working day. */
  readonly calendarDayRollOff: boolean;
  readonly rounding: DueRounding;
  /** Working hours in a working day (8: state agencies work 40 hours over 5 days, Decision 188/1999/QĐ-TTg [S]). */
  readonly hoursPerWorkingDay: number;
}

/** A policy as a caller writes it: any subset, with readable values. */
export interface DeadlinePolicyInput {
  readonly mode?: CountingMode;
  /** `'15:00'`, `'none'`, `'closing-60'` (the last 60 minutes before closing), or a `Cutoff`. */
  readonly cutoff?: string | Cutoff;
  readonly officeHours?: OfficeHoursInput | OfficeHours;
  readonly offHoursReceipt?: Partial<Record<Channel, OffHoursReceipt>>;
  readonly dueTime?: DueTime;
  readonly calendarDayRollOff?: boolean;
  readonly rounding?: DueRounding;
  /** Working hours in a working day for modes counting hours (default 8). */
  readonly hoursPerWorkingDay?: number;
}

/** One choice of a rule set: the value it takes, its basis, and the other readings still selectable. */
export interface RuleChoice<T> {
  readonly value: T;
  readonly basis: Citation;
  /** For a point the spec marks [U]: which reading this is. */
  readonly reading?: string;
  readonly alternatives?: readonly T[];
}
