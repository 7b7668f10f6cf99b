import { MotcuaError } from './motcua-error.js';

/**
 * A report definition id that is not one of the presets (`reportDefinitions`).
 * @example
 * try {
 *   resolveReportDefinition('on-time');
 * } catch (error) {
 *   if (!(error instanceof MotcuaError && error.code === 'UNKNOWN_REPORT_DEFINITION')) throw error;
 *   (error as UnknownReportDefinitionError).known; // ['solved-based', 'due-based', 'to-handle', 'decision766-progress']
 * }
 */
export class UnknownReportDefinitionError extends MotcuaError {
  readonly code = 'UNKNOWN_REPORT_DEFINITION';
  constructor(
    /** The unknown definition id, as given. */
    readonly id: unknown,
    /** The ids of the preset definitions. */
    readonly known: readonly string[],
  ) {
    super(`Unknown report definition ${JSON.stringify(id)} (known: ${known.join(', ')})`);
  }
}
