import { bandOf } from './bands.js';
import { roundedMean, sumOfRoundedMeans, type RoundingPolicy } from './rounding.js';
import type { CompiledScheme } from './scheme.js';
import type { Group, Settings } from './summary-settings.js';
import type { AnswerShare, AssessmentSummary, GroupSummary, QuestionSummary } from './summary-types.js';

/** Per-question figures; `forms` is the share denominator, or undefined for "answers to the question". */
function summarizeQuestions(rows: readonly number[][], compiled: CompiledScheme, forms: number | undefined, rounding: RoundingPolicy): QuestionSummary[] {
  const out: QuestionSummary[] = [];
  for (let qi = 0; qi < rows.length; qi++) {
    const row = rows[qi]!;
    const cq = compiled.questions[qi]!;
    const options = cq.question.options;
    let count = 0;
    let sum = 0;
    for (let oi = 0; oi < row.length; oi++) {
      const n = row[oi]!;
      count += n;
      if (cq.scored) sum += n * cq.optionPoints[oi]!;
    }
    const denominator = forms ?? count;
    const distribution: AnswerShare[] = [];
    for (let oi = 0; oi < row.length; oi++) {
      const option = options[oi]!;
      const n = row[oi]!;
      const share = denominator ? n / denominator : 0;
      distribution.push(
        option.points === undefined
          ? { value: option.value, label: option.label, count: n, share }
          : { value: option.value, label: option.label, points: option.points, count: n, share },
      );
    }
    const key = cq.question.key;
    const label = cq.question.label;
    if (!cq.scored) out.push({ key, label, count, distribution });
    else if (count === 0) out.push({ key, label, count, sum, distribution });
    else out.push({ key, label, count, sum, mean: sum / count, score: roundedMean(sum, count, rounding), distribution });
  }
  return out;
}

/** The figures of one group, computed from its counts. Internal. */
export function groupResult(settings: Settings, g: Group): GroupSummary {
  const questions = summarizeQuestions(g.answers, settings.compiled, undefined, settings.rounding);
  const levels = summarizeQuestions(g.levels, settings.compiledLevels, g.forms, settings.rounding);
  const assessments: Record<string, AssessmentSummary> = {};
  let head: AssessmentSummary | undefined;
  for (const { assessment: a, positions } of settings.compiled.assessments) {
    const parts: [number, number][] = [];
    const indices: string[] = [];
    for (const qi of positions) {
      const q = questions[qi]!;
      if (q.count > 0) {
        parts.push([q.sum!, q.count]);
        indices.push(q.key);
      }
    }
    let summary: AssessmentSummary;
    if (parts.length === 0) summary = { id: a.id, max: a.max, indices };
    else {
      const total = sumOfRoundedMeans(parts, settings.rounding);
      summary = a.bands ? { id: a.id, total, max: a.max, indices, band: bandOf(total, a.bands) } : { id: a.id, total, max: a.max, indices };
    }
    assessments[a.id] = summary;
    head ??= summary;
  }
  const notSatisfied = { count: g.notSatisfied, share: g.forms ? g.notSatisfied / g.forms : 0 };
  const timing = { earlier: g.timing.earlier, equal: g.timing.equal, later: g.timing.later };
  const { key, forms, unitRecords } = g;
  if (head?.total === undefined) return { key, forms, unitRecords, questions, levels, assessments, notSatisfied, timing };
  if (head.band === undefined) return { key, forms, unitRecords, total: head.total, questions, levels, assessments, notSatisfied, timing };
  return { key, forms, unitRecords, total: head.total, band: head.band, questions, levels, assessments, notSatisfied, timing };
}
