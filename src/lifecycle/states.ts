import { cite, type Citation } from '../citation/citation.js';
import { UnknownStateError } from '../errors/unknown-state-error.js';

/**
 * The canonical dossier states (`spec/lifecycle.md`). Each maps onto one national portal status
 * code (1–10); several canonical states may share a code, no code is rewritten.
 *
 * | state | portal | meaning |
 * |---|---|---|
 * | `new` | 1 | registered, nothing received yet (an in-person dossier before the slip) |
 * | `submitted` | 1 | submitted online (or by post), not yet accepted |
 * | `correcting` | 1 | the desk asked for corrections before acceptance; the clock has not started |
 * | `accepted` | 2 | accepted, receipt slip issued; the limit runs |
 * | `refused-at-reception` | 3 | refused at reception (terminal) |
 * | `processing` | 4 | being handled (after a transfer, a hand-over, a supplement or a payment) |
 * | `awaiting-supplement` | 5 | waiting for the applicant to supplement (after appraisal) |
 * | `awaiting-payment` | 6 | waiting for the applicant's financial obligations |
 * | `withdrawn` | 7 | withdrawn at the applicant's request (terminal) |
 * | `stopped` | 8 | stopped by the agency (terminal) |
 * | `closed-unsupplemented` | 8 | closed: no supplement 15 days after the request (Decree 118 Art. 19(5)) (terminal) |
 * | `decided` | 9 | decision made (result ready); the finish moment for metrics |
 * | `refused` | 9 | refused after appraisal: the refusal is the result, still to be handed over |
 * | `returned` | 10 | result handed over (terminal) |
 */
export type DossierState =
  | 'new'
  | 'submitted'
  | 'correcting'
  | 'accepted'
  | 'refused-at-reception'
  | 'processing'
  | 'awaiting-supplement'
  | 'awaiting-payment'
  | 'withdrawn'
  | 'stopped'
  | 'closed-unsupplemented'
  | 'decided'
  | 'refused'
  | 'returned';

/**
 * Every canonical state, in lifecycle order.
 * @example
 * DOSSIER_STATES.length // 14
 * DOSSIER_STATES.filter((s) => PORTAL_STATUS[s] === 1) // ['new', 'submitted', 'correcting'] — all portal status 1
 * DOSSIER_STATES.includes('received') // false — the canonical name is 'accepted'
 */
export const DOSSIER_STATES: readonly DossierState[] = Object.freeze([
  'new', 'submitted', 'correcting', 'accepted', 'refused-at-reception', 'processing', 'awaiting-supplement',
  'awaiting-payment', 'withdrawn', 'stopped', 'closed-unsupplemented', 'decided', 'refused', 'returned',
] as const);

/**
 * States that accept no further event (`spec/lifecycle.md`: 3, 7, 8, 10 and "closed unsupplemented",
 * Decree 118/2025 Art. 19(5)).
 * @example
 * [...TERMINAL_STATES] // ['refused-at-reception', 'withdrawn', 'stopped', 'closed-unsupplemented', 'returned']
 * TERMINAL_STATES.has('decided') // false — the result is still to be handed over
 */
export const TERMINAL_STATES: ReadonlySet<DossierState> = new Set<DossierState>([
  'refused-at-reception', 'withdrawn', 'stopped', 'closed-unsupplemented', 'returned',
]);

/**
 * Whether a state accepts no further event.
 * @example
 * isTerminal('returned') // true
 * isTerminal('awaiting-supplement') // false — the applicant may still supplement
 */
export function isTerminal(state: DossierState): boolean {
  return TERMINAL_STATES.has(state);
}

/** A national portal status code (Cổng Dịch vụ công quốc gia, `TrangThaiHoSo`) [X]. */
export type PortalStatus = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10;

/**
 * The portal's label of each code [X] (see `PORTAL_STATUS_BASIS`).
 * @example
 * PORTAL_STATUS_LABELS[5] // 'Yêu cầu bổ sung giấy tờ'
 * PORTAL_STATUS_LABELS[toPortalStatus('returned')] // 'Đã trả kết quả'
 */
export const PORTAL_STATUS_LABELS: Readonly<Record<PortalStatus, string>> = Object.freeze({
  1: 'Mới đăng ký',
  2: 'Được tiếp nhận',
  3: 'Không được tiếp nhận',
  4: 'Đang xử lý',
  5: 'Yêu cầu bổ sung giấy tờ',
  6: 'Yêu cầu thực hiện nghĩa vụ tài chính',
  7: 'Công dân yêu cầu rút hồ sơ',
  8: 'Dừng xử lý',
  9: 'Đã xử lý xong',
  10: 'Đã trả kết quả',
});

/**
 * The basis of the portal codes: consistent across several vendor codebases, no official specification read.
 * @example
 * PORTAL_STATUS_BASIS.mark // 'X' — vendor practice, not a text
 * PORTAL_STATUS_BASIS.note // 'codes 1–10 as synced by several independent provincial systems'
 */
export const PORTAL_STATUS_BASIS: Citation = cite('National public service portal status codes (vendor code)', undefined, 'X',
  'codes 1–10 as synced by several independent provincial systems');

/**
 * The portal code of each canonical state: a total table (a record over the `DossierState` union,
 * checked by the compiler and by tests). Statuses 5, 6 and 8 keep their own codes: one real system
 * rewrote them as 9 before syncing, a defect this table makes impossible.
 *
 * `closed-unsupplemented` maps to 8 (Dừng xử lý): the portal has no code of its own for Decree 118
 * Art. 19(5)'s closing, and the agency stops handling the dossier.
 * @example
 * PORTAL_STATUS['awaiting-supplement'] // 5 — never rewritten as 9
 * PORTAL_STATUS['closed-unsupplemented'] // 8 — Dừng xử lý
 * PORTAL_STATUS.refused // 9
 */
export const PORTAL_STATUS: Readonly<Record<DossierState, PortalStatus>> = Object.freeze({
  new: 1,
  submitted: 1,
  correcting: 1,
  accepted: 2,
  'refused-at-reception': 3,
  processing: 4,
  'awaiting-supplement': 5,
  'awaiting-payment': 6,
  withdrawn: 7,
  stopped: 8,
  'closed-unsupplemented': 8,
  decided: 9,
  refused: 9,
  returned: 10,
});

/**
 * The national portal status code (1–10) of a dossier or a canonical state. Total: defined for
 * every state; never rewrites 5, 6 or 8 as 9.
 *
 * Basis: national portal status codes [X] (`spec/lifecycle.md`).
 * @example
 * toPortalStatus('awaiting-supplement') // 5
 * const accepted = replay(
 *   [{ type: 'accept', at: '2026-03-09T09:00', unit: 'UBND xã A', officer: 'Lan', code: 'H01-260309-0001' }],
 *   { procedure: '2.000488', field: 'Hộ tịch', unit: 'UBND xã A', limit: '3 ngày làm việc' },
 * );
 * toPortalStatus(accepted) // 2
 * toPortalStatus('DANG_XL') // throws UnknownStateError — a vendor status: map it with mapVendorState
 * @throws {UnknownStateError} for a value that is not a canonical state (own-property lookup: `'toString'` is not a state)
 */
export function toPortalStatus(dossier: { readonly state: DossierState } | DossierState): PortalStatus {
  const state: unknown = typeof dossier === 'object' && dossier !== null ? dossier.state : dossier;
  return PORTAL_STATUS[checkState(state)];
}

/**
 * The value as a canonical state, or a typed error. An own-property lookup: inherited names
 * (`toString`, `constructor`, `__proto__`) are not states.
 * @throws {UnknownStateError} for anything that is not a canonical state
 * @example
 * checkState('processing') // 'processing'
 * checkState('toString') // throws UnknownStateError
 */
export function checkState(state: unknown): DossierState {
  if (typeof state !== 'string' || !Object.hasOwn(PORTAL_STATUS, state)) throw new UnknownStateError(state, DOSSIER_STATES);
  return state as DossierState;
}
