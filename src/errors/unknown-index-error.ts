import { MotcuaError } from './motcua-error.js';

/**
 * An evaluation answers a question (index, criterion) that its scheme does not have — a typo, or
 * answers meant for another scheme (e.g. Decree 118 criteria scored with the 2018 nine indices).
 */
export class UnknownIndexError extends MotcuaError {
  readonly code = 'UNKNOWN_INDEX';
  constructor(
    readonly key: string,
    readonly scheme: string,
    readonly known: readonly string[],
    path: readonly (string | number)[] = [],
  ) {
    super(
      `Unknown index ${JSON.stringify(key)} for scheme ${scheme} (known: ${known.join(', ')})`,
      path,
    );
  }
}
