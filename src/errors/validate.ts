import * as z from 'zod/mini';
import { InvalidInputError, type InputIssue } from './invalid-input-error.js';
import { typeName } from './type-name.js';
import { nearestField, unknownFieldMessage } from './unknown-field.js';

type RawIssue = z.core.$ZodRawIssue;
type Path = readonly (string | number)[];

const UNITS: Readonly<Record<string, string>> = { string: ' characters', array: ' items', set: ' items' };

/** What the options of a failed union expected: `expected string or object, got number`, else the first problem of the first option whose type the input has. */
function unionMessage(errors: readonly (readonly z.core.$ZodIssue[])[], input: unknown): string {
  const typeMatched = errors.filter((e) => e.length !== 1 || e[0]!.path.length > 0 || e[0]!.code !== 'invalid_type');
  if (typeMatched.length === 0) return `expected ${[...new Set(errors.map((e) => (e[0] as z.core.$ZodIssueInvalidType).expected))].join(' or ')}, got ${typeName(input)}`;
  const [first] = typeMatched[0]!;
  return first!.path.length ? `${first!.path.join('.')}: ${first!.message}` : first!.message;
}

/**
 * The message of a zod issue, saying what was expected (zod/mini without a locale says only
 * "Invalid input"): `required` for a missing field, `expected number, got string` (`expected a
 * finite number, got Infinity` for NaN and ±Infinity, which zod refuses as numbers), `expected one
 * of a, b, c`, the bound of a size or range. Used as the parse's error map, so a schema's own
 * message wins. An `unrecognized_keys` issue gets one line per key (`unknown field "x" (did you
 * mean y?); allowed: …`), which `validate` splits into an issue per key. Internal.
 */
export function issueMessage(issue: RawIssue): string | undefined {
  const { code, input } = issue;
  if (input === undefined && issue.path?.length && code !== 'unrecognized_keys') return 'required';
  if (code === 'invalid_type') {
    if (issue.expected === 'number' && typeof input === 'number') return `expected a finite number, got ${String(input)}`;
    return `expected ${issue.expected}, got ${typeName(input)}`;
  }
  if (code === 'invalid_value') return `expected ${issue.values.length > 1 ? 'one of ' : ''}${issue.values.join(', ')}`;
  if (code === 'too_small') return `expected ${issue.inclusive === false ? 'more than' : 'at least'} ${String(issue.minimum)}${UNITS[issue.origin] ?? ''}`;
  if (code === 'too_big') return `expected ${issue.inclusive === false ? 'less than' : 'at most'} ${String(issue.maximum)}${UNITS[issue.origin] ?? ''}`;
  if (code === 'invalid_union') {
    const { options, discriminator } = issue as { options?: readonly string[]; discriminator?: string };
    if (options === undefined) return unionMessage(issue.errors, input);
    const given = discriminator === undefined ? undefined : (input as Record<string, unknown> | undefined)?.[discriminator];
    const near = typeof given === 'string' ? nearestField(given, options) : undefined;
    return `expected one of ${options.join(', ')}${near === undefined ? '' : ` (did you mean ${near}?)`}`;
  }
  if (code === 'unrecognized_keys') {
    const shape = (issue.inst as { _zod?: { def?: { shape?: object } } } | undefined)?._zod?.def?.shape;
    const allowed = shape === undefined ? [] : Object.keys(shape);
    return issue.keys.map((key) => unknownFieldMessage(key, allowed)).join('\n');
  }
  return code === 'invalid_format' ? `expected ${issue.format}` : undefined;
}

const PARSE: z.core.ParseContext<z.core.$ZodIssue> = Object.freeze({ error: issueMessage });


/**
 * Validates `value` against a zod schema at a public boundary and returns the parsed value, or
 * throws `InvalidInputError` listing every issue with its path and a message saying what was
 * expected (`issueMessage`). An unknown field of a strict object is its own issue at its own path
 * naming the allowed fields and the likely one (`stirct: unknown field "stirct" (did you mean
 * strict?); allowed: …`), where zod would name only the parent: a misspelt option must not be
 * silently ignored. `path` prefixes every issue's path (where the value sits in a larger input,
 * e.g. a line number). The core uses `zod/mini` to keep the browser bundle small.
 */
export function validate<T extends z.ZodMiniType>(schema: T, value: unknown, what: string, prefix: Path = []): z.output<T> {
  const result = z.safeParse(schema, value, PARSE);
  if (result.success) return result.data;
  const issues: InputIssue[] = [];
  for (const issue of result.error.issues) {
    const path = [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    if (issue.code !== 'unrecognized_keys') issues.push({ path, message: issue.message });
    else {
      const lines = issue.message.split('\n');
      issue.keys.forEach((key, i) => issues.push({ path: [...path, key], message: lines[i] ?? lines[0]! }));
    }
  }
  throw new InvalidInputError(what, issues);
}
