/** Where a command writes: injected so commands are testable without spawning a process. */
export interface CliIo {
  /** Writes to standard output (the caller adds no newline). */
  out(text: string): void;
  /** Writes to standard error. */
  err(text: string): void;
  /**
   * Whether standard error is a terminal: progress is shown there, so it depends on stderr only
   * (`report big.ndjson --csv > out.csv` shows it; `2> err.log` keeps it out of the log).
   */
  readonly stderrIsTTY: boolean;
  /** The current moment, epoch ms: the CLI is where the clock is read (design principle 1). */
  now(): number;
}

/** One `motcua <name>` sub-command. Exit codes: 0 ok, 1 bad input (message on stderr), 2 usage. */
export interface Command {
  readonly name: string;
  /** One line for `motcua --help`. */
  readonly summary: string;
  /** Full help text for `motcua <name> --help`. */
  readonly help: string;
  run(argv: readonly string[], io: CliIo): Promise<number>;
}

/** A usage mistake (unknown flag, missing argument): exit code 2 with the command's help hint. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/**
 * Prints a bad-input message as every command does, `motcua <command>: <message>` on stderr, and
 * returns the bad-input exit code, 1.
 */
export function badInput(io: CliIo, command: string, message: string): 1 {
  io.err(`motcua ${command}: ${message}\n`);
  return 1;
}
