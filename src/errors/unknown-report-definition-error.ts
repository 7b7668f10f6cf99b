import { MotcuaError } from './motcua-error.js';

/** A report definition id that is not one of the presets (`reportDefinitions`). */
export class UnknownReportDefinitionError extends MotcuaError {
  readonly code = 'UNKNOWN_REPORT_DEFINITION';
  constructor(
    readonly id: unknown,
    readonly known: readonly string[],
  ) {
    super(`Unknown report definition ${JSON.stringify(id)} (known: ${known.join(', ')})`);
  }
}
