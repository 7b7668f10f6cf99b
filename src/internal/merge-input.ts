import { InvalidInputError } from '../errors/invalid-input-error.js';
import { typeName } from '../errors/type-name.js';

/**
 * What an accumulator's `merge` was given, as the state to merge: another accumulator's `state()`,
 * else the value itself when it is an object (a serialized state, whose fields the caller checks).
 * `null`, an array or any other non-object is refused with `InvalidInputError` (`what`, at the
 * empty path) naming what it is — never a raw `TypeError` (design principle 5, "fail loudly on bad
 * input"). Internal.
 */
export function mergeInput(other: unknown, what: string): object {
  if (typeof other !== 'object' || other === null || Array.isArray(other)) {
    throw new InvalidInputError(what, [{ path: [], message: `expected an accumulator or its state(), got ${typeName(other)}` }]);
  }
  const state: unknown = (other as { state?: unknown }).state;
  return typeof state === 'function' ? (state.call(other) as object) : other;
}
