import { MotcuaError } from '../errors/motcua-error.js';
import { badInput, UsageError, type CliIo, type Command } from './command.js';
import { calendarCommand } from './commands/calendar.js';
import { codeCommand } from './commands/code.js';
import { deadlineCommand } from './commands/deadline.js';
import { evaluateCommand } from './commands/evaluate.js';
import { reportCommand } from './commands/report.js';

/** The sub-commands, in the order `motcua --help` lists them. */
export const COMMANDS: readonly Command[] = [deadlineCommand, calendarCommand, codeCommand, reportCommand, evaluateCommand];

const VERSION = '0.1.0';

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `motcua ${VERSION} — Vietnam's one-stop-shop rules (một cửa)

Usage: motcua <command> [options]    (motcua <command> --help for details)

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Exit codes: 0 ok, 1 bad input (message on stderr), 2 usage error.
`;
}

/**
 * Runs the CLI on arguments (without `node` and the script): dispatches to a command, prints
 * MotcuaError messages on stderr with exit 1 and usage errors with exit 2.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.out(`${VERSION}\n`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`motcua: unknown command ${JSON.stringify(name)}\n\n${usage()}`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`motcua ${command.name}: ${error.message}\nRun 'motcua ${command.name} --help' for usage.\n`);
      return 2;
    }
    if (error instanceof MotcuaError) return badInput(io, command.name, error.message);
    throw error;
  }
}

/** What `ioFor` needs of a process stream. */
export interface OutputStream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
}

/**
 * The io of a process from its standard output and error: progress goes to stderr, so whether
 * it shows depends on stderr being a terminal, not stdout.
 */
export function ioFor(stdout: OutputStream, stderr: OutputStream): CliIo {
  return {
    out: (text) => void stdout.write(text),
    err: (text) => void stderr.write(text),
    stderrIsTTY: stderr.isTTY === true,
    now: () => Date.now(),
  };
}
