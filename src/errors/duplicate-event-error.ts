import { MotcuaError } from './motcua-error.js';

/**
 * An event whose id the dossier has already applied (events are idempotent by id).
 * @example
 * const accept = createEvent({ type: 'accept', id: 'log-42', at: '2026-03-09T09:00', unit: 'UBND xã A', officer: 'Lan', code: 'H01-260309-0001' });
 * const dossier = applyEvent(createDossier({ procedure: '2.000488', field: 'Hộ tịch', unit: 'UBND xã A', limit: '3 ngày làm việc' }), accept);
 * try {
 *   applyEvent(dossier, accept); // the same log record delivered twice
 * } catch (error) {
 *   if (!(error instanceof MotcuaError && error.code === 'DUPLICATE_EVENT')) throw error;
 *   (error as DuplicateEventError).eventId; // 'log-42'
 * }
 */
export class DuplicateEventError extends MotcuaError {
  readonly code = 'DUPLICATE_EVENT';
  constructor(
    /** The id of the event applied twice. */
    readonly eventId: string,
    /** The id of the dossier it was already applied to. */
    readonly dossierId: string,
  ) {
    super(`event ${eventId} was already applied to dossier ${dossierId}`, ['id']);
  }
}
