import * as z from 'zod/mini';
import { nanoid } from 'nanoid';
import type { WorkCalendar } from '../calendar/work-calendar.js';
import type { DeadlinePolicyInput, Channel } from '../deadline/policy.js';
import { parseLimit, type Limit, type LimitInput } from '../deadline/limit.js';
import type { PresetId, Preset } from '../deadline/presets.js';
import { resolvePolicy, resolvePreset } from '../deadline/resolve-policy.js';
import { nd118_2025, resolveRuleset, type Ruleset, type RulesetId } from '../deadline/rulesets.js';
import { validate } from '../errors/validate.js';
import { EMPTY_CLOCK, type DossierClock } from './clock.js';
import type { DossierEvent } from './events.js';
import { lifecyclePolicySchema, type LifecyclePolicyInput, type LifecycleRules } from './rules.js';
import type { DossierState } from './states.js';
import { planSteps, type StepSpec, type StepState } from './steps.js';

/** The applicant (người nộp hồ sơ / tổ chức, cá nhân), as forms print it. */
export interface Applicant {
  readonly name: string;
  readonly address?: string;
  readonly phone?: string;
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
  readonly id: string;
  readonly procedure: string;
  readonly field: string;
  readonly unit: string;
  readonly limit: Limit;
  readonly channel: Channel;
  readonly applicant?: Applicant;
  readonly rulesetId?: RulesetId;
  readonly presetId?: PresetId;
  readonly deadlinePolicy?: DeadlinePolicyInput;
  readonly policy?: LifecyclePolicyInput;
  readonly calendar?: WorkCalendar;
  /** The canonical state. */
  readonly state: DossierState;
  /** The dossier code from the slip (mã số hồ sơ). */
  readonly code?: string;
  /** The rule set in force (chosen by the receipt day, unless named), once accepted. */
  readonly ruleset?: Ruleset;
  /** The lifecycle rules resolved from the rule set, preset and policy, once accepted. */
  readonly rules?: LifecycleRules;
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
  limit: z.union([z.string(), z.object({ value: z.number(), unit: z.string() })]),
  channel: z.optional(z.enum(['in-person', 'online', 'post'])),
  applicant: z.optional(z.strictObject({ name: text, address: z.optional(z.string()), phone: z.optional(z.string()), email: z.optional(z.string()) })),
  ruleset: z.optional(z.enum(['local-pre-2018', 'nd61-2018', 'nd118-2025'])),
  preset: z.optional(z.enum(['thanh-hoa', 'opencps'])),
  deadlinePolicy: z.optional(z.object({})),
  policy: z.optional(lifecyclePolicySchema),
  calendar: z.optional(z.unknown()),
  steps: z.optional(z.array(z.object({
    id: text, agency: text, budget: z.number(), name: z.optional(z.string()), after: z.optional(z.array(text)),
  })).check(z.minLength(1))),
});

/**
 * A new dossier in state `new` (portal status 1), validated at the boundary. The appointment is
 * computed when the `accept` event is applied, under the rule set in force on the receipt day.
 *
 * @throws {InvalidInputError} a missing field, a bad limit, an unknown rule set or preset, a bad step plan (with its path)
 * @example
 * const d = createDossier({ procedure: '1.001234', field: 'Đất đai', unit: 'UBND xã A', limit: '10 ngày làm việc' });
 * d.state // 'new'
 */
export function createDossier(input: DossierInput): Dossier {
  validate(dossierSchema, input, 'dossier');
  const limit = parseLimit(input.limit);
  const ruleset = input.ruleset ? resolveRuleset(input.ruleset) : nd118_2025;
  const preset = input.preset ? resolvePreset(input.preset as PresetId | Preset) : undefined;
  // Fail fast on a bad deadline policy (the appointment itself is computed on acceptance).
  if (input.deadlinePolicy) resolvePolicy(ruleset, preset, input.deadlinePolicy);
  const dossier: Dossier = {
    id: input.id ?? nanoid(),
    procedure: input.procedure,
    field: input.field,
    unit: input.unit,
    limit,
    channel: input.channel ?? 'in-person',
    ...(input.applicant ? { applicant: Object.freeze({ ...input.applicant }) } : {}),
    ...(input.ruleset ? { rulesetId: input.ruleset } : {}),
    ...(input.preset ? { presetId: input.preset } : {}),
    ...(input.deadlinePolicy ? { deadlinePolicy: input.deadlinePolicy } : {}),
    ...(input.policy ? { policy: Object.freeze({ ...input.policy }) } : {}),
    ...(input.calendar ? { calendar: input.calendar } : {}),
    state: 'new',
    clock: EMPTY_CLOCK,
    steps: input.steps ? planSteps(input.steps) : Object.freeze([]),
    events: Object.freeze([]),
  };
  return Object.freeze(dossier);
}
