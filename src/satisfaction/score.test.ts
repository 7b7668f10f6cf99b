import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cite } from '../citation/citation.js';
import { InvalidAnswerError, InvalidInputError, UnknownIndexError, UnscoredSchemeError } from '../errors/index.js';
import { withScoring } from './scheme.js';
import { nd118_2025_evaluation, threeLevelQuestions, tt01_2018_evaluation } from './scheme-presets.js';
import { scoreEvaluation } from './score.js';

function thrown(fn: () => unknown): Error & { code?: string; path?: readonly (string | number)[] } {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}

describe('scoreEvaluation — 2018 nine indices', () => {
  it('adds the points, banding the unit total and the officials total', () => {
    const all2 = Object.fromEntries(tt01_2018_evaluation.questions.map((q) => [q.key, 2]));
    const top = scoreEvaluation(all2);
    expect(top).toMatchObject({ scheme: 'tt01-2018', total: 18, max: 18, band: { label: 'Xuất sắc' } });
    expect(top.assessments.officer).toMatchObject({ total: 10, max: 10, answered: 5, band: { id: '100' } });

    const s = scoreEvaluation({ '1': 2, '2': 1, '3': 2, '4': 2, '5': 2, '6': 2, '7': 2, '8': 1, '9': 1 });
    expect(s.total).toBe(15);
    expect(s.band!.label).toBe('Xuất sắc');
  });

  it('returns a deeply frozen result, like the rest of the library', () => {
    const s = scoreEvaluation({ '1': 2, '4': 1, '7': 2 }, tt01_2018_evaluation, { facts: { limit: 10, used: 10, supplementationRequests: 0 } });
    expect(Object.isFrozen(s)).toBe(true);
    expect(Object.isFrozen(s.points)).toBe(true);
    expect(Object.isFrozen(s.assessments)).toBe(true);
    expect(Object.isFrozen(s.assessments.officer)).toBe(true);
    expect(Object.isFrozen(s.derived)).toBe(true);
    expect(Object.isFrozen(s.trace)).toBe(true);
    expect(s.trace.every((t) => Object.isFrozen(t))).toBe(true);
    expect(() => {
      (s.points as Record<string, number>)['1'] = 0;
    }).toThrow(TypeError);
    // A scheme without assessments is frozen too.
    expect(Object.isFrozen(scoreEvaluation({ returnTime: 'hai-long' }, withScoring(nd118_2025_evaluation, {
      id: 'x', basis: cite('x', undefined, 'P'), all: { 'rat-hai-long': 2, 'hai-long': 1, 'khong-hai-long': 0 },
    })))).toBe(true);
  });

  it('leaves unanswered indices out (null and absent alike)', () => {
    const s = scoreEvaluation({ '1': 2, '3': null, '7': 1 });
    expect(s.points).toEqual({ '1': 2, '7': 1 });
    expect(s.assessments.unit!.answered).toBe(2);
    expect(s.total).toBe(3);
    expect(s.band!.label).toBe('Yếu');
  });

  it('rejects out-of-range answers with InvalidAnswerError naming the index', () => {
    const e = thrown(() => scoreEvaluation({ '1': 3 }));
    expect(e).toBeInstanceOf(InvalidAnswerError);
    expect(e.code).toBe('INVALID_ANSWER');
    expect(e.path).toEqual(['answers', '1']);
    expect(e.message).toContain('allowed: 2, 1, 0');
    expect(thrown(() => scoreEvaluation({ '1': '2' }))).toBeInstanceOf(InvalidAnswerError);
    expect(thrown(() => scoreEvaluation({ '1': 1.5 }))).toBeInstanceOf(InvalidAnswerError);
  });

  it('rejects unknown indices with UnknownIndexError', () => {
    const e = thrown(() => scoreEvaluation({ '10': 2 }));
    expect(e).toBeInstanceOf(UnknownIndexError);
    expect(e.code).toBe('UNKNOWN_INDEX');
    expect(e.path).toEqual(['answers', '10']);
    expect(thrown(() => scoreEvaluation(JSON.parse('{"__proto__": 2}')))).toBeInstanceOf(UnknownIndexError);
  });

  it('rejects a non-object', () => {
    expect(thrown(() => scoreEvaluation(null as never))).toBeInstanceOf(InvalidInputError);
    expect(thrown(() => scoreEvaluation([2, 2] as never))).toBeInstanceOf(InvalidInputError);
  });
});

describe('scoreEvaluation — indices from the dossier', () => {
  it('derives 1, 2, 3 and 7 from the facts, so the citizen is asked only 4 (and the unit indices)', () => {
    const s = scoreEvaluation({ '4': 2 }, tt01_2018_evaluation, {
      facts: { limit: 10, used: 8, steps: [{ agency: 'desk', budget: 1, used: 1 }, { agency: 'dept', budget: 9, used: 7 }], supplementationRequests: 1, misconductPetition: false },
    });
    expect(s.points).toEqual({ '1': 2, '2': 1, '3': 1, '4': 2, '7': 2 });
    expect(s.derived).toEqual(['1', '2', '3', '7']);
    expect(s.assessments.officer!.total).toBe(8);
  });

  it('the facts override a contradicting answer, and the trace says so', () => {
    const s = scoreEvaluation({ '1': 2 }, tt01_2018_evaluation, { facts: { limit: 5, used: 6 } });
    expect(s.points['1']).toBe(0);
    expect(s.trace.some((t) => t.rule.includes('overrides') && t.detail.includes('answered 2'))).toBe(true);
  });

  it('caps the citizen\'s index 7 by the timing when the petition is unknown', () => {
    expect(scoreEvaluation({ '7': 2 }, tt01_2018_evaluation, { facts: { limit: 5, used: 5 } }).points['7']).toBe(1);
    expect(scoreEvaluation({ '7': 1 }, tt01_2018_evaluation, { facts: { limit: 5, used: 4 } }).points['7']).toBe(1);
    expect(scoreEvaluation({ '7': 2 }, tt01_2018_evaluation, { facts: { limit: 5, used: 4 } }).points['7']).toBe(2);
    expect(scoreEvaluation({}, tt01_2018_evaluation, { facts: { limit: 5, used: 4 } }).points['7']).toBeUndefined();
  });

  it('reports invalid facts at the facts path', () => {
    const e = thrown(() => scoreEvaluation({}, tt01_2018_evaluation, { facts: { limit: 5 } }));
    expect(e).toBeInstanceOf(InvalidInputError);
    expect(e.message).toContain('facts');
  });
});

describe('scoreEvaluation — other schemes', () => {
  it('refuses the unscored Decree 118 criteria and the three-level questions', () => {
    expect(thrown(() => scoreEvaluation({ returnTime: 'hai-long' }, nd118_2025_evaluation))).toBeInstanceOf(UnscoredSchemeError);
    expect(thrown(() => scoreEvaluation({ overall: 'hai-long' }, threeLevelQuestions)).code).toBe('UNSCORED_SCHEME');
  });

  it('scores Decree 118 criteria with a province\'s pluggable points', () => {
    const province = withScoring(nd118_2025_evaluation, {
      id: 'nd118-2025-example', basis: cite('Provincial decision (example)', 'Art. 5', 'P'),
      all: { 'rat-hai-long': 2, 'hai-long': 1, 'khong-hai-long': 0 },
    });
    const s = scoreEvaluation({ returnTime: 'rat-hai-long', contacts: 'hai-long', other: 'khong-hai-long' }, province);
    expect(s).toMatchObject({ scheme: 'nd118-2025-example', total: 3, max: 18 });
    expect(s.band).toBeUndefined();
    expect(thrown(() => scoreEvaluation({ '1': 2 }, province))).toBeInstanceOf(UnknownIndexError);
  });
});

describe('scoreEvaluation (properties)', () => {
  const answers = fc.dictionary(fc.constantFrom(...tt01_2018_evaluation.questions.map((q) => q.key)), fc.constantFrom(0, 1, 2, null));
  const facts = fc.record(
    {
      limit: fc.integer({ min: 0, max: 20 }),
      used: fc.integer({ min: 0, max: 30 }),
      supplementationRequests: fc.integer({ min: 0, max: 4 }),
      misconductPetition: fc.boolean(),
    },
    { requiredKeys: [] },
  ).filter((f) => (f.limit === undefined) === (f.used === undefined));

  it('totals lie in [0, max], equal the sum of the points, and always have a band', () => {
    fc.assert(
      fc.property(answers, fc.option(facts, { nil: undefined }), (a, f) => {
        const s = scoreEvaluation(a, tt01_2018_evaluation, f === undefined ? {} : { facts: f });
        const points = Object.values(s.points);
        expect(s.total).toBe(points.reduce((x, y) => x + y, 0));
        expect(s.total).toBeGreaterThanOrEqual(0);
        expect(s.total).toBeLessThanOrEqual(18);
        expect(s.assessments.officer!.total).toBeLessThanOrEqual(10);
        expect(s.band).toBeDefined();
        for (const p of points) expect([0, 1, 2]).toContain(p);
      }),
    );
  });
});

describe('scoreEvaluation at the boundary: strict options, plain messages', () => {
  it('refuses a misspelt option by name instead of scoring without the facts', () => {
    const error = thrown(() => scoreEvaluation({ '4': 2 }, tt01_2018_evaluation, { fact: { limit: 10, used: 12 } } as never)) as InvalidInputError;
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error.issues).toEqual([{ path: ['fact'], message: 'unknown field "fact" (did you mean facts?); allowed: facts, policy, path' }]);
  });
  it('says a string was given where the question takes a number (and the reverse)', () => {
    expect(thrown(() => scoreEvaluation({ '1': '2' } as never)).message).toBe(
      'answers.1: Answer "2" for "1" is a string where a number is expected (write 2, not "2"); allowed: 2, 1, 0',
    );
    expect(thrown(() => scoreEvaluation({ '1': 3 })).message).toBe('answers.1: Answer 3 is not allowed for "1" (allowed: 2, 1, 0)');
    expect(thrown(() => scoreEvaluation({ '1': 'hai' } as never)).message).toBe('answers.1: Answer "hai" is not allowed for "1" (allowed: 2, 1, 0)');
  });
  it('a scheme of the wrong kind is an InvalidInputError, not a TypeError', () => {
    expect(thrown(() => scoreEvaluation({}, 'tt01-2018' as never))).toBeInstanceOf(InvalidInputError);
    expect(thrown(() => scoreEvaluation({}, null as never)).message).toMatch(/expected an evaluation scheme .*, got null/);
  });
});
