// The API reference's examples cannot rot: every `@example` in the JSDoc of src/ (not tests, test
// support, the CLI or the adapters) is run against the BUILT package (`npm test` builds first), with
// every export of `motcua` and of its subpaths in scope, under a host time zone far from Vietnam's.
// A statement followed by `// <literal>` (string, number, boolean, null, array or object of
// literals; commentary may follow after ` — `, a second `//` or a parenthesis) asserts that its
// value deep-equals the literal; `// throws SomeError` (or `// throws SOME_CODE`) asserts a throw;
// other comments are prose. The comment may also stand alone on the line after a long expression.
// An example that throws otherwise fails with its file, line, symbol and text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { transform } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { examplesOf, librarySources, type JsdocExample } from './support/jsdoc-examples.js';
import { instrument } from './support/snippets.js';

const root = fileURLToPath(new URL('..', import.meta.url));
/** The entry points whose exports are in scope: the root first, then the subpaths (not `motcua/postgres`). */
const ENTRIES = ['.', './calendar', './calendar/sources', './code', './deadline', './lifecycle', './metrics', './satisfaction', './time'];
/** Far from UTC+7 (UTC−8/−7): a result that reads the host zone differs here for most moments. */
const HOST_ZONE = 'America/Los_Angeles';

const examples = librarySources(root).flatMap((file) => examplesOf(root, file));

const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => (...values: unknown[]) => Promise<void>;

/** Every export of the built package, by name; the first entry point that exports a name wins. */
const scope = new Map<string, unknown>();
/** Names exported by two entry points as different values (a duplicated class or constant in the build). */
const conflicts: string[] = [];
const summary = { found: examples.length, executed: 0, withAssertions: 0, assertions: 0, throws: 0, unasserted: [] as string[] };
const originalZone = process.env.TZ;

beforeAll(async () => {
  process.env.TZ = HOST_ZONE;
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: Record<string, { import: { default: string } }> };
  for (const entry of ENTRIES) {
    const module = (await import(pathToFileURL(join(root, pkg.exports[entry]!.import.default)).href)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) {
      if (!scope.has(name)) scope.set(name, value);
      else if (scope.get(name) !== value) conflicts.push(`${entry}: ${name}`);
    }
  }
});

afterAll(() => {
  if (originalZone === undefined) delete process.env.TZ;
  else process.env.TZ = originalZone;
  const unasserted = summary.unasserted.length ? `; run without assertions: ${summary.unasserted.join(', ')}` : '';
  console.log(
    `JSDoc examples: ${summary.found} found, ${summary.executed} executed, ${summary.withAssertions} with assertions ` +
      `(${summary.assertions} values, ${summary.throws} throws)${unasserted}`,
  );
});

/** Runs one example; rejects with an error naming the file, line and symbol, followed by the example. */
async function run(example: JsdocExample): Promise<void> {
  const where = (line: number) => `${example.file}:${example.line + line - 1} (${example.symbol})`;
  const fail = (error: unknown, line?: number): never => {
    const header = `${line === undefined ? `${example.file}:${example.line} (${example.symbol})` : where(line)}`;
    const text = `\n--- example ---\n${example.code}\n---`;
    if (error instanceof Error) {
      error.message = `${header}: ${error.message}${text}`;
      throw error;
    }
    throw new Error(`${header}: threw ${String(error)}${text}`);
  };

  const { code, asserts, throws } = instrument(example.code);
  let js: string;
  try {
    js = (await transform(code, { loader: 'ts', format: 'esm', target: 'es2022' })).code;
  } catch (error) {
    return fail(error);
  }

  let checked = 0;
  // The first failed assertion, kept in case the example's own try/catch swallows it.
  let failure: unknown;
  const expectValue = (actual: unknown, expected: unknown, line: number) => {
    checked++;
    try {
      expect(actual).toEqual(expected);
    } catch (error) {
      failure ??= error;
      fail(error, line);
    }
  };
  const expectThrow = async (body: () => Promise<void>, name: string | null, line: number) => {
    checked++;
    let thrown: unknown;
    try {
      await body();
    } catch (error) {
      thrown = error ?? new Error('(threw undefined)');
    }
    const check = (ok: boolean, message: () => string) => {
      if (ok) return;
      const error = new Error(message());
      failure ??= error;
      fail(error, line);
    };
    check(thrown !== undefined, () => `expected a throw${name ? ` of ${name}` : ''}, but nothing was thrown`);
    const error = thrown as { name?: unknown; code?: unknown };
    const MotcuaError = scope.get('MotcuaError') as new () => unknown;
    const got = () => `got ${String(error.name)} (${String(error.code)}): ${String((thrown as Error).message)}`;
    if (name === null) {
      // An unnamed throw must still be one of the library's errors, not a slip of the example (ReferenceError, …).
      check(thrown instanceof MotcuaError, () => `expected a throw of a MotcuaError, ${got()}`);
      return;
    }
    const ok = /Error$/.test(name)
      ? error.name === name || (typeof scope.get(name) === 'function' && thrown instanceof (scope.get(name) as new () => unknown))
      : error.code === name;
    check(ok, () => `expected a throw of ${name}, ${got()}`);
  };

  const parameters = [...scope.keys()].filter((n) => /^[A-Za-z_$][\w$]*$/.test(n));
  let fn: (...values: unknown[]) => Promise<void>;
  try {
    fn = new AsyncFunction(...parameters, '__expect', '__expectThrow', `{\n${js}\n}`);
  } catch (error) {
    return fail(error);
  }
  try {
    await fn(...parameters.map((n) => scope.get(n)), expectValue, expectThrow);
  } catch (error) {
    if (error instanceof Error && error.message.startsWith(example.file)) throw error; // already located
    fail(error);
  }
  if (failure !== undefined) throw failure; // swallowed by the example's own try/catch
  if (checked !== asserts + throws) {
    fail(new Error(`${asserts + throws - checked} of ${asserts + throws} assertions did not run (a block was skipped: did the expected throw not happen?)`));
  }
  summary.executed++;
  summary.assertions += asserts;
  summary.throws += throws;
  if (asserts + throws > 0) summary.withAssertions++;
  else summary.unasserted.push(`${example.file}:${example.line} ${example.symbol}`);
}

describe('JSDoc @example blocks run against dist', () => {
  it('finds examples, each attached to a named symbol', () => {
    expect(examples.length).toBeGreaterThan(50);
    expect(examples.filter((e) => e.symbol === '?').map((e) => `${e.file}:${e.line}`)).toEqual([]);
  });

  it('has one value per exported name across the entry points', () => {
    expect(scope.size).toBeGreaterThan(100);
    expect(conflicts).toEqual([]);
  });

  for (const example of examples) {
    it(`${example.file}:${example.line} ${example.symbol}`, () => run(example));
  }
});
