import { cite } from '../citation/citation.js';
import { deepFreeze } from '../internal/deep-freeze.js';
import { UnknownRulesetError } from '../errors/unknown-ruleset-error.js';
import { OutOfRangeError } from '../errors/out-of-range-error.js';
import { formatDay } from '../time/format.js';
import { dayOfMoment, type EpochMs } from '../time/moment.js';
import { parseDay } from '../time/parse.js';
import { checkRuleset } from './check-rule-objects.js';
import type { Citation } from '../citation/citation.js';
import type { CountingMode, Cutoff, DueTime, OffHoursReceipt, RuleChoice } from './policy.js';

/** Identifiers of the shipped rule sets. */
export type RulesetId = 'local-pre-2018' | 'nd61-2018' | 'nd118-2025';

/**
 * A rule set: the rules in force for dossiers received in a period, every field citing its basis.
 * A dossier keeps the rules of the day it was received (`spec/README.md`, "Which text governs when").
 */
export interface Ruleset {
  /** Stable id, e.g. `nd118-2025`. */
  readonly id: RulesetId;
  /** The governing texts in a line, e.g. `Decree 118/2025/NĐ-CP (Circular 03/2025/TT-VPCP)`. */
  readonly name: string;
  /** First receipt day (`YYYY-MM-DD`, Vietnamese time) the rule set governs. */
  readonly validFrom: string;
  /** Last receipt day (`YYYY-MM-DD`) it governs; absent while it is in force. */
  readonly validTo?: string;
  /** The texts the rule set applies, each with how well it was read. */
  readonly governing: readonly Citation[];
  /** The counting mode (`A`, Civil Code 2015 Art. 147–148 day counting, in every shipped rule set). */
  readonly counting: RuleChoice<CountingMode>;
  /** The cut-off of the rule set's own counting (modes A and C use it; A admits none). */
  readonly cutoff: RuleChoice<Cutoff>;
  /** The cut-off modes B and B′ use when the policy names none (those modes are defined by one). */
  readonly modeBCutoff: RuleChoice<Cutoff>;
  /** What an online filing outside office hours or on a day off counts as. */
  readonly onlineOutsideHours: RuleChoice<OffHoursReceipt>;
  /** What a receipt by post outside office hours or on a day off counts as. */
  readonly postalReceipt: RuleChoice<OffHoursReceipt>;
  /** When on its last day a day-based limit falls due. */
  readonly dueTime: RuleChoice<DueTime>;
  /** Whether a calendar-day period ending on a day off ends on the next working day (Civil Code 2015 Art. 148(5)). */
  readonly calendarDayRollOff: RuleChoice<boolean>;
  /** Supplementation after receipt (bổ sung, hoàn thiện hồ sơ). */
  readonly supplementation: {
    /** Whether the limit restarts from zero or resumes once the dossier is complete. */
    readonly clock: RuleChoice<'restart' | 'pause'>;
    /** How many supplementation requests may be issued (`Infinity`: no limit). */
    readonly maxRequests: RuleChoice<number>;
    /** Working days after receipt within which the request must be issued; null: no limit. */
    readonly requestWithinWorkingDays: RuleChoice<number | null>;
    /** Calendar days after the request after which an unanswered dossier is closed; null: not provided. */
    readonly closeAfterDays: RuleChoice<number | null>;
  };
  /** The apology and new appointment (xin lỗi và hẹn lại / gia hạn). */
  readonly extension: {
    /** How many times a new appointment may be set (`Infinity`: no limit). */
    readonly maxCount: RuleChoice<number>;
    /** `before-due`: at least `noticeDays` before the current appointment; `after-due`: once it has passed (Decree 297/2025 style). */
    readonly timing: RuleChoice<'before-due' | 'after-due'>;
    /** For `before-due`: working days before the due day by which the apology must be issued. */
    readonly noticeDays: RuleChoice<number>;
  };
  /** Working hours to accept or return an online filing; null: no limit set. */
  readonly onlineCheckWorkingHours: RuleChoice<number | null>;
  /** Waiting for the applicant's financial obligations pauses the clock. */
  readonly paymentPause: RuleChoice<boolean>;
  /** The applicant may withdraw until the decision. */
  readonly withdrawalBeforeDecision: RuleChoice<boolean>;
}

const CIVIL_CODE = 'Civil Code 2015 (Law 91/2015/QH13)';
const D61 = 'Decree 61/2018/NĐ-CP';
const D118 = 'Decree 118/2025/NĐ-CP';

const COUNTING_A: RuleChoice<CountingMode> = {
  value: 'A',
  basis: cite(CIVIL_CODE, 'Art. 147(2), 148', 'S', 'day periods: the first day is not counted; applied to working days'),
  alternatives: ['B', 'B-prime', 'C'],
};
const ONLINE_NEXT_OPENING: RuleChoice<OffHoursReceipt> = {
  value: 'next-opening',
  basis: cite('Circular 87/2021/TT-BTC Art. 10; Decision 2988/QĐ-TCHQ Art. 7(5); Decree 297/2025/NĐ-CP Art. 3(5)', undefined, 'U',
    'every sector text found deems off-hours online filings received at the next working day’s opening; the general Decree 45/2020 rule was not read'),
  reading: 'sector texts generalised',
  alternatives: ['as-received'],
};
const POSTAL_AS_RECEIVED: RuleChoice<OffHoursReceipt> = {
  value: 'as-received',
  basis: cite('spec/deadline.md, "Receipts outside office hours"', undefined, 'S', 'received when the post delivers it to the desk'),
  alternatives: ['next-opening'],
};
const DUE_AT_CLOSING: RuleChoice<DueTime> = {
  value: 'closing',
  basis: cite('Circular 01/2018/TT-VPCP Mẫu 01 (the slip states the appointment to the hour and minute)', undefined, 'U',
    'due at the office’s closing on the last day; the Civil Code ends a day period at 24:00 (Art. 148(1))'),
  reading: 'closing time of the last day',
  alternatives: ['end-of-day'],
};
const ROLL_OFF: RuleChoice<boolean> = {
  value: true,
  basis: cite(CIVIL_CODE, 'Art. 148(5)', 'S', 'a period ending on a weekly rest day or holiday ends on the next working day'),
};
const NO_CUTOFF = (article: string, mark: 'P' | 'U'): RuleChoice<Cutoff> => ({
  value: { kind: 'none' },
  basis: cite(article, undefined, mark, 'the 15:00 rule moves the paper dossier to the handling agency, not the start of the limit'),
  reading: 'the limit starts at receipt; no cut-off',
  alternatives: [{ kind: 'time', minute: 15 * 60 }, { kind: 'before-closing', minutes: 60 }],
});
const PAYMENT_PAUSE: RuleChoice<boolean> = {
  value: true,
  basis: cite('land-sector rules', undefined, 'S', 'time waiting for the applicant’s financial obligations is excluded from the limit (spec/deadline.md)'),
};
const MODE_B_CUTOFF: RuleChoice<Cutoff> = {
  value: { kind: 'time', minute: 15 * 60 },
  basis: cite('Decree 63/2024/NĐ-CP Art. 7; Decree 23/2015/NĐ-CP Art. 21', undefined, 'U', 'after 15:00 → counted from the next working day; explicit for some procedures, as a general rule unverified'),
  reading: '15:00',
  alternatives: [{ kind: 'before-closing', minutes: 60 }, { kind: 'none' }],
};

/**
 * Local rules under Decision 09/2015/QĐ-TTg (receipts before 2018-06-21): only the Civil Code counting is known.
 * @example
 * local_pre_2018.validTo // '2018-06-20'
 * rulesetFor('2018-06-20T10:00') === local_pre_2018 // true
 * local_pre_2018.supplementation.clock.reading // 'as Decree 61/2018' — unverified [U]
 */
export const local_pre_2018: Ruleset = deepFreeze({
  id: 'local-pre-2018',
  name: 'Local one-stop rules under Decision 09/2015/QĐ-TTg (before Decree 61/2018)',
  validFrom: '1968-01-01',
  validTo: '2018-06-20',
  governing: [cite('Decision 09/2015/QĐ-TTg', undefined, 'S', 'one-stop regulation; provincial rules varied. Applied to every receipt before 2018-06-21 for want of a better text: anachronistic before 2015 (Decision 93/2007/QĐ-TTg and earlier rules governed then)')],
  counting: COUNTING_A,
  cutoff: NO_CUTOFF('Decision 09/2015/QĐ-TTg', 'U'),
  modeBCutoff: MODE_B_CUTOFF,
  onlineOutsideHours: ONLINE_NEXT_OPENING,
  postalReceipt: POSTAL_AS_RECEIVED,
  dueTime: DUE_AT_CLOSING,
  calendarDayRollOff: ROLL_OFF,
  supplementation: {
    clock: { value: 'restart', basis: cite('Decision 09/2015/QĐ-TTg', undefined, 'U'), reading: 'as Decree 61/2018', alternatives: ['pause'] },
    maxRequests: { value: 1, basis: cite('Decision 09/2015/QĐ-TTg', undefined, 'U'), reading: 'as Decree 61/2018', alternatives: [Infinity] },
    requestWithinWorkingDays: { value: null, basis: cite('Decision 09/2015/QĐ-TTg', undefined, 'U') },
    closeAfterDays: { value: null, basis: cite('Decision 09/2015/QĐ-TTg', undefined, 'U') },
  },
  extension: {
    maxCount: { value: 1, basis: cite('Decision 09/2015/QĐ-TTg', undefined, 'U'), reading: 'as Decree 61/2018', alternatives: [Infinity] },
    timing: { value: 'before-due', basis: cite('Decision 09/2015/QĐ-TTg', undefined, 'U'), alternatives: ['after-due'] },
    noticeDays: { value: 1, basis: cite('Decision 09/2015/QĐ-TTg', undefined, 'U') },
  },
  onlineCheckWorkingHours: { value: null, basis: cite('Decision 09/2015/QĐ-TTg', undefined, 'U') },
  paymentPause: PAYMENT_PAUSE,
  withdrawalBeforeDecision: { value: true, basis: cite('Decision 09/2015/QĐ-TTg', undefined, 'U') },
});

/**
 * Decree 61/2018/NĐ-CP, guided by Circular 01/2018/TT-VPCP: receipts 2018-06-21 … 2025-06-30.
 * @example
 * [nd61_2018.validFrom, nd61_2018.validTo] // ['2018-06-21', '2025-06-30']
 * nd61_2018.supplementation.requestWithinWorkingDays.value // 3 — Art. 19(4)
 * nd61_2018.onlineCheckWorkingHours.value // null — no limit for checking an online dossier
 */
export const nd61_2018: Ruleset = deepFreeze({
  id: 'nd61-2018',
  name: 'Decree 61/2018/NĐ-CP (Circular 01/2018/TT-VPCP)',
  validFrom: '2018-06-21',
  validTo: '2025-06-30',
  governing: [
    cite(D61, undefined, 'P', 'read in full in the official codification, original 2018 wording'),
    cite('Circular 01/2018/TT-VPCP', undefined, 'P', 'in force 2019-01-06'),
    cite('Decree 107/2021/NĐ-CP', undefined, 'U', 'amending decree; text not found'),
  ],
  counting: COUNTING_A,
  cutoff: NO_CUTOFF(`${D61} Art. 18(2)–(3)`, 'P'),
  modeBCutoff: MODE_B_CUTOFF,
  onlineOutsideHours: ONLINE_NEXT_OPENING,
  postalReceipt: POSTAL_AS_RECEIVED,
  dueTime: DUE_AT_CLOSING,
  calendarDayRollOff: ROLL_OFF,
  supplementation: {
    clock: { value: 'restart', basis: cite(D61, 'Art. 19(4)', 'P', 'the limit is counted again from the start once the complete dossier is received'), alternatives: ['pause'] },
    maxRequests: {
      value: 1,
      basis: cite(D61, 'Art. 19(4)', 'U', 'one written request stating everything to supplement; a second request is not ruled out in the text read'),
      reading: 'one request',
      alternatives: [Infinity],
    },
    requestWithinWorkingDays: { value: 3, basis: cite(D61, 'Art. 19(4)', 'P', 'within 3 working days of receipt unless sector law says otherwise') },
    closeAfterDays: { value: null, basis: cite(D61, 'Art. 19', 'U', 'no closing of unanswered requests found in the decree') },
  },
  extension: {
    maxCount: { value: 1, basis: cite(D61, 'Art. 19(9), 12(5)', 'P', 'the new appointment may be set only once') },
    timing: { value: 'before-due', basis: cite(D61, 'Art. 19(9)', 'P', 'no later than 1 day before the due date'), alternatives: ['after-due'] },
    noticeDays: { value: 1, basis: cite(D61, 'Art. 19(9)', 'P') },
  },
  onlineCheckWorkingHours: { value: null, basis: cite(D61, undefined, 'P', 'no time limit for checking an online dossier') },
  paymentPause: PAYMENT_PAUSE,
  withdrawalBeforeDecision: { value: true, basis: cite(D61, undefined, 'U', 'withdrawal rules not read in Decree 61; Decree 118 Art. 21 states them') },
});

/**
 * Decree 118/2025/NĐ-CP, guided by Circular 03/2025/TT-VPCP: receipts from 2025-07-01.
 * @example
 * nd118_2025.validFrom // '2025-07-01'
 * nd118_2025.onlineCheckWorkingHours.value // 8 — Art. 17(2): accept or return an online filing within 8 working hours
 * nd118_2025.supplementation.closeAfterDays.value // 15 — Art. 19(5)
 */
export const nd118_2025: Ruleset = deepFreeze({
  id: 'nd118-2025',
  name: 'Decree 118/2025/NĐ-CP (Circular 03/2025/TT-VPCP)',
  validFrom: '2025-07-01',
  governing: [
    cite(D118, undefined, 'P', 'an unofficial transcription of the full text; replaces Decrees 61/2018 and 107/2021'),
    cite('Circular 03/2025/TT-VPCP', undefined, 'S'),
    cite('Decree 367/2025/NĐ-CP', undefined, 'U', 'amending decree; content not seen'),
  ],
  counting: { ...COUNTING_A, basis: cite(`${CIVIL_CODE} Art. 147–148; ${D118}`, 'Art. 17(3)', 'S', 'the limit runs from receipt as shown on the slip; day periods per the Civil Code, the first day not counted') },
  cutoff: NO_CUTOFF(`${D118} Art. 18(2)`, 'P'),
  modeBCutoff: MODE_B_CUTOFF,
  onlineOutsideHours: ONLINE_NEXT_OPENING,
  postalReceipt: POSTAL_AS_RECEIVED,
  dueTime: DUE_AT_CLOSING,
  calendarDayRollOff: ROLL_OFF,
  supplementation: {
    clock: { value: 'restart', basis: cite(D118, 'Art. 19(5)', 'P', 'the limit restarts from zero once the dossier is complete'), alternatives: ['pause'] },
    maxRequests: {
      value: 1,
      basis: cite(D118, 'Art. 19(5)', 'U', 'one written request after appraisal; "all items at once" is stated for online checks (Art. 17(2)), not read for this request'),
      reading: 'one request',
      alternatives: [Infinity],
    },
    requestWithinWorkingDays: { value: 3, basis: cite(D118, 'Art. 19(5)', 'P') },
    closeAfterDays: { value: 15, basis: cite(D118, 'Art. 19(5)', 'P', '15 days after the notice (calendar days in the text)') },
  },
  extension: {
    maxCount: { value: 1, basis: cite(D118, 'Art. 19(6), 12(5)', 'P') },
    timing: { value: 'before-due', basis: cite(D118, 'Art. 19(6)', 'P', 'at least 1 day before expiry'), alternatives: ['after-due'] },
    noticeDays: { value: 1, basis: cite(D118, 'Art. 19(6)', 'P') },
  },
  onlineCheckWorkingHours: { value: 8, basis: cite(D118, 'Art. 17(2)', 'P', 'accept or request corrections within 8 working hours') },
  paymentPause: PAYMENT_PAUSE,
  withdrawalBeforeDecision: { value: true, basis: cite(D118, 'Art. 21', 'P') },
});

/**
 * The shipped rule sets by id.
 * @example
 * Object.keys(rulesets) // ['local-pre-2018', 'nd61-2018', 'nd118-2025']
 * rulesets['nd61-2018'].supplementation.clock.value // 'restart' — Decree 61/2018 Art. 19(4)
 */
export const rulesets: Readonly<Record<RulesetId, Ruleset>> = Object.freeze({
  'local-pre-2018': local_pre_2018,
  'nd61-2018': nd61_2018,
  'nd118-2025': nd118_2025,
});

const ND61_FROM = parseDay(nd61_2018.validFrom);
const ND118_FROM = parseDay(nd118_2025.validFrom);
const FIRST = parseDay(local_pre_2018.validFrom);

/**
 * The rule set governing a dossier received at `receivedAt` (a dossier keeps the rules in force on
 * its receipt day).
 * @example
 * rulesetFor('2025-06-30T16:00').id // 'nd61-2018'
 * rulesetFor('2025-07-01T08:00').id // 'nd118-2025'
 */
export function rulesetFor(receivedAt: EpochMs | string | Date): Ruleset {
  const day = typeof receivedAt === 'number' ? dayOfMoment(receivedAt) : parseDay(receivedAt, ['receivedAt']);
  if (day >= ND118_FROM) return nd118_2025;
  if (day >= ND61_FROM) return nd61_2018;
  if (day >= FIRST) return local_pre_2018;
  throw new OutOfRangeError(`a receipt on ${formatDay(day)} is before 1968, outside every rule set and the calendar`, ['receivedAt']);
}

/**
 * Looks a rule set up by id, or returns the object given once it is checked to be a complete
 * `Ruleset` (a shipped one, or a copy with fields replaced: `{ ...nd118_2025, modeBCutoff: … }`).
 * @throws {UnknownRulesetError} for an id that is not a rule set
 * @throws {InvalidInputError} for an object that is not a complete rule set (path `ruleset.…`)
 * @example
 * resolveRuleset('nd61-2018').name // 'Decree 61/2018/NĐ-CP (Circular 01/2018/TT-VPCP)'
 * resolveRuleset(nd118_2025) === nd118_2025 // true
 * resolveRuleset('nd-2030') // throws UnknownRulesetError
 * resolveRuleset({ id: 'nd61-2018' } as Ruleset) // throws InvalidInputError — ruleset.name: required; …
 */
export function resolveRuleset(ruleset: RulesetId | Ruleset): Ruleset {
  if (typeof ruleset === 'object' && ruleset !== null) return checkRuleset(ruleset, rulesets);
  const found = Object.hasOwn(rulesets, ruleset) ? (rulesets as Record<string, Ruleset>)[ruleset] : undefined;
  if (!found) throw new UnknownRulesetError(String(ruleset), Object.keys(rulesets));
  return found;
}
