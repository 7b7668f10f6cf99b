/**
 * Citizen evaluation of procedure handling: the 2018 nine-index scheme, the Decree 118/2025
 * criteria, the three-level questions, scoring, bands, indices derived from the dossier's history,
 * mergeable summaries and the Decision 766 satisfaction indicator — each rule cited.
 * @module
 */
export type { TraceStep } from './trace.js';
export { defineBandSet, bandOf, bandContains, formatInterval, type Band, type BandSet, type BandSetInput } from './bands.js';
export { bandSets, provincialUnitBandsAsCoded } from './band-presets.js';
export {
  defineScheme, withScoring,
  type EvaluationScheme, type EvaluationSchemeInput, type Question, type AnswerOption, type AnswerValue, type Answers,
  type Assessment, type AssessmentInput, type Derivation, type ScoringInput,
} from './scheme.js';
export { tt01_2018_evaluation, nd118_2025_evaluation, threeLevelQuestions, satisfactionLevels, evaluationSchemes, NOT_SATISFIED } from './scheme-presets.js';
export { roundingPolicies, roundedMean, sumOfRoundedMeans, type RoundingPolicy } from './rounding.js';
export {
  deriveIndices, defaultDerivationPolicy, dossierFactsSchema,
  type DossierFacts, type DossierStepFacts, type DerivationPolicy, type DerivedIndices, type IndexPoints,
} from './derive.js';
export { dossierFactsFromDossier } from './from-dossier.js';
export { scoreEvaluation, type EvaluationScore, type AssessmentScore, type ScoreOptions } from './score.js';
export { evaluationSchema, type Evaluation } from './evaluation.js';
export { periodOf, type PeriodUnit } from './period.js';
export {
  summarizeEvaluations, createEvaluationAccumulator, mergeEvaluationSummaries, GROUP_DIMENSIONS,
  type EvaluationSummary, type EvaluationAccumulator, type SummaryOptions, type SummaryState, type GroupState,
  type GroupSummary, type GroupKey, type GroupDimension, type QuestionSummary, type AssessmentSummary, type AnswerShare,
} from './summary.js';
export {
  decision766Satisfaction, DECISION_766_SATISFACTION_THRESHOLD, DEFAULT_NO_DOSSIERS_READING, noDossiersReadings,
  type Decision766Satisfaction, type Decision766SatisfactionInput, type NoDossiersReading,
} from './decision766.js';
export { csvEvaluationReader, parseCsvLine, CSV_LABEL_COLUMNS, CSV_FACT_COLUMNS } from './csv.js';
