/** Where a command writes: injected so commands are testable without spawning a process. */
export interface CliIo {
  /** Writes to standard output (the caller adds no newline). */
  out(text: string): void;
  /** Writes to standard error. */
  err(text: string): void;
  /** Whether standard output is a terminal (progress bars, colours). */
  readonly isTTY: boolean;
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
