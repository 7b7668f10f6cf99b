import { MotcuaError } from './motcua-error.js';

/** A rule set or preset id that motcua does not know. */
export class UnknownRulesetError extends MotcuaError {
  readonly code = 'UNKNOWN_RULESET';
  constructor(
    readonly id: string,
    readonly known: readonly string[],
    path: readonly (string | number)[] = ['ruleset'],
  ) {
    super(`Unknown ${path[0] ?? 'ruleset'} "${id}"; known: ${known.join(', ')}`, path);
  }
}
