/** Circular 01/2018/TT-VPCP (guiding Decree 61/2018/NĐ-CP), read in full in the official codification. */
export const CIRCULAR_01_2018 = 'Circular 01/2018/TT-VPCP';
/** Decree 118/2025/NĐ-CP (from 2025-07-01). */
export const DECREE_118_2025 = 'Decree 118/2025/NĐ-CP';
/** Decision 766/QĐ-TTg (2022-06-23), the real-time index set. */
export const DECISION_766_2022 = 'Decision 766/QĐ-TTg';
