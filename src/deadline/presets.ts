import { cite, type Citation } from '../citation/citation.js';
import type { DeadlinePolicyInput } from './policy.js';

/** Identifiers of the peer presets. */
export type PresetId = 'thanh-hoa' | 'opencps';

/**
 * A peer preset: the settings that reproduce an existing one-stop system's appointments, so an
 * integrator migrating data gets the numbers the old system printed. Practice, not law [X].
 */
export interface Preset {
  /** Stable id: `thanh-hoa` or `opencps`. */
  readonly id: PresetId;
  /** The system's name, e.g. `OpenCPS`. */
  readonly name: string;
  /** Where the behaviour was observed (practice, marked `X`). */
  readonly basis: Citation;
  /** The policy fields the preset sets over the rule set's choices. */
  readonly policy: DeadlinePolicyInput;
  /** Whether the system treats make-up Saturdays as working days. */
  readonly makeUpWorkingDays: boolean;
  /** How the system moves the appointment on supplementation. */
  readonly supplementationClock: 'restart' | 'pause';
  /** Where the preset departs from the rule sets (documented for migrating integrators). */
  readonly differencesFromLaw: readonly string[];
}

/**
 * The Thanh Hóa provincial system (`spec/deadline.md`, "Peer presets" [X]): mode C, 8 h/day,
 * 07:00–11:30 and 13:30–17:00; after 17:00 → next morning, before 07:00 → 07:00, lunch → 13:30;
 * no 15:00 rule; Saturdays never working; calendar-day limits end on the next working day;
 * supplementation moves the due date by the pause.
 * @example
 * computeDeadline({ receivedAt: '2025-08-28T16:10', limit: '3 ngày làm việc', preset: thanhHoa }).dueWallTime
 * // '2025-09-04T16:10:00+07:00' — 24 working hours; the law's mode A gives 17:00 that day
 * thanhHoa.supplementationClock // 'pause'
 */
export const thanhHoa: Preset = Object.freeze({
  id: 'thanh-hoa',
  name: 'Thanh Hóa provincial one-stop system',
  basis: cite('Thanh Hóa provincial one-stop system (observed behaviour)', undefined, 'X'),
  policy: Object.freeze({
    mode: 'C',
    cutoff: 'none',
    officeHours: { default: ['07:00-11:30', '13:30-17:00'] },
    offHoursReceipt: { online: 'next-opening', 'in-person': 'next-opening', post: 'next-opening' },
    calendarDayRollOff: true,
    rounding: 'none',
  } satisfies DeadlinePolicyInput),
  makeUpWorkingDays: false,
  supplementationClock: 'pause',
  differencesFromLaw: Object.freeze([
    'counts working hours (mode C) where the Civil Code counts whole days (mode A): the appointment is at the receipt time of day, not at closing',
    'make-up Saturdays are not working days (the system cannot represent them): appointments spanning one come a day late',
    'supplementation pauses the clock; Decree 61 Art. 19(4) and Decree 118 Art. 19(5) restart it',
  ]),
});

/**
 * OpenCPS (`spec/deadline.md`, "Peer presets" [X]): mode C, 8 h/day, per-weekday office hours,
 * holidays and "extended work days" (make-up Saturdays are working), due time rounded up to the
 * next quarter hour.
 * @example
 * computeDeadline({ receivedAt: '2025-08-28T16:10', limit: '3 ngày làm việc', preset: openCps }).dueWallTime
 * // '2025-09-04T16:15:00+07:00' — 24 working hours, rounded up to the quarter hour
 * openCps.makeUpWorkingDays // true
 */
export const openCps: Preset = Object.freeze({
  id: 'opencps',
  name: 'OpenCPS',
  basis: cite('OpenCPS (public source code)', undefined, 'X'),
  policy: Object.freeze({
    mode: 'C',
    cutoff: 'none',
    officeHours: { default: ['07:00-11:30', '13:30-17:00'] },
    offHoursReceipt: { online: 'next-opening', 'in-person': 'next-opening', post: 'next-opening' },
    calendarDayRollOff: true,
    rounding: 'quarter-hour-up',
  } satisfies DeadlinePolicyInput),
  makeUpWorkingDays: true,
  supplementationClock: 'pause',
  differencesFromLaw: Object.freeze([
    'counts working hours (mode C) where the Civil Code counts whole days (mode A)',
    'rounds the appointment up to the next quarter hour',
    'office hours are configured per weekday by each deployment; the preset uses 07:00–11:30, 13:30–17:00 (override with policy.officeHours)',
  ]),
});

/**
 * The peer presets by id (practice of existing systems [X], not law).
 * @example
 * Object.keys(presets) // ['thanh-hoa', 'opencps']
 * presets['thanh-hoa'] === thanhHoa // true
 */
export const presets: Readonly<Record<PresetId, Preset>> = Object.freeze({ 'thanh-hoa': thanhHoa, opencps: openCps });
