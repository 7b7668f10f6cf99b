import { MotcuaError } from './motcua-error.js';

/**
 * A dossier code scheme id that motcua does not know, passed as an option or an input field — a
 * programming or configuration mistake, not a property of the code being checked, so even
 * `isDossierCode` reports it rather than answering `false` for every code.
 */
export class UnknownDossierCodeSchemeError extends MotcuaError {
  readonly code = 'UNKNOWN_DOSSIER_CODE_SCHEME';
  constructor(
    readonly id: unknown,
    readonly known: readonly string[],
    path: readonly (string | number)[] = ['scheme'],
  ) {
    super(`Unknown dossier code scheme ${typeof id === 'string' ? JSON.stringify(id) : String(id)}; known: ${known.join(', ')}`, path);
  }
}
