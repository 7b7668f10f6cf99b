import { parseArgs, type ParseArgsConfig } from 'node:util';
import { InvalidMomentError } from '../errors/invalid-moment-error.js';
import { UsageError } from './command.js';

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** Parsed option values: strings for string options (arrays when `multiple`), booleans for flags. */
export type ArgValues<O extends OptionsConfig> = {
  [K in keyof O]?: O[K]['type'] extends 'string' ? (O[K] extends { multiple: true } ? string[] : string) : boolean;
};

/**
 * `node:util` parseArgs in strict mode, turning its errors into usage errors (exit 2). A
 * single-value option (a string option without `multiple`) given more than once is a usage error
 * naming it, rather than silently taking the last value.
 */
export function readArgs<O extends OptionsConfig>(argv: readonly string[], options: O): { values: ArgValues<O>; positionals: string[] } {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  refuseRepeated(parsed.tokens, options);
  return { values: parsed.values as ArgValues<O>, positionals: parsed.positionals };
}

/** Throws a usage error for the first single-value option that occurs twice among `tokens`. */
function refuseRepeated(tokens: readonly { kind: string; name?: string; value?: string | undefined }[], options: OptionsConfig): void {
  const seen = new Map<string, string | undefined>();
  for (const token of tokens) {
    if (token.kind !== 'option' || token.name === undefined) continue;
    const option = options[token.name];
    if (option?.type !== 'string' || option.multiple) continue;
    if (seen.has(token.name)) {
      throw new UsageError(`--${token.name} is given twice (${JSON.stringify(seen.get(token.name))} and ${JSON.stringify(token.value)}); give it once`);
    }
    seen.set(token.name, token.value);
  }
}

/**
 * The value of a choice option when it is one of `choices`, else a usage error naming the option and
 * listing the choices (an unknown value is a usage mistake, exit 2). Looks up `choices` only, so an
 * inherited property name (`constructor`) is unknown too.
 * @example
 * oneOf('--mode', 'mode', 'X', ['A', 'B']) // throws UsageError: --mode: unknown mode "X" (A, B)
 */
export function oneOf<T extends string>(flag: string, noun: string, value: string, choices: readonly T[]): T {
  if (!(choices as readonly string[]).includes(value)) throw new UsageError(`${flag}: unknown ${noun} ${JSON.stringify(value)} (${choices.join(', ')})`);
  return value as T;
}

/** Usage error for the first option given in `values` that is not in `allowed` (`--help` always is): `--x does not apply to <context>`. */
export function onlyOptions(values: Readonly<Record<string, unknown>>, allowed: readonly string[], context: string): void {
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined && key !== 'help' && !allowed.includes(key)) throw new UsageError(`--${key} does not apply to ${context}`);
  }
}

/**
 * The value of an option taking a moment (`--received`, `--as-of`), as a moment input: text as given,
 * except that digits only are epoch milliseconds when they clearly are (12 or 13 digits: 1973-03-03
 * … 2286); other digit strings (`20210531`, epoch seconds) are refused with a hint rather than read
 * as a moment in 1970.
 * @throws {InvalidMomentError} for digits that are not 12–13 long, with the option as its path
 * @example
 * momentOption('--received', '1756372200000') // 1756372200000
 * momentOption('--received', '1756372200') // throws: --received: Not a moment: "1756372200" (that looks like epoch seconds: …)
 */
export function momentOption(flag: string, text: string): string | number {
  if (!/^-?\d+$/.test(text)) return text;
  if (/^\d{12,13}$/.test(text)) return Number(text);
  const hint = /^\d{8}$/.test(text)
    ? `write the date as YYYY-MM-DD: ${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6)}`
    : /^\d{10}$/.test(text)
      ? 'that looks like epoch seconds: give epoch milliseconds (12–13 digits) or YYYY-MM-DD'
      : 'write YYYY-MM-DD, YYYY-MM-DDTHH:mm, ISO with an offset, or epoch milliseconds (12–13 digits)';
  throw new InvalidMomentError(text, hint, [flag]);
}

/** Rows of `label  value`, aligned. */
export function table(rows: readonly (readonly [string, string])[]): string {
  const width = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `${k.padEnd(width)}  ${v}\n`).join('');
}
