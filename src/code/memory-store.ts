import type { DayNumber } from '../time/day-number.js';
import { checkSequenceKey, type SequenceStore } from './sequence-store.js';

/** A `SequenceStore` held in this process's memory, which can also say where a counter stands. */
export interface MemorySequenceStore extends SequenceStore {
  /** The last sequence allocated for `agency` on `day`; 0 if none. */
  current(agency: string, day: DayNumber): number;
}

/**
 * A `SequenceStore` in memory: atomic within one JavaScript process (the counter moves before
 * `allocate` returns), lost when the process ends. For tests and single-process use; with several
 * servers use shared storage such as `motcua/postgres` (`spec/dossier-code.md` [X]).
 *
 * @example
 * const store = memorySequenceStore();
 * await store.allocate('000.17.22.H56', 18778) // 1
 * await store.allocate('000.17.22.H56', 18778) // 2
 * await store.allocate('000.17.22.H56', 18779) // 1 — a new day
 */
export function memorySequenceStore(): MemorySequenceStore {
  const counters = new Map<string, number>();
  const key = (agency: string, day: DayNumber): string => `${day}|${agency}`;
  return Object.freeze({
    async allocate(agency: string, day: DayNumber): Promise<number> {
      checkSequenceKey(agency, day);
      const k = key(agency, day);
      const next = (counters.get(k) ?? 0) + 1;
      counters.set(k, next);
      return next;
    },
    current(agency: string, day: DayNumber): number {
      checkSequenceKey(agency, day);
      return counters.get(key(agency, day)) ?? 0;
    },
  });
}
