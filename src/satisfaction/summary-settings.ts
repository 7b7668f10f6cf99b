import * as z from 'zod/mini';
import { IncompatibleSummariesError } from '../errors/incompatible-summaries-error.js';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { defaultDerivationPolicy, type DerivationPolicy } from './derive.js';
import type { PeriodUnit } from './period.js';
import { roundingPolicies, type RoundingPolicy } from './rounding.js';
import { compileScheme, type CompiledScheme, type EvaluationScheme } from './scheme.js';
import { NOT_SATISFIED, threeLevelQuestions, tt01_2018_evaluation } from './scheme-presets.js';
import type { GroupDimension, GroupKey, SummaryOptions } from './summary-types.js';
import { validate } from '../errors/validate.js';

/** The resolved options of an accumulator. Internal. */
export interface Settings {
  readonly scheme: EvaluationScheme;
  readonly levelScheme: EvaluationScheme;
  readonly groupBy: readonly GroupDimension[];
  readonly period: PeriodUnit;
  readonly rounding: RoundingPolicy;
  readonly policy: DerivationPolicy;
  readonly compiled: CompiledScheme;
  readonly compiledLevels: CompiledScheme;
  readonly notSatisfied: readonly number[];
}

/** The integer counts of one group. Internal. */
export interface Group {
  readonly key: GroupKey;
  forms: number;
  unitRecords: number;
  /** [question][option] → forms. */
  readonly answers: number[][];
  readonly levels: number[][];
  notSatisfied: number;
  readonly timing: { earlier: number; equal: number; later: number };
}

const isObject = (v: unknown): v is object => typeof v === 'object' && v !== null;
const isRoundingPolicy = (v: unknown): v is RoundingPolicy =>
  isObject(v) && ['half-up', 'floor', 'exact'].includes((v as RoundingPolicy).mode)
  && Number.isInteger((v as RoundingPolicy).decimals) && (v as RoundingPolicy).decimals >= 0 && (v as RoundingPolicy).decimals <= 10;

/** Unknown fields are refused by name (a misspelt `rouding` must not be silently ignored). */
const optionsSchema = z.strictObject({
  scheme: z.optional(z.custom<EvaluationScheme>(isObject, 'expected an evaluation scheme (e.g. tt01_2018_evaluation)')),
  levelScheme: z.optional(z.custom<EvaluationScheme>(isObject, 'expected an evaluation scheme (e.g. threeLevelQuestions)')),
  groupBy: z.optional(z.array(z.enum(['unit', 'procedure', 'field', 'officer', 'period']))),
  period: z.optional(z.enum(['month', 'quarter', 'year'])),
  rounding: z.optional(z.custom<RoundingPolicy>(isRoundingPolicy, 'expected a rounding policy: roundingPolicies.art15, .floorOneDecimal or .exact')),
  policy: z.optional(z.custom<DerivationPolicy>(isObject, 'expected a derivation policy (e.g. defaultDerivationPolicy)')),
});

/** Validates and completes summary options. Internal. */
export function resolve(options: SummaryOptions): Settings {
  const parsed = validate(optionsSchema, options, 'summary options');
  const groupBy = parsed.groupBy ?? [];
  if (new Set(groupBy).size !== groupBy.length) {
    throw new InvalidInputError('summary options', [{ path: ['groupBy'], message: 'a dimension is listed twice' }]);
  }
  const scheme = options.scheme ?? tt01_2018_evaluation;
  const levelScheme = options.levelScheme ?? threeLevelQuestions;
  const compiledLevels = compileScheme(levelScheme);
  return {
    scheme,
    levelScheme,
    groupBy: Object.freeze([...groupBy]),
    period: parsed.period ?? 'quarter',
    rounding: options.rounding ?? roundingPolicies.art15,
    policy: options.policy ?? defaultDerivationPolicy,
    compiled: compileScheme(scheme),
    compiledLevels,
    notSatisfied: compiledLevels.questions.map((cq) => cq.optionIndex.get(NOT_SATISFIED) ?? -1),
  };
}

/** An empty group. Internal. */
export function newGroup(settings: Settings, key: GroupKey): Group {
  return {
    key,
    forms: 0,
    unitRecords: 0,
    answers: settings.compiled.questions.map((cq) => new Array<number>(cq.allowed.length).fill(0)),
    levels: settings.compiledLevels.questions.map((cq) => new Array<number>(cq.allowed.length).fill(0)),
    notSatisfied: 0,
    timing: { earlier: 0, equal: 0, later: 0 },
  };
}

/** Throws `IncompatibleSummariesError` unless the settings that decide the counts agree. Internal. */
export function checkCompatible(a: Settings, b: { scheme: string; levelScheme: string; groupBy: readonly string[]; period: string; policy: string }): void {
  if (a.scheme.id !== b.scheme) throw new IncompatibleSummariesError('scheme', a.scheme.id, b.scheme);
  if (a.levelScheme.id !== b.levelScheme) throw new IncompatibleSummariesError('levelScheme', a.levelScheme.id, b.levelScheme);
  if (a.groupBy.join() !== b.groupBy.join()) throw new IncompatibleSummariesError('groupBy', a.groupBy, b.groupBy);
  if (a.period !== b.period) throw new IncompatibleSummariesError('period', a.period, b.period);
  if (a.policy.id !== b.policy) throw new IncompatibleSummariesError('policy', a.policy.id, b.policy);
}
