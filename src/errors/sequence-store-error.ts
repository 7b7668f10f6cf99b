import { MotcuaError } from './motcua-error.js';

/**
 * A `SequenceStore` answered with something that is not a sequence number (a whole number ≥ 1):
 * the store is broken, and no dossier code is issued from its answer.
 * @example
 * const broken = { allocate: async () => 0 }; // a store that answers 0
 * const codes = createDossierCodeGenerator({ agency: '000.17.22.H56', store: broken });
 * try {
 *   await codes.next('2025-08-15T09:30');
 * } catch (error) {
 *   if (!(error instanceof MotcuaError && error.code === 'SEQUENCE_STORE')) throw error;
 *   error.message.startsWith('The sequence store answered 0'); // true — no code is issued
 * }
 */
export class SequenceStoreError extends MotcuaError {
  readonly code = 'SEQUENCE_STORE';
  constructor(message: string, path: readonly (string | number)[] = []) {
    super(message, path);
  }
}
