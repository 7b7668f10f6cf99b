/** Decision 766/QĐ-TTg (2022-06-23): the real-time index set, 100 points. */
export const DECISION_766_2022 = 'Decision 766/QĐ-TTg';
/** Decree 118/2025/NĐ-CP (from 2025-07-01); Art. 32(1) gives the five index groups legal force. */
export const DECREE_118_2025 = 'Decree 118/2025/NĐ-CP';
/** The II.06a periodic report form, as a provincial one-stop system exports it. */
export const FORM_II_06A = 'Biểu số II.06a/VPCP/KSTT';
/** The team's digest of the metrics rules (`shared/spec/metrics.md`). */
export const SPEC_METRICS = 'spec/metrics.md';
/** The team's digest of the dossier states and events (`shared/spec/lifecycle.md`). */
export const SPEC_LIFECYCLE = 'spec/lifecycle.md';
/** The team's digest of the appointment rules (`shared/spec/deadline.md`). */
export const SPEC_DEADLINE = 'spec/deadline.md';
