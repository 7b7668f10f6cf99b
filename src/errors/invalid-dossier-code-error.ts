import { MotcuaError } from './motcua-error.js';
import { describeValue } from './describe-value.js';

/**
 * Why a string is not a dossier code, as a stable machine-readable word (the message says it for
 * people and tells them what to do). See `docs/dossier-codes.md` for each reason.
 */
export type DossierCodeRejection =
  | 'not-a-string'
  | 'empty'
  | 'whitespace'
  | 'lowercase'
  | 'invalid-character'
  | 'wrong-separator'
  | 'social-insurance-number'
  | 'tax-code'
  | 'bare-number'
  | 'iso-date'
  | 'missing-part'
  | 'missing-sequence'
  | 'too-many-parts'
  | 'missing-agency'
  | 'empty-agency-group'
  | 'agency-too-long'
  | 'no-level-1-group'
  | 'agency-order'
  | 'date-format'
  | 'not-a-date'
  | 'sequence-not-digits'
  | 'sequence-too-short'
  | 'sequence-too-long'
  | 'sequence-zero'
  | 'system-code-missing'
  | 'unknown-agency'
  | 'agency-not-active';

/**
 * A string that is not a dossier code (mã số hồ sơ) under the scheme asked for: `reason` says why
 * in one stable word, the message says it in a sentence a person can act on.
 * @example
 * try {
 *   parseDossierCode('000.17.22.h56-210531-0001');
 * } catch (error) {
 *   if (!(error instanceof MotcuaError && error.code === 'INVALID_DOSSIER_CODE')) throw error;
 *   (error as InvalidDossierCodeError).reason; // 'lowercase'
 * }
 */
export class InvalidDossierCodeError extends MotcuaError {
  readonly code = 'INVALID_DOSSIER_CODE';
  constructor(
    /** The rejected input, as given. */
    readonly input: unknown,
    /** Why it was rejected, as a stable word, e.g. `lowercase`, `agency-too-long`. */
    readonly reason: DossierCodeRejection,
    detail: string,
    path: readonly (string | number)[] = [],
  ) {
    super(`Not a dossier code: ${describeValue(input)} (${detail})`, path);
  }
}
