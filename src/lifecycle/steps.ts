import { InvalidInputError } from '../errors/invalid-input-error.js';
import type { Limit } from '../deadline/limit.js';
import type { WorkingClock } from '../deadline/working-clock.js';
import type { EpochMs } from '../time/moment.js';
import { timelinessOf, type StepVerdict } from './clock.js';

/**
 * One step of a procedure's internal process (quy trình nội bộ) for liên thông: the owning agency
 * and its budget in working days, possibly fractional (0.25 for reception and transfer) [X].
 * `after` lists the steps that must finish first; absent, the step follows the previous one
 * (sequential). Steps with the same predecessors run in parallel (Decree 118/2025 Art. 20(2) [P]:
 * same-level agencies each get their own time limit).
 */
export interface StepSpec {
  /** The step's id, unique in the plan (named by `after`, `completes`, `starts`). */
  readonly id: string;
  /** The agency that owns the step: hand-overs to and from this unit start and finish it. */
  readonly agency: string;
  /** The step's allotted time in working days, > 0 and a whole number of minutes (0.25 = 120 working minutes). */
  readonly budget: number;
  /** A display name, e.g. `'Thẩm định'`. */
  readonly name?: string;
  /** Ids of earlier steps that must finish first; absent: the previous step (none for the first). */
  readonly after?: readonly string[];
}

/** A step as the dossier runs it. */
export interface StepState {
  /** The step's id (`StepSpec.id`). */
  readonly id: string;
  /** The owning agency (`StepSpec.agency`). */
  readonly agency: string;
  /** The allotted time in working days (`StepSpec.budget`). */
  readonly budget: number;
  /** The display name, when the spec gave one. */
  readonly name?: string;
  /** Ids of the steps that must finish first, resolved (`[]` for a first step). */
  readonly after: readonly string[];
  /** `pending` (not started), `open` (the agency has it) or `done`. */
  readonly status: 'pending' | 'open' | 'done';
  /** When the agency received the dossier for this step (the hand-over), and the event. */
  readonly startedAt?: EpochMs;
  /** The id of the event that started the step (a restart of the limit moves `startedAt`, not this). */
  readonly startedBy?: string;
  /** The step's own due moment: its start plus its budget in working time (moved by pauses, reset by restarts). */
  readonly dueMs?: EpochMs;
  /** When the step finished (the hand-over or decision that completed it), epoch ms; absent until done. */
  readonly finishedAt?: EpochMs;
  /** The id of the event that finished the step. */
  readonly finishedBy?: string;
  /** Working minutes of the pauses while the step was open (they moved `dueMs`). */
  readonly pausedWorkingMinutes: number;
  /** Early / on time / late for this step alone, once done. */
  readonly verdict?: StepVerdict;
  /** Working minutes past the step's due moment (late steps). */
  readonly overrunMinutes?: number;
}

/**
 * Working minutes in a working day (8 hours; Decision 188/1999/QĐ-TTg [S]): step budgets in
 * working days are converted with it.
 * @example
 * MINUTES_PER_WORKING_DAY // 480
 * 0.25 * MINUTES_PER_WORKING_DAY // 120 — a quarter-day step budget, in working minutes
 * planSteps([{ id: 'desk', agency: 'Bộ phận Một cửa', budget: 0.001 }]) // throws InvalidInputError — not a whole number of minutes
 */
export const MINUTES_PER_WORKING_DAY = 480;

function bad(path: (string | number)[], message: string): InvalidInputError {
  return new InvalidInputError('step plan', [{ path, message }]);
}

/**
 * Validates a step plan and returns its steps, all pending: unique ids, budgets > 0 in whole
 * minutes, `after` naming earlier steps only (so the plan has no cycle).
 * @throws {InvalidInputError} with the path `steps.<i>.<field>`
 * @example
 * const plan = planSteps([{ id: 'desk', agency: 'Bộ phận Một cửa', budget: 0.25 }, { id: 'appraise', agency: 'Sở TN&MT', budget: 3 }]);
 * plan.map((s) => [s.id, s.after, s.status]) // [['desk', [], 'pending'], ['appraise', ['desk'], 'pending']]
 * planSteps([{ id: 'appraise', agency: 'Sở TN&MT', budget: 3, after: ['desk'] }]) // throws InvalidInputError — 'desk' is not an earlier step
 */
export function planSteps(specs: readonly StepSpec[]): readonly StepState[] {
  const seen = new Set<string>();
  const out: StepState[] = [];
  specs.forEach((s, i) => {
    if (typeof s.id !== 'string' || !s.id) throw bad(['steps', i, 'id'], 'expected a step id');
    if (seen.has(s.id)) throw bad(['steps', i, 'id'], `duplicate step id "${s.id}"`);
    if (typeof s.agency !== 'string' || !s.agency) throw bad(['steps', i, 'agency'], 'expected the owning agency');
    if (typeof s.budget !== 'number' || !(s.budget > 0) || Math.round(s.budget * MINUTES_PER_WORKING_DAY) !== s.budget * MINUTES_PER_WORKING_DAY) {
      throw bad(['steps', i, 'budget'], `expected working days > 0 in whole minutes, got ${String(s.budget)}`);
    }
    const after = s.after ?? (i > 0 ? [specs[i - 1]!.id] : []);
    after.forEach((a, j) => {
      if (!seen.has(a)) throw bad(['steps', i, 'after', j], `"${a}" is not an earlier step`);
    });
    seen.add(s.id);
    out.push(Object.freeze({
      id: s.id, agency: s.agency, budget: s.budget, ...(s.name ? { name: s.name } : {}),
      after: Object.freeze([...after]), status: 'pending', pausedWorkingMinutes: 0,
    }));
  });
  return Object.freeze(out);
}

/** The limit in working minutes, for the units a step plan can be compared with; else undefined. */
function limitWorkingMinutes(limit: Limit): number | undefined {
  switch (limit.unit) {
    case 'working-days': return limit.value * MINUTES_PER_WORKING_DAY;
    case 'working-hours': return limit.value * 60;
    case 'same-day': return MINUTES_PER_WORKING_DAY;
    default: return undefined; // calendar days and months hold a varying number of working days
  }
}

/**
 * Checks that a step plan splits the limit: its longest chain of steps (each after the ones it
 * waits for) takes no more working time than the limit. `spec/deadline.md` "Inter-agency (liên
 * thông) allotments": the total limit is split into steps per agency in the approved internal
 * procedure (Decree 297/2025 Art. 6(2) [P]: 16 working days = 3 + 3 + 10); parallel steps share
 * the time (Decree 118/2025 Art. 20(2) [P]). A plan may allot less than the whole limit. Limits in
 * calendar days or months are not compared (their working days vary with the calendar).
 * @throws {InvalidInputError} at path `steps`, naming the chain and both durations
 */
export function checkPlanWithinLimit(steps: readonly StepState[], limit: Limit): void {
  const available = limitWorkingMinutes(limit);
  if (available === undefined || steps.length === 0) return;
  const finish = new Map<string, { minutes: number; chain: readonly string[] }>();
  let longest = { minutes: 0, chain: [] as readonly string[] };
  for (const s of steps) {
    let before = { minutes: 0, chain: [] as readonly string[] };
    for (const a of s.after) if (finish.get(a)!.minutes > before.minutes) before = finish.get(a)!;
    const end = { minutes: before.minutes + Math.round(s.budget * MINUTES_PER_WORKING_DAY), chain: [...before.chain, s.id] };
    finish.set(s.id, end);
    if (end.minutes > longest.minutes) longest = end;
  }
  if (longest.minutes > available) {
    const days = (m: number) => `${m / MINUTES_PER_WORKING_DAY} working day${m === MINUTES_PER_WORKING_DAY ? '' : 's'}`;
    throw bad(['steps'], `the steps ${longest.chain.join(' → ')} take ${days(longest.minutes)}, more than the limit of ${days(available)}: a plan splits the limit`);
  }
}

/** Ids of the open steps owned by `agency`. */
export function openStepsOf(steps: readonly StepState[], agency: string): string[] {
  const ids: string[] = [];
  for (const s of steps) if (s.status === 'open' && s.agency === agency) ids.push(s.id);
  return ids;
}

/** Ids of the pending steps owned by `agency` whose predecessors are all done. */
export function readyStepsOf(steps: readonly StepState[], agency: string): string[] {
  const ids: string[] = [];
  for (const s of steps) {
    if (s.status !== 'pending' || s.agency !== agency) continue;
    if (s.after.every((a) => steps.find((t) => t.id === a)?.status === 'done')) ids.push(s.id);
  }
  return ids;
}

function indexOf(steps: readonly StepState[], id: string, path: (string | number)[]): number {
  const i = steps.findIndex((s) => s.id === id);
  if (i < 0) throw bad(path, `no step "${id}" in the plan (steps: ${steps.map((s) => s.id).join(', ')})`);
  return i;
}

/** Finishes open steps at `at`, each with its own verdict (a copy of `steps`). */
export function finishSteps(steps: readonly StepState[], ids: readonly string[], at: EpochMs, by: string, clock: WorkingClock): StepState[] {
  const out = [...steps];
  ids.forEach((id, k) => {
    const i = indexOf(out, id, ['completes', k]);
    const s = out[i]!;
    if (s.status !== 'open') throw bad(['completes', k], `step "${id}" is ${s.status}, not open`);
    const verdict = timelinessOf(at, s.dueMs!);
    out[i] = Object.freeze({
      ...s, status: 'done', finishedAt: at, finishedBy: by, verdict,
      ...(verdict === 'late' ? { overrunMinutes: clock.workingMinutesBetween(s.dueMs!, at) } : {}),
    });
  });
  return out;
}

/** Opens pending steps at `at` (their predecessors must be done). */
export function startSteps(steps: readonly StepState[], ids: readonly string[], at: EpochMs, by: string, clock: WorkingClock): StepState[] {
  const out = [...steps];
  ids.forEach((id, k) => {
    const i = indexOf(out, id, ['starts', k]);
    const s = out[i]!;
    if (s.status !== 'pending') throw bad(['starts', k], `step "${id}" is ${s.status}, not pending`);
    const waiting = s.after.filter((a) => out.find((t) => t.id === a)?.status !== 'done');
    if (waiting.length) throw bad(['starts', k], `step "${id}" waits for ${waiting.join(', ')}`);
    out[i] = Object.freeze({
      ...s, status: 'open', startedAt: at, startedBy: by,
      dueMs: clock.addWorkingMinutes(at, Math.round(s.budget * MINUTES_PER_WORKING_DAY)),
    });
  });
  return out;
}

/** Moves the due moments of the open steps by a pause of `minutes` working minutes. */
export function pauseOpenSteps(steps: readonly StepState[], minutes: number, clock: WorkingClock): readonly StepState[] {
  if (minutes <= 0 || !steps.some((s) => s.status === 'open')) return steps;
  return steps.map((s) => (s.status !== 'open' ? s : Object.freeze({
    ...s, dueMs: clock.addWorkingMinutes(s.dueMs!, minutes), pausedWorkingMinutes: s.pausedWorkingMinutes + minutes,
  })));
}

/** Restarts the open steps' allowances at `at` (restart model: the limit runs again from the complete dossier). */
export function restartOpenSteps(steps: readonly StepState[], at: EpochMs, clock: WorkingClock): readonly StepState[] {
  if (!steps.some((s) => s.status === 'open')) return steps;
  return steps.map((s) => (s.status !== 'open' ? s : Object.freeze({
    ...s, startedAt: at, dueMs: clock.addWorkingMinutes(at, Math.round(s.budget * MINUTES_PER_WORKING_DAY)),
  })));
}

/** A step that overran, with the agency to which the lateness is attributed. */
export interface StepLateness {
  /** The step's id. */
  readonly step: string;
  /** The agency to which the lateness is attributed (the step's owner). */
  readonly agency: string;
  /** The step's own due moment, epoch ms. */
  readonly dueMs: EpochMs;
  /** When the step finished, epoch ms. */
  readonly finishedAt: EpochMs;
  /** Working minutes past the due moment. */
  readonly overrunMinutes: number;
}

/**
 * The steps that overran their own budget, and their agencies: lateness is attributed to the step
 * that overran, not to those after it (`spec/deadline.md`, "Inter-agency allotments"; evaluation
 * index 2 scores each agency against its own share, Circular 01/2018 Art. 13 [P]).
 * @example
 * const dossier = replay([
 *   { type: 'accept', at: '2026-03-09T09:00', unit: 'Bộ phận Một cửa', officer: 'Lan', code: 'H01-260309-0007' },
 *   { type: 'hand-over', at: '2026-03-09T09:30', unit: 'Bộ phận Một cửa', officer: 'Lan', toUnit: 'Phòng TN&MT' },
 *   { type: 'hand-over', at: '2026-03-09T16:00', unit: 'Phòng TN&MT', officer: 'Hùng', toUnit: 'Chi cục Thuế' },
 *   { type: 'hand-over', at: '2026-03-13T10:00', unit: 'Chi cục Thuế', officer: 'Mai', toUnit: 'Văn phòng ĐKĐĐ' },
 * ], { procedure: '1.003003', field: 'Đất đai', unit: 'Bộ phận Một cửa', limit: '5 ngày làm việc', steps: [
 *   { id: 'verify', agency: 'Phòng TN&MT', budget: 1 }, { id: 'tax', agency: 'Chi cục Thuế', budget: 2 },
 *   { id: 'register', agency: 'Văn phòng ĐKĐĐ', budget: 2 },
 * ] });
 * lateSteps(dossier).map((s) => [s.step, s.agency, s.overrunMinutes, formatMoment(s.dueMs)])
 * // [['tax', 'Chi cục Thuế', 720, '2026-03-11T16:00:00+07:00']] — due Wed 16:00, handed on Fri 10:00: 1 h + 8 h + 3 h late
 */
export function lateSteps(dossier: { readonly steps: readonly StepState[] }): readonly StepLateness[] {
  return Object.freeze(dossier.steps.filter((s) => s.verdict === 'late').map((s) => Object.freeze({
    step: s.id, agency: s.agency, dueMs: s.dueMs!, finishedAt: s.finishedAt!, overrunMinutes: s.overrunMinutes ?? 0,
  })));
}
