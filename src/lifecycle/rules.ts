import * as z from 'zod/mini';
import { cite, type Citation } from '../citation/citation.js';
import { unknownFieldMessage } from '../errors/unknown-field.js';
import { validate } from '../errors/validate.js';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { UnknownRulesetError } from '../errors/unknown-ruleset-error.js';
import { presets, type Preset, type PresetId } from '../deadline/presets.js';
import { rulesets, type Ruleset, type RulesetId } from '../deadline/rulesets.js';

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
  /** The value in force. */
  readonly value: T;
  /** Where the value comes from: the rule set's article, the preset's source, or "caller policy" [U]. */
  readonly basis: Citation;
  /** Which layer set it: the rule set, the preset (supplementation clock only) or the caller's policy. */
  readonly source: 'ruleset' | 'preset' | 'policy';
}

/** The lifecycle rules of a dossier, resolved from its rule set, preset and policy. */
export interface LifecycleRules {
  /** Supplementation after acceptance restarts the limit (`restart`) or pauses it (`pause`). */
  readonly supplementationClock: LifecycleRule<'restart' | 'pause'>;
  /** Supplementation requests allowed after acceptance (`Infinity`: no limit). */
  readonly maxSupplementRequests: LifecycleRule<number>;
  /** Working days after receipt within which a request may be issued; `null`: no limit. */
  readonly supplementRequestWithinWorkingDays: LifecycleRule<number | null>;
  /** Calendar days after an unanswered request before the dossier may be closed (Decree 118/2025 Art. 19(5): 15); `null`: no closing. */
  readonly closeUnsupplementedAfterDays: LifecycleRule<number | null>;
  /** Extensions allowed (the rule sets: 1). */
  readonly maxExtensions: LifecycleRule<number>;
  /** `before-due` (Decree 61/2018, 118/2025) or `after-due` (Decree 297/2025 Art. 6(5)). */
  readonly extensionTiming: LifecycleRule<'before-due' | 'after-due'>;
  /** Working days before the due day by which a `before-due` extension must be issued. */
  readonly extensionNoticeDays: LifecycleRule<number>;
  /** Waiting for payment pauses the clock (`pause`) or not (`run`). */
  readonly paymentClock: LifecycleRule<'pause' | 'run'>;
  /** Whether the applicant may withdraw an accepted dossier before the decision (Decree 118/2025 Art. 21). */
  readonly withdrawalBeforeDecision: LifecycleRule<boolean>;
}

// zod 4 numbers reject NaN and ±Infinity; `Infinity` ("no limit") is accepted explicitly here.
const count = z.custom<number>((v) => typeof v === 'number' && (v === Infinity || (Number.isInteger(v) && v >= 0)), 'expected a whole number ≥ 0 or Infinity');
const days = z.nullable(z.int().check(z.nonnegative()));

/**
 * The schema of `LifecyclePolicyInput` (strict: an unknown switch is an error).
 * @example
 * lifecyclePolicySchema.safeParse({ supplementationClock: 'pause', maxSupplementRequests: Infinity }).success // true
 * lifecyclePolicySchema.safeParse({ maxSupplementRequest: 2 }).success // false — a misspelt switch
 */
export const lifecyclePolicySchema = z.strictObject({
  /** `LifecyclePolicyInput.supplementationClock`: `'restart'` or `'pause'`. */
  supplementationClock: z.optional(z.enum(['restart', 'pause'])),
  /** `LifecyclePolicyInput.maxSupplementRequests`: a whole number ≥ 0 or `Infinity`. */
  maxSupplementRequests: z.optional(count),
  /** `LifecyclePolicyInput.supplementRequestWithinWorkingDays`: whole working days ≥ 0, or `null`. */
  supplementRequestWithinWorkingDays: z.optional(days),
  /** `LifecyclePolicyInput.closeUnsupplementedAfterDays`: whole calendar days ≥ 0, or `null`. */
  closeUnsupplementedAfterDays: z.optional(days),
  /** `LifecyclePolicyInput.maxExtensions`: a whole number ≥ 0 or `Infinity`. */
  maxExtensions: z.optional(count),
  /** `LifecyclePolicyInput.extensionTiming`: `'before-due'` or `'after-due'`. */
  extensionTiming: z.optional(z.enum(['before-due', 'after-due'])),
  /** `LifecyclePolicyInput.extensionNoticeDays`: whole working days ≥ 0. */
  extensionNoticeDays: z.optional(z.int().check(z.nonnegative())),
  /** `LifecyclePolicyInput.paymentClock`: `'pause'` or `'run'`. */
  paymentClock: z.optional(z.enum(['pause', 'run'])),
  /** `LifecyclePolicyInput.withdrawalBeforeDecision`: a boolean. */
  withdrawalBeforeDecision: z.optional(z.boolean()),
});

const POLICY = cite('caller policy (a named switch of docs/lifecycle.md)', undefined, 'U', 'chosen by the integrator');

const cache = new WeakMap<Ruleset, Map<Preset | undefined, Map<string, LifecycleRules>>>();

/** The policy switches, in a fixed order: the cache key is built from them, not from the caller's key order. */
const SWITCHES = Object.keys(lifecyclePolicySchema.def.shape) as readonly (keyof LifecyclePolicyInput)[];

/** Frozen policy objects already validated, with their cache key (their values cannot change). */
const validatedKeys = new WeakMap<object, { readonly policy: LifecyclePolicyInput; readonly key: string }>();

/**
 * Validates a policy (strictly: an unknown switch, `NaN`, a wrong type are errors, whatever came
 * before) and returns the validated value with a canonical key. A frozen policy is validated once.
 */
function checkedPolicy(input: unknown): { readonly policy: LifecyclePolicyInput; readonly key: string } {
  if (input === undefined) return { policy: {}, key: '' };
  const frozen = typeof input === 'object' && input !== null && Object.isFrozen(input) && Object.getPrototypeOf(input) === Object.prototype;
  if (frozen) {
    const hit = validatedKeys.get(input);
    if (hit) return hit;
  }
  if (typeof input === 'object' && input !== null && !Array.isArray(input)) {
    const unknown = Object.keys(input).filter((k) => !(SWITCHES as readonly string[]).includes(k));
    if (unknown.length) {
      throw new InvalidInputError('lifecycle policy', unknown.map((k) => ({ path: [k], message: unknownFieldMessage(k, SWITCHES) })));
    }
  }
  const parsed = validate(lifecyclePolicySchema, input, 'lifecycle policy') as LifecyclePolicyInput;
  const policy: Record<string, unknown> = {};
  let key = '';
  for (const name of SWITCHES) {
    const value = parsed[name];
    if (value === undefined) continue;
    policy[name] = value;
    key += `${name}=${String(value)};`;
  }
  const out = Object.freeze({ policy: Object.freeze(policy) as LifecyclePolicyInput, key });
  if (frozen) validatedKeys.set(input as object, out);
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** A rule set from its id or itself; anything else is a typed error (never a raw `TypeError`). */
function checkedRuleset(value: unknown): Ruleset {
  if (typeof value === 'string') {
    if (!Object.hasOwn(rulesets, value)) throw new UnknownRulesetError(value, Object.keys(rulesets));
    return rulesets[value as RulesetId];
  }
  if (isRecord(value) && typeof value['id'] === 'string' && isRecord(value['supplementation']) && isRecord(value['extension'])
    && isRecord(value['paymentPause']) && isRecord(value['withdrawalBeforeDecision'])) {
    return value as unknown as Ruleset;
  }
  throw new InvalidInputError('rule set', [{ path: ['ruleset'], message: `expected a rule set id (${Object.keys(rulesets).join(', ')}) or a Ruleset, got ${describe(value)}` }]);
}

/** A preset from its id or itself, or `undefined`; anything else is a typed error. */
function checkedPreset(value: unknown): Preset | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') {
    if (!Object.hasOwn(presets, value)) throw new UnknownRulesetError(value, Object.keys(presets), ['preset']);
    return presets[value as PresetId];
  }
  if (isRecord(value) && typeof value['id'] === 'string' && typeof value['supplementationClock'] === 'string' && isRecord(value['basis'])) {
    return value as unknown as Preset;
  }
  throw new InvalidInputError('preset', [{ path: ['preset'], message: `expected a preset id (${Object.keys(presets).join(', ')}) or a Preset, got ${describe(value)}` }]);
}

function describe(value: unknown): string {
  if (value === null || typeof value !== 'object') return typeof value === 'string' ? JSON.stringify(value) : String(value);
  return Array.isArray(value) ? 'an array' : 'an object that is not one';
}

/**
 * The lifecycle rules in force for a dossier: the rule set's values (each citing its article), the
 * preset's supplementation clock, then the caller's switches. The rule set and the preset are
 * given as ids or as values. The policy is validated on every call (strictly: unknown switches,
 * `NaN`, wrong types are errors), then the result is cached per (rule set, preset, validated
 * policy).
 * @throws {UnknownRulesetError} an unknown rule set or preset id
 * @throws {InvalidInputError} a rule set or preset that is neither an id nor a value; a bad policy (with its path)
 * @example
 * resolveLifecycleRules(nd118_2025).closeUnsupplementedAfterDays.value // 15
 * resolveLifecycleRules('nd61-2018').closeUnsupplementedAfterDays.value // null
 * resolveLifecycleRules(nd118_2025, thanhHoa).supplementationClock.value // 'pause'
 */
export function resolveLifecycleRules(ruleset: Ruleset | RulesetId, preset?: Preset | PresetId, policy?: LifecyclePolicyInput): LifecycleRules {
  const r = checkedRuleset(ruleset);
  const p = checkedPreset(preset);
  const { policy: valid, key } = checkedPolicy(policy);
  let byPreset = cache.get(r);
  if (!byPreset) cache.set(r, (byPreset = new Map()));
  let byPolicy = byPreset.get(p);
  if (!byPolicy) byPreset.set(p, (byPolicy = new Map()));
  let rules = byPolicy.get(key);
  if (!rules) {
    rules = build(r, p, valid);
    if (byPolicy.size < 256) byPolicy.set(key, rules);
  }
  return rules;
}

function build(ruleset: Ruleset, preset: Preset | undefined, p: LifecyclePolicyInput): LifecycleRules {
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
