import type { Citation } from '../citation/citation.js';

/** One step of an explanation: which rule applied, its basis, and what it did here. */
export interface TraceStep {
  /** Short rule name, e.g. `'index 3 from supplementation requests'`. */
  readonly rule: string;
  /** The rule's source (article and evidence mark). */
  readonly basis: Citation;
  /** What the rule did with this input, in plain words. */
  readonly detail: string;
}
