import { MotcuaError } from './motcua-error.js';

/**
 * An event dated before the last event already applied: a dossier's history is in time order.
 * @example
 * const who = { unit: 'UBND xã A', officer: 'Lan' };
 * const dossier = replay([{ type: 'accept', at: '2026-03-09T09:00', ...who, code: 'H01-260309-0001' }],
 *   { procedure: '2.000488', field: 'Hộ tịch', unit: 'UBND xã A', limit: '3 ngày làm việc' });
 * try {
 *   applyEvent(dossier, { type: 'hand-over', at: '2026-03-08T10:00', ...who, toUnit: 'Công chức Tư pháp' });
 * } catch (error) {
 *   if (!(error instanceof MotcuaError && error.code === 'EVENT_OUT_OF_ORDER')) throw error;
 *   (error as EventOrderError).lastAt; // '2026-03-09T09:00:00+07:00'
 * }
 */
export class EventOrderError extends MotcuaError {
  readonly code = 'EVENT_OUT_OF_ORDER';
  constructor(
    /** The id of the out-of-order event. */
    readonly eventId: string,
    /** Its moment, `YYYY-MM-DDTHH:mm:ss+07:00`. */
    readonly at: string,
    /** The moment of the last event already applied, `YYYY-MM-DDTHH:mm:ss+07:00`. */
    readonly lastAt: string,
  ) {
    super(`event ${eventId} at ${at} is earlier than the last event applied (${lastAt})`, ['at']);
  }
}
