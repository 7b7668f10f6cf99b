// Benchmarks of the satisfaction module (citizen evaluation): scoring one form, adding forms to a
// mergeable summary, and merging shards — each against a naive baseline measured in the same run.
// Timings are printed, never asserted. The design sets no satisfaction targets; the ratios checked
// below are this module's own (scoring no slower than a naive lookup; merging integer-count states
// at least 10× faster than concatenating and recomputing the forms).
import {
  scoreEvaluation, createEvaluationAccumulator, tt01_2018_evaluation, bandSets,
} from '../dist/satisfaction/index.js';
import { measure, report, consume, rng } from './harness.mjs';

const N = 4096;
const MASK = N - 1;
const random = rng(7);
const pick = (xs) => xs[Math.floor(random() * xs.length)];
const levels = ['rat-hai-long', 'hai-long', 'khong-hai-long'];
const units = Array.from({ length: 20 }, (_, i) => `UBND xã ${i + 1}`);

/** Citizen answers of the per-dossier indices (1, 3, 4, 7), as slips carry them. */
const answers = Array.from({ length: N }, () => ({ '1': pick([0, 1, 2]), '3': pick([0, 1, 2]), '4': pick([0, 1, 2]), '7': pick([0, 1, 2]) }));
const facts = Array.from({ length: N }, () => ({
  limit: 10, used: Math.floor(random() * 13), supplementationRequests: pick([0, 0, 0, 1, 2]), misconductPetition: random() < 0.02,
}));
const forms = Array.from({ length: N }, (_, i) => ({
  unit: pick(units),
  at: `2025-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-15T09:30`,
  answers: { '4': answers[i]['4'], '7': answers[i]['7'] },
  levels: { convenience: pick(levels), overall: pick(levels) },
  facts: facts[i],
}));

// --- Naive baselines: what a first implementation does ---------------------------------------

/** Looks every question and option up by linear search and bands the total by scanning. */
function naiveScore(a) {
  let total = 0;
  for (const [key, value] of Object.entries(a)) {
    const question = tt01_2018_evaluation.questions.find((q) => q.key === key);
    if (!question) throw new Error(`unknown index ${key}`);
    const option = question.options.find((o) => o.value === value);
    if (!option) throw new Error(`bad answer ${value}`);
    total += option.points;
  }
  const band = bandSets.tt01_2018_unit.bands.find((b) =>
    (b.lowerClosed ? total >= b.lower : total > b.lower) && (b.upperClosed ? total <= b.upper : total < b.upper));
  return { total, band };
}

/**
 * Keeps every form per group and recomputes the same figures from the lists at the end (count,
 * sum and distribution per index, level counts): merge is concatenation, result is O(forms).
 */
function naiveAccumulator() {
  const groups = new Map();
  const indexKeys = tt01_2018_evaluation.questions.map((q) => q.key);
  return {
    groups,
    add(form) {
      const key = form.unit;
      let list = groups.get(key);
      if (!list) groups.set(key, (list = []));
      list.push(form);
    },
    merge(other) {
      for (const [key, list] of other.groups) groups.set(key, [...(groups.get(key) ?? []), ...list]);
      return this;
    },
    result() {
      const out = [];
      for (const [key, list] of groups) {
        const indices = {};
        for (const q of indexKeys) {
          const values = list.map((f) => f.answers?.[q]).filter((v) => v !== undefined);
          const sum = values.reduce((s, v) => s + v, 0);
          indices[q] = {
            count: values.length,
            score: values.length ? Math.round((sum / values.length) * 10) / 10 : undefined,
            distribution: [2, 1, 0].map((p) => values.filter((v) => v === p).length),
          };
        }
        const levelCounts = {};
        for (const q of ['convenience', 'overall']) {
          levelCounts[q] = Object.fromEntries(levels.map((l) => [l, list.filter((f) => f.levels?.[q] === l).length / list.length]));
        }
        out.push({ key, forms: list.length, indices, levelCounts });
      }
      return out;
    },
  };
}

export default async function () {
  // Scoring one form.
  const scoring = [
    { name: 'scoreEvaluation (4 answers)', opsPerSec: measure((i) => scoreEvaluation(answers[i & MASK]).total) },
    { name: 'scoreEvaluation (2 answers + facts)', opsPerSec: measure((i) => scoreEvaluation(forms[i & MASK].answers, tt01_2018_evaluation, { facts: facts[i & MASK] }).total) },
    { name: 'naive score (linear lookups)', opsPerSec: measure((i) => naiveScore(answers[i & MASK]).total) },
  ];
  report('satisfaction: scoring one evaluation form', scoring, {
    'scoreEvaluation (4 answers)': { vs: [{ baseline: 'naive score (linear lookups)' }] }, // informational: results are frozen, the naive one is not
  });

  // Adding forms to a summary grouped by unit and quarter (validated, indices derived from facts).
  const acc = createEvaluationAccumulator({ groupBy: ['unit', 'period'] });
  const naive = naiveAccumulator();
  const adding = [
    { name: 'accumulator.add (validated, facts)', opsPerSec: measure((i) => acc.add(forms[i & MASK])) },
    { name: 'naive add (push, unvalidated)', opsPerSec: measure((i) => naive.add(forms[i & MASK])) },
  ];
  consume(acc.forms);
  report('satisfaction: adding forms to a summary', adding);

  // Merging 8 shards of 4096 forms each (in-process accumulators, or states shipped as JSON and
  // validated on arrival) and reading the result.
  const shards = Array.from({ length: 8 }, () => {
    const a = createEvaluationAccumulator({ groupBy: ['unit'] });
    const b = naiveAccumulator();
    for (const form of forms) {
      a.add(form);
      b.add(form);
    }
    return { accumulator: a, state: JSON.parse(JSON.stringify(a.state())), naive: b };
  });
  const merging = [
    {
      name: 'merge 8 accumulators + result',
      opsPerSec: measure(() => {
        const total = createEvaluationAccumulator({ groupBy: ['unit'] });
        for (const s of shards) total.merge(s.accumulator);
        return total.result().forms;
      }, { batch: 1 }),
    },
    {
      name: 'merge 8 shard states + result',
      opsPerSec: measure(() => {
        const total = createEvaluationAccumulator({ groupBy: ['unit'] });
        for (const s of shards) total.merge(s.state);
        return total.result().forms;
      }, { batch: 1 }),
    },
    {
      name: 'naive merge 8 shards + recompute',
      opsPerSec: measure(() => {
        const total = naiveAccumulator();
        for (const s of shards) total.merge(s.naive);
        return total.result().length;
      }, { batch: 1 }),
    },
  ];
  report('satisfaction: merging shards (8 × 4096 forms)', merging, {
    'merge 8 accumulators + result': { vs: [{ baseline: 'naive merge 8 shards + recompute', minRatio: 10 }] },
    'merge 8 shard states + result': { vs: [{ baseline: 'naive merge 8 shards + recompute', minRatio: 10 }] },
  });
}
