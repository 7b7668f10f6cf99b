import { MotcuaError } from './motcua-error.js';

/**
 * A dossier code scheme id that motcua does not know, passed as an option or an input field — a
 * programming or configuration mistake, not a property of the code being checked, so even
 * `isDossierCode` reports it rather than answering `false` for every code.
 * @example
 * try {
 *   isDossierCode('H56-210531-0001', { scheme: 'tt01' as DossierCodeSchemeId });
 * } catch (error) {
 *   if (!(error instanceof MotcuaError && error.code === 'UNKNOWN_DOSSIER_CODE_SCHEME')) throw error;
 *   (error as UnknownDossierCodeSchemeError).known; // ['tt01-2018', 'qd20-2020', 'tt04-2025-centralised']
 * }
 */
export class UnknownDossierCodeSchemeError extends MotcuaError {
  readonly code = 'UNKNOWN_DOSSIER_CODE_SCHEME';
  constructor(
    /** The unknown scheme id, as given. */
    readonly id: unknown,
    /** The built-in scheme ids, oldest first. */
    readonly known: readonly string[],
    path: readonly (string | number)[] = ['scheme'],
  ) {
    super(`Unknown dossier code scheme ${typeof id === 'string' ? JSON.stringify(id) : String(id)}; known: ${known.join(', ')}`, path);
  }
}
