import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { createEvaluationAccumulator } from './summary.js';
import type { SummaryState } from './summary-types.js';

describe('EvaluationAccumulator.merge: what it is given', () => {
  it('an object that is not a state is refused by the state schema, as before; a state or an accumulator merges', () => {
    const a = createEvaluationAccumulator();
    expect(() => a.merge({} as SummaryState)).toThrow(InvalidInputError);
    expect(() => a.merge({} as SummaryState)).toThrow(/^Invalid summary state: version: required/);
    const b = createEvaluationAccumulator();
    b.add({ unit: 'A', answers: { '1': 2 } });
    expect(a.merge(b.state()).merge(b).forms).toBe(2);
  });
});
