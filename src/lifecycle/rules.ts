import * as z from 'zod/mini';
import { cite, type Citation } from '../citation/citation.js';
import { validate } from '../errors/validate.js';
import type { Preset } from '../deadline/presets.js';
import type { Ruleset } from '../deadline/rulesets.js';

/**
 * Overrides of the rule set's lifecycle choices: the named policy switches of `docs/lifecycle.md`.
 * Every field is optional; an absent field keeps the preset's choice, then the rule set's.
 */
export interface LifecyclePolicyInput {
  /** Supplementation after acceptance restarts the limit or pauses it (rule set: restart; presets: pause). */
  readonly supplementationClock?: 'restart' | 'pause';
  /** Requests allowed after acceptance (rule sets: 1; `Infinity` for no limit). */
  readonly maxSupplementRequests?: number;
  /** Working days after receipt within which a request may be issued; `null`: no limit (sector law). */
  readonly supplementRequestWithinWorkingDays?: number | null;
  /** Calendar days after an unanswered request before the dossier may be closed; `null`: no closing. */
  readonly closeUnsupplementedAfterDays?: number | null;
  /** Extensions allowed (rule sets: 1). */
  readonly maxExtensions?: number;
  /** `before-due` (Decree 61/118) or `after-due` (Decree 297/2025 Art. 6(5)). */
  readonly extensionTiming?: 'before-due' | 'after-due';
  /** Working days before the due day by which a `before-due` extension must be issued. */
  readonly extensionNoticeDays?: number;
  /** Waiting for payment pauses the clock (`pause`) or not (`run`). */
  readonly paymentClock?: 'pause' | 'run';
  /** Whether the applicant may withdraw after acceptance (before the decision). */
  readonly withdrawalBeforeDecision?: boolean;
}

/** One resolved lifecycle rule: its value, its basis and where the value came from. */
export interface LifecycleRule<T> {
  readonly value: T;
  readonly basis: Citation;
  readonly source: 'ruleset' | 'preset' | 'policy';
}

/** The lifecycle rules of a dossier, resolved from its rule set, preset and policy. */
export interface LifecycleRules {
  readonly supplementationClock: LifecycleRule<'restart' | 'pause'>;
  readonly maxSupplementRequests: LifecycleRule<number>;
  readonly supplementRequestWithinWorkingDays: LifecycleRule<number | null>;
  readonly closeUnsupplementedAfterDays: LifecycleRule<number | null>;
  readonly maxExtensions: LifecycleRule<number>;
  readonly extensionTiming: LifecycleRule<'before-due' | 'after-due'>;
  readonly extensionNoticeDays: LifecycleRule<number>;
  readonly paymentClock: LifecycleRule<'pause' | 'run'>;
  readonly withdrawalBeforeDecision: LifecycleRule<boolean>;
}

const count = z.number().check(z.nonnegative(), z.refine((n) => Number.isInteger(n) || n === Infinity, 'expected a whole number or Infinity'));
const days = z.nullable(z.int().check(z.nonnegative()));

/** The schema of `LifecyclePolicyInput` (strict: an unknown switch is an error). */
export const lifecyclePolicySchema = z.strictObject({
  supplementationClock: z.optional(z.enum(['restart', 'pause'])),
  maxSupplementRequests: z.optional(count),
  supplementRequestWithinWorkingDays: z.optional(days),
  closeUnsupplementedAfterDays: z.optional(days),
  maxExtensions: z.optional(count),
  extensionTiming: z.optional(z.enum(['before-due', 'after-due'])),
  extensionNoticeDays: z.optional(z.int().check(z.nonnegative())),
  paymentClock: z.optional(z.enum(['pause', 'run'])),
  withdrawalBeforeDecision: z.optional(z.boolean()),
});

const POLICY = cite('caller policy (a named switch of docs/lifecycle.md)', undefined, 'U', 'chosen by the integrator');

const cache = new WeakMap<Ruleset, Map<Preset | undefined, Map<string, LifecycleRules>>>();

/**
 * The lifecycle rules in force for a dossier: the rule set's values (each citing its article), the
 * preset's supplementation clock, then the caller's switches. Cached per (rule set, preset, policy
 * content).
 * @example
 * resolveLifecycleRules(nd118_2025).closeUnsupplementedAfterDays.value // 15
 * resolveLifecycleRules(nd118_2025, thanhHoa).supplementationClock.value // 'pause'
 */
export function resolveLifecycleRules(ruleset: Ruleset, preset?: Preset, policy?: LifecyclePolicyInput): LifecycleRules {
  let byPreset = cache.get(ruleset);
  if (!byPreset) cache.set(ruleset, (byPreset = new Map()));
  let byPolicy = byPreset.get(preset);
  if (!byPolicy) byPreset.set(preset, (byPolicy = new Map()));
  const key = policy === undefined ? '' : JSON.stringify(policy, (_, v: unknown) => (v === Infinity ? 'Infinity' : v));
  let rules = byPolicy.get(key);
  if (!rules) {
    rules = build(ruleset, preset, policy);
    if (byPolicy.size < 256) byPolicy.set(key, rules);
  }
  return rules;
}

function build(ruleset: Ruleset, preset: Preset | undefined, input: LifecyclePolicyInput | undefined): LifecycleRules {
  const p = input === undefined ? {} : (validate(lifecyclePolicySchema, input, 'lifecycle policy') as LifecyclePolicyInput);
  const pick = <T>(own: T | undefined, base: { value: T; basis: Citation }): LifecycleRule<T> =>
    own !== undefined ? { value: own, basis: POLICY, source: 'policy' } : { value: base.value, basis: base.basis, source: 'ruleset' };
  const s = ruleset.supplementation;
  const e = ruleset.extension;
  let clock = pick(p.supplementationClock, s.clock);
  if (p.supplementationClock === undefined && preset) {
    clock = { value: preset.supplementationClock, basis: preset.basis, source: 'preset' };
  }
  const rules: LifecycleRules = {
    supplementationClock: clock,
    maxSupplementRequests: pick(p.maxSupplementRequests, s.maxRequests),
    supplementRequestWithinWorkingDays: pick(p.supplementRequestWithinWorkingDays, s.requestWithinWorkingDays),
    closeUnsupplementedAfterDays: pick(p.closeUnsupplementedAfterDays, s.closeAfterDays),
    maxExtensions: pick(p.maxExtensions, e.maxCount),
    extensionTiming: pick(p.extensionTiming, e.timing),
    extensionNoticeDays: pick(p.extensionNoticeDays, e.noticeDays),
    paymentClock: pick(p.paymentClock, { value: ruleset.paymentPause.value ? 'pause' : 'run', basis: ruleset.paymentPause.basis }),
    withdrawalBeforeDecision: pick(p.withdrawalBeforeDecision, ruleset.withdrawalBeforeDecision),
  };
  for (const r of Object.values(rules)) Object.freeze(r);
  return Object.freeze(rules);
}
