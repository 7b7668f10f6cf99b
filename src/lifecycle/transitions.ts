import { cite, type Citation } from '../citation/citation.js';
import type { EventType } from './events.js';
import { checkState, DOSSIER_STATES, type DossierState } from './states.js';
import { deepFreeze } from '../internal/deep-freeze.js';

/** One legal move: the state an event leads to (`stay`: the state does not change) and its basis. */
export interface Transition {
  /** The state the event leads to; `stay`: the state does not change (an extension). */
  readonly to: DossierState | 'stay';
  /** The legal basis of the move (article and evidence mark). */
  readonly basis: Citation;
}

const D61 = 'Decree 61/2018/NĐ-CP';
const D118 = 'Decree 118/2025/NĐ-CP';
const TT01 = 'Circular 01/2018/TT-VPCP';
const SPEC = 'spec/lifecycle.md';

const B = {
  submit: cite(D118, 'Art. 17(2)', 'P', 'online filing through the national portal; staff accept or request corrections'),
  accept: cite(D118, 'Art. 17(3)', 'P', 'the limit runs from receipt as shown on the slip (Circular 01/2018 Mẫu 01)'),
  refuseAtReception: cite(TT01, 'Mẫu 03', 'S', 'refusal with reasons (Phiếu từ chối tiếp nhận, giải quyết hồ sơ)'),
  deskSupplement: cite(TT01, 'Mẫu 02', 'S', 'at the desk an incomplete dossier is not received: the officer explains once, in writing; the clock has not started'),
  deskResubmit: cite(SPEC, 'Events', 'S', 'the corrected dossier is checked again before acceptance'),
  handOver: cite(`${D118} Art. 18(2), 20; ${TT01} Mẫu 05`, undefined, 'P', 'transfer to the handling agency; each hand-over on the control sheet'),
  supplement: cite(`${D61} Art. 19(4); ${D118} Art. 19(5)`, undefined, 'P', 'supplementation request after appraisal, all items at once'),
  supplementReceived: cite(`${D61} Art. 19(4); ${D118} Art. 19(5)`, undefined, 'P', 'the complete dossier is received; the clock resumes or restarts'),
  payment: cite('land-sector rules (e.g. Decree 43/2014/NĐ-CP Art. 61(4))', undefined, 'S', 'waiting for financial obligations'),
  extend: cite(`${D61} Art. 19(9), 12(5); ${D118} Art. 19(6)`, undefined, 'P', 'apology and new appointment, at most once'),
  refuse: cite(TT01, 'Mẫu 03', 'S', 'refusal after appraisal: the refusal with reasons is the result'),
  withdraw: cite(D118, 'Art. 21', 'P', 'the applicant may withdraw at any time before the decision'),
  stop: cite('national portal status 8; Circular 03/2025/TT-VPCP Art. 7', undefined, 'X', 'the agency stops handling (stop notice)'),
  close: cite(D118, 'Art. 19(5)', 'P', 'closed when not supplemented 15 days after the request'),
  decide: cite('national portal status 9', undefined, 'X', 'decision made; the finish moment for metrics'),
  returnResult: cite(`${D61} Art. 20`, undefined, 'S', 'the result is returned at the one-stop desk or as registered'),
} satisfies Record<string, Citation>;

const handling = {
  'hand-over': { to: 'processing', basis: B.handOver },
  'request-supplement': { to: 'awaiting-supplement', basis: B.supplement },
  'request-payment': { to: 'awaiting-payment', basis: B.payment },
  extend: { to: 'stay', basis: B.extend },
  refuse: { to: 'refused', basis: B.refuse },
  withdraw: { to: 'withdrawn', basis: B.withdraw },
  stop: { to: 'stopped', basis: B.stop },
  decide: { to: 'decided', basis: B.decide },
} as const satisfies Partial<Record<EventType, Transition>>;

const beforeAcceptance = {
  'refuse-at-reception': { to: 'refused-at-reception', basis: B.refuseAtReception },
  withdraw: { to: 'withdrawn', basis: B.withdraw },
} as const satisfies Partial<Record<EventType, Transition>>;

/**
 * The state machine as data: for each state, the events it accepts and where they lead, each with
 * its basis. Terminal states (3, 7, 8, 10 and `closed-unsupplemented`) accept nothing
 * (`spec/lifecycle.md`, "Rules the state model must enforce"). Rules that depend on the rule set
 * (how many supplementation requests, when an extension may be issued, …) are checked on top of
 * this table by `applyEvent`.
 * @example
 * TRANSITIONS['awaiting-supplement']['close-unsupplemented']?.to // 'closed-unsupplemented'
 * TRANSITIONS['awaiting-supplement']['close-unsupplemented']?.basis.article // 'Art. 19(5)' — Decree 118/2025/NĐ-CP
 * TRANSITIONS.accepted.extend?.to // 'stay' — a new appointment, same state
 * Object.keys(TRANSITIONS.returned) // [] — terminal
 */
export const TRANSITIONS: Readonly<Record<DossierState, Readonly<Partial<Record<EventType, Transition>>>>> = deepFreeze({
  new: {
    submit: { to: 'submitted', basis: B.submit },
    accept: { to: 'accepted', basis: B.accept },
    'request-supplement': { to: 'correcting', basis: B.deskSupplement },
    ...beforeAcceptance,
  },
  submitted: {
    accept: { to: 'accepted', basis: B.accept },
    'request-supplement': { to: 'correcting', basis: B.deskSupplement },
    ...beforeAcceptance,
  },
  correcting: {
    'supplement-received': { to: 'submitted', basis: B.deskResubmit },
    ...beforeAcceptance,
  },
  accepted: { ...handling },
  processing: { ...handling },
  'awaiting-supplement': {
    'supplement-received': { to: 'processing', basis: B.supplementReceived },
    'close-unsupplemented': { to: 'closed-unsupplemented', basis: B.close },
    withdraw: { to: 'withdrawn', basis: B.withdraw },
    stop: { to: 'stopped', basis: B.stop },
  },
  'awaiting-payment': {
    'payment-received': { to: 'processing', basis: B.payment },
    withdraw: { to: 'withdrawn', basis: B.withdraw },
    stop: { to: 'stopped', basis: B.stop },
  },
  decided: { 'return-result': { to: 'returned', basis: B.returnResult } },
  refused: { 'return-result': { to: 'returned', basis: B.returnResult } },
  'refused-at-reception': {},
  withdrawn: {},
  stopped: {},
  'closed-unsupplemented': {},
  returned: {},
});

const ALLOWED: ReadonlyMap<DossierState, readonly EventType[]> = new Map(
  DOSSIER_STATES.map((s) => [s, Object.freeze(Object.keys(TRANSITIONS[s]) as EventType[])]),
);

/**
 * The events a state accepts (empty for terminal states).
 * @example
 * allowedEvents('awaiting-payment') // ['payment-received', 'withdraw', 'stop']
 */
export function allowedEvents(state: DossierState): readonly EventType[] {
  return ALLOWED.get(state) ?? [];
}

/**
 * The move of `type` from `state`, or `undefined` when the state does not accept it. Own-property
 * lookups only: an event type such as `toString` or `__proto__` is never a move.
 * @throws {UnknownStateError} when `state` is not a canonical state
 * @example
 * transitionOf('awaiting-supplement', 'supplement-received')?.to // 'processing'
 */
export function transitionOf(state: DossierState, type: string): Transition | undefined {
  const moves = Object.hasOwn(TRANSITIONS, state) ? TRANSITIONS[state] : TRANSITIONS[checkState(state)];
  return Object.hasOwn(moves, type) ? moves[type as EventType] : undefined;
}
