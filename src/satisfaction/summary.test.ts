import { describe, expect, it } from 'vitest';
import { IncompatibleSummariesError, InvalidAnswerError, InvalidInputError, UnknownIndexError } from '../errors/index.js';
import { bandSets } from './band-presets.js';
import type { Evaluation } from './evaluation.js';
import { roundingPolicies } from './rounding.js';
import { defineScheme } from './scheme.js';
import { tt01_2018_evaluation } from './scheme-presets.js';
import { createEvaluationAccumulator, mergeEvaluationSummaries, summarizeEvaluations } from './summary.js';

const forms: Evaluation[] = [
  { unit: 'A', officer: 'cb1', at: '2025-02-03T09:00', answers: { '1': 2, '3': 1, '4': 2, '7': 2 }, levels: { overall: 'rat-hai-long' } },
  { unit: 'A', officer: 'cb1', at: '2025-03-31T16:00', answers: { '1': 1, '3': 2, '4': 2, '7': 1 }, levels: { overall: 'hai-long' } },
  { unit: 'A', officer: 'cb2', at: '2025-04-01T08:00', answers: { '1': 2, '3': 2, '4': 1, '7': 2 } },
  { unit: 'A', officer: 'cb2', at: '2025-04-02T08:00', answers: {}, levels: { overall: 'khong-hai-long', convenience: 'hai-long' } },
];
/** The system's per-unit indices (Art. 14: 5, 6, 8, 9 are scored per unit). */
const unitRecord: Evaluation = { kind: 'unit', unit: 'A', at: '2025-03-31', answers: { '5': 2, '6': 2, '8': 1, '9': 1 } };

describe('summarizeEvaluations — Art. 15 aggregation', () => {
  it('index score = sum ÷ count rounded to one decimal; total = sum of index scores; empty indices left out', () => {
    const s = summarizeEvaluations([...forms, unitRecord]);
    const g = s.groups[0]!;
    expect(g.forms).toBe(4);
    expect(g.unitRecords).toBe(1);
    const index = (k: string) => g.questions.find((q) => q.key === k)!;
    expect(index('1')).toMatchObject({ count: 3, sum: 5, score: 1.7 });
    expect(index('1').mean).toBeCloseTo(5 / 3, 12);
    expect(index('2')).toMatchObject({ count: 0, sum: 0 });
    expect(index('2').score).toBeUndefined();
    expect(index('5')).toMatchObject({ count: 1, score: 2 });
    // 1.7 × 4 (indices 1, 3, 4, 7) + 2 + 2 + 1 + 1 (5, 6, 8, 9) = 12.8; index 2 left out
    expect(g.total).toBe(12.8);
    expect(g.band!.label).toBe('Tốt');
    expect(g.assessments.unit!.indices).toEqual(['1', '3', '4', '5', '6', '7', '8', '9']);
    // officials: indices 1, 2, 3, 4, 7 (2 left out), max 10
    expect(g.assessments.officer).toMatchObject({ total: 6.8, max: 10, band: { id: '100' } });
  });

  it('the rounding is a policy: floor [X] and exact give other totals', () => {
    const floor = summarizeEvaluations([...forms, unitRecord], { rounding: roundingPolicies.floorOneDecimal });
    expect(floor.groups[0]!.total).toBe(12.4);
    expect(floor.rounding).toBe('floor-1');
    const exact = summarizeEvaluations([...forms, unitRecord], { rounding: roundingPolicies.exact });
    expect(exact.groups[0]!.total).toBeCloseTo(6 + 20 / 3, 12);
  });

  it('a mean total of exactly 15 is "Xuất sắc" — also with the provincial preset, never "Yếu"', () => {
    const top: Evaluation[] = [
      { unit: 'B', answers: { '1': 2, '3': 2, '4': 2, '7': 2 } },
      { kind: 'unit', unit: 'B', answers: { '5': 2, '6': 2, '8': 2, '9': 1 } },
    ];
    expect(summarizeEvaluations(top).groups[0]).toMatchObject({ total: 15, band: { label: 'Xuất sắc' } });
    const provincial = defineScheme({
      ...tt01_2018_evaluation,
      id: 'tt01-2018-provincial',
      assessments: tt01_2018_evaluation.assessments.map((a, i) => (i === 0 ? { ...a, bands: bandSets.provincial_unit_fixed } : a)),
    });
    const g = summarizeEvaluations(top, { scheme: provincial }).groups[0]!;
    expect(g.total).toBe(15);
    expect(g.band!.label).not.toBe('Yếu');
    expect(g.band!.label).toBe('Xuất sắc');
  });

  it('satisfaction levels: share = count ÷ number of forms (forms that skipped count in the denominator)', () => {
    const g = summarizeEvaluations(forms).groups[0]!;
    const overall = g.levels.find((l) => l.key === 'overall')!;
    expect(overall.count).toBe(3);
    expect(overall.distribution.map((d) => [d.label, d.count, d.share])).toEqual([
      ['Rất hài lòng', 1, 0.25],
      ['Hài lòng', 1, 0.25],
      ['Không hài lòng', 1, 0.25],
    ]);
    const convenience = g.levels.find((l) => l.key === 'convenience')!;
    expect(convenience.distribution[1]).toMatchObject({ count: 1, share: 0.25 });
    expect(g.notSatisfied).toEqual({ count: 1, share: 0.25 });
  });

  it('index distributions: count per level, share of the answers to that index', () => {
    const g = summarizeEvaluations(forms).groups[0]!;
    expect(g.questions[0]!.distribution.map((d) => [d.value, d.count, d.share])).toEqual([[2, 2, 2 / 3], [1, 1, 1 / 3], [0, 0, 0]]);
  });

  it('derives indices from facts and counts the timing', () => {
    const g = summarizeEvaluations([
      { answers: { '4': 2 }, facts: { limit: 5, used: 4, supplementationRequests: 0, misconductPetition: false } },
      { answers: { '4': 2, '7': 2 }, facts: { limit: 5, used: 6 } },
    ]).groups[0]!;
    expect(g.questions.find((q) => q.key === '1')!.sum).toBe(2);
    expect(g.questions.find((q) => q.key === '7')).toMatchObject({ count: 2, sum: 2 }); // 2, and 2 capped to 0 (late)
    expect(g.timing).toEqual({ earlier: 1, equal: 0, later: 1 });
  });
});

describe('summarizeEvaluations — grouping', () => {
  it('groups by unit, officer, procedure, field and period (quarter by default), sorted by key', () => {
    const s = summarizeEvaluations(forms, { groupBy: ['officer', 'period'] });
    expect(s.groups.map((g) => [g.key, g.forms])).toEqual([
      [{ officer: 'cb1', period: '2025-Q1' }, 2],
      [{ officer: 'cb2', period: '2025-Q2' }, 2],
    ]);
    expect(summarizeEvaluations(forms, { groupBy: ['period'], period: 'month' }).groups.map((g) => g.key.period)).toEqual(['2025-02', '2025-03', '2025-04']);
    expect(summarizeEvaluations(forms, { groupBy: ['period'], period: 'year' }).groups).toHaveLength(1);
  });

  it('unit records count in groupings by unit and period only (Art. 14: per-unit indices)', () => {
    const byOfficer = summarizeEvaluations([...forms, unitRecord], { groupBy: ['officer'] });
    expect(byOfficer.groups.map((g) => g.unitRecords)).toEqual([0, 0]);
    expect(byOfficer.groups[0]!.questions.find((q) => q.key === '5')!.count).toBe(0);
    expect(summarizeEvaluations([...forms, unitRecord], { groupBy: ['unit', 'period'] }).groups.map((g) => g.unitRecords)).toEqual([1, 0]);
    expect(() => summarizeEvaluations([{ kind: 'unit', answers: { '5': 7 } }], { groupBy: ['officer'] })).toThrow(InvalidAnswerError);
  });

  it('requires the grouped dimension on every form, naming the path', () => {
    try {
      summarizeEvaluations(forms, { groupBy: ['procedure'] });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidInputError);
      expect((error as InvalidInputError).path).toEqual([0, 'procedure']);
    }
    expect(() => summarizeEvaluations([{ answers: {} }], { groupBy: ['period'] })).toThrow(/at: required/);
  });

  it('rejects bad options', () => {
    expect(() => summarizeEvaluations([], { groupBy: ['unit', 'unit'] })).toThrow(InvalidInputError);
    expect(() => summarizeEvaluations([], { groupBy: ['agency' as never] })).toThrow(InvalidInputError);
    expect(() => summarizeEvaluations([], { period: 'week' as never })).toThrow(InvalidInputError);
  });
});

describe('summarizeEvaluations — invalid forms', () => {
  it('names the form\'s position and the field', () => {
    const at = (list: unknown[]) => {
      try {
        summarizeEvaluations(list as Evaluation[]);
      } catch (error) {
        return error as Error & { path: readonly (string | number)[] };
      }
      throw new Error('expected an error');
    };
    expect(at([{}, { answers: { '1': 5 } }])).toBeInstanceOf(InvalidAnswerError);
    expect(at([{}, { answers: { '1': 5 } }]).path).toEqual([1, 'answers', '1']);
    expect(at([{ answers: { '12': 1 } }])).toBeInstanceOf(UnknownIndexError);
    expect(at([{ levels: { overall: 'ok' } }]).path).toEqual([0, 'levels', 'overall']);
    expect(at([{ answer: {} }]).path).toEqual([0, 'answer']); // the unknown field is named
    expect(at([{ answer: {} }]).message).toBe('Invalid evaluation: 0.answer: unknown field "answer" (did you mean answers?); allowed: kind, dossier, unit, procedure, field, officer, at, answers, levels, facts');
    expect(at([{ unit: 3 }]).path).toEqual([0, 'unit']);
    expect(at([{ facts: { limit: 1 } }]).path).toEqual([0, 'facts', 'used']);
    expect(at([{ at: '2025-02-30' }]).message).toMatch(/2025-02-30/);
    expect(at([{ kind: 'unit', levels: { overall: 'hai-long' } }]).path).toEqual([0, 'levels']);
  });
});

describe('merging summaries', () => {
  it('merging two shards gives the summary of the union', () => {
    const whole = summarizeEvaluations([...forms, unitRecord], { groupBy: ['unit'] });
    const merged = mergeEvaluationSummaries(
      summarizeEvaluations(forms.slice(0, 1), { groupBy: ['unit'] }),
      summarizeEvaluations([...forms.slice(1), unitRecord], { groupBy: ['unit'] }),
    );
    expect(merged.groups).toEqual(whole.groups);
    expect(merged.forms).toBe(4);
  });

  it('a state survives JSON and merges into an accumulator', () => {
    const a = createEvaluationAccumulator();
    for (const f of forms.slice(0, 2)) a.add(f);
    const b = createEvaluationAccumulator();
    for (const f of forms.slice(2)) b.add(f);
    const shipped = JSON.parse(JSON.stringify(b.state()));
    expect(a.merge(shipped).result().groups).toEqual(summarizeEvaluations(forms).groups);
    expect(a.forms).toBe(4);
  });

  it('deserialized summaries of preset schemes merge without options', () => {
    const x = JSON.parse(JSON.stringify(summarizeEvaluations(forms.slice(0, 2))));
    const y = JSON.parse(JSON.stringify(summarizeEvaluations(forms.slice(2))));
    expect(mergeEvaluationSummaries(x, y).groups).toEqual(summarizeEvaluations(forms).groups);
  });

  it('refuses to merge summaries built with different settings', () => {
    const byUnit = summarizeEvaluations(forms, { groupBy: ['unit'] });
    expect(() => mergeEvaluationSummaries(byUnit, summarizeEvaluations(forms))).toThrow(IncompatibleSummariesError);
    expect(() => mergeEvaluationSummaries(summarizeEvaluations(forms), summarizeEvaluations(forms, { rounding: roundingPolicies.exact }))).toThrow(/rounding/);
    expect(() => createEvaluationAccumulator({ period: 'month' }).merge(createEvaluationAccumulator())).toThrow(/period/);
  });

  it('merge is atomic: a bad group anywhere in the state leaves the accumulator unchanged', () => {
    const two: Evaluation[] = [...forms, { unit: 'B', answers: { '1': 2 } }];
    const good = JSON.parse(JSON.stringify(summarizeEvaluations(two, { groupBy: ['unit'] }).state));
    expect(Object.keys(good.groups)).toEqual(['["A"]', '["B"]']);
    const target = createEvaluationAccumulator({ groupBy: ['unit'] });
    target.add({ unit: 'A', answers: { '1': 0 } });
    const before = JSON.stringify(target.state());
    const badOption = structuredClone(good);
    badOption.groups['["B"]'].answers['1'] = { '7': 1 };
    expect(() => target.merge(badOption)).toThrow(/groups\.\["B"\]\.answers\.1\.7: no option "7"/);
    const badKey = structuredClone(good);
    badKey.groups['["B"]'].key = { unit: 'C' };
    expect(() => target.merge(badKey)).toThrow(/key does not match/);
    const badLevel = structuredClone(good);
    badLevel.groups['["B"]'].levels = { mood: { ok: 1 } };
    expect(() => target.merge(badLevel)).toThrow(/no question "mood"/);
    expect(JSON.stringify(target.state())).toBe(before);
    expect(target.forms).toBe(1);
  });

  it('rejects a malformed state', () => {
    const state = JSON.parse(JSON.stringify(summarizeEvaluations(forms).state));
    state.groups['[]'].answers['1']['3'] = 1;
    expect(() => createEvaluationAccumulator().merge(state)).toThrow(/no option "3"/);
    state.groups['[]'].forms = -1;
    expect(() => createEvaluationAccumulator().merge(state)).toThrow(InvalidInputError);
  });
});

describe('summary options at the boundary', () => {
  const issuesOf = (options: unknown) => {
    try {
      summarizeEvaluations(forms, options as never);
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidInputError);
      return (e as InvalidInputError).issues;
    }
    throw new Error('accepted');
  };

  it('refuses a rounding that is not a policy, naming the policies (not "Score NaN")', () => {
    expect(issuesOf({ rounding: 'exact' })).toEqual([{ path: ['rounding'], message: 'expected a rounding policy: roundingPolicies.art15, .floorOneDecimal or .exact' }]);
  });

  it('refuses an unknown (misspelt) option by name instead of ignoring it', () => {
    expect(issuesOf({ rouding: roundingPolicies.exact })).toEqual([
      { path: ['rouding'], message: 'unknown field "rouding" (did you mean rounding?); allowed: scheme, levelScheme, groupBy, period, rounding, policy' },
    ]);
  });

  it('still takes every documented option', () => {
    const s = summarizeEvaluations(forms, { groupBy: ['unit'], period: 'month', rounding: roundingPolicies.exact, scheme: tt01_2018_evaluation });
    expect(s.groups.length).toBeGreaterThan(0);
  });
});
