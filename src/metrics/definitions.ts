import * as z from 'zod/mini';
import { cite, type Citation } from '../citation/citation.js';
import { citation, nonEmptyString, oneOf } from '../errors/schemas.js';
import { UnknownReportDefinitionError } from '../errors/unknown-report-definition-error.js';
import { validate } from '../errors/validate.js';
import { deepFreeze } from '../internal/deep-freeze.js';
import { COUNT_KEYS, type Term } from './counts.js';
import { isTimelinessPolicy } from './options.js';
import { decision766Timeliness, resultReturnedTimeliness, standardTimeliness, type TimelinessPolicy } from './policy.js';
import { DECISION_766_2022, SPEC_LIFECYCLE, SPEC_METRICS } from './sources.js';

/**
 * A rate as data: `Σ numerator ÷ Σ denominator` over the report's counters (and the derived
 * `toHandle` = carriedOver + received − refusedAtReception, `handled` = finished + inProgress).
 */
export interface RateSpec {
  /** The rate's id, e.g. `'onTime'`. */
  readonly id: string;
  /** What it measures, e.g. `'on time or early'`. */
  readonly label: string;
  /** The counters summed into the numerator (a `-` prefix subtracts one). */
  readonly numerator: readonly Term<RateKey>[];
  /** The counters summed into the denominator. */
  readonly denominator: readonly Term<RateKey>[];
}

/** What a rate's terms may name: a counter or a derived total. */
export type RateKey = import('./counts.js').CountKey | 'toHandle' | 'handled';

/** Which rates a publisher computes, from which counters, under which classification policy. */
export interface ReportDefinition {
  /** The preset id, e.g. `'solved-based'` (a key of `reportDefinitions`). */
  readonly id: string;
  /** The display name, e.g. `'Solved-based (đã giải quyết)'`. */
  readonly name: string;
  /** What "finished" means to this publisher, and what the rates divide by. */
  readonly description: string;
  /** How each dossier is classified. */
  readonly policy: TimelinessPolicy;
  /** Whether the late rate counts dossiers overdue in progress. */
  readonly lateIncludesOverdue: boolean;
  /** The rates the publisher computes, in display order. */
  readonly rates: readonly RateSpec[];
  /** The publishers and documents it follows. */
  readonly basis: readonly Citation[];
}

const published = (who: string, note: string): Citation => cite(`published statistics (${who})`, undefined, 'X', note);

/**
 * Solved-based (most provinces: Lâm Đồng, Bến Tre, Thừa Thiên Huế, Hòa Bình): rates over dossiers
 * finished (solved) in the period; overdue dossiers in progress reported apart.
 *
 * @example
 * solvedBased.rates.map((r) => r.id) // ['onTime', 'early', 'late', 'overdueInProgress']
 * solvedBased.rates[0].denominator // ['finished']
 * solvedBased.lateIncludesOverdue // false
 */
export const solvedBased: ReportDefinition = deepFreeze({
  id: 'solved-based',
  name: 'Solved-based (đã giải quyết)',
  description: 'finished = solved in the period; on-time rate = (early + on time) ÷ finished; overdue in progress reported apart',
  policy: standardTimeliness,
  lateIncludesOverdue: false,
  rates: [
    { id: 'onTime', label: 'on time or early', numerator: ['early', 'onTime'], denominator: ['finished'] },
    { id: 'early', label: 'early', numerator: ['early'], denominator: ['finished'] },
    { id: 'late', label: 'late', numerator: ['late'], denominator: ['finished'] },
    { id: 'overdueInProgress', label: 'overdue in progress', numerator: ['overdue'], denominator: ['inProgress'] },
  ],
  basis: [
    published('Lâm Đồng, Bến Tre, Thừa Thiên Huế, Hòa Bình', 'rate denominator = dossiers solved; overdue in progress not in the late rate'),
    cite(SPEC_METRICS, 'Definitions differ between publishers', 'X'),
  ],
});

/**
 * Due-based (Vĩnh Phúc service centre, 2021): "finished" = **result returned**, rates over dossiers
 * **due** in the period; late includes those still open past the appointment. Classified under
 * `resultReturnedTimeliness`: a decided dossier is met only if its result was handed to the
 * applicant (`returnedAt`, portal status 10) by the appointment — decided on time but returned
 * after it, or decided and not returned by the end of the period (still open, overdue), is missed;
 * a stop, a refusal after appraisal (the refusal is the result) or a withdrawal is judged at its
 * own moment [U].
 *
 * Basis: spec/metrics.md, "Definitions differ between publishers" [X].
 *
 * @example
 * dueBased.rates.map((r) => `${r.numerator.join(' + ')} ÷ ${r.denominator.join(' + ')}`) // ['dueInPeriodMet ÷ dueInPeriod', 'dueInPeriodMissed ÷ dueInPeriod']
 * dueBased.lateIncludesOverdue // true
 * dueBased.policy === resultReturnedTimeliness // true
 * const row = { unit: 'UBND xã A', channel: 'online', received: '2025-09-01T08:00', appointment: '2025-09-05T17:00', finished: '2025-09-05T16:00', finishKind: 'decided' };
 * const met = (returned?: string) => buildPeriodReport([dossierRecordFromRow({ ...row, returned })], { from: '2025-09-01', to: '2025-09-30', definition: dueBased }).total.counts.dueInPeriodMet;
 * met('2025-09-05T16:30') // 1 — decided and returned on the appointment day
 * met('2025-09-08T09:00') // 0 — decided on time, returned late
 * met() // 0 — decided, never returned: overdue at the end of the period
 */
export const dueBased: ReportDefinition = deepFreeze({
  id: 'due-based',
  name: 'Due-based (đến hạn trong kỳ)',
  description: 'finished = result returned (portal status 10; a stop, refusal or withdrawal at its own moment); on-time rate = met ÷ dossiers due in the period; late includes overdue in progress',
  policy: resultReturnedTimeliness,
  lateIncludesOverdue: true,
  rates: [
    { id: 'onTime', label: 'due in period, met', numerator: ['dueInPeriodMet'], denominator: ['dueInPeriod'] },
    { id: 'late', label: 'due in period, missed (overdue in progress included)', numerator: ['dueInPeriodMissed'], denominator: ['dueInPeriod'] },
  ],
  basis: [
    published('Vĩnh Phúc service centre, 2021', '"finished" = result returned; on-time rate denominator = dossiers due in the period; late includes overdue in progress'),
    cite(SPEC_METRICS, 'Definitions differ between publishers', 'X'),
    cite(SPEC_LIFECYCLE, 'Events', 'U', 'only a decided dossier waits for the return of its result; a stop, a refusal after appraisal ("the refusal is the result") and a withdrawal finish at their own moment'),
  ],
});

/**
 * "To handle" (Gia Lai's published definition): denominator = received in the period + carried
 * over (refused at reception left out); late rate = (late finished + overdue in progress) ÷ to
 * handle; on-time rate = 100% − late rate.
 *
 * Gia Lai's "finished" is "handed to the one-stop desk". No event records the result reaching the
 * desk; the `decide` event is "result ready" (spec/lifecycle.md), so the decision (the first
 * finish, `standardTimeliness`) stands for it [U].
 *
 * Basis: spec/metrics.md, "Definitions differ between publishers" [X].
 *
 * @example
 * toHandle.rates[0] // { id: 'late', label: 'late or overdue', numerator: ['late', 'overdue'], denominator: ['toHandle'] }
 * toHandle.rates[1].numerator // ['toHandle', '-late', '-overdue'] — 100% − late
 */
export const toHandle: ReportDefinition = deepFreeze({
  id: 'to-handle',
  name: 'To handle (phải giải quyết)',
  description: 'finished = result ready (the decision; "handed to the one-stop desk" has no event of its own); to handle = carried over + received − refused at reception; late = (late + overdue in progress) ÷ to handle; on time = 100% − late',
  policy: standardTimeliness,
  lateIncludesOverdue: true,
  rates: [
    { id: 'late', label: 'late or overdue', numerator: ['late', 'overdue'], denominator: ['toHandle'] },
    { id: 'onTime', label: 'not late (100% − late)', numerator: ['toHandle', '-late', '-overdue'], denominator: ['toHandle'] },
  ],
  basis: [
    published('Gia Lai, published definition', '"finished" = handed to the one-stop desk; late rate = (late in progress + late finished) ÷ (received + carried over); on time = 100% − late'),
    cite(SPEC_LIFECYCLE, 'Events', 'U', '"handed to the one-stop desk" read as the decision: no event records the result reaching the desk, and decide is "result ready"'),
  ],
});

/**
 * Decision 766 progress indicator (2.1) [X]: (finished on time or early + in progress within the
 * limit) ÷ dossiers handled in the period (finished + in progress); more than one supplementation
 * request → late; paused time excluded. Outputs are local estimates.
 *
 * @example
 * decision766Progress.policy === decision766Timeliness // true
 * decision766Progress.rates[0].numerator // ['early', 'onTime', 'within']
 * decision766Progress.rates[0].denominator // ['handled'] — finished + in progress
 */
export const decision766Progress: ReportDefinition = deepFreeze({
  id: 'decision766-progress',
  name: 'Decision 766 progress (tiến độ giải quyết)',
  description: '(early + on time + within) ÷ handled (finished + in progress); > 1 supplementation request = late; a local estimate',
  policy: decision766Timeliness,
  lateIncludesOverdue: true,
  rates: [
    { id: 'progress', label: 'on time or early, or within the limit', numerator: ['early', 'onTime', 'within'], denominator: ['handled'] },
  ],
  basis: [
    cite(DECISION_766_2022, 'indicator 2.1', 'X', 'vendor formula document; the national dashboard computes its own — a local estimate'),
  ],
});

/**
 * The report definitions by id.
 *
 * @example
 * Object.keys(reportDefinitions) // ['solved-based', 'due-based', 'to-handle', 'decision766-progress']
 * reportDefinitions['to-handle'] === toHandle // true
 */
export const reportDefinitions: Readonly<Record<string, ReportDefinition>> = Object.freeze({
  'solved-based': solvedBased,
  'due-based': dueBased,
  'to-handle': toHandle,
  'decision766-progress': decision766Progress,
});

const RATE_KEYS: readonly RateKey[] = [...COUNT_KEYS, 'toHandle', 'handled'];
const term = oneOf([...RATE_KEYS, ...RATE_KEYS.map((k) => `-${k}` as const)], `expected a counter (${RATE_KEYS.join(', ')}), with "-" before one to subtract it`);
const terms = z.array(term).check(z.minLength(1));
/** A custom definition has every field a report reads; a misspelt field is refused by name, not ignored. */
const definitionSchema = z.strictObject({
  id: nonEmptyString(),
  name: z.string(),
  description: z.string(),
  policy: z.custom<TimelinessPolicy>(isTimelinessPolicy, 'expected a timeliness policy (e.g. standardTimeliness)'),
  lateIncludesOverdue: z.boolean(),
  rates: z.array(z.strictObject({ id: nonEmptyString(), label: z.string(), numerator: terms, denominator: terms })),
  basis: z.array(citation()),
});

/**
 * A definition given by id or as a value (default `solvedBased`): `UnknownReportDefinitionError`
 * for an id that is not a preset (inherited names such as `constructor` included), and
 * `InvalidInputError` for a definition value missing a field or with a rate term that is not a
 * counter.
 *
 * @example
 * resolveReportDefinition('due-based').id // 'due-based'
 * resolveReportDefinition('constructor') // throws UNKNOWN_REPORT_DEFINITION
 * resolveReportDefinition({ ...toHandle, policy: undefined }) // throws INVALID_INPUT — policy: expected a timeliness policy (e.g. standardTimeliness)
 */
export function resolveReportDefinition(definition: string | ReportDefinition | undefined): ReportDefinition {
  if (definition === undefined) return solvedBased;
  if (typeof definition !== 'string') {
    validate(definitionSchema, definition, 'report definition');
    return definition;
  }
  if (!Object.hasOwn(reportDefinitions, definition)) throw new UnknownReportDefinitionError(definition, Object.keys(reportDefinitions));
  return reportDefinitions[definition]!;
}
