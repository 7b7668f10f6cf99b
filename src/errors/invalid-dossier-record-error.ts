import { MotcuaError } from './motcua-error.js';

/**
 * A dossier record fed to the metrics (classification, report accumulator) is malformed; `path` names the field.
 * @example
 * try {
 *   checkDossierRecord({ receivedAt: NaN, originalDueMs: parseMoment('2025-09-05T17:00'), supplementRequests: 0, channel: 'online', unit: 'UBND xã A' });
 * } catch (error) {
 *   if (!(error instanceof MotcuaError && error.code === 'INVALID_DOSSIER_RECORD')) throw error;
 *   error.path; // ['receivedAt']
 * }
 */
export class InvalidDossierRecordError extends MotcuaError {
  readonly code = 'INVALID_DOSSIER_RECORD';
  constructor(
    /** What is wrong with the field named by `path`, in words. */
    readonly reason: string,
    path: readonly (string | number)[] = [],
  ) {
    super(`Invalid dossier record: ${reason}`, path);
  }
}
