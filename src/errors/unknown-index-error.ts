import { MotcuaError } from './motcua-error.js';

/**
 * An evaluation answers a question (index, criterion) that its scheme does not have — a typo, or
 * answers meant for another scheme (e.g. Decree 118 criteria scored with the 2018 nine indices).
 * @example
 * try {
 *   scoreEvaluation({ '1': 2, '10': 2 }); // Circular 01/2018 has indices 1 … 9
 * } catch (error) {
 *   if (!(error instanceof MotcuaError && error.code === 'UNKNOWN_INDEX')) throw error;
 *   error.path; // ['answers', '10']
 * }
 */
export class UnknownIndexError extends MotcuaError {
  readonly code = 'UNKNOWN_INDEX';
  constructor(
    /** The unknown question key, as given, e.g. `'10'`. */
    readonly key: string,
    /** The id of the scheme (or name of the set of indicators) the key was looked up in. */
    readonly scheme: string,
    /** The keys the scheme has. */
    readonly known: readonly string[],
    path: readonly (string | number)[] = [],
  ) {
    super(
      `Unknown index ${JSON.stringify(key)} for scheme ${scheme} (known: ${known.join(', ')})`,
      path,
    );
  }
}
