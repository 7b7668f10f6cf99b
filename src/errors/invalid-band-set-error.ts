import { MotcuaError } from './motcua-error.js';

/**
 * A band set that does not partition its range `[0, max]`: a gap (a total that falls in no band,
 * like the provincial `> 15` top band that leaves exactly 15 unclassified), an overlap, an empty
 * band, or ends that miss 0 or the maximum.
 * @example
 * try {
 *   defineBandSet({
 *     id: 'provincial', title: 'Xếp loại', max: 10, basis: cite('Provincial decision', 'Art. 3', 'P'),
 *     bands: [
 *       { id: 'dat', label: 'Đạt', lower: 0, lowerClosed: true, upper: 5, upperClosed: false },
 *       { id: 'tot', label: 'Tốt', lower: 5, lowerClosed: false, upper: 10, upperClosed: true }, // 5 falls in no band
 *     ],
 *   });
 * } catch (error) {
 *   if (!(error instanceof MotcuaError && error.code === 'INVALID_BAND_SET')) throw error;
 *   error.path; // ['bands', 1]
 * }
 */
export class InvalidBandSetError extends MotcuaError {
  readonly code = 'INVALID_BAND_SET';
  constructor(
    /** The id of the band set being defined. */
    readonly bandSet: string,
    /** What is wrong, in words: the gap, overlap or empty band found. */
    readonly reason: string,
    path: readonly (string | number)[] = [],
  ) {
    super(`Band set ${bandSet} does not partition its range: ${reason}`, path);
  }
}
