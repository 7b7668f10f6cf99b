import { describe, expect, it } from 'vitest';
import { cite } from '../citation/citation.js';
import { InvalidBandSetError, InvalidInputError } from '../errors/index.js';
import { bandSets } from './band-presets.js';
import { defineBandSet } from './bands.js';
import { defineScheme, withScoring, type Question } from './scheme.js';
import { nd118_2025_evaluation, evaluationSchemes, threeLevelQuestions, tt01_2018_evaluation } from './scheme-presets.js';

const basis = cite('test', 'Art. 1', 'P');
const q = (key: string, points = true): Question => ({
  key, label: key, basis,
  options: points ? [{ value: 1, label: 'yes', points: 1 }, { value: 0, label: 'no', points: 0 }] : [{ value: 'y', label: 'yes' }, { value: 'n', label: 'no' }],
});

function issuePath(fn: () => unknown): readonly (string | number)[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof InvalidInputError) return error.path;
    throw error;
  }
  throw new Error('expected InvalidInputError');
}

describe('scheme presets', () => {
  it('tt01-2018: nine indices, 2 / 1 / 0 points, max 18 for units and 10 for officials (Art. 13, 15)', () => {
    expect(tt01_2018_evaluation.questions.map((x) => x.key)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    for (const question of tt01_2018_evaluation.questions) {
      expect(question.options.map((o) => o.points)).toEqual([2, 1, 0]);
      expect(question.basis).toMatchObject({ source: 'Circular 01/2018/TT-VPCP', mark: 'P' });
    }
    expect(tt01_2018_evaluation.assessments.map((a) => [a.id, a.max, a.bands?.id])).toEqual([
      ['unit', 18, 'tt01-2018-unit'],
      ['officer', 10, 'tt01-2018-officer'],
    ]);
    expect(tt01_2018_evaluation.assessments[1]!.indices).toEqual(['1', '2', '3', '4', '7']);
  });

  it('tt01-2018: indices 1, 2, 3 and 7 are derivable from the dossier (Art. 14)', () => {
    expect(tt01_2018_evaluation.questions.filter((x) => x.derive).map((x) => [x.key, x.derive])).toEqual([
      ['1', 'total-time'], ['2', 'agency-time'], ['3', 'contacts'], ['7', 'attitude-time'],
    ]);
    expect(tt01_2018_evaluation.questions.filter((x) => x.scope?.includes('unit')).map((x) => x.key)).toEqual(['5', '6', '8', '9']);
  });

  it('nd118-2025: nine criteria of Art. 33(1), no points, answer scale marked [U]', () => {
    expect(nd118_2025_evaluation.questions).toHaveLength(9);
    expect(nd118_2025_evaluation.scored).toBe(false);
    expect(nd118_2025_evaluation.assessments).toEqual([]);
    expect(nd118_2025_evaluation.basis).toMatchObject({ source: 'Decree 118/2025/NĐ-CP', article: 'Art. 33(1)', mark: 'P' });
    expect(nd118_2025_evaluation.note).toMatch(/default/);
  });

  it('three-level questions: Rất hài lòng / Hài lòng / Không hài lòng, practice [X]', () => {
    expect(threeLevelQuestions.questions.map((x) => x.key)).toEqual(['convenience', 'overall']);
    expect(threeLevelQuestions.questions[0]!.options.map((o) => o.label)).toEqual(['Rất hài lòng', 'Hài lòng', 'Không hài lòng']);
    expect(threeLevelQuestions.basis.mark).toBe('X');
    expect(Object.keys(evaluationSchemes)).toEqual(['tt01-2018', 'nd118-2025', 'three-level']);
  });

  it('presets are frozen', () => {
    expect(Object.isFrozen(tt01_2018_evaluation.questions[0]!.options[0])).toBe(true);
    expect(Object.isFrozen(tt01_2018_evaluation.assessments[0]!.bands)).toBe(true);
  });
});

describe('defineScheme', () => {
  it('computes assessment maxima and checks the bands cover [0, max]', () => {
    const s = defineScheme({ id: 's', title: 's', basis, questions: [q('a'), q('b')], assessments: [{ id: 'u', title: 'u', indices: ['a', 'b'], basis }] });
    expect(s.assessments[0]!.max).toBe(2);
    expect(issuePath(() => defineScheme({ id: 's', title: 's', basis, questions: [q('a')], assessments: [{ id: 'u', title: 'u', indices: ['a'], bands: bandSets.tt01_2018_unit, basis }] })))
      .toEqual(['assessments', 0, 'bands', 'max']);
  });

  it('rejects repeated keys, repeated options, partial points, unknown or unscored assessment indices', () => {
    expect(issuePath(() => defineScheme({ id: 's', title: 's', basis, questions: [q('a'), q('a')] }))).toEqual(['questions', 1, 'key']);
    expect(issuePath(() => defineScheme({ id: 's', title: 's', basis, questions: [{ ...q('a'), options: [{ value: 1, label: 'x' }, { value: 1, label: 'y' }] }] })))
      .toEqual(['questions', 0, 'options', 1, 'value']);
    expect(issuePath(() => defineScheme({ id: 's', title: 's', basis, questions: [{ ...q('a'), options: [{ value: 1, label: 'x', points: 1 }, { value: 0, label: 'y' }] }] })))
      .toEqual(['questions', 0, 'options']);
    expect(issuePath(() => defineScheme({ id: 's', title: 's', basis, questions: [q('a')], assessments: [{ id: 'u', title: 'u', indices: ['z'], basis }] })))
      .toEqual(['assessments', 0, 'indices', 0]);
    expect(issuePath(() => defineScheme({ id: 's', title: 's', basis, questions: [q('a', false)], assessments: [{ id: 'u', title: 'u', indices: ['a'], basis }] })))
      .toEqual(['assessments', 0, 'indices', 0]);
  });

  it('rejects negative or fractional points', () => {
    expect(issuePath(() => defineScheme({ id: 's', title: 's', basis, questions: [{ ...q('a'), options: [{ value: 1, label: 'x', points: 0.5 }] }] })))
      .toEqual(['questions', 0, 'options', 0, 'points']);
    expect(issuePath(() => defineScheme({ id: 's', title: 's', basis, questions: [{ ...q('a'), options: [{ value: 1, label: 'x', points: -1 }] }] })))
      .toEqual(['questions', 0, 'options', 0, 'points']);
  });
});

describe('withScoring', () => {
  const points = { 'rat-hai-long': 2, 'hai-long': 1, 'khong-hai-long': 0 };
  const provincial = withScoring(nd118_2025_evaluation, {
    id: 'nd118-2025-example',
    basis: cite('Provincial decision (example)', 'Art. 5', 'P'),
    all: points,
    bands: { ...bandSets.tt01_2018_unit, id: 'example-bands' },
  });

  it('gives the Decree 118 criteria a province\'s points and bands, leaving the preset unchanged', () => {
    expect(provincial.scored).toBe(true);
    expect(provincial.assessments[0]).toMatchObject({ id: 'unit', max: 18, bands: { id: 'example-bands' } });
    expect(nd118_2025_evaluation.scored).toBe(false);
    expect(provincial.basis.source).toBe('Provincial decision (example)');
  });

  it('scores only the questions it has points for; per-question tables override `all`', () => {
    const partial = withScoring(nd118_2025_evaluation, { id: 'p', basis, byQuestion: { returnTime: points, contacts: { 'rat-hai-long': 3, 'hai-long': 1, 'khong-hai-long': 0 } } });
    expect(partial.assessments[0]!.indices).toEqual(['returnTime', 'contacts']);
    expect(partial.assessments[0]!.max).toBe(5);
  });

  it('rejects a table missing an option, and bands over the wrong range', () => {
    expect(() => withScoring(nd118_2025_evaluation, { id: 'p', basis, all: { 'hai-long': 1 } })).toThrow(InvalidInputError);
    expect(() => withScoring(nd118_2025_evaluation, { id: 'p', basis, all: points, bands: bandSets.tt01_2018_officer })).toThrow(/\[0, 10\]/);
    expect(() => withScoring(nd118_2025_evaluation, { id: 'p', basis, all: points, bands: { ...bandSets.tt01_2018_unit, bands: bandSets.tt01_2018_unit.bands.slice(1) } }))
      .toThrow(InvalidBandSetError);
  });
});

describe('strict scheme and band-set input', () => {
  it('refuses a misspelt field by name, at its own path (a typo is not dropped silently)', () => {
    const typo = (question: object) => () => defineScheme({ id: 's', title: 's', basis, questions: [question as Question] });
    expect(typo({ ...q('a'), derivation: 'total-time' })).toThrow(/questions\.0\.derivation: unknown field "derivation"/);
    expect(issuePath(typo({ ...q('a'), options: [{ value: 1, label: 'x', point: 1 }] }))).toEqual(['questions', 0, 'options', 0, 'point']);
    expect(issuePath(typo({ ...q('a'), basis: { ...basis, artcle: 'Art. 2' } }))).toEqual(['questions', 0, 'basis', 'artcle']);
    expect(() => defineBandSet({ ...bandSets.tt01_2018_unit, bands: bandSets.tt01_2018_unit.bands.map((b, i) => (i ? b : { ...b, lowerClose: true })) } as never))
      .toThrow(/bands\.0\.lowerClose: unknown field/);
  });

  it('a variant may spread a defined scheme: its computed fields (scored, max) are accepted and recomputed', () => {
    const variant = defineScheme({ ...tt01_2018_evaluation, id: 'variant', assessments: tt01_2018_evaluation.assessments.slice(0, 1).map((a) => ({ ...a, max: 99 })) });
    expect(variant.assessments[0]!.max).toBe(tt01_2018_evaluation.assessments[0]!.max);
    expect(variant.scored).toBe(true);
  });
});
