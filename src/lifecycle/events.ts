import * as z from 'zod/mini';
import { nanoid } from 'nanoid';
import { validate } from '../errors/validate.js';
import type { EpochMs } from '../time/moment.js';
import { isDateOnlyText, parseMoment, type MomentInput } from '../time/parse.js';

/**
 * What happens to a dossier (`spec/lifecycle.md`, "Events"). Kebab-case names:
 * - `submit` — submitted online (or by post), not yet accepted;
 * - `accept` — received complete and valid, receipt slip issued (code, appointment);
 * - `refuse-at-reception` — refused at the desk (Phiếu từ chối tiếp nhận);
 * - `hand-over` — transfer to an agency or step hand-over (liên thông), giver → receiver;
 * - `request-supplement` — at the desk before acceptance (the clock has not started), or after appraisal;
 * - `supplement-received`;
 * - `request-payment` / `payment-received` — financial obligations (nghĩa vụ tài chính);
 * - `extend` — apology and new appointment (xin lỗi và hẹn lại / gia hạn), at most once;
 * - `refuse` — refused after appraisal (the refusal is the result);
 * - `withdraw` — the applicant withdraws, before the decision (Decree 118/2025 Art. 21);
 * - `stop` — the agency stops handling;
 * - `close-unsupplemented` — closed when the supplement did not come (Decree 118/2025 Art. 19(5));
 * - `decide` — decision made, result ready;
 * - `return-result` — result handed over.
 */
export type EventType =
  | 'submit' | 'accept' | 'refuse-at-reception' | 'hand-over' | 'request-supplement' | 'supplement-received'
  | 'request-payment' | 'payment-received' | 'extend' | 'refuse' | 'withdraw' | 'stop' | 'close-unsupplemented'
  | 'decide' | 'return-result';

/**
 * Every event type.
 * @example
 * EVENT_TYPES.length // 15
 * EVENT_TYPES.filter((t) => transitionOf('new', t) !== undefined) // ['submit', 'accept', 'refuse-at-reception', 'request-supplement', 'withdraw']
 */
export const EVENT_TYPES: readonly EventType[] = Object.freeze([
  'submit', 'accept', 'refuse-at-reception', 'hand-over', 'request-supplement', 'supplement-received',
  'request-payment', 'payment-received', 'extend', 'refuse', 'withdraw', 'stop', 'close-unsupplemented',
  'decide', 'return-result',
] as const);

/** Fields every event carries: its id (idempotency key), its moment, and who acted. */
export interface EventBase {
  /** Unique id (a nanoid unless the integrator gives its own); applying the same id twice is refused. */
  readonly id: string;
  /** When it happened, epoch ms (to the minute at least). "Now" for every rule checked on the event. */
  readonly at: EpochMs;
  /** The acting unit or agency (đơn vị / cơ quan). */
  readonly unit: string;
  /** The acting officer. */
  readonly officer: string;
  /** Free text printed on forms. */
  readonly note?: string;
}

/** Submitted online or by post. */
export interface SubmitEvent extends EventBase {
  /** The event type (the union's discriminant): `'submit'`. */
  readonly type: 'submit'
}
/** Accepted: the receipt slip (Giấy tiếp nhận hồ sơ và hẹn trả kết quả) is issued. */
export interface AcceptEvent extends EventBase {
  /** The event type (the union's discriminant): `'accept'`. */
  readonly type: 'accept';
  /** The dossier code printed on the slip (mã số hồ sơ). */
  readonly code: string;
  /** The receipt moment the slip shows, when it differs from the event's moment (e.g. an online filing). */
  readonly receivedAt?: EpochMs;
  /** The appointment the slip printed, when the integrator's system set it (migration); else it is computed. */
  readonly appointment?: EpochMs;
  /**
   * Set by `createEvent` when `appointment` was given as a date (`YYYY-MM-DD`): only its day
   * counts, and the appointment is that day's due time under the dossier's deadline policy (see
   * `appointmentOnDay`), not 00:00.
   */
  readonly appointmentDateOnly?: true;
}
/** Refused at reception, with reasons (Phiếu từ chối tiếp nhận giải quyết hồ sơ). */
export interface RefuseAtReceptionEvent extends EventBase {
  /** The event type (the union's discriminant): `'refuse-at-reception'`. */
  readonly type: 'refuse-at-reception';
  /** Why the dossier is not received (at least one reason), as the refusal form prints them. */
  readonly reasons: readonly string[]
}
/**
 * A transfer to an agency or a step hand-over (liên thông): `unit`/`officer` give, `toUnit`/`toOfficer`
 * receive. `completes` and `starts` name plan steps; by default the giver's open steps complete and
 * the receiver's next ready steps start.
 */
export interface HandOverEvent extends EventBase {
  /** The event type (the union's discriminant): `'hand-over'`. */
  readonly type: 'hand-over';
  /** The receiving unit or agency. */
  readonly toUnit: string;
  /** The receiving officer, when known. */
  readonly toOfficer?: string;
  /** Ids of the plan steps this hand-over finishes; default: the giver's open steps (`[]`: none). */
  readonly completes?: readonly string[];
  /** Ids of the plan steps it starts; default: the receiver's ready steps (`[]`: none). */
  readonly starts?: readonly string[];
}
/** A supplementation request (Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ): everything at once. */
export interface RequestSupplementEvent extends EventBase {
  /** The event type (the union's discriminant): `'request-supplement'`. */
  readonly type: 'request-supplement';
  /** Everything the applicant must supply or correct, all at once (at least one item). */
  readonly items: readonly string[]
}
/** The requested supplement arrived; the dossier is complete. */
export interface SupplementReceivedEvent extends EventBase {
  /** The event type (the union's discriminant): `'supplement-received'`. */
  readonly type: 'supplement-received'
}
/** The applicant is asked to pay financial obligations. */
export interface RequestPaymentEvent extends EventBase {
  /** The event type (the union's discriminant): `'request-payment'`. */
  readonly type: 'request-payment';
  /** The amount to pay (≥ 0), when stated. */
  readonly amount?: number;
  /** The obligations to pay (fees, charges, taxes), when listed. */
  readonly items?: readonly string[]
}
/** The financial obligations were paid. */
export interface PaymentReceivedEvent extends EventBase {
  /** The event type (the union's discriminant): `'payment-received'`. */
  readonly type: 'payment-received'
}
/** The apology and new appointment (Phiếu xin lỗi và hẹn lại / Phiếu đề nghị gia hạn). */
export interface ExtendEvent extends EventBase {
  /** The event type (the union's discriminant): `'extend'`. */
  readonly type: 'extend';
  /** Why the appointment is moved, as the apology / extension form prints it. */
  readonly reason: string;
  /** The new appointment, epoch ms: after the one in force. */
  readonly newAppointment: EpochMs;
  /**
   * Set by `createEvent` when `newAppointment` was given as a date (`YYYY-MM-DD`): only its day
   * counts, and the new appointment is that day's due time under the dossier's deadline policy
   * (see `appointmentOnDay`), not 00:00.
   */
  readonly newAppointmentDateOnly?: true;
}
/** Refused after appraisal: the refusal, with reasons, is the result. */
export interface RefuseEvent extends EventBase {
  /** The event type (the union's discriminant): `'refuse'`. */
  readonly type: 'refuse';
  /** Why the request is refused (at least one reason): the refusal form's content. */
  readonly reasons: readonly string[]
}
/** The applicant withdraws the dossier. */
export interface WithdrawEvent extends EventBase {
  /** The event type (the union's discriminant): `'withdraw'`. */
  readonly type: 'withdraw';
  /** The applicant's reason, if given (printed on the stop notice). */
  readonly reason?: string
}
/** The agency stops handling the dossier (Thông báo dừng giải quyết hồ sơ). */
export interface StopEvent extends EventBase {
  /** The event type (the union's discriminant): `'stop'`. */
  readonly type: 'stop';
  /** Why the agency stops handling (printed on the stop notice). */
  readonly reason: string
}
/** Closed because the requested supplement did not come in time. */
export interface CloseUnsupplementedEvent extends EventBase {
  /** The event type (the union's discriminant): `'close-unsupplemented'`. */
  readonly type: 'close-unsupplemented'
}
/** The decision is made; the result is ready. */
export interface DecideEvent extends EventBase {
  /** The event type (the union's discriminant): `'decide'`. */
  readonly type: 'decide';
  /** The result's code (synced to the portal with the finish), when recorded. */
  readonly resultCode?: string
}
/** The result is handed over (in person, by post or online). */
export interface ReturnResultEvent extends EventBase {
  /** The event type (the union's discriminant): `'return-result'`. */
  readonly type: 'return-result';
  /** To whom or where the result went, when recorded (the control sheet's receiver). */
  readonly to?: string
}

/** An event: validated, frozen, with its moment as epoch ms. Build one with `createEvent`. */
export type DossierEvent =
  | SubmitEvent | AcceptEvent | RefuseAtReceptionEvent | HandOverEvent | RequestSupplementEvent
  | SupplementReceivedEvent | RequestPaymentEvent | PaymentReceivedEvent | ExtendEvent | RefuseEvent
  | WithdrawEvent | StopEvent | CloseUnsupplementedEvent | DecideEvent | ReturnResultEvent;

type Momentish<T> = { [K in keyof T]: K extends 'at' | 'receivedAt' | 'appointment' | 'newAppointment' ? MomentInput : T[K] };
type Input<T extends DossierEvent> = Omit<Momentish<T>, 'id'> & { readonly id?: string };

/** An event as a caller writes it: moments in any `MomentInput` form, the id optional (a nanoid is drawn). */
export type DossierEventInput = DossierEvent extends infer E ? (E extends DossierEvent ? Input<E> : never) : never;

const text = z.string().check(z.minLength(1));
const moment = z.union([z.string(), z.number(), z.date()]);
const texts = z.array(text).check(z.minLength(1));
const dateOnly = z.optional(z.literal(true));
const base = {
  id: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  at: moment,
  unit: text,
  officer: text,
  note: z.optional(z.string()),
};

const eventSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('submit'), ...base }),
  z.strictObject({ type: z.literal('accept'), ...base, code: text, receivedAt: z.optional(moment), appointment: z.optional(moment), appointmentDateOnly: dateOnly }),
  z.strictObject({ type: z.literal('refuse-at-reception'), ...base, reasons: texts }),
  z.strictObject({
    type: z.literal('hand-over'), ...base, toUnit: text, toOfficer: z.optional(text),
    completes: z.optional(z.array(text)), starts: z.optional(z.array(text)),
  }),
  z.strictObject({ type: z.literal('request-supplement'), ...base, items: texts }),
  z.strictObject({ type: z.literal('supplement-received'), ...base }),
  z.strictObject({ type: z.literal('request-payment'), ...base, amount: z.optional(z.number().check(z.nonnegative())), items: z.optional(z.array(text)) }),
  z.strictObject({ type: z.literal('payment-received'), ...base }),
  z.strictObject({ type: z.literal('extend'), ...base, reason: text, newAppointment: moment, newAppointmentDateOnly: dateOnly }),
  z.strictObject({ type: z.literal('refuse'), ...base, reasons: texts }),
  z.strictObject({ type: z.literal('withdraw'), ...base, reason: z.optional(z.string()) }),
  z.strictObject({ type: z.literal('stop'), ...base, reason: text }),
  z.strictObject({ type: z.literal('close-unsupplemented'), ...base }),
  z.strictObject({ type: z.literal('decide'), ...base, resultCode: z.optional(text) }),
  z.strictObject({ type: z.literal('return-result'), ...base, to: z.optional(text) }),
]);

/**
 * The brand of events built by `createEvent` (validated once; `applyEvent` trusts them without
 * re-validating): a non-enumerable property under a module-private symbol, so a spread copy or a
 * JSON round trip is not branded and gets validated again. (A WeakSet of a million frozen events
 * was measurably slower on the replay path.)
 */
const VALIDATED: unique symbol = Symbol('motcua.validatedEvent');

const MOMENT_FIELDS = ['at', 'receivedAt', 'appointment', 'newAppointment'] as const;
/** The appointment fields, whose date-only form means that day's due time (marked by the `…DateOnly` flag). */
const APPOINTMENT_FIELDS = ['appointment', 'newAppointment'] as const;

/**
 * Validates an event at the boundary and returns it frozen, with its moments as epoch ms and an
 * id (a nanoid unless given). Events so built are applied without re-validation. An
 * `appointment` / `newAppointment` given as a date only (`'2026-03-30'`) is flagged
 * `appointmentDateOnly` / `newAppointmentDateOnly`: it means that day's due time under the
 * dossier's deadline policy (`appointmentOnDay`), not 00:00 (Circular 01/2018 Mẫu 01 states the
 * appointment to the hour; a date alone is read as the day's due time, like the limit's own).
 *
 * @throws {InvalidInputError} a missing or malformed field, with its path (e.g. `reasons`)
 * @throws {InvalidMomentError} a moment that cannot be read (path `at`, `newAppointment`, …)
 * @example
 * const event = createEvent({ type: 'accept', at: '2026-03-09T09:00', unit: 'UBND xã A', officer: 'Lan', code: 'H56.22.17.000-260309-0001' });
 * event.at // 1773021600000 — 2026-03-09T09:00 in Vietnam
 * event.id.length // 21 — a nanoid, unless the event gives its own
 * Object.isFrozen(event) // true
 * createEvent({ type: 'extend', at: '2026-03-20T09:00', unit: 'UBND xã A', officer: 'Lan', reason: 'Chờ xác minh', newAppointment: '2026-03-30' }).newAppointmentDateOnly // true
 * createEvent({ type: 'refuse', at: '2026-03-09T09:00', unit: 'UBND xã A', officer: 'Lan', reasons: [] }) // throws InvalidInputError — reasons
 */
export function createEvent(input: DossierEventInput): DossierEvent {
  if (isValidEvent(input)) return input as DossierEvent;
  const parsed = validate(eventSchema, input, 'dossier event') as Record<string, unknown>;
  const out: Record<string, unknown> = { ...parsed, id: parsed['id'] ?? nanoid() };
  for (const field of APPOINTMENT_FIELDS) if (isDateOnlyText(out[field])) out[`${field}DateOnly`] = true;
  for (const field of MOMENT_FIELDS) {
    const value = out[field];
    if (value !== undefined) out[field] = parseMoment(value as MomentInput, [field]);
  }
  for (const field of ['reasons', 'items', 'completes', 'starts'] as const) {
    if (Array.isArray(out[field])) out[field] = Object.freeze([...(out[field] as string[])]);
  }
  Object.defineProperty(out, VALIDATED, { value: true, enumerable: false });
  return Object.freeze(out) as unknown as DossierEvent;
}

/**
 * Whether a value is an event built by `createEvent` (so already validated and frozen).
 * @example
 * const event = createEvent({ type: 'accept', at: '2026-03-09T09:00', unit: 'UBND xã A', officer: 'Lan', code: 'H01-260309-0001' });
 * isValidEvent(event) // true
 * isValidEvent({ ...event }) // false — a copy is validated again when applied
 */
export function isValidEvent(value: unknown): value is DossierEvent {
  return typeof value === 'object' && value !== null && (value as { [VALIDATED]?: true })[VALIDATED] === true;
}
