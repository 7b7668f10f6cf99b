import * as z from 'zod/mini';
import { citation, isoDayText, nonEmptyString, oneOf } from '../errors/schemas.js';
import { validate } from '../errors/validate.js';
import type { Preset } from './presets.js';
import type { Ruleset } from './rulesets.js';

/** A value under test, read loosely. */
type Loose = { kind?: unknown; minute?: number; minutes?: number } | null | undefined;
const whole = (v: unknown) => Number.isInteger(v) && (v as number) >= 0;
const basis = citation();
const is = (test: (v: unknown) => boolean, message: string) => z.custom(test, message);
/** A `RuleChoice`: a value passing `test`, and its basis. */
const choice = (test: (v: unknown) => boolean, expected: string) => z.object({ value: is(test, `expected ${expected}`), basis });
const among = (...values: unknown[]) => choice((v) => values.includes(v), values.join(' or '));
const cutoff = choice((v) => {
  const c = v as Loose;
  return c?.kind === 'none' || (c?.kind === 'time' && whole(c.minute) && c.minute! <= 1440) || (c?.kind === 'before-closing' && whole(c.minutes) && c.minutes! > 0);
}, 'a Cutoff');
const count = choice((v) => v === Infinity || whole(v), 'a whole number ≥ 0 or Infinity');
const days = choice((v) => v === null || whole(v), 'a whole number ≥ 0 or null');
const receipt = among('as-received', 'next-opening');
const flag = among(true, false);

/** Checked once per object: a rule set is a value (copy it with a spread to change it, never mutate it). */
const checked = new WeakSet<object>();

/**
 * Checks a rule set object given in place of an id: every field of `Ruleset` present, each rule a
 * value the engine knows with its basis — a custom rule set is a shipped one with fields replaced
 * (`{ ...nd118_2025, modeBCutoff: … }`) and keeps its `id` (design principle 3: rules are data
 * with their legal basis). The shipped rule sets pass as they are; every object is looked at
 * once, so the hot path pays a `WeakSet` look-up. Internal.
 * @throws {InvalidInputError} naming the path `ruleset.…` of every missing or malformed field
 */
export function checkRuleset(ruleset: object, shipped: Readonly<Record<string, Ruleset>>): Ruleset {
  if (checked.has(ruleset)) return ruleset as Ruleset;
  if (!Object.values(shipped).includes(ruleset as Ruleset)) {
    // Built on the first check of each custom object only: rare, and off the hot path.
    const schema = z.strictObject({
      id: oneOf(Object.keys(shipped)),
      name: nonEmptyString(),
      validFrom: isoDayText(),
      validTo: z.optional(isoDayText()),
      governing: z.array(basis).check(z.refine((g) => g.length > 0, 'expected at least one citation')),
      counting: among('A', 'B', 'B-prime', 'C'),
      cutoff,
      modeBCutoff: cutoff,
      onlineOutsideHours: receipt,
      postalReceipt: receipt,
      dueTime: among('closing', 'end-of-day'),
      calendarDayRollOff: flag,
      supplementation: z.object({ clock: among('restart', 'pause'), maxRequests: count, requestWithinWorkingDays: days, closeAfterDays: days }),
      extension: z.object({ maxCount: count, timing: among('before-due', 'after-due'), noticeDays: days }),
      onlineCheckWorkingHours: choice((v) => v === null || (typeof v === 'number' && v > 0 && v < Infinity), 'a number of hours > 0 or null'),
      paymentPause: flag,
      withdrawalBeforeDecision: flag,
    });
    validate(schema, ruleset, 'ruleset', ['ruleset']);
  }
  checked.add(ruleset);
  return ruleset as Ruleset;
}

/**
 * Checks a preset object given in place of an id: every field of `Preset` present with a value of
 * its type, its `id` a shipped preset's (a custom preset is a shipped one with fields replaced).
 * Its `policy` is checked by `checkPolicy` (as a caller's policy is). Every object is looked at
 * once (shipped presets included), so the hot path pays a `WeakSet` look-up; an unchecked `{}`
 * used to turn the make-up Saturdays off silently. Internal.
 * @throws {InvalidInputError} naming the path `preset.…` of every missing or malformed field
 */
export function checkPreset(preset: object, shipped: Readonly<Record<string, Preset>>, checkPolicy: (policy: object) => unknown): Preset {
  if (checked.has(preset)) return preset as Preset;
  if (!Object.values(shipped).includes(preset as Preset)) validateCustomPreset(preset, shipped, checkPolicy);
  checked.add(preset);
  return preset as Preset;
}

/** The first check of a custom preset object (rare, off the hot path): its fields, then its policy. */
function validateCustomPreset(preset: object, shipped: Readonly<Record<string, Preset>>, checkPolicy: (policy: object) => unknown): void {
  const schema = z.strictObject({
    id: oneOf(Object.keys(shipped)),
    name: nonEmptyString(),
    basis,
    policy: is((v) => typeof v === 'object' && v !== null, 'expected an object of policy fields'),
    makeUpWorkingDays: is((v) => typeof v === 'boolean', 'expected true or false'),
    supplementationClock: oneOf(['restart', 'pause']),
    differencesFromLaw: z.array(z.string()),
  });
  validate(schema, preset, 'preset', ['preset']);
  checkPolicy((preset as Preset).policy);
}
