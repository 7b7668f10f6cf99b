/**
 * Base class of every error motcua throws. Catch this to catch them all; switch on `code`
 * (stable across releases) rather than on the message (which may be reworded).
 * @example
 * try {
 *   computeDeadline({ receivedAt: '2025-08-28T16:10', limit: 'ba ngày' });
 * } catch (error) {
 *   if (!(error instanceof MotcuaError)) throw error; // a bug, not bad input
 *   error.code; // 'INVALID_INPUT' — switch on the code: stable across releases, unlike the message
 *   error.path; // ['limit']
 * }
 */
export abstract class MotcuaError extends Error {
  /** Stable, machine-readable error code, e.g. `INVALID_DAY`. */
  abstract readonly code: string;
  /** Where in the input the problem is (e.g. `['limit', 'value']`); empty when it is the whole input. */
  readonly path: readonly (string | number)[];

  /**
   * @param message what is wrong, naming the offending input
   * @param path where in the input; prefixed to the message unless `prefixPath` is false
   */
  constructor(message: string, path: readonly (string | number)[] = [], prefixPath = true) {
    super(prefixPath && path.length > 0 ? `${path.join('.')}: ${message}` : message);
    this.name = new.target.name;
    this.path = path;
  }
}
