import { MotcuaError } from './motcua-error.js';

/**
 * An event that the dossier's current state does not accept (`spec/lifecycle.md`, "Rules the state
 * model must enforce": an illegal transition is an error naming the state, the event and the
 * allowed events — never a silent no-op).
 * @example
 * const dossier = createDossier({ procedure: '2.000488', field: 'Hộ tịch', unit: 'UBND xã A', limit: '3 ngày làm việc' });
 * try {
 *   applyEvent(dossier, { type: 'decide', at: '2026-03-09T09:00', unit: 'UBND xã A', officer: 'Lan' }); // not accepted yet
 * } catch (error) {
 *   if (!(error instanceof MotcuaError && error.code === 'ILLEGAL_TRANSITION')) throw error;
 *   (error as IllegalTransitionError).allowed; // ['submit', 'accept', 'request-supplement', 'refuse-at-reception', 'withdraw']
 * }
 */
export class IllegalTransitionError extends MotcuaError {
  readonly code = 'ILLEGAL_TRANSITION';
  constructor(
    /** The dossier's current state. */
    readonly state: string,
    /** The type of the rejected event, e.g. `decide`. */
    readonly event: string,
    /** The event types the state accepts; empty when the state is terminal. */
    readonly allowed: readonly string[],
    /** The rejected event's `id`, when known. */
    readonly eventId?: string,
  ) {
    super(
      `a dossier in state "${state}" does not accept "${event}"${eventId ? ` (event ${eventId})` : ''}; ` +
        (allowed.length ? `allowed: ${allowed.join(', ')}` : 'it is terminal and accepts no further events'),
      ['type'],
    );
  }
}
