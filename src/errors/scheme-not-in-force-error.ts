import { MotcuaError } from './motcua-error.js';

/**
 * A dossier code was to be written under a scheme that did not govern its receipt day: e.g. a
 * `tt04-2025-centralised` code (from 2026-01-25) for a dossier received on 2025-03-01, or a
 * `tt01-2018` code (to 2025-06-30) in 2026. The message gives the scheme's dates and the schemes
 * in force that day. Back-filling legacy data may opt out with `allowOutsideValidity: true`.
 * @example
 * try {
 *   formatDossierCode({ agency: '000.17.22.H56', receivedAt: '2026-03-01', sequence: 1, scheme: 'tt01-2018' });
 * } catch (error) {
 *   if (!(error instanceof MotcuaError && error.code === 'SCHEME_NOT_IN_FORCE')) throw error;
 *   (error as SchemeNotInForceError).validTo; // '2025-06-30'
 *   (error as SchemeNotInForceError).inForce; // ['qd20-2020', 'tt04-2025-centralised']
 * }
 */
export class SchemeNotInForceError extends MotcuaError {
  readonly code = 'SCHEME_NOT_IN_FORCE';
  constructor(
    /** The scheme asked for. */
    readonly scheme: string,
    /** The receipt day, `YYYY-MM-DD` (Vietnamese time). */
    readonly receivedDate: string,
    /** First receipt day the scheme governs, `YYYY-MM-DD`. */
    readonly validFrom: string,
    /** Last receipt day it governs, `YYYY-MM-DD`, or `undefined` while in force. */
    readonly validTo: string | undefined,
    /** The schemes that did govern the receipt day. */
    readonly inForce: readonly string[],
    detail: string,
    path: readonly (string | number)[] = ['receivedAt'],
  ) {
    super(detail, path, false);
  }
}
