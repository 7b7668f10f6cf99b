import type { Band } from './bands.js';
import type { DerivationPolicy } from './derive.js';
import type { Evaluation } from './evaluation.js';
import type { PeriodUnit } from './period.js';
import type { RoundingPolicy } from './rounding.js';
import type { AnswerValue, EvaluationScheme } from './scheme.js';

/** What evaluations can be grouped by: unit, procedure, field (lĩnh vực), official, period. */
export type GroupDimension = 'unit' | 'procedure' | 'field' | 'officer' | 'period';

/**
 * The dimensions in their canonical order: what `SummaryOptions.groupBy` accepts.
 * @example
 * GROUP_DIMENSIONS // ['unit', 'procedure', 'field', 'officer', 'period']
 * summarizeEvaluations([{ officer: 'cb01', answers: { '1': 2 } }], { groupBy: ['officer'] }).groups[0].key // { officer: 'cb01' }
 */
export const GROUP_DIMENSIONS: readonly GroupDimension[] = Object.freeze(['unit', 'procedure', 'field', 'officer', 'period']);

/** Options of `summarizeEvaluations` and `createEvaluationAccumulator`. */
export interface SummaryOptions {
  /** The scheme of `answers` (default `tt01_2018_evaluation`). */
  readonly scheme?: EvaluationScheme;
  /** The scheme of `levels` (default `threeLevelQuestions`). */
  readonly levelScheme?: EvaluationScheme;
  /** Dimensions to group by, e.g. `['unit', 'period']` (default: one group of everything). */
  readonly groupBy?: readonly GroupDimension[];
  /** Length of a period when grouping by `period` (default `'quarter'`, as Art. 15 reports). */
  readonly period?: PeriodUnit;
  /** How index averages are rounded (default `roundingPolicies.art15`). */
  readonly rounding?: RoundingPolicy;
  /** Readings for derived indices (default `defaultDerivationPolicy`). */
  readonly policy?: DerivationPolicy;
}

/** A group's values of the grouping dimensions, e.g. `{ unit: 'UBND xã A', period: '2025-Q3' }`. */
export type GroupKey = Readonly<Partial<Record<GroupDimension, string>>>;

/** The mergeable state of one group: only integer counts (means are computed in `result`). */
export interface GroupState {
  /** The group's values of the grouping dimensions. */
  readonly key: GroupKey;
  /** Number of citizen forms (the denominator of the satisfaction-level shares). */
  readonly forms: number;
  /** Number of per-unit records (`kind: 'unit'`), counted in the index averages only. */
  readonly unitRecords: number;
  /** Per question key: number of forms per answer (`String(value)`), derived answers included. */
  readonly answers: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** Per three-level question key: number of forms per level. */
  readonly levels: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** Forms with at least one "Không hài lòng". */
  readonly notSatisfied: number;
  /** Forms whose facts give the total time: earlier than / equal to / later than the limit. */
  readonly timing: {
    /** Used less time than the limit. */
    readonly earlier: number;
    /** Used exactly the limit. */
    readonly equal: number;
    /** Used more time than the limit. */
    readonly later: number
  };
}

/**
 * The plain, serializable state of an accumulator: integer counts per group, plus the settings
 * that decide them (two states merge only if these agree). Ship it between workers as JSON.
 */
export interface SummaryState {
  /** The state format's version (1); states of other versions do not merge. */
  readonly version: 1;
  /** The id of the scheme of `answers`. */
  readonly scheme: string;
  /** The id of the scheme of `levels`. */
  readonly levelScheme: string;
  /** The grouping dimensions, in order (`[]`: one group). */
  readonly groupBy: readonly GroupDimension[];
  /** The period length when grouping by `period`. */
  readonly period: PeriodUnit;
  /** The derivation policy's id. */
  readonly policy: string;
  /** Groups by their key, `JSON.stringify` of the dimension values in `groupBy` order. */
  readonly groups: Readonly<Record<string, GroupState>>;
}

/** One answer's count and share (count ÷ number of forms). */
export interface AnswerShare {
  /** The answer's value (points of an index, or a level id). */
  readonly value: AnswerValue;
  /** The answer's wording on the slip. */
  readonly label: string;
  /** The answer's points, in a scored scheme. */
  readonly points?: number;
  /** Forms (and unit records) that gave this answer, derived answers included. */
  readonly count: number;
  /**
   * For satisfaction levels, `count / forms`: the number of forms is the denominator, as portals
   * publish it [X] (a form that skipped the question counts in the denominator). For indices,
   * `count / answers to the index`.
   */
  readonly share: number;
}

/** One question of one group. */
export interface QuestionSummary {
  /** The question's key. */
  readonly key: string;
  /** The question's wording. */
  readonly label: string;
  /** Forms (and unit records) that answered it, or whose facts decided it. */
  readonly count: number;
  /** Sum of points (scored questions). */
  readonly sum?: number;
  /** Exact mean `sum / count` (scored questions with data). */
  readonly mean?: number;
  /** The index score: the mean rounded by the rounding policy (Art. 15: one decimal). */
  readonly score?: number;
  /** Count and share of each allowed answer, in the scheme's option order. */
  readonly distribution: readonly AnswerShare[];
}

/** One assessment (units, officials) of one group. */
export interface AssessmentSummary {
  /** The assessment's id, e.g. `'unit'`, `'officer'`. */
  readonly id: string;
  /** Sum of the index scores with data; absent when no index has data. */
  readonly total?: number;
  /** The assessment's maximum (18 for units, 10 for officials under the 2018 scheme). */
  readonly max: number;
  /** The indices that had data (the others are left out, Art. 15). */
  readonly indices: readonly string[];
  /** The band of `total`, when the assessment has bands and a total. */
  readonly band?: Band;
}

/** The computed summary of one group. */
export interface GroupSummary {
  /** The group's values of the grouping dimensions (`{}` without grouping). */
  readonly key: GroupKey;
  /** Citizen forms in the group (unit records excluded). */
  readonly forms: number;
  /** Per-unit records (`kind: 'unit'`), counted in the index averages only. */
  readonly unitRecords: number;
  /** One summary per question of the scheme, in its order. */
  readonly questions: readonly QuestionSummary[];
  /** One summary per three-level question (shares over the number of forms). */
  readonly levels: readonly QuestionSummary[];
  /** The default assessment's total (2018: units, nine indices). */
  readonly total?: number;
  /** The band of `total`. */
  readonly band?: Band;
  /** Every assessment of the scheme, by id. */
  readonly assessments: Readonly<Record<string, AssessmentSummary>>;
  /** Forms with at least one "Không hài lòng" (Decision 766 satisfaction indicator), as a count and a share of `forms` (0 without forms). */
  readonly notSatisfied: {
    /** Forms with at least one "Không hài lòng". */
    readonly count: number;
    /** `count ÷ forms` (0 without forms). */
    readonly share: number
  };
  /** Forms whose facts give the total time, by earlier than / equal to / later than the limit. */
  readonly timing: GroupState['timing'];
}

/** The result of `summarizeEvaluations`: groups sorted by key, the rounding used and the state. */
export interface EvaluationSummary {
  /** The id of the scheme of `answers`. */
  readonly scheme: string;
  /** The id of the scheme of `levels`. */
  readonly levelScheme: string;
  /** The grouping dimensions, in order (`[]`: one group). */
  readonly groupBy: readonly GroupDimension[];
  /** The period length used when grouping by `period`. */
  readonly period: PeriodUnit;
  /** The rounding policy's id, e.g. `'art15-half-up-1'`. */
  readonly rounding: string;
  /** The derivation policy's id, e.g. `'tt01-2018-default'`. */
  readonly policy: string;
  /** Citizen forms over all groups (unit records excluded). */
  readonly forms: number;
  /** The groups, sorted by key. */
  readonly groups: readonly GroupSummary[];
  /** The mergeable state these figures were computed from. */
  readonly state: SummaryState;
}

/** A running summary: add forms, merge other accumulators or states, read the result. */
export interface EvaluationAccumulator {
  /**
   * Adds one form; `path` prefixes error paths (e.g. `[lineNumber]`). Throws on invalid input,
   * leaving the accumulator unchanged. A unit record (`kind: 'unit'`) counts only in groupings by
   * unit and period: its per-unit indices belong to no procedure, field or official (Circular
   * 01/2018 Art. 14–15), so groupings by those leave it out (after validating it).
   */
  add(evaluation: Evaluation, path?: readonly (string | number)[]): void;
  /** Adds the counts of another accumulator or state built with the same settings (mutates this one). */
  merge(other: EvaluationAccumulator | SummaryState): EvaluationAccumulator;
  /** A plain, serializable copy of the counts. */
  state(): SummaryState;
  /** Means, rounded scores, totals, bands and shares, computed from the counts. */
  result(): EvaluationSummary;
  /** Forms added so far. */
  readonly forms: number;
}
