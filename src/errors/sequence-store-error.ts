import { MotcuaError } from './motcua-error.js';

/**
 * A `SequenceStore` answered with something that is not a sequence number (a whole number ≥ 1):
 * the store is broken, and no dossier code is issued from its answer.
 */
export class SequenceStoreError extends MotcuaError {
  readonly code = 'SEQUENCE_STORE';
  constructor(message: string, path: readonly (string | number)[] = []) {
    super(message, path);
  }
}
