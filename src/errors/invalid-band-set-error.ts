import { MotcuaError } from './motcua-error.js';

/**
 * A band set that does not partition its range `[0, max]`: a gap (a total that falls in no band,
 * like the provincial `> 15` top band that leaves exactly 15 unclassified), an overlap, an empty
 * band, or ends that miss 0 or the maximum.
 */
export class InvalidBandSetError extends MotcuaError {
  readonly code = 'INVALID_BAND_SET';
  constructor(
    readonly bandSet: string,
    readonly reason: string,
    path: readonly (string | number)[] = [],
  ) {
    super(`Band set ${bandSet} does not partition its range: ${reason}`, path);
  }
}
