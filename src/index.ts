/**
 * motcua — Vietnam's one-stop-shop rules (cơ chế một cửa, một cửa liên thông) as a library.
 * Explicit re-exports of the public API; each module is also its own subpath (`motcua/calendar`, …).
 * @module
 */
export {
  MotcuaError, InvalidDayError, InvalidMomentError, OutOfRangeError, UnannouncedYearError, InvalidInputError,
  type InputIssue,
} from './errors/index.js';
export { cite, formatCitation, type Citation, type EvidenceMark } from './citation/index.js';
export {
  parseDay, parseMoment, formatDay, formatMoment, formatVietnameseDay, formatVietnameseMoment, dayFromYmd, ymdFromDay,
  weekdayOf, dayOfMoment, minuteOfDay, momentAt,
  type DayNumber, type EpochMs, type DayInput, type MomentInput, type YearMonthDay,
} from './time/index.js';
export {
  vnCalendar, WorkCalendar, validateCalendarData, tetDay, hungKingsDay, isWorkingKind,
  LABOUR_CODE_2012, LABOUR_CODE_2019,
  type VnCalendarOptions, type CalendarPreset, type WorkingDayArithmetic, type DayInfo, type DayKind, type DayOrigin,
  type CalendarData, type CalendarOccasion, type CalendarDayOverride, type HolidayList, type HolidayRule,
} from './calendar/index.js';
export { OFFICIAL_CALENDAR_DATA, officialRecordFor, withOfficialSources } from './calendar/sources/index.js';
export { InvalidDossierCodeError, SequenceStoreError, type DossierCodeRejection } from './errors/index.js';
export {
  formatDossierCode, parseDossierCode, isDossierCode, createDossierCodeGenerator, memorySequenceStore,
  createUnitRegistry, schemesInForceOn, dossierCodeSchemes, DOSSIER_CODE_SCHEME_IDS,
  tt01_2018, qd20_2020, tt04_2025_centralised, MAX_SEQUENCE, MAX_AGENCY_LENGTH,
  type DossierCodeInput, type ParsedDossierCode, type ParsedAgency, type ParseDossierCodeOptions,
  type DossierCodeGenerator, type DossierCodeGeneratorOptions, type SequenceStore, type MemorySequenceStore,
  type AgencyUnit, type UnitRegistry, type DossierCodeScheme, type DossierCodeSchemeId, type AgencyOrder,
} from './code/index.js';
export { UnknownRulesetError } from './errors/index.js';
export {
  computeDeadline, formatTraceStep, Deadline, parseLimit, formatLimit, officeHours, STANDARD_OFFICE_HOURS,
  rulesets, rulesetFor, nd61_2018, nd118_2025, local_pre_2018, presets, thanhHoa, openCps, parseCutoff,
  apologyWindow, deadlineStatus, remainingTime, splitLimit, WorkingClock,
  type DeadlineInput, type TraceStep, type Limit, type LimitUnit, type LimitInput, type OfficeHours, type OfficeHoursInput,
  type CountingMode, type Channel, type Cutoff, type OffHoursReceipt, type DueTime, type DueRounding, type DeadlinePolicy,
  type DeadlinePolicyInput, type RuleChoice, type Ruleset, type RulesetId, type Preset, type PresetId,
  type ApologyWindow, type DeadlineStatus, type StatusOptions, type StepBudget, type StepDue,
} from './deadline/index.js';
export {
  UnknownIndexError, InvalidAnswerError, InvalidBandSetError, UnscoredSchemeError, IncompatibleSummariesError, ScoreOutOfRangeError,
} from './errors/index.js';
export {
  scoreEvaluation, summarizeEvaluations, createEvaluationAccumulator, mergeEvaluationSummaries,
  deriveIndices, defaultDerivationPolicy, decision766Satisfaction,
  defineScheme, withScoring, defineBandSet, bandOf, bandSets, roundingPolicies,
  tt01_2018_evaluation, nd118_2025_evaluation, threeLevelQuestions, evaluationSchemes,
  type EvaluationScheme, type EvaluationScore, type EvaluationSummary, type EvaluationAccumulator,
  type Evaluation, type DossierFacts, type DerivationPolicy, type Band, type BandSet, type RoundingPolicy,
  type SummaryOptions, type GroupDimension, type Decision766Satisfaction,
} from './satisfaction/index.js';
export { ReportIdentityError, InvalidDossierRecordError, IncompatibleReportsError, UnknownReportDefinitionError } from './errors/index.js';
export {
  classifyTimeliness, timelinessCode, TIMELINESS_LABELS, checkDossierRecord,
  standardTimeliness, decision766Timeliness, resultReturnedTimeliness, exactEqualityTimeliness, timelinessPolicies,
  buildPeriodReport, createReportAccumulator, reportDefinitions, resolveReportDefinition,
  solvedBased, dueBased, toHandle, decision766Progress, REPORT_IDENTITIES,
  checkReportTable, DECISION_766_GROUPS, DECISION_766_INDICATORS, decision766Indicator,
  decision766CountsFromReport, thanhHoaProgress, dossierRecordFromRow,
  buildHandlingTimeReport, createHandlingTimeAccumulator, HANDLING_TIME_UNITS,
  type DossierRecord, type FinishKind, type DossierChannel, type TimelinessPolicy, type Timeliness,
  type TimelinessCode, type ClassifyOptions, type ReportCounts, type ReportDefinition, type RateSpec,
  type ReportOptions, type ReportAccumulator, type ReportState, type PeriodReport, type ReportRow,
  type Rate, type ReportDimension, type PublishedTable, type TableFindings,
  type Decision766Indicator, type Decision766Score, type DossierRow,
  type HandlingTimeUnit, type HandlingTimeOptions, type HandlingTimeReport, type HandlingTimeRow, type HandlingTimeState,
  type HandlingTimeTotals, type HandlingTimeAccumulator,
} from './metrics/index.js';
export { IllegalTransitionError, DuplicateEventError, RuleViolationError, EventOrderError } from './errors/index.js';
export {
  createDossier, applyEvent, replay, createEvent, toPortalStatus, timelinessFacts, allowedEvents, TRANSITIONS, PORTAL_STATUS,
  resolveLifecycleRules, lateSteps, receiptSlip, controlSheet, registerRow, extensionForms,
  defineVendorMapping, mapVendorState, mapVendorEvent, openCpsMapping,
  type Dossier, type DossierInput, type DossierEvent, type DossierEventInput, type DossierState, type PortalStatus,
  type EventType, type DossierClock, type TimelinessFacts, type StepSpec, type StepState, type LifecyclePolicyInput,
  type VendorMapping,
} from './lifecycle/index.js';
export { dossierFactsFromDossier } from './satisfaction/index.js';
export { SchemeNotInForceError, UnknownDossierCodeSchemeError } from './errors/index.js';
export { checkSequenceKey } from './code/index.js';
export { UnknownStateError } from './errors/index.js';
export { stopNotice, type StepVerdict } from './lifecycle/index.js';
