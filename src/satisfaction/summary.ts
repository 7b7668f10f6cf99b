import { IncompatibleSummariesError } from '../errors/incompatible-summaries-error.js';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { validate } from '../errors/validate.js';
import { getNormalized, setNormalized } from '../internal/nfc-key.js';
import { parseDay } from '../time/parse.js';
import { defaultDerivationPolicy, deriveFromValid } from './derive.js';
import { evaluationSchema, isValidEvaluation, type Evaluation } from './evaluation.js';
import { periodOfDay } from './period.js';
import { roundingPolicies } from './rounding.js';
import { applyDerived, collectAnswers } from './score.js';
import { evaluationSchemes } from './scheme-presets.js';
import { groupResult } from './summary-result.js';
import { checkCompatible, newGroup, resolve, type Group, type Settings } from './summary-settings.js';
import { addCounts, addRows, checkCounts, countsOf, stateToMerge } from './summary-state.js';
import type {
  EvaluationAccumulator, EvaluationSummary, GroupDimension, GroupState, SummaryOptions,
} from './summary-types.js';

export { GROUP_DIMENSIONS } from './summary-types.js';
export type {
  AnswerShare, AssessmentSummary, EvaluationAccumulator, EvaluationSummary, GroupDimension, GroupKey, GroupState,
  GroupSummary, QuestionSummary, SummaryOptions, SummaryState,
} from './summary-types.js';

/** The settings and groups behind each accumulator, for merging two of them without a state copy. */
const internals = new WeakMap<EvaluationAccumulator, { readonly settings: Settings; readonly groups: ReadonlyMap<string, Group> }>();

const NO_PATH: readonly (string | number)[] = [];
const ANSWERS: readonly string[] = ['answers'];
const LEVELS: readonly string[] = ['levels'];

const settingsOf = new WeakMap<EvaluationSummary, SummaryOptions>();

/**
 * A running, mergeable summary of evaluation forms. `add` forms one by one (streams, shards),
 * `merge` other accumulators or serialized states (associative and commutative: any split of the
 * forms gives the same result), `result` for the figures. The state holds only integer counts;
 * means and Art. 15 rounding are computed in `result`, so merging never compounds rounding.
 *
 * Basis: Circular 01/2018/TT-VPCP Art. 15 [P] (index score = sum ÷ dossiers rounded to one
 * decimal, total = sum of index scores, an index without data left out).
 *
 * @example
 * const a = createEvaluationAccumulator({ groupBy: ['unit'] });
 * a.add({ unit: 'A', answers: { '1': 2, '3': 1 } });
 * const b = createEvaluationAccumulator({ groupBy: ['unit'] });
 * b.add({ unit: 'A', answers: { '1': 1, '3': 2 } });
 * a.merge(b).result().groups[0].total // 3 (1.5 + 1.5)
 */
export function createEvaluationAccumulator(options: SummaryOptions = {}): EvaluationAccumulator {
  const settings = resolve(options);
  const { scheme, compiled, compiledLevels, levelScheme, groupBy, period, policy } = settings;
  /** Groups by id (`JSON.stringify` of the key values), in creation order. */
  const groups = new Map<string, Group>();
  /** The same groups in nested maps, one level per dimension, so that `add` builds no id string. */
  const index = new Map<string, unknown>();
  const periods = new Map<number, string>();
  const depth = groupBy.length;
  /** Per-unit indices belong to no procedure, field or official: such groupings leave unit records out. */
  const unitRecordsLeftOut = groupBy.some((dim) => dim === 'procedure' || dim === 'field' || dim === 'officer');
  /**
   * Questions scored only per dossier (not per unit) and only per unit (not per dossier), by their
   * `scope` (Circular 01/2018 Art. 14 [P]: indices 1, 2, 3, 4, 6, 7 per dossier; 5, 6, 8, 9 per
   * unit). A question without a scope is scored wherever it is answered.
   */
  const dossierOnly = scheme.questions.map((q) => q.scope !== undefined && !q.scope.includes('unit'));
  const unitOnly = scheme.questions.map((q) => q.scope !== undefined && !q.scope.includes('dossier'));
  const chosen = new Int32Array(compiled.questions.length);
  const levelChosen = new Int32Array(compiledLevels.questions.length);
  const keyParts: string[] = new Array<string>(depth).fill('');
  let forms = 0;
  const setChosen = (qi: number, points: number): void => {
    const oi = compiled.questions[qi]!.optionByPoints.get(points);
    if (oi !== undefined) chosen[qi] = oi;
  };
  const getChosen = (qi: number): number | undefined => {
    const oi = chosen[qi]!;
    if (oi < 0) return undefined;
    const p = compiled.questions[qi]!.optionPoints[oi]!;
    return p < 0 ? undefined : p;
  };

  /** The group of `parts` (the dimension values in `groupBy` order), created if new. */
  function groupOf(parts: readonly string[], id?: string): Group {
    if (depth === 0) {
      let g = groups.get('[]');
      if (!g) groups.set('[]', (g = newGroup(settings, Object.freeze({}))));
      return g;
    }
    let node = index;
    for (let i = 0; i < depth - 1; i++) {
      let next = getNormalized(node, parts[i]!) as Map<string, unknown> | undefined;
      if (!next) setNormalized(node, parts[i]!, (next = new Map()));
      node = next;
    }
    let g = getNormalized(node, parts[depth - 1]!) as Group | undefined;
    if (!g) {
      // Compared and reported in Unicode NFC: "xã" precomposed and decomposed are one unit.
      const nfc = parts.map((p) => p.normalize('NFC'));
      const key: Partial<Record<GroupDimension, string>> = {};
      for (let i = 0; i < depth; i++) key[groupBy[i]!] = nfc[i]!;
      g = newGroup(settings, Object.freeze(key));
      groups.set(id ?? JSON.stringify(nfc), g);
      setNormalized(node, parts[depth - 1]!, g);
    }
    return g;
  }

  function groupFor(evaluation: Evaluation, day: number | undefined, path: readonly (string | number)[]): Group {
    for (let i = 0; i < depth; i++) {
      const dim = groupBy[i]!;
      let value: string | undefined;
      if (dim === 'period') {
        if (day === undefined) throw new InvalidInputError('evaluation', [{ path: [...path, 'at'], message: 'required to group by period' }]);
        value = periods.get(day);
        if (value === undefined) periods.set(day, (value = periodOfDay(day, period)));
      } else {
        value = evaluation[dim];
        if (value === undefined) throw new InvalidInputError('evaluation', [{ path: [...path, dim], message: `required to group by ${dim}` }]);
      }
      keyParts[i] = value;
    }
    return groupOf(keyParts);
  }

  const accumulator: EvaluationAccumulator = {
    add(evaluation, path = NO_PATH) {
      // Fast structural check; zod only to describe what is wrong.
      const e = isValidEvaluation(evaluation) ? evaluation : (validate(evaluationSchema, evaluation, 'evaluation', path) as Evaluation);
      chosen.fill(-1);
      if (e.answers !== undefined) collectAnswers(e.answers, scheme, compiled, path.length ? [...path, 'answers'] : ANSWERS, chosen);
      const unitRecord = e.kind === 'unit';
      if (unitRecord && (e.levels !== undefined || e.facts !== undefined)) {
        throw new InvalidInputError('evaluation', [{ path: [...path, e.levels !== undefined ? 'levels' : 'facts'], message: 'a unit record carries per-unit index answers only' }]);
      }
      for (let qi = 0; qi < chosen.length; qi++) {
        if (chosen[qi]! < 0) continue;
        if (unitRecord && dossierOnly[qi]) {
          const key = scheme.questions[qi]!.key;
          throw new InvalidInputError('evaluation', [{ path: [...path, 'answers', key], message: `index ${key} is scored per dossier (Circular 01/2018 Art. 14): a unit record carries per-unit index answers only` }]);
        }
        // Per-unit indices belong to no procedure, field or official (Art. 14), even on a form.
        if (!unitRecord && unitRecordsLeftOut && unitOnly[qi]) chosen[qi] = -1;
      }
      levelChosen.fill(-1);
      if (e.levels !== undefined) collectAnswers(e.levels, levelScheme, compiledLevels, path.length ? [...path, 'levels'] : LEVELS, levelChosen);
      let timing: 'earlier' | 'equal' | 'later' | undefined;
      if (e.facts !== undefined) {
        const derived = deriveFromValid(e.facts, policy, false);
        timing = derived.timing;
        applyDerived(compiled, derived, getChosen, setChosen, undefined);
      }
      let day: number | undefined;
      if (e.at !== undefined) {
        try {
          day = parseDay(e.at);
        } catch {
          day = parseDay(e.at, [...path, 'at']); // throws again, with the path
        }
      }
      if (unitRecord && unitRecordsLeftOut) return;
      const g = groupFor(e, day, path);
      if (unitRecord) g.unitRecords++;
      else {
        g.forms++;
        forms++;
      }
      for (let qi = 0; qi < chosen.length; qi++) {
        const oi = chosen[qi]!;
        if (oi >= 0) g.answers[qi]![oi]!++;
      }
      let unhappy = false;
      for (let qi = 0; qi < levelChosen.length; qi++) {
        const oi = levelChosen[qi]!;
        if (oi < 0) continue;
        g.levels[qi]![oi]!++;
        if (settings.notSatisfied[qi] === oi) unhappy = true;
      }
      if (unhappy) g.notSatisfied++;
      if (timing !== undefined) g.timing[timing]++;
    },
    merge(other) {
      const direct = internals.get(other as EvaluationAccumulator);
      if (direct && other !== accumulator) {
        const o = direct.settings;
        checkCompatible(settings, { scheme: o.scheme.id, levelScheme: o.levelScheme.id, groupBy: o.groupBy, period: o.period, policy: o.policy.id });
        for (const [id, og] of direct.groups) {
          const g = groups.get(id) ?? groupOf(groupBy.map((dim) => og.key[dim]!), id);
          g.forms += og.forms;
          g.unitRecords += og.unitRecords;
          forms += og.forms;
          addRows(g.answers, og.answers);
          addRows(g.levels, og.levels);
          g.notSatisfied += og.notSatisfied;
          g.timing.earlier += og.timing.earlier;
          g.timing.equal += og.timing.equal;
          g.timing.later += og.timing.later;
        }
        return accumulator;
      }
      const state = stateToMerge(other);
      checkCompatible(settings, state);
      // Validate every incoming group first, then add: a bad group leaves this accumulator unchanged.
      const ids = Object.keys(state.groups);
      const parts: (readonly string[] | undefined)[] = [];
      for (const id of ids) {
        const s = state.groups[id]!;
        let p: readonly string[] | undefined;
        if (!groups.has(id)) {
          const values = groupBy.map((dim) => s.key[dim]);
          if (values.some((v) => v === undefined) || Object.keys(s.key).length !== depth || JSON.stringify(values) !== id) {
            throw new InvalidInputError('summary state', [{ path: ['groups', id, 'key'], message: `the key does not match the group id and grouping ${groupBy.join(', ')}` }]);
          }
          p = values as string[];
        }
        parts.push(p);
        checkCounts(compiled, s.answers, ['groups', id, 'answers']);
        checkCounts(compiledLevels, s.levels, ['groups', id, 'levels']);
      }
      ids.forEach((id, i) => {
        const s = state.groups[id]!;
        const g = groups.get(id) ?? groupOf(parts[i]!, id);
        g.forms += s.forms;
        g.unitRecords += s.unitRecords;
        forms += s.forms;
        addCounts(g.answers, compiled, s.answers);
        addCounts(g.levels, compiledLevels, s.levels);
        g.notSatisfied += s.notSatisfied;
        g.timing.earlier += s.timing.earlier;
        g.timing.equal += s.timing.equal;
        g.timing.later += s.timing.later;
      });
      return accumulator;
    },
    state() {
      const out: Record<string, GroupState> = {};
      for (const [id, g] of groups) {
        out[id] = {
          key: { ...g.key },
          forms: g.forms,
          unitRecords: g.unitRecords,
          answers: countsOf(g.answers, compiled),
          levels: countsOf(g.levels, compiledLevels),
          notSatisfied: g.notSatisfied,
          timing: { ...g.timing },
        };
      }
      return { version: 1, scheme: scheme.id, levelScheme: levelScheme.id, groupBy: [...groupBy], period, policy: policy.id, groups: out };
    },
    result() {
      const ids = [...groups.keys()].sort();
      const summary: EvaluationSummary = {
        scheme: scheme.id,
        levelScheme: levelScheme.id,
        groupBy: [...groupBy],
        period,
        rounding: settings.rounding.id,
        policy: policy.id,
        forms,
        groups: ids.map((id) => groupResult(settings, groups.get(id)!)),
        state: accumulator.state(),
      };
      settingsOf.set(summary, options);
      return summary;
    },
    get forms() {
      return forms;
    },
  };
  internals.set(accumulator, { settings, groups });
  return accumulator;
}

/**
 * Summarizes evaluation forms per unit / procedure / field / official / period: number of forms,
 * count, mean, rounded score and distribution per index, share of each satisfaction level (number
 * of forms as denominator), the total and band of each assessment. Throws on the first invalid
 * form, the error path starting with its position in `list`.
 *
 * Basis: Circular 01/2018/TT-VPCP Art. 15 [P]; level shares as portals publish them [X].
 *
 * @example
 * const s = summarizeEvaluations(
 *   [{ unit: 'A', answers: { '1': 2, '7': 2 } }, { unit: 'A', answers: { '1': 1, '7': 2 }, levels: { overall: 'hai-long' } }],
 *   { groupBy: ['unit'] },
 * );
 * s.groups[0].total // 3.5 (index 1: 1.5, index 7: 2)
 * s.groups[0].levels[1].distribution[1].share // 0.5 — 1 "Hài lòng" of 2 forms
 */
export function summarizeEvaluations(list: Iterable<Evaluation>, options: SummaryOptions = {}): EvaluationSummary {
  const accumulator = createEvaluationAccumulator(options);
  let i = 0;
  for (const evaluation of list) accumulator.add(evaluation, [i++]);
  return accumulator.result();
}

/**
 * Merges two summaries into the summary of the union of their forms. Both must have been built
 * with the same settings (`IncompatibleSummariesError` otherwise, rounding included). Pass the
 * `options` when the summaries were deserialized and use a custom scheme; preset schemes are found
 * by id.
 *
 * @example
 * const shard1 = [{ unit: 'A', answers: { '1': 2, '3': 1 } }, { unit: 'B', answers: { '1': 2, '3': 2 } }];
 * const shard2 = [{ unit: 'A', answers: { '1': 1, '3': 2 } }];
 * const all = mergeEvaluationSummaries(summarizeEvaluations(shard1, { groupBy: ['unit'] }), summarizeEvaluations(shard2, { groupBy: ['unit'] }));
 * all.forms // 3
 * all.groups.map((g) => [g.key.unit, g.forms, g.total]) // [['A', 2, 3], ['B', 1, 4]] — A: 1.5 + 1.5
 * JSON.stringify(all) === JSON.stringify(summarizeEvaluations([...shard1, ...shard2], { groupBy: ['unit'] })) // true
 */
export function mergeEvaluationSummaries(a: EvaluationSummary, b: EvaluationSummary, options?: SummaryOptions): EvaluationSummary {
  if (a.rounding !== b.rounding) throw new IncompatibleSummariesError('rounding', a.rounding, b.rounding);
  const resolved: SummaryOptions = options ?? settingsOf.get(a) ?? {
    scheme: evaluationSchemes[a.scheme] ?? unknownScheme(a.scheme),
    levelScheme: evaluationSchemes[a.levelScheme] ?? unknownScheme(a.levelScheme),
    groupBy: a.groupBy,
    period: a.period,
    rounding: Object.values(roundingPolicies).find((r) => r.id === a.rounding) ?? unknownScheme(a.rounding),
    ...(a.policy === defaultDerivationPolicy.id ? {} : { policy: unknownScheme(a.policy) }),
  };
  return createEvaluationAccumulator(resolved).merge(a.state).merge(b.state).result();
}

function unknownScheme(id: string): never {
  throw new InvalidInputError('evaluation summary', [{ path: [], message: `${id} is not a preset: pass the summary options to merge` }]);
}
