import type { Citation } from '../citation/citation.js';
import { MotcuaError } from './motcua-error.js';

/**
 * An event that is a legal transition but breaks a rule of the dossier's rule set (the single
 * extension, the supplementation window, …). Names the rule and its citation.
 */
export class RuleViolationError extends MotcuaError {
  readonly code = 'RULE_VIOLATION';
  constructor(
    /** A stable rule id, e.g. `extension.maxCount`. */
    readonly rule: string,
    readonly basis: Citation,
    message: string,
    path: readonly (string | number)[] = [],
  ) {
    super(
      `${message} (rule ${rule}: ${basis.source}${basis.article ? ` ${basis.article}` : ''} [${basis.mark}])`,
      path,
    );
  }
}
