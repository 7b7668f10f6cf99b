import { MotcuaError } from './motcua-error.js';

/** An event whose id the dossier has already applied (events are idempotent by id). */
export class DuplicateEventError extends MotcuaError {
  readonly code = 'DUPLICATE_EVENT';
  constructor(
    readonly eventId: string,
    readonly dossierId: string,
  ) {
    super(`event ${eventId} was already applied to dossier ${dossierId}`, ['id']);
  }
}
