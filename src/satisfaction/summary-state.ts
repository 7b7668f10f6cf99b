import * as z from 'zod/mini';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { validate } from '../errors/validate.js';
import { mergeInput } from '../internal/merge-input.js';
import type { CompiledScheme } from './scheme.js';
import type { SummaryState } from './summary-types.js';

const countsSchema = z.record(z.string(), z.record(z.string(), z.int().check(z.nonnegative())));
/** Zod schema of a serialized `SummaryState`. Internal. */
export const stateSchema = z.object({
  version: z.literal(1),
  scheme: z.string(),
  levelScheme: z.string(),
  groupBy: z.array(z.string()),
  period: z.string(),
  policy: z.string(),
  groups: z.record(
    z.string(),
    z.object({
      key: z.record(z.string(), z.string()),
      forms: z.int().check(z.nonnegative()),
      unitRecords: z.int().check(z.nonnegative()),
      answers: countsSchema,
      levels: countsSchema,
      notSatisfied: z.int().check(z.nonnegative()),
      timing: z.object({ earlier: z.int().check(z.nonnegative()), equal: z.int().check(z.nonnegative()), later: z.int().check(z.nonnegative()) }),
    }),
  ),
});

/** Checks serialized counts (`{ key: { value: n } }`) against the scheme: unknown keys and values are errors. Internal. */
export function checkCounts(compiled: CompiledScheme, counts: Readonly<Record<string, Readonly<Record<string, number>>>>, path: (string | number)[]): void {
  for (const key of Object.keys(counts)) {
    const cq = compiled.byKey.get(key);
    if (!cq) throw new InvalidInputError('summary state', [{ path: [...path, key], message: `no question ${JSON.stringify(key)} in the scheme` }]);
    for (const value of Object.keys(counts[key]!)) {
      if (cq.optionByString.get(value) === undefined) throw new InvalidInputError('summary state', [{ path: [...path, key, value], message: `no option ${JSON.stringify(value)}` }]);
    }
  }
}

/** Adds serialized counts (`{ key: { value: n } }`) into rows; call `checkCounts` first. Internal. */
export function addCounts(target: number[][], compiled: CompiledScheme, counts: Readonly<Record<string, Readonly<Record<string, number>>>>): void {
  for (const key of Object.keys(counts)) {
    const cq = compiled.byKey.get(key)!;
    const row = target[cq.index]!;
    const byValue = counts[key]!;
    for (const value of Object.keys(byValue)) row[cq.optionByString.get(value)!]! += byValue[value]!;
  }
}

/** Serializes rows of counts as `{ key: { value: n } }`, omitting zeros. Internal. */
export function countsOf(rows: readonly number[][], compiled: CompiledScheme): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (let qi = 0; qi < rows.length; qi++) {
    const row = rows[qi]!;
    const cq = compiled.questions[qi]!;
    let counts: Record<string, number> | undefined;
    for (let oi = 0; oi < row.length; oi++) {
      const n = row[oi]!;
      if (n > 0) (counts ??= {})[cq.valueKeys[oi]!] = n;
    }
    if (counts) out[cq.question.key] = counts;
  }
  return out;
}

/** Adds rows of counts element-wise. Internal. */
export function addRows(target: number[][], source: readonly (readonly number[])[]): void {
  for (let qi = 0; qi < target.length; qi++) {
    const t = target[qi]!;
    const s = source[qi]!;
    for (let oi = 0; oi < t.length; oi++) t[oi]! += s[oi]!;
  }
}

function isCount(v: unknown): boolean {
  return Number.isSafeInteger(v) && (v as number) >= 0;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function isCounts(v: unknown): boolean {
  if (!isRecord(v)) return false;
  for (const key in v) {
    const byValue = v[key];
    if (!isRecord(byValue)) return false;
    for (const value in byValue) if (!isCount(byValue[value])) return false;
  }
  return true;
}

/** A fast check that `x` satisfies `stateSchema` (never looser; zod describes failures). */
export function isValidState(x: unknown): x is SummaryState {
  if (!isRecord(x) || x.version !== 1) return false;
  if (typeof x.scheme !== 'string' || typeof x.levelScheme !== 'string' || typeof x.period !== 'string' || typeof x.policy !== 'string') return false;
  if (!Array.isArray(x.groupBy) || !x.groupBy.every((d) => typeof d === 'string')) return false;
  if (!isRecord(x.groups)) return false;
  for (const id in x.groups) {
    const g = x.groups[id];
    if (!isRecord(g) || !isRecord(g.key) || !isRecord(g.timing)) return false;
    for (const dim in g.key) if (typeof g.key[dim] !== 'string') return false;
    if (!isCount(g.forms) || !isCount(g.unitRecords) || !isCount(g.notSatisfied)) return false;
    if (!isCount(g.timing.earlier) || !isCount(g.timing.equal) || !isCount(g.timing.later)) return false;
    if (!isCounts(g.answers) || !isCounts(g.levels)) return false;
  }
  return true;
}

/**
 * The state `merge` was given — an accumulator's `state()` or a serialized state — checked against
 * `stateSchema`: `InvalidInputError` (`summary state`) for a malformed state, and for `null` or any
 * other non-object. Internal.
 */
export function stateToMerge(other: unknown): SummaryState {
  const state = mergeInput(other, 'summary state');
  return isValidState(state) ? state : (validate(stateSchema, state, 'summary state') as SummaryState);
}
