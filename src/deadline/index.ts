/**
 * The appointment (ngày hẹn trả kết quả): limits, counting modes, rule sets, peer presets,
 * explanations, and the helpers desks and dashboards show.
 * @module
 */
export { computeDeadline, formatTraceStep, type DeadlineInput } from './compute-deadline.js';
export { Deadline, type TraceStep } from './deadline.js';
export { parseLimit, formatLimit, type Limit, type LimitUnit, type LimitInput } from './limit.js';
export { officeHours, parseWindow, formatClock, STANDARD_OFFICE_HOURS, type OfficeHours, type OfficeHoursInput, type Window } from './office-hours.js';
export type { CountingMode, Channel, Cutoff, OffHoursReceipt, DueTime, DueRounding, DeadlinePolicy, DeadlinePolicyInput, RuleChoice } from './policy.js';
export { rulesets, rulesetFor, resolveRuleset, nd61_2018, nd118_2025, local_pre_2018, type Ruleset, type RulesetId } from './rulesets.js';
export { presets, thanhHoa, openCps, type Preset, type PresetId } from './presets.js';
export { resolvePolicy, resolvePreset, parseCutoff } from './resolve-policy.js';
export { WorkingClock } from './working-clock.js';
export { apologyWindow, deadlineStatus, remainingTime, type ApologyWindow, type DeadlineStatus, type StatusOptions } from './desk.js';
export { splitLimit, type StepBudget, type StepDue } from './steps.js';
