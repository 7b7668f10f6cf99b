import { describeValue } from './describe-value.js';
import { MotcuaError } from './motcua-error.js';

/**
 * A value that is not one of the canonical dossier states (`spec/lifecycle.md`), e.g. a vendor's
 * own status passed where a canonical state is expected, or an inherited property name such as
 * `toString`. Names the value and the known states.
 * @example
 * try {
 *   toPortalStatus('DANG_XL' as DossierState); // a vendor's status: map it with mapVendorState first
 * } catch (error) {
 *   if (!(error instanceof MotcuaError && error.code === 'UNKNOWN_STATE')) throw error;
 *   error.path; // ['state']
 * }
 */
export class UnknownStateError extends MotcuaError {
  readonly code = 'UNKNOWN_STATE';
  constructor(
    /** The value received, as given. */
    readonly state: unknown,
    /** The canonical dossier states. */
    readonly known: readonly string[],
    path: readonly (string | number)[] = ['state'],
  ) {
    super(`not a canonical dossier state: ${describeValue(state)}; known: ${known.join(', ')}`, path);
  }
}
