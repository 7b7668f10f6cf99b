import { MotcuaError } from './motcua-error.js';

/**
 * An event that the dossier's current state does not accept (`spec/lifecycle.md`, "Rules the state
 * model must enforce": an illegal transition is an error naming the state, the event and the
 * allowed events — never a silent no-op).
 */
export class IllegalTransitionError extends MotcuaError {
  readonly code = 'ILLEGAL_TRANSITION';
  constructor(
    readonly state: string,
    readonly event: string,
    readonly allowed: readonly string[],
    readonly eventId?: string,
  ) {
    super(
      `a dossier in state "${state}" does not accept "${event}"${eventId ? ` (event ${eventId})` : ''}; ` +
        (allowed.length ? `allowed: ${allowed.join(', ')}` : 'it is terminal and accepts no further events'),
      ['type'],
    );
  }
}
