import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './command.js';

/** Parsed option values: strings for string options, booleans for flags. */
export type ArgValues<O extends NonNullable<ParseArgsConfig['options']>> = {
  [K in keyof O]?: O[K]['type'] extends 'string' ? string : boolean;
};

/** `node:util` parseArgs in strict mode, turning its errors into usage errors (exit 2). */
export function readArgs<O extends NonNullable<ParseArgsConfig['options']>>(
  argv: readonly string[],
  options: O,
): { values: ArgValues<O>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
    return { values: values as ArgValues<O>, positionals };
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** Rows of `label  value`, aligned. */
export function table(rows: readonly (readonly [string, string])[]): string {
  const width = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `${k.padEnd(width)}  ${v}\n`).join('');
}
