import { cite, type Citation } from '../citation/citation.js';
import { DECISION_766_2022, SPEC_METRICS } from './sources.js';

/** The readings of Decision 766 indicator 2.2 (average handling time) and where each comes from. */
export const HANDLING_TIME_BASIS: readonly Citation[] = Object.freeze([
  cite(DECISION_766_2022, 'indicator 2.2', 'X', "vendor formula document: average handling time per procedure, over the finished dossiers started in the period, in the procedure's unit; no points formula is given — the measure only, a local estimate"),
  cite(SPEC_METRICS, 'Decision 766/QĐ-TTg', 'U', 'started = received (receivedAt) in the period, refused at reception left out; finished = the period report\'s test at asOf (the period\'s end by default), those still open counted apart as in progress'),
  cite(SPEC_METRICS, 'Per dossier', 'U', 'handling time ends at the timeliness policy\'s finish moment (finishMoment), the one indicator 2.1 and the period report use'),
  cite(DECISION_766_2022, 'indicator 2.1', 'U', 'paused time (pausedMs: supplementation, payment under a pause clock) excluded by default, as 2.1 subtracts supplementation time; taken off the end of the interval, since the record does not say where it lay'),
  cite(SPEC_METRICS, 'Decision 766/QĐ-TTg', 'U', "the procedure's unit: working days = working minutes inside office hours on working days ÷ minutes per working day (fractional); working hours ÷ 60; calendar days = elapsed time ÷ 24 h"),
]);
