import { describeValue } from '../errors/describe-value.js';
import * as z from 'zod/mini';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { UnknownRulesetError } from '../errors/unknown-ruleset-error.js';
import { hoursInADay, oneOf } from '../errors/schemas.js';
import { validate } from '../errors/validate.js';
import { checkPreset } from './check-rule-objects.js';
import { STANDARD_OFFICE_HOURS, toOfficeHours } from './office-hours.js';
import type { Cutoff, DeadlinePolicy, DeadlinePolicyInput } from './policy.js';
import { presets, type Preset, type PresetId } from './presets.js';
import type { Ruleset } from './rulesets.js';

const receipt = oneOf(['as-received', 'next-opening'], 'expected as-received or next-opening');
const policySchema = z.strictObject({
  mode: z.optional(oneOf(['A', 'B', 'B-prime', 'C'])),
  cutoff: z.optional(z.unknown()),
  officeHours: z.optional(z.unknown()),
  offHoursReceipt: z.optional(
    z.strictObject({ 'in-person': z.optional(receipt), online: z.optional(receipt), post: z.optional(receipt) }),
  ),
  dueTime: z.optional(oneOf(['closing', 'end-of-day'], 'expected closing or end-of-day')),
  calendarDayRollOff: z.optional(z.boolean({ error: 'expected true or false' })),
  rounding: z.optional(oneOf(['none', 'quarter-hour-up'], 'expected none or quarter-hour-up')),
  hoursPerWorkingDay: z.optional(hoursInADay()),
});

/** The fields a policy input may set (`DeadlinePolicyInput`). Internal: for the "did you mean policy.mode?" hint. */
export const POLICY_FIELDS: readonly string[] = Object.freeze(Object.keys(policySchema.def.shape));

/**
 * Reads a cut-off: `'15:00'` (a time of day, 00:00 … 24:00, as in either form), `'none'`,
 * `'closing-60'` (the last 60 minutes before closing, Decree 297/2025 Art. 6(3) [P]) or a
 * `Cutoff` object.
 * @example
 * parseCutoff('15:00') // { kind: 'time', minute: 900 }
 */
export function parseCutoff(input: string | Cutoff): Cutoff {
  if (typeof input === 'object' && input !== null) {
    if (input.kind === 'none') return Object.freeze({ kind: 'none' });
    if (input.kind === 'time' && Number.isInteger(input.minute) && input.minute >= 0 && input.minute <= 1440) return Object.freeze({ ...input });
    if (input.kind === 'before-closing' && Number.isInteger(input.minutes) && input.minutes > 0) return Object.freeze({ ...input });
  } else if (typeof input === 'string') {
    const text = input.trim().toLowerCase();
    if (text === 'none') return Object.freeze({ kind: 'none' });
    const time = /^(\d{1,2})[:h](\d{2})$/.exec(text);
    const minute = time ? Number(time[1]) * 60 + Number(time[2]) : NaN;
    if (time && Number(time[2]) <= 59 && minute <= 1440) return Object.freeze({ kind: 'time', minute });
    const before = /^closing-(\d+)$/.exec(text);
    if (before && Number(before[1]) > 0) return Object.freeze({ kind: 'before-closing', minutes: Number(before[1]) });
  }
  throw new InvalidInputError('policy', [{ path: ['policy', 'cutoff'], message: `expected "HH:mm" (00:00 … 24:00), "none" or "closing-<minutes>", got ${describeValue(input)}` }]);
}


/**
 * Looks a preset up by id, or returns the object given once it is checked to be a complete
 * `Preset` (a shipped one, or a copy with fields replaced), its policy validated.
 * @throws {UnknownRulesetError} for an id that is not a preset (path `preset`)
 * @throws {InvalidInputError} for an object that is not a complete preset (path `preset.…`)
 * @example
 * resolvePreset('thanh-hoa') === thanhHoa // true
 * resolvePreset('ha-noi') // throws UnknownRulesetError
 */
export function resolvePreset(id: PresetId | Preset): Preset {
  if (typeof id === 'object' && id !== null) return checkPreset(id, presets, (policy) => checkPolicy(policy, ['preset', 'policy']));
  const found = Object.hasOwn(presets, id) ? (presets as Record<string, Preset>)[id] : undefined;
  if (!found) throw new UnknownRulesetError(String(id), Object.keys(presets), ['preset']);
  return found;
}

/** Validates a policy (a caller's, or a custom preset's); issues are reported under `at` (default `policy.…`). */
function checkPolicy(input: DeadlinePolicyInput, at: readonly string[] = ['policy']): DeadlinePolicyInput {
  try {
    return validate(policySchema, input, 'policy') as DeadlinePolicyInput;
  } catch (error) {
    if (error instanceof InvalidInputError) {
      throw new InvalidInputError('policy', error.issues.map((i) => ({ path: [...at, ...i.path], message: i.message })));
    }
    throw error;
  }
}

/**
 * The effective policy: the rule set's choices, then the preset's, then the caller's fields.
 * Validates the caller's input (InvalidInputError with the path `policy.…`).
 * @example
 * resolvePolicy(nd118_2025, undefined, undefined).mode // 'A'
 * const policy = resolvePolicy(nd118_2025, thanhHoa, { cutoff: '15:00' });
 * policy.mode // 'C' — the Thanh Hóa preset counts working hours
 * policy.cutoff // { kind: 'time', minute: 900 } — the caller's field wins
 * resolvePolicy(nd118_2025, undefined, { mode: 'D' }) // throws InvalidInputError
 */
export function resolvePolicy(ruleset: Ruleset, preset: Preset | undefined, input: DeadlinePolicyInput | undefined): DeadlinePolicy {
  const layers = [preset?.policy, input === undefined ? undefined : checkPolicy(input)];
  let policy: DeadlinePolicy = {
    mode: ruleset.counting.value,
    cutoff: undefined,
    officeHours: STANDARD_OFFICE_HOURS,
    offHoursReceipt: { 'in-person': 'as-received', online: ruleset.onlineOutsideHours.value, post: ruleset.postalReceipt.value },
    dueTime: ruleset.dueTime.value,
    calendarDayRollOff: ruleset.calendarDayRollOff.value,
    rounding: 'none',
    hoursPerWorkingDay: 8,
  };
  for (const layer of layers) {
    if (!layer) continue;
    policy = {
      ...policy,
      ...(layer.mode ? { mode: layer.mode } : {}),
      ...(layer.cutoff !== undefined ? { cutoff: parseCutoff(layer.cutoff) } : {}),
      ...(layer.officeHours !== undefined
        ? { officeHours: toOfficeHours(layer.officeHours) }
        : {}),
      ...(layer.offHoursReceipt ? { offHoursReceipt: { ...policy.offHoursReceipt, ...layer.offHoursReceipt } } : {}),
      ...(layer.dueTime ? { dueTime: layer.dueTime } : {}),
      ...(layer.calendarDayRollOff !== undefined ? { calendarDayRollOff: layer.calendarDayRollOff } : {}),
      ...(layer.rounding ? { rounding: layer.rounding } : {}),
      ...(layer.hoursPerWorkingDay !== undefined ? { hoursPerWorkingDay: layer.hoursPerWorkingDay } : {}),
    };
  }
  if (policy.mode === 'A' && policy.cutoff !== undefined && policy.cutoff.kind !== 'none') {
    throw new InvalidInputError('policy', [{
      path: ['policy', 'cutoff'],
      message: 'mode A counts from the receipt day whatever the hour; a cut-off needs mode B, B-prime or C',
    }]);
  }
  return Object.freeze(policy);
}
