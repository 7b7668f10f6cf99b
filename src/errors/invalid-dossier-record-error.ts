import { MotcuaError } from './motcua-error.js';

/** A dossier record fed to the metrics (classification, report accumulator) is malformed; `path` names the field. */
export class InvalidDossierRecordError extends MotcuaError {
  readonly code = 'INVALID_DOSSIER_RECORD';
  constructor(
    readonly reason: string,
    path: readonly (string | number)[] = [],
  ) {
    super(`Invalid dossier record: ${reason}`, path);
  }
}
