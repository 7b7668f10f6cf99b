// Test support for the CLI (not shipped): captured output, streaming commands, temporary input files.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll } from 'vitest';
import type { CliIo, Command } from './command.js';

/** What a command wrote, and the io to give it. */
export interface CapturedIo {
  readonly io: CliIo;
  readonly out: string;
  readonly err: string;
}

/**
 * "Now" of the fake terminal unless a test gives one: a moment after every period the tests report
 * on, so none of them is the current period.
 */
export const TEST_NOW = Date.UTC(2030, 0, 1);

/** A fake terminal that records stdout and stderr; `stderrIsTTY`: whether stderr is a terminal; `now`: its clock. */
export function captureIo(stderrIsTTY = false, now = TEST_NOW): CapturedIo {
  const captured = { out: '', err: '' };
  const io: CliIo = { out: (t) => void (captured.out += t), err: (t) => void (captured.err += t), stderrIsTTY, now: () => now };
  return {
    io,
    get out() {
      return captured.out;
    },
    get err() {
      return captured.err;
    },
  };
}

/**
 * Runs a streaming command (reading a file, or standard input when `stdin` is given) and captures
 * its output; `stderrIsTTY`: whether stderr is a terminal.
 */
export async function runStreaming(
  command: Command,
  withStdin: (stdin: () => Readable) => Command,
  argv: string[],
  stdin?: string,
  stderrIsTTY = false,
): Promise<{ code: number; out: string; err: string }> {
  const captured = captureIo(stderrIsTTY);
  const chosen = stdin === undefined ? command : withStdin(() => Readable.from([stdin]));
  const code = await chosen.run(argv, captured.io);
  return { code, out: captured.out, err: captured.err };
}

/** A temporary folder for the test file's input files, removed after the file's tests; returns a writer. */
export function tempFiles(prefix: string): (name: string, text: string) => Promise<string> {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), prefix));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  return async (name, text) => {
    const path = join(dir, name);
    await writeFile(path, text);
    return path;
  };
}
