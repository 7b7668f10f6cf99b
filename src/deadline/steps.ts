import { InvalidInputError } from '../errors/invalid-input-error.js';
import { typeName } from '../errors/type-name.js';
import { formatMoment } from '../time/format.js';
import type { EpochMs } from '../time/moment.js';
import { computeDeadline, effectiveCutoff, resolveContext, type DeadlineInput } from './compute-deadline.js';
import type { Deadline } from './deadline.js';
import { isWholeMinutes } from './limit.js';

/** One step of an internal procedure (quy trình nội bộ): the agency that owns it and its budget. */
export interface StepBudget {
  /** The agency (or desk) that owns the step, e.g. `Sở TN&MT`. */
  readonly agency: string;
  /** Working days, possibly fractional (0.25 for reception and transfer) [X]. */
  readonly budget: number;
  /** An optional label of the step, carried into its `StepDue`. */
  readonly name?: string;
}

/** A step with its due moment. */
export interface StepDue extends StepBudget {
  /** When the step starts (the previous step's due), epoch ms. */
  readonly startsMs: EpochMs;
  /** When the step is due, epoch ms. */
  readonly dueMs: EpochMs;
  /** When the step starts, `YYYY-MM-DDTHH:mm:ss+07:00`. */
  readonly startsAt: string;
  /** When the step is due, `YYYY-MM-DDTHH:mm:ss+07:00`. */
  readonly due: string;
}

/**
 * Splits a limit into consecutive step budgets and gives each step's due moment, counted in
 * working hours (budget × hours per day, inside office hours) from the previous step's due; the
 * first step starts where hour counting starts for the dossier (office hours, off-hours receipts
 * and any cut-off applied). `total` is the deadline of the summed budgets counted in hours (mode
 * C); the last step's due equals it, except that a rounding policy rounds only the total. The
 * dossier's own appointment is `computeDeadline` under its rule set's mode (mode A ends at closing
 * of the same day or later). Lateness is then attributed to the step that overran (Decree 118/2025 Art. 20(2) [P]: each agency its own time limit; the control sheet
 * records each hand-over, Circular 01/2018 [P]).
 *
 * @example
 * const plan = splitLimit({ receivedAt: '2026-03-09T09:00', steps: [
 *   { agency: 'Bộ phận Một cửa', budget: 0.25 }, { agency: 'Sở TN&MT', budget: 3 }, { agency: 'UBND tỉnh', budget: 1.75 } ] });
 * plan.steps.map((s) => s.due)
 * // ['2026-03-09T11:00:00+07:00', '2026-03-12T11:00:00+07:00', '2026-03-16T09:00:00+07:00']
 * plan.total.dueWallTime // '2026-03-16T09:00:00+07:00' — 5 working days counted in hours
 */
export function splitLimit(input: Omit<DeadlineInput, 'limit'> & { readonly steps: readonly StepBudget[] }): {
  /** Each step with its start and due, in order. */
  readonly steps: readonly StepDue[];
  /** The deadline of the summed budgets, counted in working hours (mode C). */
  readonly total: Deadline;
} {
  const { steps, ...rest } = input;
  if (!Array.isArray(steps) || steps.length === 0) {
    throw new InvalidInputError('step budgets', [{ path: ['steps'], message: 'expected at least one step' }]);
  }
  steps.forEach((s, i) => {
    if (typeof s !== 'object' || s === null) {
      throw new InvalidInputError('step budgets', [{ path: ['steps', i], message: `expected a step { agency, budget }, got ${typeName(s)}` }]);
    }
    if (typeof s.agency !== 'string' || s.agency.length === 0) {
      throw new InvalidInputError('step budgets', [{ path: ['steps', i, 'agency'], message: 'expected the owning agency' }]);
    }
    if (typeof s.budget !== 'number' || !(s.budget > 0) || !isWholeMinutes(s.budget * 480)) {
      throw new InvalidInputError('step budgets', [{ path: ['steps', i, 'budget'], message: `expected working days > 0 in whole minutes, got ${String(s.budget)}` }]);
    }
  });
  // Add in whole minutes (8 h = 480 min a day) so that decimal budgets sum exactly.
  const sum = steps.reduce((acc, s) => acc + Math.round(s.budget * 480), 0) / 480;
  const limit = { value: sum, unit: 'working-days' as const };
  // Hours are counted from where the dossier's own mode starts counting: a cut-off the caller
  // names, or the one of the dossier's mode (mode B's default included), carries over.
  const cutoff = rest.policy?.cutoff ?? effectiveCutoff(resolveContext({ ...rest, limit }))?.cutoff ?? { kind: 'none' as const };
  const hoursInput = { ...rest, limit, policy: { ...rest.policy, mode: 'C' as const, cutoff } };
  const total = computeDeadline(hoursInput);
  const { clock, policy } = resolveContext(hoursInput);
  const perDay = policy.hoursPerWorkingDay * 60;
  // Each due is counted from the common start over the budgets so far, rounded once, so that the
  // steps add up to the total whatever the hours per day.
  let budgetsSoFar = 0;
  let previous = total.startMs;
  const result = steps.map((s) => {
    budgetsSoFar += Math.round(s.budget * 480);
    const dueMs = clock.addWorkingMinutes(total.startMs, Math.round((budgetsSoFar / 480) * perDay));
    const startsMs = previous;
    previous = dueMs;
    return Object.freeze({ ...s, startsMs, dueMs, startsAt: formatMoment(startsMs), due: formatMoment(dueMs) });
  });
  return Object.freeze({ steps: Object.freeze(result), total });
}
