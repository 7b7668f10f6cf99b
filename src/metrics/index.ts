/**
 * On-time metrics: per-dossier timeliness (trước hạn / đúng hạn / trễ hạn; trong hạn / sắp trễ /
 * quá hạn), mergeable period reports (Biểu II.06a) under named definitions, Decision 766 indices
 * (the average handling time of indicator 2.2 among them), and a checker for published tables.
 * @module
 */
export { checkDossierRecord, FINISH_KINDS, DOSSIER_CHANNELS, type DossierRecord, type FinishKind, type DossierChannel } from './record.js';
export {
  standardTimeliness, decision766Timeliness, resultReturnedTimeliness, exactEqualityTimeliness, timelinessPolicies,
  type TimelinessPolicy, type Granularity,
} from './policy.js';
export {
  classifyTimeliness, timelinessCode, TIMELINESS_LABELS, EARLY, ON_TIME, LATE, WITHIN, DUE_SOON, OVERDUE, EXCLUDED,
  type Timeliness, type TimelinessCode, type ClassifyOptions,
} from './classify.js';
export { COUNT_KEYS, type ReportCounts, type CountKey, type Term } from './counts.js';
export { REPORT_IDENTITIES, evaluateIdentity, assertReportIdentities, type Identity, type IdentityOutcome } from './identities.js';
export {
  reportDefinitions, resolveReportDefinition, solvedBased, dueBased, toHandle, decision766Progress,
  type ReportDefinition, type RateSpec, type RateKey,
} from './definitions.js';
export { REPORT_DIMENSIONS, NO_VALUE, type ReportDimension } from './groups.js';
export {
  createReportAccumulator, buildPeriodReport,
  type ReportAccumulator, type ReportOptions, type ReportState, type PeriodReport, type ReportRow, type Rate,
} from './accumulator.js';
export {
  createHandlingTimeAccumulator, buildHandlingTimeReport, HANDLING_TIME_UNITS,
  type HandlingTimeUnit, type HandlingTimeOptions, type HandlingTimeTotals, type HandlingTimeState, type HandlingTimeRow,
  type HandlingTimeReport, type HandlingTimeAccumulator,
} from './handling-time.js';
export {
  DECISION_766_GROUPS, DECISION_766_INDICATORS, thanhHoaProgress, decision766Indicator, decision766CountsFromReport,
  type Decision766Group, type Decision766Indicator, type Decision766Score,
} from './decision766.js';
export {
  checkReportTable, TABLE_FIELDS, PERCENTAGE_KEYS,
  type PublishedTable, type PercentageKey, type TableVerdict, type TableField, type TableFindings, type TableIdentityFinding, type PercentageFinding, type PercentageReading,
} from './check-table.js';
export { dossierRecordFromRow, csvDossierReader, ROW_COLUMNS, type DossierRow } from './row.js';
/** The RFC 4180 line splitter for CSV exports (the same function as `motcua/satisfaction`'s). */
export { parseCsvLine } from '../internal/csv.js';
