import { InvalidAnswerError } from '../errors/invalid-answer-error.js';
import type { MotcuaError } from '../errors/motcua-error.js';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { UnknownIndexError } from '../errors/unknown-index-error.js';
import { UnscoredSchemeError } from '../errors/unscored-scheme-error.js';
import { typeName } from '../errors/type-name.js';
import { checkOptionFields } from '../errors/unknown-field.js';
import { bandOf, type Band } from './bands.js';
import { cite } from '../citation/citation.js';
import { CIRCULAR_01_2018 } from './sources.js';
import { defaultDerivationPolicy, deriveIndices, type DerivationPolicy, type DerivedIndices, type DossierFacts } from './derive.js';
import { compileScheme, type Answers, type CompiledScheme, type EvaluationScheme } from './scheme.js';
import { tt01_2018_evaluation } from './scheme-presets.js';
import type { TraceStep } from './trace.js';

/** One assessment's total for one evaluation. */
export interface AssessmentScore {
  /** The assessment's id, e.g. `'unit'`. */
  readonly id: string;
  /** Sum of the points of the answered indices of the assessment. */
  readonly total: number;
  /** The assessment's maximum (all its indices answered with top points). */
  readonly max: number;
  /** How many of its indices were answered or derived (unanswered ones are left out, Art. 15). */
  readonly answered: number;
  /** The band of `total`, when the assessment has bands. */
  readonly band?: Band;
}

/** The result of `scoreEvaluation`. */
export interface EvaluationScore {
  /** The scheme's id, e.g. `'tt01-2018'`. */
  readonly scheme: string;
  /** Points per scored question answered or derived, by key. */
  readonly points: Readonly<Record<string, number>>;
  /** The default assessment's total (for the 2018 scheme: units, all nine indices). */
  readonly total: number;
  /** The default assessment's maximum (18 for the 2018 scheme). */
  readonly max: number;
  /** The band of `total` in the default assessment's bands. */
  readonly band?: Band;
  /** Every assessment of the scheme, by id (2018: `unit`, `officer`). */
  readonly assessments: Readonly<Record<string, AssessmentScore>>;
  /** Keys whose points came from the dossier's facts rather than the citizen. */
  readonly derived: readonly string[];
  /** How derived indices were decided, step by step, with their basis. */
  readonly trace: readonly TraceStep[];
}

/** Options of `scoreEvaluation`. */
export interface ScoreOptions {
  /** Facts of the dossier's history; the indices they decide override the citizen's answers. */
  readonly facts?: DossierFacts;
  /** Readings of the open points of Art. 13 (default `defaultDerivationPolicy`). */
  readonly policy?: DerivationPolicy;
  /** Where these answers sit in a larger input, for error paths (default `['answers']`). */
  readonly path?: readonly (string | number)[];
}

/** Throws the error for an answer that is not in the scheme (a key) or not allowed (a value). */
export function answerError(
  scheme: EvaluationScheme,
  compiled: CompiledScheme,
  key: string,
  value: unknown,
  path: readonly (string | number)[],
): MotcuaError {
  const question = compiled.byKey.get(key);
  if (question === undefined) return new UnknownIndexError(key, scheme.id, compiled.keys, [...path, key]);
  return new InvalidAnswerError(key, value, question.allowed, [...path, key]);
}

const ANSWERS_PATH: readonly string[] = ['answers'];
const NO_OPTIONS: ScoreOptions = Object.freeze({});
const SCORE_FIELDS: readonly (keyof ScoreOptions)[] = Object.freeze(['facts', 'policy', 'path']);

/**
 * Checks every answer against the scheme and writes the chosen option's position into `chosen`
 * (by question position; -1 stays for "not answered"). Throws `UnknownIndexError` /
 * `InvalidAnswerError` with the path, or `InvalidInputError` when `answers` is not an object.
 * Internal: shared with the accumulator.
 */
export function collectAnswers(
  answers: unknown,
  scheme: EvaluationScheme,
  compiled: CompiledScheme,
  path: readonly (string | number)[],
  chosen: Int32Array | number[],
): void {
  if (answers === null || typeof answers !== 'object' || Array.isArray(answers)) {
    throw new InvalidInputError('evaluation answers', [{ path: [...path], message: 'expected an object of answers by question key' }]);
  }
  const byKey = compiled.byKey;
  for (const key in answers) {
    const value = (answers as Record<string, unknown>)[key];
    if (value === null || value === undefined) continue;
    const question = byKey.get(key);
    const option = question !== undefined && (typeof value === 'number' || typeof value === 'string') ? question.optionIndex.get(value) : undefined;
    if (option === undefined || !Object.prototype.hasOwnProperty.call(answers, key)) throw answerError(scheme, compiled, key, value, path);
    chosen[question!.index] = option;
  }
}

/**
 * Applies the facts of a dossier to the points of one form: an index the facts decide replaces
 * the citizen's answer (the system knows better; the trace records any disagreement), and index 7
 * is capped by the timing when the petition fact is unknown (Art. 13(7): 2 points need a dossier
 * handled earlier than the deadline, 1 point on time). `get`/`set` read and write points by
 * question position. Internal: shared with the accumulator.
 */
export function applyDerived(
  compiled: CompiledScheme,
  derived: DerivedIndices,
  get: (question: number) => number | undefined,
  set: (question: number, points: number) => void,
  trace: TraceStep[] | undefined,
): void {
  for (const cq of compiled.questions) {
    const how = cq.question.derive;
    if (how === undefined) continue;
    const qi = cq.index;
    const answered = get(qi);
    let value: number | undefined;
    if (how === 'attitude-time') {
      if (derived.attitude !== undefined) value = derived.attitude;
      else if (derived.attitudeCap !== undefined && answered !== undefined && answered > derived.attitudeCap) {
        set(qi, derived.attitudeCap);
        trace?.push({
          rule: `index ${cq.question.key} capped by the timing`,
          basis: cite(CIRCULAR_01_2018, 'Art. 13(7)', 'P'),
          detail: `the citizen's ${answered} points need a dossier handled ${answered === 2 ? 'earlier than' : 'by'} the deadline; capped at ${derived.attitudeCap}`,
        });
        continue;
      }
    } else {
      value = how === 'total-time' ? derived.totalTime : how === 'agency-time' ? derived.agencyTime : derived.contacts;
    }
    if (value === undefined) continue;
    if (answered !== undefined && answered !== value) {
      trace?.push({
        rule: `index ${cq.question.key}: the dossier's history overrides the answer`,
        basis: cq.question.basis,
        detail: `answered ${answered}, the facts give ${value}`,
      });
    }
    set(qi, value);
  }
}

/**
 * Freezes a score: the objects built for this call (points, assessment scores, derived keys, trace
 * steps). What they reference — bands, citations — is shared, already-frozen data, so a deep walk
 * would only repeat work on the hot path.
 */
function frozen(score: { -readonly [K in keyof EvaluationScore]: EvaluationScore[K] }): EvaluationScore {
  Object.freeze(score.points);
  for (const id in score.assessments) Object.freeze(score.assessments[id]);
  Object.freeze(score.assessments);
  if (score.derived.length === 0) score.derived = NONE;
  else Object.freeze(score.derived);
  for (const step of score.trace) Object.freeze(step);
  Object.freeze(score.trace);
  return Object.freeze(score);
}

const NONE: readonly string[] = Object.freeze([]);

/**
 * Scores one evaluation form: points per index, the total and band of each assessment (the
 * result is deeply frozen, like every result of the library). Indices
 * not answered are left out of the totals (Art. 15). With `facts`, the indices that follow from
 * the dossier's history (2018: 1, 2, 3 and the time part of 7) are derived, so the citizen need be
 * asked only the rest.
 *
 * Throws `UnscoredSchemeError` for a scheme without points (Decree 118 before `withScoring`),
 * `UnknownIndexError` for a key the scheme lacks, `InvalidAnswerError` for an answer outside the
 * question's levels (e.g. 3 points), `InvalidInputError` for malformed answers or facts.
 *
 * Basis: Circular 01/2018/TT-VPCP Art. 13 (points) [P], Art. 15 (totals, bands) [P].
 *
 * @example
 * const s = scoreEvaluation({ '1': 2, '3': 1, '4': 2, '7': 1 });
 * s.total // 6
 * s.assessments.officer.total // 6 (indices 1, 2, 3, 4, 7)
 * scoreEvaluation({ '4': 2, '7': 2 }, tt01_2018_evaluation, { facts: { limit: 10, used: 10, supplementationRequests: 0 } }).points
 * // { '1': 1, '3': 2, '4': 2, '7': 1 } — 7 capped: handled on time, not earlier
 * scoreEvaluation({ '4': 2 }, tt01_2018_evaluation, { fact: {} } as ScoreOptions) // throws INVALID_INPUT — unknown field (did you mean facts?)
 * scoreEvaluation({ '1': '2' } as Answers) // throws INVALID_ANSWER — a string where the question takes the number 2
 */
export function scoreEvaluation(answers: Answers, scheme: EvaluationScheme = tt01_2018_evaluation, options: ScoreOptions = NO_OPTIONS): EvaluationScore {
  if (typeof scheme !== 'object' || scheme === null || !Array.isArray(scheme.questions)) {
    throw new InvalidInputError('evaluation scheme', [{ path: [], message: `expected an evaluation scheme (e.g. tt01_2018_evaluation), got ${typeName(scheme)}` }]);
  }
  checkOptionFields(options, SCORE_FIELDS, 'score options');
  if (!scheme.scored) throw new UnscoredSchemeError(scheme.id);
  const compiled = compileScheme(scheme);
  const n = compiled.questions.length;
  const chosen = new Int32Array(n).fill(-1);
  collectAnswers(answers, scheme, compiled, options.path ?? ANSWERS_PATH, chosen);
  const byQuestion: (number | undefined)[] = new Array<number | undefined>(n);
  for (let qi = 0; qi < n; qi++) {
    const oi = chosen[qi]!;
    if (oi >= 0) {
      const p = compiled.questions[qi]!.optionPoints[oi]!;
      if (p >= 0) byQuestion[qi] = p;
    }
  }
  const derived: string[] = [];
  const trace: TraceStep[] = [];
  if (options.facts !== undefined) {
    const path = options.path ?? ANSWERS_PATH;
    const facts = deriveIndices(options.facts, options.policy ?? defaultDerivationPolicy, [...path.slice(0, -1), 'facts']);
    for (const step of facts.trace) trace.push(step);
    applyDerived(compiled, facts, (qi) => byQuestion[qi], (qi, p) => {
      byQuestion[qi] = p;
      derived.push(compiled.keys[qi]!);
    }, trace);
  }
  const points: Record<string, number> = {};
  for (let qi = 0; qi < n; qi++) {
    const p = byQuestion[qi];
    if (p !== undefined) points[compiled.keys[qi]!] = p;
  }
  const assessments: Record<string, AssessmentScore> = {};
  let head: AssessmentScore | undefined;
  for (const { assessment, positions } of compiled.assessments) {
    let total = 0;
    let answered = 0;
    for (let i = 0; i < positions.length; i++) {
      const p = byQuestion[positions[i]!];
      if (p !== undefined) {
        total += p;
        answered++;
      }
    }
    const score: AssessmentScore = assessment.bands
      ? { id: assessment.id, total, max: assessment.max, answered, band: bandOf(total, assessment.bands) }
      : { id: assessment.id, total, max: assessment.max, answered };
    assessments[assessment.id] = score;
    head ??= score;
  }
  if (head === undefined) {
    let total = 0;
    for (let qi = 0; qi < n; qi++) total += byQuestion[qi] ?? 0;
    return frozen({ scheme: scheme.id, points, total, max: compiled.maxPoints, assessments, derived, trace });
  }
  if (head.band === undefined) return frozen({ scheme: scheme.id, points, total: head.total, max: head.max, assessments, derived, trace });
  const bands = compiled.assessments[0]!.assessment.bands!;
  trace.push({ rule: `band of the ${head.id} total`, basis: bands.basis, detail: `${head.total} of ${head.max}: ${head.band.label} (${bands.id})` });
  return frozen({ scheme: scheme.id, points, total: head.total, max: head.max, band: head.band, assessments, derived, trace });
}
