import { MotcuaError } from './motcua-error.js';

/**
 * Points were asked of a scheme that has none — the Decree 118/2025 Art. 33 criteria set no
 * points; supply a province's scoring with `withScoring(scheme, …)` first.
 * @example
 * try {
 *   scoreEvaluation({ returnTime: 'hai-long' }, nd118_2025_evaluation); // Art. 33 sets no points
 * } catch (error) {
 *   if (!(error instanceof MotcuaError && error.code === 'UNSCORED_SCHEME')) throw error;
 *   (error as UnscoredSchemeError).scheme; // 'nd118-2025'
 * }
 */
export class UnscoredSchemeError extends MotcuaError {
  readonly code = 'UNSCORED_SCHEME';
  /** @param scheme The id of the scheme without points, e.g. `nd118-2025`. */
  constructor(readonly scheme: string, path: readonly (string | number)[] = []) {
    super(
      `Scheme ${scheme} defines no points; give it a scoring with withScoring(scheme, { points, bands }) before scoring`,
      path,
    );
  }
}
