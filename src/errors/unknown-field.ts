import { InvalidInputError, type InputIssue } from './invalid-input-error.js';

/** Edit distance, for "did you mean" (short strings only). */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] as number;
      row[j] = Math.min(above + 1, (row[j - 1] as number) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length] as number;
}

/** The allowed field `key` is most likely a misspelling of (case aside, one or two edits), if any. */
export function nearestField(key: string, allowed: readonly string[]): string | undefined {
  const lower = key.toLowerCase();
  return allowed.find((k) => distance(lower, k.toLowerCase()) <= (k.length < 5 ? 1 : 2));
}

/**
 * The message for an unknown field of a strict input: `unknown field "asof" (did you mean asOf?);
 * allowed: from, to, asOf`. Internal: shared by `validate` and the hand-rolled checks of hot paths.
 */
export function unknownFieldMessage(key: string, allowed: readonly string[]): string {
  const near = nearestField(key, allowed);
  return `unknown field ${JSON.stringify(key)}${near === undefined ? '' : ` (did you mean ${near}?)`}; allowed: ${allowed.join(', ')}`;
}

/**
 * Throws `InvalidInputError` (`what`) unless `options` is `undefined`, `null` or an object with only
 * `allowed` own fields — each unknown field its own issue at its own path, naming the allowed ones.
 * Allocation-free when the options are good, for hot paths that cannot afford a zod parse per
 * call; the values are checked by the caller.
 */
export function checkOptionFields(options: unknown, allowed: readonly string[], what: string): void {
  if (typeof options !== 'object' && options !== undefined) throw new InvalidInputError(what, [{ path: [], message: 'expected an object of options' }]);
  for (const key in options) {
    if (!allowed.includes(key)) {
      const issues: InputIssue[] = [];
      for (const k in options) if (!allowed.includes(k)) issues.push({ path: [k], message: unknownFieldMessage(k, allowed) });
      throw new InvalidInputError(what, issues);
    }
  }
}
