// Every accumulator's merge() refuses null and non-objects with an InvalidInputError naming what it
// got — never a TypeError — and is left unchanged (design principle 5; principle 7, mergeable
// aggregates). One test for the three accumulators that share `mergeInput`.
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { createHandlingTimeAccumulator, createReportAccumulator } from '../metrics/index.js';
import { createEvaluationAccumulator } from '../satisfaction/index.js';

const period = { from: '2026-03-01', to: '2026-03-31' } as const;
const accumulators = [
  { what: 'report state', make: () => createReportAccumulator(period) },
  { what: 'handling-time state', make: () => createHandlingTimeAccumulator(period) },
  { what: 'summary state', make: () => createEvaluationAccumulator() },
] as const;

describe('merge() of a value that is not an accumulator or its state', () => {
  for (const { what, make } of accumulators) {
    it(`${what}: null, a string, a number, undefined and an array are refused; nothing changes`, () => {
      const a = make() as { merge(o: unknown): unknown; state(): unknown };
      const before = JSON.stringify(a.state());
      for (const [other, got] of [[null, 'null'], ['x', 'string'], [42, 'number'], [undefined, 'undefined'], [[], 'array']] as const) {
        let error: unknown;
        try {
          a.merge(other);
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(InvalidInputError);
        expect(error).toMatchObject({ code: 'INVALID_INPUT', path: [], message: `Invalid ${what}: expected an accumulator or its state(), got ${got}` });
      }
      expect(JSON.stringify(a.state())).toBe(before);
    });
  }
});
