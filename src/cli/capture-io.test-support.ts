// Test support: a CliIo that records what a command writes (not shipped).
import type { CliIo } from './command.js';

/** What a command wrote, and the io to give it. */
export interface CapturedIo {
  readonly io: CliIo;
  readonly out: string;
  readonly err: string;
}

/** A fake terminal that records stdout and stderr. */
export function captureIo(isTTY = false): CapturedIo {
  const captured = { out: '', err: '' };
  const io: CliIo = { out: (t) => void (captured.out += t), err: (t) => void (captured.err += t), isTTY };
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
