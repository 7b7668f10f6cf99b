import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { createEvaluationAccumulator } from './summary.js';
import type { SummaryState } from './summary-types.js';

describe('EvaluationAccumulator.merge: what it is given', () => {
  it('null or a non-object is an InvalidInputError naming what it got, not a TypeError', () => {
    const a = createEvaluationAccumulator();
    a.add({ unit: 'A', answers: { '1': 2 } });
    const before = JSON.stringify(a.state());
    for (const [other, got] of [[null, 'null'], ['x', 'string'], [42, 'number'], [undefined, 'undefined'], [[], 'array']] as const) {
      let error: unknown;
      try {
        a.merge(other as unknown as SummaryState);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(InvalidInputError);
      expect(error).toMatchObject({ code: 'INVALID_INPUT', path: [], message: `Invalid summary state: expected an accumulator or its state(), got ${got}` });
    }
    expect(JSON.stringify(a.state())).toBe(before);
  });

  it('an object that is not a state is refused by the state schema, as before; a state or an accumulator merges', () => {
    const a = createEvaluationAccumulator();
    expect(() => a.merge({} as SummaryState)).toThrow(InvalidInputError);
    expect(() => a.merge({} as SummaryState)).toThrow(/^Invalid summary state: version: required/);
    const b = createEvaluationAccumulator();
    b.add({ unit: 'A', answers: { '1': 2 } });
    expect(a.merge(b.state()).merge(b).forms).toBe(2);
  });
});
