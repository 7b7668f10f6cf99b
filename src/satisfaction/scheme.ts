import * as z from 'zod/mini';
import { citation } from '../errors/schemas.js';
import { validate } from '../errors/validate.js';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { defineBandSet, type BandSet, type BandSetInput } from './bands.js';
import type { Citation } from '../citation/citation.js';
import { deepFreeze } from '../internal/deep-freeze.js';

/** An answer to one question: the points of a 2018 index (`0 | 1 | 2`) or a level id (`'hai-long'`). */
export type AnswerValue = number | string;

/** Answers of one evaluation form, by question key; `null` or absent means "not answered". */
export type Answers = Readonly<Record<string, AnswerValue | null | undefined>>;

/** One allowed answer of a question, with its points when the scheme scores it. */
export interface AnswerOption {
  /** What an answer carries: the points of a 2018 index (`2`, `1`, `0`) or a level id (`'hai-long'`); unique within the question. */
  readonly value: AnswerValue;
  /** The wording on the slip (Vietnamese). */
  readonly label: string;
  /** Points, a non-negative integer; absent in unscored schemes (Decree 118 sets no points). */
  readonly points?: number;
}

/**
 * Which fact of the dossier's history a question can be derived from, so the citizen need not be
 * asked (see `deriveIndices`): `total-time` (2018 index 1), `agency-time` (index 2), `contacts`
 * (index 3), `attitude-time` (the time part of index 7).
 */
export type Derivation = 'total-time' | 'agency-time' | 'contacts' | 'attitude-time';

/** One question (index, criterion) of an evaluation scheme. */
export interface Question {
  /** Stable key used in answers, e.g. `'1'` for the 2018 index 1. */
  readonly key: string;
  /** The wording (Vietnamese). */
  readonly label: string;
  /** The allowed answers (at least one); points on all of them or on none. */
  readonly options: readonly AnswerOption[];
  /** The question's source (article and evidence mark). */
  readonly basis: Citation;
  /** Whether the question is scored per dossier, per unit, or both (Circular 01/2018 Art. 14). */
  readonly scope?: readonly ('dossier' | 'unit')[];
  /** Who supplies the data: the citizen (slips, devices, online rating) or the one-stop system. */
  readonly collectedFrom?: 'citizen' | 'system';
  /** The dossier fact it follows from, if any. */
  readonly derive?: Derivation;
}

/**
 * A way of totalling a scheme's points for one kind of subject — e.g. units on all nine 2018
 * indices (max 18), officials on indices 1, 2, 3, 4, 7 (max 10) — with its bands.
 */
export interface Assessment {
  /** A stable id, e.g. `'unit'`, `'officer'`. */
  readonly id: string;
  /** A title naming the subject and the maximum. */
  readonly title: string;
  /** Keys of the scored questions that make up the total. */
  readonly indices: readonly string[];
  /** Sum of the maximum points of `indices`. */
  readonly max: number;
  /** Bands over `[0, max]`; absent when the source sets none. */
  readonly bands?: BandSet;
  /** The source of the assessment (which indices, which bands). */
  readonly basis: Citation;
}

/** An evaluation scheme: cited questions, their allowed answers and (optionally) points and bands. */
export interface EvaluationScheme {
  /** A stable id, e.g. `'tt01-2018'`. */
  readonly id: string;
  /** The scheme's title, naming its source. */
  readonly title: string;
  /** The scheme's source (article and evidence mark). */
  readonly basis: Citation;
  /** The questions, in slip order; keys are unique. */
  readonly questions: readonly Question[];
  /** Whether any question carries points (`scoreEvaluation` needs a scored scheme). */
  readonly scored: boolean;
  /** The assessments, the first one being the default (its total and band head a score). */
  readonly assessments: readonly Assessment[];
  /** A note on documented choices. */
  readonly note?: string;
}

/** An assessment as written in a scheme definition; `max` is computed. */
export interface AssessmentInput {
  /** A stable id, unique in the scheme. */
  readonly id: string;
  /** A title naming the subject. */
  readonly title: string;
  /** Keys of the scored questions that make up the total (each once). */
  readonly indices: readonly string[];
  /** Bands over `[0, max]` (validated with `defineBandSet`; `max` must equal the total's); absent: none. */
  readonly bands?: BandSet | BandSetInput;
  /** The source of the assessment. */
  readonly basis: Citation;
}

/** A scheme as written by hand, before validation. */
export interface EvaluationSchemeInput {
  /** A stable id (non-empty). */
  readonly id: string;
  /** The scheme's title. */
  readonly title: string;
  /** The scheme's source. */
  readonly basis: Citation;
  /** The questions (at least one; unique keys and option values). */
  readonly questions: readonly Question[];
  /** The ways of totalling its points (over scored questions only); absent: none. */
  readonly assessments?: readonly AssessmentInput[];
  /** A note on documented choices. */
  readonly note?: string;
}

const answerValueSchema = z.union([z.number(), z.string()]);

const questionSchema = z.strictObject({
  key: z.string().check(z.minLength(1)),
  label: z.string().check(z.minLength(1)),
  options: z.array(
    z.strictObject({
      value: answerValueSchema,
      label: z.string(),
      points: z.optional(z.int().check(z.nonnegative())),
    }),
  ).check(z.minLength(1)),
  basis: citation(),
  scope: z.optional(z.array(z.enum(['dossier', 'unit']))),
  collectedFrom: z.optional(z.enum(['citizen', 'system'])),
  derive: z.optional(z.enum(['total-time', 'agency-time', 'contacts', 'attitude-time'])),
});

/**
 * Strict: a misspelt field (`derivation`, `point`) is refused by name instead of dropped. The
 * fields a defined scheme adds (`scored`, an assessment's `max`) are accepted and recomputed, so a
 * variant can be written as `{ ...tt01_2018_evaluation, id, assessments }`.
 */
const schemeSchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  title: z.string(),
  basis: citation(),
  questions: z.array(questionSchema).check(z.minLength(1)),
  assessments: z.optional(
    z.array(
      z.strictObject({
        id: z.string().check(z.minLength(1)),
        title: z.string(),
        indices: z.array(z.string()).check(z.minLength(1)),
        bands: z.optional(z.unknown()),
        basis: citation(),
        max: z.optional(z.number()),
      }),
    ),
  ),
  note: z.optional(z.string()),
  scored: z.optional(z.boolean()),
});

function fail(what: string, path: (string | number)[], message: string): never {
  throw new InvalidInputError(what, [{ path, message }]);
}

/**
 * Validates a scheme definition and returns it frozen: unique question keys and option values,
 * points as non-negative integers given for all options of a question or for none, assessments
 * over scored questions only, each with bands (if any) exactly over `[0, max]`.
 * Throws `InvalidInputError` naming the path, or `InvalidBandSetError` for bad bands.
 *
 * @example
 * const quick = defineScheme({
 *   id: 'quick', title: 'Quick poll', basis: cite('Provincial decision', 'Art. 2', 'P'),
 *   questions: [{ key: 'q', label: 'Hài lòng?', basis: cite('Provincial decision', 'Art. 2', 'P'),
 *                 options: [{ value: 1, label: 'Có', points: 1 }, { value: 0, label: 'Không', points: 0 }] }],
 *   assessments: [{ id: 'unit', title: 'Unit', indices: ['q'], basis: cite('Provincial decision', 'Art. 3', 'P') }],
 * });
 * quick.assessments[0].max // 1
 */
export function defineScheme(input: EvaluationSchemeInput): EvaluationScheme {
  const what = 'evaluation scheme';
  const parsed = validate(schemeSchema, input, what);
  const maxPoints = new Map<string, number>();
  const keys = new Set<string>();
  parsed.questions.forEach((question, qi) => {
    if (keys.has(question.key)) fail(what, ['questions', qi, 'key'], `question key ${JSON.stringify(question.key)} is used twice`);
    keys.add(question.key);
    const values = new Set<string>();
    let withPoints = 0;
    let max = 0;
    question.options.forEach((option, oi) => {
      const valueKey = `${typeof option.value}:${String(option.value)}`;
      if (values.has(valueKey)) fail(what, ['questions', qi, 'options', oi, 'value'], `option ${JSON.stringify(option.value)} is listed twice`);
      values.add(valueKey);
      if (option.points !== undefined) {
        withPoints++;
        max = Math.max(max, option.points);
      }
    });
    if (withPoints !== 0 && withPoints !== question.options.length) {
      fail(what, ['questions', qi, 'options'], `question ${question.key}: give points to every option or to none`);
    }
    if (withPoints) maxPoints.set(question.key, max);
  });
  const assessments: Assessment[] = (parsed.assessments ?? []).map((a, ai) => {
    const seen = new Set<string>();
    let max = 0;
    a.indices.forEach((key, ii) => {
      const points = maxPoints.get(key);
      if (points === undefined) {
        fail(what, ['assessments', ai, 'indices', ii], keys.has(key) ? `question ${key} has no points` : `no question ${JSON.stringify(key)}`);
      }
      if (seen.has(key)) fail(what, ['assessments', ai, 'indices', ii], `question ${key} is listed twice`);
      seen.add(key);
      max += points;
    });
    const source = (input.assessments ?? [])[ai];
    let bands: BandSet | undefined;
    if (source?.bands !== undefined) {
      bands = defineBandSet(source.bands);
      if (bands.max !== max) {
        fail(what, ['assessments', ai, 'bands', 'max'], `bands cover [0, ${bands.max}] but assessment ${a.id} totals at most ${max}`);
      }
    }
    return { id: a.id, title: a.title, indices: [...a.indices], max, ...(bands ? { bands } : {}), basis: { ...a.basis } };
  });
  const ids = new Set<string>();
  assessments.forEach((a, ai) => {
    if (ids.has(a.id)) fail(what, ['assessments', ai, 'id'], `assessment id ${JSON.stringify(a.id)} is used twice`);
    ids.add(a.id);
  });
  const scheme: EvaluationScheme = {
    id: parsed.id,
    title: parsed.title,
    basis: { ...parsed.basis },
    questions: parsed.questions.map((q) => ({ ...q, options: q.options.map((o) => ({ ...o })) })),
    scored: maxPoints.size > 0,
    assessments,
    ...(parsed.note === undefined ? {} : { note: parsed.note }),
  };
  return deepFreeze(scheme);
}

/** Points a province assigns to answers, by option value: for all questions, or per question. */
export interface ScoringInput {
  /** Id of the resulting scheme, e.g. `'nd118-2025-hcm'`. */
  readonly id: string;
  /** The resulting scheme's title; default: the original's title with the new id. */
  readonly title?: string;
  /** The provincial text that sets these points. */
  readonly basis: Citation;
  /** Points per option value (its string form) for every question without its own entry. */
  readonly all?: Readonly<Record<string, number>>;
  /** Points per option value for one question (by key); overrides `all`. */
  readonly byQuestion?: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /**
   * Assessments; when absent, one assessment `unit` over every scored question, with `bands`
   * if given.
   */
  readonly assessments?: readonly AssessmentInput[];
  /** Bands of the default `unit` assessment (when `assessments` is absent). */
  readonly bands?: BandSet | BandSetInput;
}

/**
 * Gives an unscored scheme (the Decree 118/2025 Art. 33 criteria set no points) the points and
 * bands a province adopts, returning a new validated scheme; the original is unchanged.
 * Questions without an entry in `all` or `byQuestion` stay unscored.
 *
 * Basis: Decree 118/2025/NĐ-CP Art. 33(1) [P] (criteria only); the points are the province's.
 *
 * @example
 * const hcm = withScoring(nd118_2025_evaluation, {
 *   id: 'nd118-2025-example', basis: cite('Provincial decision (example)', 'Art. 5', 'P'),
 *   all: { 'rat-hai-long': 2, 'hai-long': 1, 'khong-hai-long': 0 },
 * });
 * scoreEvaluation({ returnTime: 'rat-hai-long', contacts: 'hai-long' }, hcm).total // 3
 */
export function withScoring(scheme: EvaluationScheme, scoring: ScoringInput): EvaluationScheme {
  const questions = scheme.questions.map((question) => {
    const table = scoring.byQuestion?.[question.key] ?? scoring.all;
    if (table === undefined) return question;
    const options = question.options.map((option) => {
      const points = table[String(option.value)];
      if (points === undefined) {
        fail('scoring', [scoring.byQuestion?.[question.key] ? 'byQuestion' : 'all', String(option.value)], `no points for option ${JSON.stringify(option.value)} of question ${question.key}`);
      }
      return { ...option, points };
    });
    return { ...question, options };
  });
  const scored = questions.filter((q) => q.options.some((o) => o.points !== undefined)).map((q) => q.key);
  const assessments: readonly AssessmentInput[] =
    scoring.assessments ??
    [{ id: 'unit', title: scoring.title ?? scheme.title, indices: scored, basis: scoring.basis, ...(scoring.bands ? { bands: scoring.bands } : {}) }];
  return defineScheme({
    id: scoring.id,
    title: scoring.title ?? `${scheme.title} — ${scoring.id}`,
    basis: scoring.basis,
    questions,
    assessments,
    note: `Points from ${scoring.basis.source}${scoring.basis.article ? ` ${scoring.basis.article}` : ''} on the questions of ${scheme.id}.`,
  });
}

/** Lookup tables of one question. Internal. */
export interface CompiledQuestion {
  readonly question: Question;
  /** Position in `scheme.questions`. */
  readonly index: number;
  /** Option value → option position. */
  readonly optionIndex: ReadonlyMap<AnswerValue, number>;
  /** `String(value)` → option position (for CSV cells and serialized states). */
  readonly optionByString: ReadonlyMap<string, number>;
  /** `String(value)` by option position. */
  readonly valueKeys: readonly string[];
  /** Points by option position, -1 for unscored options. */
  readonly optionPoints: readonly number[];
  /** Points → option position (the first option with those points). */
  readonly optionByPoints: ReadonlyMap<number, number>;
  readonly scored: boolean;
  readonly allowed: readonly AnswerValue[];
}

/** Per-scheme lookups. Internal. */
export interface CompiledScheme {
  readonly byKey: ReadonlyMap<string, CompiledQuestion>;
  readonly questions: readonly CompiledQuestion[];
  readonly keys: readonly string[];
  /** The assessments with their indices as question positions. */
  readonly assessments: readonly { readonly assessment: Assessment; readonly positions: readonly number[] }[];
  /** Sum of every scored question's top points (the total of a scheme without assessments). */
  readonly maxPoints: number;
}

const cache = new WeakMap<EvaluationScheme, CompiledScheme>();

/** Returns (and caches) the lookup tables of a scheme (schemes are frozen, so caching is safe). Internal. */
export function compileScheme(scheme: EvaluationScheme): CompiledScheme {
  let compiled = cache.get(scheme);
  if (compiled) return compiled;
  const questions = scheme.questions.map((question, index): CompiledQuestion => {
    const optionIndex = new Map<AnswerValue, number>();
    const optionByString = new Map<string, number>();
    const optionByPoints = new Map<number, number>();
    const optionPoints: number[] = [];
    question.options.forEach((option, oi) => {
      optionIndex.set(option.value, oi);
      if (!optionByString.has(String(option.value))) optionByString.set(String(option.value), oi);
      optionPoints.push(option.points ?? -1);
      if (option.points !== undefined && !optionByPoints.has(option.points)) optionByPoints.set(option.points, oi);
    });
    return {
      question, index, optionIndex, optionByString, optionPoints, optionByPoints,
      valueKeys: question.options.map((o) => String(o.value)),
      scored: optionPoints.some((p) => p >= 0),
      allowed: question.options.map((o) => o.value),
    };
  });
  const byKey = new Map(questions.map((q) => [q.question.key, q]));
  compiled = {
    byKey,
    questions,
    keys: scheme.questions.map((q) => q.key),
    assessments: scheme.assessments.map((assessment) => ({ assessment, positions: assessment.indices.map((key) => byKey.get(key)!.index) })),
    maxPoints: questions.reduce((sum, q) => sum + Math.max(0, ...q.optionPoints), 0),
  };
  cache.set(scheme, compiled);
  return compiled;
}
