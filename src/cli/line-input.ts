import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { MotcuaError } from '../errors/motcua-error.js';
import { parseCsvLine } from '../internal/csv.js';
import { oneOf } from './args.js';
import { badInput, type CliIo } from './command.js';

/**
 * The streaming line input shared by `motcua report` and `motcua evaluate`: one record per line,
 * NDJSON or CSV (a header row, then RFC 4180 records of one line each), a UTF-8 BOM accepted,
 * blank lines skipped, bad lines collected with their numbers (the first `maxReported`, then a
 * count), a bad CSV header stopping the run at line 1, and an empty input (no line but blank
 * ones: no CSV header, no NDJSON record) a bad line 1 in both formats.
 */

/** The input formats. */
export type LineFormat = 'ndjson' | 'csv';

/** The input formats, as `--format` lists them. */
const LINE_FORMATS: readonly LineFormat[] = ['ndjson', 'csv'];

/** Why an empty input is bad, per format. */
const EMPTY_INPUT: Readonly<Record<LineFormat, string>> = {
  csv: 'missing CSV header: the input is empty (expected a header row, then one record per line)',
  ndjson: 'no records: the input is empty (expected one JSON record per line)',
};

/**
 * The format of `file`: the `--format` option when given (ndjson or csv, else a usage error listing
 * them), else csv for a `.csv` file and ndjson otherwise.
 */
export function inputFormat(file: string, option: string | undefined): LineFormat {
  if (option !== undefined) return oneOf('--format', 'format', option, LINE_FORMATS);
  return /\.csv$/i.test(file) ? 'csv' : 'ndjson';
}

/** What a command does with each line; a `MotcuaError` thrown here marks the line bad. */
export interface LineHandlers {
  /** NDJSON: one parsed JSON value. */
  json(value: unknown, line: number): void;
  /**
   * CSV: the header row's cells; returns the handler of each following record's cells. Throws a
   * `MotcuaError` for a bad header, which stops the run.
   */
  csvHeader(cells: string[]): (cells: string[], line: number) => void;
}

/** Options of `readLines`. */
export interface LineInputOptions {
  readonly format: LineFormat;
  /** How many bad lines are kept for display (default 20); the rest are only counted. */
  readonly maxReported?: number;
  /** Called every `progressEvery` lines with the line number and the bytes read so far. */
  readonly onProgress?: (line: number, bytes: number) => void;
  readonly progressEvery?: number;
}

/** What `readLines` found: bad lines (as `line N: message`, capped) and how many in all. */
export interface LineInputOutcome {
  readonly bad: readonly string[];
  readonly badCount: number;
  /** Lines read (blank ones included). */
  readonly lines: number;
}

/** A line that is not JSON. */
class NotJsonError extends Error {}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** `line N: message`, or `line N.path: message` when the error's path already starts with the line number. */
function badLine(error: Error, line: number): string {
  const message = error.message;
  const prefixed = error instanceof MotcuaError && error.path[0] === line && (message.startsWith(`${line}.`) || message.startsWith(`${line}:`));
  return prefixed ? `line ${message}` : `line ${line}: ${message}`;
}

/**
 * Reads `input` line by line, handing each record to `handlers`. Only `MotcuaError`s (and lines
 * that are not JSON) mark a line bad; anything else propagates, as do read errors (`isReadError`).
 */
export async function readLines(input: Readable, handlers: LineHandlers, options: LineInputOptions): Promise<LineInputOutcome> {
  const { format, onProgress } = options;
  const maxReported = options.maxReported ?? 20;
  const every = options.progressEvery ?? 50_000;
  const lines = createInterface({ input, crlfDelay: Infinity });
  let bytes = 0;
  if (onProgress) input.on('data', (chunk: Buffer | string) => void (bytes += chunk.length));
  let record: ((cells: string[], line: number) => void) | undefined;
  let lineNo = 0;
  let nonBlank = 0;
  const bad: string[] = [];
  let badCount = 0;
  for await (const raw of lines) {
    lineNo++;
    if (onProgress && lineNo % every === 0) onProgress(lineNo, bytes);
    const line = lineNo === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    if (line.trim() === '') continue;
    nonBlank++;
    try {
      if (format === 'csv') {
        if (record === undefined) record = handlers.csvHeader(parseCsvLine(line));
        else record(parseCsvLine(line), lineNo);
      } else {
        let value: unknown;
        try {
          value = JSON.parse(line);
        } catch (error) {
          throw new NotJsonError(`not JSON (${messageOf(error)})`);
        }
        handlers.json(value, lineNo);
      }
    } catch (error) {
      if (!(error instanceof MotcuaError) && !(error instanceof NotJsonError)) throw error;
      badCount++;
      if (format === 'csv' && record === undefined) {
        // A bad header makes every line unreadable: stop here.
        bad.push(badLine(error, lineNo));
        lines.close();
        input.destroy();
        break;
      }
      if (bad.length < maxReported) bad.push(badLine(error, lineNo));
    }
  }
  if (nonBlank === 0) {
    bad.push(`line 1: ${EMPTY_INPUT[format]}`);
    badCount++;
  }
  return { bad, badCount, lines: lineNo };
}

/** The stream of `file` (`-`: `stdin()`) and its size in bytes (0 when unknown: standard input, a pipe). */
async function openInput(file: string, stdin: () => Readable): Promise<{ input: Readable; size: number }> {
  if (file === '-') return { input: stdin(), size: 0 };
  const size = (await stat(file)).size;
  return { input: createReadStream(file), size };
}

/** The progress of a long input: what `readLines` calls, and what ends the display. */
interface Progress {
  /** For `readLines`' `onProgress`; absent when nothing is shown. */
  readonly onProgress?: (line: number, bytes: number) => void;
  /** Ends the display (the final state and a newline) if any progress was shown. */
  finish(lines: number): void;
}

/**
 * Progress on stderr, shown only when stderr is a terminal (so `> out.csv` still shows it and
 * `2> err.log` keeps it out of the log): a bar of the bytes read when the input's `size` is known,
 * a line count when it is not (standard input). A short input (fewer lines than `readLines`'
 * `progressEvery`) shows nothing.
 */
function progressOn(io: CliIo, size: number): Progress {
  if (!io.stderrIsTTY) return { finish: () => undefined };
  let shown = false;
  return {
    onProgress(line, bytes) {
      shown = true;
      io.err(progressText(line, bytes, size));
    },
    finish(lines) {
      if (shown) io.err(`${progressText(lines, size, size)}\n`);
    },
  };
}

/** `\r[####------]  40% 120,000 lines` for a known size, `\rread 120,000 lines` otherwise. */
function progressText(lines: number, bytes: number, size: number): string {
  const count = `${lines.toLocaleString('en')} lines`;
  if (size <= 0) return `\rread ${count}`;
  const width = 30;
  const share = Math.min(1, bytes / size);
  const filled = Math.round(share * width);
  return `\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${(share * 100).toFixed(0).padStart(3)}% ${count}`;
}

/** Whether `error` is a file-system error (`ENOENT`, `EISDIR`, …): the input cannot be read. */
function isReadError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code);
}

/** What `readInput` reads and how: the command (for messages), the file (`-`: `stdin()`), the format. */
export interface InputSource {
  readonly command: string;
  readonly file: string;
  readonly stdin: () => Readable;
  readonly format: LineFormat;
  /** How many bad lines are kept for display. */
  readonly maxReported: number;
  /** Lines between progress updates on a terminal. */
  readonly progressEvery: number;
}

/**
 * Reads a command's input file with `readLines`, with progress on stderr when it is a terminal
 * (`progressOn`). A file that cannot be read is bad input: `motcua <command>: cannot read <file>: …`
 * on stderr and exit code 1 returned instead of the outcome.
 */
export async function readInput(source: InputSource, handlers: LineHandlers, io: CliIo): Promise<LineInputOutcome | 1> {
  const { command, file, stdin, format, maxReported, progressEvery } = source;
  try {
    const { input, size } = await openInput(file, stdin);
    const progress = progressOn(io, size);
    const outcome = await readLines(input, handlers, { format, maxReported, progressEvery, ...(progress.onProgress ? { onProgress: progress.onProgress } : {}) });
    progress.finish(outcome.lines);
    return outcome;
  } catch (error) {
    if (!isReadError(error)) throw error;
    return badInput(io, command, `cannot read ${file}: ${messageOf(error)}`);
  }
}

/**
 * Prints the bad lines on stderr (the kept ones, `… and N more`, the count); returns whether the
 * command must stop (bad lines and no `--skip-invalid`).
 */
export function printBadLines(io: CliIo, file: string, outcome: LineInputOutcome, skipInvalid: boolean): boolean {
  const { bad, badCount } = outcome;
  if (badCount === 0) return false;
  io.err(bad.map((b) => `${b}\n`).join(''));
  if (badCount > bad.length) io.err(`… and ${badCount - bad.length} more\n`);
  io.err(`${badCount} invalid line(s) in ${file}${skipInvalid ? ' (skipped)' : ''}\n`);
  return !skipInvalid;
}
