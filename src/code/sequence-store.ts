import { describeValue } from '../errors/describe-value.js';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import type { DayNumber } from '../time/day-number.js';

/**
 * Shared storage that hands out dossier sequences: one counter per agency per receipt day,
 * restarting at 1 each day (Circular 01/2018/TT-VPCP Art. 19 [P]).
 *
 * Several servers receive dossiers at once, so `allocate` must be atomic in the shared storage —
 * a database row updated in one statement, or a database sequence — not an in-process lock, which
 * breaks with two servers [X] (`spec/dossier-code.md`, "Sequences in practice"). Implementations:
 * `memorySequenceStore()` (one process, tests) and `postgresSequenceStore()` from `motcua/postgres`.
 */
export interface SequenceStore {
  /**
   * Allocates the next sequence of `agency` on the Vietnamese day `day`: 1 for the day's first
   * call, then 2, 3, … — each number handed out once, however many callers race.
   */
  allocate(agency: string, day: DayNumber): Promise<number>;
}

/**
 * Checks the key of an allocation — a non-empty agency identifier and an integer day number — for
 * `SequenceStore` implementations (the memory store, `motcua/postgres`, your own). Throws
 * `InvalidInputError` naming the field, before any counter moves.
 * @example
 * const store = {
 *   counters: new Map<string, number>(),
 *   async allocate(agency: string, day: number) {
 *     checkSequenceKey(agency, day); // before any counter moves
 *     const key = `${agency}/${day}`;
 *     const next = (this.counters.get(key) ?? 0) + 1;
 *     this.counters.set(key, next);
 *     return next;
 *   },
 * };
 * await store.allocate('000.17.22.H56', parseDay('2025-08-15')) // 1
 * await store.allocate('', parseDay('2025-08-15')) // throws InvalidInputError — path ['agency']
 * await store.allocate('000.17.22.H56', 20315.5) // throws INVALID_INPUT — path ['day']
 */
export function checkSequenceKey(agency: unknown, day: unknown): void {
  const agencyOk = typeof agency === 'string' && agency.length > 0;
  const dayOk = Number.isSafeInteger(day);
  if (agencyOk && dayOk) return;
  const issues: { path: string[]; message: string }[] = [];
  if (!agencyOk) issues.push({ path: ['agency'], message: `expected a non-empty agency identifier, got ${describeValue(agency)}` });
  if (!dayOk) issues.push({ path: ['day'], message: `expected an integer day number, got ${describeValue(day)}` });
  throw new InvalidInputError('sequence allocation', issues);
}
