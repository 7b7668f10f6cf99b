import { timelinessOf, workingClockOf, type StepVerdict } from '../lifecycle/clock.js';
import type { Dossier } from '../lifecycle/dossier.js';
import { timelinessFacts } from '../lifecycle/facts.js';
import { MINUTES_PER_WORKING_DAY } from '../lifecycle/steps.js';
import { dayOfMoment } from '../time/moment.js';
import type { DossierFacts, DossierStepFacts } from './derive.js';

/** Makes `used` compare with `limit` as the lifecycle's verdict says (by at most `unit` when the raw count disagrees). */
function snap(verdict: StepVerdict, used: number, limit: number, unit: number): number {
  if (verdict === 'on-time') return limit;
  if (verdict === 'early') return used < limit ? used : Math.max(0, limit - unit);
  return used > limit ? used : limit + unit;
}

/**
 * The facts of a lifecycle dossier that decide Circular 01/2018 indices 1, 2 and 3 (`deriveIndices`),
 * read from its clock, its liên thông steps and its supplementation requests. Times are in
 * **working days** at **day granularity**, so "equal" means what the metrics module calls on time:
 *
 * - Index 1 (`limit`, `used`), for a dossier with a result (decided or refused after appraisal;
 *   withdrawn and stopped dossiers have none): `limit` = working days from the start day (receipt,
 *   or the completion of the dossier after a restart) to the appointment day, net of paused days;
 *   `used` = working days from the start day to the finish day, net of the same paused days. The
 *   appointment is the one metrics judge against (`timelinessFacts(d).originalDueMs`: restart and
 *   pauses applied, never the extension). A finish before the appointment day → used < limit (2
 *   points); on the appointment day, not after the appointment moment → equal (1); after the
 *   appointment moment → longer (0), a finish on the appointment day after its moment counting as
 *   one more working day.
 * - Index 2 (`steps`), for the finished steps of the plan: each step's share (`budget`, working
 *   days) and its working time net of pauses (`used`, working minutes ÷ 480), adjusted by at most
 *   a minute to agree with the step's own verdict (`lateSteps`: day granularity for early / on
 *   time, minute for late).
 * - Index 3 (`supplementationRequests`): requests at the desk before acceptance plus requests
 *   after appraisal — each sends the applicant back (Art. 13(3)). Whether a request was the
 *   applicant's fault is not in the event log, so `applicantFaultRequests` is left to the integrator.
 *
 * Index 7's petition fact is not in the log either. Basis: Circular 01/2018/TT-VPCP Art. 13(1)–(3)
 * [P]; `spec/satisfaction.md` (the indices that follow from the dossier's own history).
 * @example
 * const who = { unit: 'UBND xã A', officer: 'Lan' };
 * let dossier = createDossier({ procedure: '1.001234', field: 'Đất đai', unit: 'UBND xã A', limit: '10 ngày làm việc' });
 * dossier = applyEvent(dossier, createEvent({ type: 'accept', at: '2026-03-09T09:00', ...who, code: 'H01-260309-0001' })); // due 23/3
 * dossier = applyEvent(dossier, createEvent({ type: 'request-supplement', at: '2026-03-10T09:00', ...who, items: ['Bản sao sổ đỏ'] }));
 * dossier = applyEvent(dossier, createEvent({ type: 'supplement-received', at: '2026-03-11T09:00', ...who })); // restart: due 25/3
 * dossier = applyEvent(dossier, createEvent({ type: 'decide', at: '2026-03-20T15:00', ...who }));
 * dossierFactsFromDossier(dossier) // { limit: 10, used: 7, supplementationRequests: 1 } — working days from 11/3
 * const { trace, ...points } = deriveIndices(dossierFactsFromDossier(dossier));
 * points // { totalTime: 2, timing: 'earlier', attitudeCap: 2, contacts: 1 }
 */
export function dossierFactsFromDossier(dossier: Dossier): DossierFacts {
  const c = dossier.clock;
  const out: { -readonly [K in keyof DossierFacts]: DossierFacts[K] } = {};
  const facts = timelinessFacts(dossier);
  if (facts === undefined || facts.refusedAtReception === true || c.deadline === undefined) {
    // Not accepted: only the desk's correction requests are known contacts.
    if (c.deskRequests > 0) out.supplementationRequests = c.deskRequests;
    return out;
  }
  const deadline = c.deadline;
  const days = deadline.calendar.days;
  if (c.finishedAt !== undefined && (c.finishKind === 'decided' || c.finishKind === 'refused')) {
    const restarted = c.restarts > 0;
    const startDay = dayOfMoment(restarted ? deadline.receivedMs : c.receivedAt!);
    const baseDueDay = dayOfMoment(restarted ? deadline.dueMs : c.originalDueMs!);
    const dueDay = dayOfMoment(facts.originalDueMs);
    const paused = Math.max(0, days.workingDaysBetween(baseDueDay, dueDay));
    const limit = Math.max(0, days.workingDaysBetween(startDay, dueDay) - paused);
    const raw = Math.max(0, days.workingDaysBetween(startDay, dayOfMoment(c.finishedAt)) - paused);
    out.limit = limit;
    out.used = snap(timelinessOf(c.finishedAt, facts.originalDueMs), raw, limit, 1);
  }
  const clock = workingClockOf(deadline);
  const steps: DossierStepFacts[] = [];
  for (const s of dossier.steps) {
    if (s.status !== 'done' || s.verdict === undefined || s.startedAt === undefined || s.finishedAt === undefined) continue;
    const minutes = Math.max(0, clock.workingMinutesBetween(s.startedAt, s.finishedAt) - s.pausedWorkingMinutes);
    steps.push({ agency: s.agency, budget: s.budget, used: snap(s.verdict, minutes / MINUTES_PER_WORKING_DAY, s.budget, 1 / MINUTES_PER_WORKING_DAY) });
  }
  if (steps.length) out.steps = steps;
  out.supplementationRequests = c.supplementRequests + c.deskRequests;
  return out;
}
