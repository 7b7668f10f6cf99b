import { InvalidInputError } from '../errors/invalid-input-error.js';
import { getNormalized, setNormalized } from '../internal/nfc-key.js';

/** What a report can be grouped by: unit (đơn vị), field (lĩnh vực), procedure (thủ tục). */
export type ReportDimension = 'unit' | 'field' | 'procedure';
/**
 * The dimensions in canonical order: what `ReportOptions.groupBy` and `HandlingTimeOptions.groupBy` accept.
 * @example
 * REPORT_DIMENSIONS // ['unit', 'field', 'procedure']
 * buildPeriodReport([], { from: '2025-09-01', to: '2025-09-30', groupBy: ['officer'] }) // throws InvalidInputError — not a report dimension
 */
export const REPORT_DIMENSIONS: readonly ReportDimension[] = Object.freeze(['unit', 'field', 'procedure']);
/**
 * The group value of a record without the field / procedure it is grouped by.
 * @example
 * const r = dossierRecordFromRow({ unit: 'UBND xã A', channel: 'online', received: '2025-09-01T08:00', appointment: '2025-09-05T17:00' });
 * buildPeriodReport([r], { from: '2025-09-01', to: '2025-09-30', groupBy: ['field'] }).groups[0].key // { field: '(none)' }
 * NO_VALUE // '(none)'
 */
export const NO_VALUE = '(none)';

/** Checks a `groupBy` option (known dimensions, none twice) and returns a frozen copy; `fallback` when absent. */
export function resolveGroupBy(groupBy: readonly ReportDimension[] | undefined, fallback: readonly ReportDimension[], what: string): readonly ReportDimension[] {
  const dims = groupBy ?? fallback;
  dims.forEach((d, i) => {
    if (!REPORT_DIMENSIONS.includes(d)) throw new InvalidInputError(what, [{ path: ['groupBy', i], message: `must be one of ${REPORT_DIMENSIONS.join(', ')}` }]);
  });
  if (new Set(dims).size !== dims.length) throw new InvalidInputError(what, [{ path: ['groupBy'], message: 'a dimension is listed twice' }]);
  return Object.freeze([...dims]);
}

/** A group: its key values (one per dimension, in `groupBy` order) and its mutable totals. */
export interface Keyed<V> {
  /** The key values, frozen. */
  readonly key: readonly string[];
  /** The group's totals (mutated in place by the accumulator that owns them). */
  readonly value: V;
}

/**
 * The groups of an accumulator, by id (`JSON.stringify` of the key values) and in nested maps,
 * one level per dimension, so that adding a record builds no id string.
 */
export class GroupIndex<V> {
  readonly #depth: number;
  readonly #create: () => V;
  readonly #byId = new Map<string, Keyed<V>>();
  readonly #tree = new Map<string, unknown>();

  constructor(depth: number, create: () => V) {
    this.#depth = depth;
    this.#create = create;
  }

  /**
   * The totals of the group with these key values, created at zero if new (`id` when the caller
   * has it). Key values are compared in Unicode NFC and reported in it: "xã" precomposed and
   * decomposed are one unit.
   */
  get(key: readonly string[], id?: string): V {
    const depth = this.#depth;
    if (depth === 0) {
      let g = this.#byId.get('[]');
      if (!g) this.#byId.set('[]', (g = { key: [], value: this.#create() }));
      return g.value;
    }
    let node = this.#tree;
    for (let i = 0; i < depth - 1; i++) {
      let next = getNormalized(node, key[i]!) as Map<string, unknown> | undefined;
      if (!next) setNormalized(node, key[i]!, (next = new Map()));
      node = next;
    }
    let g = getNormalized(node, key[depth - 1]!) as Keyed<V> | undefined;
    if (!g) {
      const nfc = key.map((k) => k.normalize('NFC'));
      g = { key: Object.freeze(nfc), value: this.#create() };
      this.#byId.set(id ?? JSON.stringify(nfc), g);
      setNormalized(node, key[depth - 1]!, g);
    }
    return g.value;
  }

  /** The groups by id, in creation order. */
  entries(): IterableIterator<[string, Keyed<V>]> {
    return this.#byId.entries();
  }

  /** The groups sorted by their key values. */
  sorted(): Keyed<V>[] {
    return [...this.#byId.values()].sort((a, b) => compareKeys(a.key, b.key));
  }
}

function compareKeys(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Checks every group of an incoming state before anything is merged: the key has `depth` strings
 * and matches the group id, and `group[field][k]` is a non-negative safe integer for every `k` of
 * `keys`. Returns `[id, key, totals]` per group; throws `InvalidInputError` (`what`) naming the path
 * of the first problem.
 */
export function checkStateGroups<K extends string>(
  groups: unknown, depth: number, field: string, keys: readonly K[], what: string,
): [string, readonly string[], Readonly<Record<K, number>>][] {
  const fail = (path: (string | number)[], message: string): never => {
    throw new InvalidInputError(what, [{ path, message }]);
  };
  if (!isRecord(groups)) fail(['groups'], 'must be an object of groups by id');
  const out: [string, readonly string[], Readonly<Record<K, number>>][] = [];
  for (const id of Object.keys(groups as Record<string, unknown>)) {
    const g: unknown = (groups as Record<string, unknown>)[id];
    if (!isRecord(g)) fail(['groups', id], `must be an object with key and ${field}`);
    const { key, [field]: totals } = g as Record<string, unknown>;
    if (!Array.isArray(key) || key.length !== depth || !key.every((k) => typeof k === 'string')) fail(['groups', id, 'key'], `expected ${depth} string value(s)`);
    if (JSON.stringify(key) !== id) fail(['groups', id, 'key'], 'does not match the group id');
    if (!isRecord(totals)) fail(['groups', id, field], `must be an object of ${field}`);
    for (const k of keys) {
      const v = (totals as Record<string, unknown>)[k];
      if (!Number.isSafeInteger(v) || (v as number) < 0) fail(['groups', id, field, k], 'must be a non-negative integer');
    }
    out.push([id, key as string[], totals as Record<K, number>]);
  }
  return out;
}
