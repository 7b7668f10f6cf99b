import * as z from 'zod/mini';
import { nanoid } from 'nanoid';
import type { WorkCalendar } from '../calendar/work-calendar.js';
import type { DeadlinePolicyInput, Channel } from '../deadline/policy.js';
import { parseLimit, type Limit, type LimitInput } from '../deadline/limit.js';
import type { PresetId, Preset } from '../deadline/presets.js';
import { resolvePolicy, resolvePreset } from '../deadline/resolve-policy.js';
import { nd118_2025, resolveRuleset, type Ruleset, type RulesetId } from '../deadline/rulesets.js';
import { validate } from '../errors/validate.js';
import { deepFreeze } from '../internal/deep-freeze.js';
import { EMPTY_CLOCK, type DossierClock } from './clock.js';
import type { DossierEvent } from './events.js';
import { lifecyclePolicySchema, type LifecyclePolicyInput, type LifecycleRules } from './rules.js';
import type { DossierState } from './states.js';
import { checkPlanWithinLimit, planSteps, type StepSpec, type StepState } from './steps.js';

/** The applicant (người nộp hồ sơ / tổ chức, cá nhân), as forms print it. */
export interface Applicant {
  /** The applicant's name (person or organisation), as printed on the forms. */
  readonly name: string;
  /** The applicant's address. */
  readonly address?: string;
  /** A phone number, as given. */
  readonly phone?: string;
  /** An email address, as given. */
  readonly email?: string;
}

/** What `createDossier` takes: the procedure and everything the clock needs. */
export interface DossierInput {
  /** Default: a nanoid. */
  readonly id?: string;
  /** The procedure (thủ tục hành chính), e.g. its national code. */
  readonly procedure: string;
  /** The field (lĩnh vực). */
  readonly field: string;
  /** The receiving unit (the one-stop desk's agency). */
  readonly unit: string;
  /** The procedure's limit (thời hạn giải quyết): `{ value, unit }` or text (`"10 ngày làm việc"`). */
  readonly limit: LimitInput;
  /** Default `in-person`. */
  readonly channel?: Channel;
  /** Who filed the dossier (printed on the slip and the register); optional. */
  readonly applicant?: Applicant;
  /** Default: the rule set in force on the receipt day (chosen when the dossier is accepted). */
  readonly ruleset?: RulesetId;
  /** A peer preset (`thanh-hoa`, `opencps`): its counting and its supplementation clock. */
  readonly preset?: PresetId;
  /** Overrides of the appointment computation (counting mode, cut-off, office hours, …). */
  readonly deadlinePolicy?: DeadlinePolicyInput;
  /** Overrides of the lifecycle rules (named policy switches). */
  readonly policy?: LifecyclePolicyInput;
  /** Default `vnCalendar()` (or the preset's variant). */
  readonly calendar?: WorkCalendar;
  /** The liên thông step plan (quy trình nội bộ). */
  readonly steps?: readonly StepSpec[];
}

/**
 * A dossier (hồ sơ): its procedure, its state, its clock and its history. Immutable (frozen);
 * `applyEvent` returns a new one. Every field is derived from the `DossierInput` and the events.
 */
export interface Dossier {
  /** The dossier's id: `DossierInput.id`, or a nanoid drawn at creation. */
  readonly id: string;
  /** The procedure (thủ tục hành chính), as given in `DossierInput.procedure`. */
  readonly procedure: string;
  /** The field (lĩnh vực). */
  readonly field: string;
  /** The receiving unit (the one-stop desk's agency). */
  readonly unit: string;
  /** The procedure's limit (thời hạn giải quyết), parsed into `{ value, unit }`. */
  readonly limit: Limit;
  /** How it was filed: `in-person` (default), `online` or `post`. */
  readonly channel: Channel;
  /** The applicant, deep-frozen; absent when the input gave none. */
  readonly applicant?: Applicant;
  /** The rule set named in the input; absent when it is chosen by the receipt day. */
  readonly rulesetId?: RulesetId;
  /** The peer preset named in the input (`thanh-hoa`, `opencps`); absent otherwise. */
  readonly presetId?: PresetId;
  /** The input's overrides of the appointment computation, deep-frozen; absent when none. */
  readonly deadlinePolicy?: DeadlinePolicyInput;
  /** The input's lifecycle policy switches, deep-frozen; absent when none. */
  readonly policy?: LifecyclePolicyInput;
  /** The input's work calendar (used as is); absent: `vnCalendar()` or the preset's variant. */
  readonly calendar?: WorkCalendar;
  /** The canonical state. */
  readonly state: DossierState;
  /** The dossier code from the slip (mã số hồ sơ). */
  readonly code?: string;
  /** The rule set in force (chosen by the receipt day, unless named), once accepted. */
  readonly ruleset?: Ruleset;
  /** The lifecycle rules resolved from the rule set, preset and policy, once accepted. */
  readonly rules?: LifecycleRules;
  /** The clock derived from the events: receipt, appointments, pauses, extensions, finish. */
  readonly clock: DossierClock;
  /** The liên thông steps (empty without a plan). */
  readonly steps: readonly StepState[];
  /** Every event applied, in order: the audit trail the forms print. */
  readonly events: readonly DossierEvent[];
}

const text = z.string().check(z.minLength(1));
const dossierSchema = z.strictObject({
  id: z.optional(text),
  procedure: text,
  field: text,
  unit: text,
  limit: z.union([z.string(), z.strictObject({ value: z.number(), unit: z.string() })]),
  channel: z.optional(z.enum(['in-person', 'online', 'post'])),
  applicant: z.optional(z.strictObject({ name: text, address: z.optional(z.string()), phone: z.optional(z.string()), email: z.optional(z.string()) })),
  ruleset: z.optional(z.enum(['local-pre-2018', 'nd61-2018', 'nd118-2025'])),
  preset: z.optional(z.enum(['thanh-hoa', 'opencps'])),
  deadlinePolicy: z.optional(z.object({})),
  policy: z.optional(lifecyclePolicySchema),
  calendar: z.optional(z.unknown()),
  steps: z.optional(z.array(z.strictObject({
    id: text, agency: text, budget: z.number(), name: z.optional(z.string()), after: z.optional(z.array(text)),
  })).check(z.minLength(1))),
});

/** What a `DossierInput` resolves to, shared by every dossier created from one deep-frozen input. */
interface Prepared {
  readonly limit: Limit;
  readonly applicant?: Applicant;
  readonly deadlinePolicy?: DeadlinePolicyInput;
  readonly policy?: LifecyclePolicyInput;
  readonly steps: readonly StepState[];
}

/** Deep-frozen inputs already validated (they cannot change): `replay(events, input)` validates a shared header once. */
const prepared = new WeakMap<object, Prepared>();

/** Whether a plain-data value is frozen at every level. */
function isDeepFrozen(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (!Object.isFrozen(value)) return false;
  for (const key of Object.keys(value)) if (!isDeepFrozen((value as Record<string, unknown>)[key])) return false;
  return true;
}

/** A deep copy of plain data (objects and arrays; other values as they are). */
function plainCopy<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(plainCopy) as T;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) Object.defineProperty(out, k, { value: plainCopy(v), enumerable: true, writable: true, configurable: true });
  return out as T;
}

/** A deep-frozen value: the caller's own when it is deep-frozen already (so it can be shared), else a deep-frozen copy. */
function frozenData<T>(value: T): T {
  return isDeepFrozen(value) ? value : deepFreeze(plainCopy(value));
}

function prepare(input: DossierInput): Prepared {
  const hit = prepared.get(input);
  if (hit) return hit;
  validate(dossierSchema, input, 'dossier');
  const limit = parseLimit(input.limit);
  const ruleset = input.ruleset ? resolveRuleset(input.ruleset) : nd118_2025;
  const preset = input.preset ? resolvePreset(input.preset as PresetId | Preset) : undefined;
  // Fail fast on a bad deadline policy (the appointment itself is computed on acceptance).
  if (input.deadlinePolicy) resolvePolicy(ruleset, preset, input.deadlinePolicy);
  const steps = input.steps ? planSteps(input.steps) : Object.freeze([]);
  checkPlanWithinLimit(steps, limit);
  const out: Prepared = Object.freeze({
    limit,
    ...(input.applicant ? { applicant: frozenData(input.applicant) } : {}),
    ...(input.deadlinePolicy ? { deadlinePolicy: frozenData(input.deadlinePolicy) } : {}),
    ...(input.policy ? { policy: frozenData(input.policy) } : {}),
    steps,
  });
  // A deep-frozen input (calendar aside: it is the caller's object, used as is) cannot change: validate it once.
  const { calendar: _calendar, ...rest } = input;
  if (Object.isFrozen(input) && isDeepFrozen(rest)) prepared.set(input, out);
  return out;
}

/**
 * A new dossier in state `new` (portal status 1), validated at the boundary. The appointment is
 * computed when the `accept` event is applied, under the rule set in force on the receipt day.
 *
 * The dossier is immutable at every level it owns: the applicant and both policies are kept as
 * deep-frozen values (the caller's own object when it is deep-frozen already, otherwise a
 * deep-frozen copy — the caller's object is never frozen or shared). A deep-frozen input is
 * validated once and may be reused cheaply (e.g. as the header of many `replay` calls).
 *
 * @throws {InvalidInputError} a missing field, a bad limit, an unknown rule set or preset, a bad step plan (with its path)
 * @example
 * const d = createDossier({ procedure: '1.001234', field: 'Đất đai', unit: 'UBND xã A', limit: '10 ngày làm việc' });
 * d.state // 'new'
 */
export function createDossier(input: DossierInput): Dossier {
  const p = prepare(input);
  const dossier: Dossier = {
    id: input.id ?? nanoid(),
    procedure: input.procedure,
    field: input.field,
    unit: input.unit,
    limit: p.limit,
    channel: input.channel ?? 'in-person',
    ...(p.applicant ? { applicant: p.applicant } : {}),
    ...(input.ruleset ? { rulesetId: input.ruleset } : {}),
    ...(input.preset ? { presetId: input.preset } : {}),
    ...(p.deadlinePolicy ? { deadlinePolicy: p.deadlinePolicy } : {}),
    ...(p.policy ? { policy: p.policy } : {}),
    ...(input.calendar ? { calendar: input.calendar } : {}),
    state: 'new',
    clock: EMPTY_CLOCK,
    steps: p.steps,
    events: Object.freeze([]),
  };
  return Object.freeze(dossier);
}
