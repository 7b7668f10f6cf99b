import { MotcuaError } from './motcua-error.js';

/**
 * A rule set or preset id that motcua does not know.
 * @example
 * try {
 *   computeDeadline({ receivedAt: '2025-08-28T16:10', limit: '3 ngày làm việc', ruleset: 'nd-2030' as RulesetId });
 * } catch (error) {
 *   if (!(error instanceof MotcuaError && error.code === 'UNKNOWN_RULESET')) throw error;
 *   (error as UnknownRulesetError).known; // ['local-pre-2018', 'nd61-2018', 'nd118-2025']
 * }
 */
export class UnknownRulesetError extends MotcuaError {
  readonly code = 'UNKNOWN_RULESET';
  constructor(
    /** The unknown id, as given (as a string). */
    readonly id: string,
    /** The ids motcua knows: the rule set ids, or the preset ids when `path` is `['preset']`. */
    readonly known: readonly string[],
    path: readonly (string | number)[] = ['ruleset'],
  ) {
    super(`Unknown ${path[0] ?? 'ruleset'} "${id}"; known: ${known.join(', ')}`, path);
  }
}
