import { MotcuaError } from './motcua-error.js';

/** An event dated before the last event already applied: a dossier's history is in time order. */
export class EventOrderError extends MotcuaError {
  readonly code = 'EVENT_OUT_OF_ORDER';
  constructor(
    readonly eventId: string,
    readonly at: string,
    readonly lastAt: string,
  ) {
    super(`event ${eventId} at ${at} is earlier than the last event applied (${lastAt})`, ['at']);
  }
}
