import * as z from 'zod/mini';
import { cite, type Citation } from '../citation/citation.js';
import { InvalidInputError, type InputIssue } from '../errors/invalid-input-error.js';
import { validate } from '../errors/validate.js';
import { evaluateIdentity, type Identity, type IdentityOutcome } from './identities.js';
import { formatTerms, sumTerms, type Term } from './counts.js';
import { SPEC_METRICS } from './sources.js';

/** The counts a published table states (any subset). */
export type TableField = 'total' | 'received' | 'carriedOver' | 'finished' | 'inProgress' | 'early' | 'onTime' | 'late' | 'within' | 'overdue' | 'refused';
/**
 * The fields in display order: the counts `checkReportTable` reads.
 * @example
 * TABLE_FIELDS.slice(0, 5) // ['total', 'received', 'carriedOver', 'finished', 'inProgress']
 * checkReportTable({ finished: 10, ontime: 9 }) // throws InvalidInputError — a misspelt field is an error, not ignored
 */
export const TABLE_FIELDS: readonly TableField[] = Object.freeze(['total', 'received', 'carriedOver', 'finished', 'inProgress', 'early', 'onTime', 'late', 'within', 'overdue', 'refused']);

/**
 * A published table: counts and percentages as printed. Percentages are keyed by what they claim
 * to measure (`onTime`, `early`, `late`, `onTimeOrEarly`, `within`, `overdue`, `finished`,
 * `inProgress`), given as numbers (`95`) or strings that keep the printed decimals (`'95.0'`).
 */
export type PublishedTable = Partial<Record<TableField, number>> & {
  /** A label for the table, echoed as `TableFindings.name`. */
  readonly name?: string;
  /** Printed percentages by what they claim to measure: numbers (`95`) or strings that keep the decimals (`'95.0'`, `'95,0'`, `'95.0%'`). */
  readonly percentages?: Readonly<Partial<Record<PercentageKey, number | string>>>;
};

/** One identity of the table: holds, fails (with the gap), or cannot be checked (fields missing). */
export type TableIdentityFinding =
  | (IdentityOutcome & {
      /** Whether the identity holds with the table's counts. */
      readonly status: 'holds' | 'fails'
    })
  | {
      /** The identity's id, e.g. `'finished-split'`. */
      readonly id: string;
      /** The identity as text, e.g. `'early + onTime + late = finished'`. */
      readonly text: string;
      /** Not checked: the table lacks some of its counts. */
      readonly status: 'unchecked';
      /** The counts the table lacks for it. */
      readonly missing: readonly TableField[]
    };

/** A candidate reading of a published percentage. */
export interface PercentageReading {
  /** The numerator's terms, e.g. `'early + onTime'`. */
  readonly numerator: string;
  /** The denominator's terms, e.g. `'finished'`. */
  readonly denominator: string;
  /** The numerator's value in this table. */
  readonly numeratorValue: number;
  /** The denominator's value in this table (> 0). */
  readonly denominatorValue: number;
  /** 100 × numerator ÷ denominator, unrounded. */
  readonly exact: number;
  /** The rounding to the published decimals that gives the printed value (`half-up` for `nearest`). */
  readonly rounding: 'half-up' | 'down' | 'up';
}

/** What the checker found about one published percentage. */
export interface PercentageFinding {
  /** What the percentage claims to measure (its key in `percentages`). */
  readonly key: PercentageKey;
  /**
   * `reproduced`: some reading gives the printed value; `not-reproduced`: readings could be
   * computed and none gives it; `unchecked`: the table lacks the counts to compute any reading.
   */
  readonly status: 'reproduced' | 'not-reproduced' | 'unchecked';
  /** The printed value, as a number of percent (`'95.0'` → 95). */
  readonly published: number;
  /** Decimals printed (`'95.0'` → 1, `95` → 0): the rounding the readings must reproduce. */
  readonly decimals: number;
  /** The readings that reproduce it at the published rounding (empty: none does). */
  readonly reproducedBy: readonly PercentageReading[];
  /** When none reproduces it: the closest reading (half-up). */
  readonly nearest?: PercentageReading;
}

/**
 * The checker's overall verdict: `consistent` — at least one identity or percentage could be
 * checked and every checked one holds; `inconsistent` — some checked identity fails or some
 * percentage is reproduced by no reading; `nothing-checked` — the table gives too few counts to
 * check anything (never reported as consistent).
 */
export type TableVerdict = 'consistent' | 'inconsistent' | 'nothing-checked';

/** The checker's report on a published table. */
export interface TableFindings {
  /** The table's `name`, when it had one. */
  readonly name?: string;
  /** Each identity of the table: holds, fails or unchecked. */
  readonly identities: readonly TableIdentityFinding[];
  /** Each published percentage, in the table's order. */
  readonly percentages: readonly PercentageFinding[];
  /** The overall verdict (see `TableVerdict`). */
  readonly verdict: TableVerdict;
  /** `verdict === 'consistent'`: something was checked, and every checked identity and percentage holds. */
  readonly consistent: boolean;
  /** How many identities and percentages could be checked (0 → `nothing-checked`). */
  readonly checked: number;
  /** The checker's citations. */
  readonly basis: readonly Citation[];
}

const count = () => z.optional(z.int().check(z.nonnegative()));
/**
 * A printed percentage as text: digits, then a decimal point — or the decimal comma Vietnamese
 * tables print (`'95,0'`) — and digits, then `%`, the last two optional.
 */
const PERCENT_TEXT = /^\d+(?:[.,]\d+)?%?$/;
const tableSchema = z.strictObject({
  name: z.optional(z.string()),
  total: count(), received: count(), carriedOver: count(), finished: count(), inProgress: count(),
  early: count(), onTime: count(), late: count(), within: count(), overdue: count(), refused: count(),
  percentages: z.optional(z.record(z.string(), z.union([
    z.number().check(z.nonnegative()),
    z.string().check(z.refine((v) => PERCENT_TEXT.test(v), {
      error: (issue) => `expected a number or a percentage text like "95.0", "95,0" or "95.0%", got ${JSON.stringify(issue.input)}`,
    })),
  ]))),
});

const basis = cite(SPEC_METRICS, 'Definitions differ between publishers', 'X', 'several published tables do not add up (off by 2, 4, or thousands)');

function tableIdentities(t: PublishedTable): Identity<TableField>[] {
  const outcome: Term<TableField>[] = t.refused === undefined ? ['finished', 'inProgress'] : ['finished', 'inProgress', 'refused'];
  return [
    { id: 'intake', left: ['carriedOver', 'received'], right: ['total'], basis },
    { id: 'outcome', left: outcome, right: ['total'], basis },
    { id: 'finished-split', left: ['early', 'onTime', 'late'], right: ['finished'], basis },
    { id: 'in-progress-split', left: ['within', 'overdue'], right: ['inProgress'], basis },
  ];
}

/** What a published percentage can claim to measure (the keys of `percentages`). */
export type PercentageKey = 'onTime' | 'onTimeOrEarly' | 'early' | 'late' | 'within' | 'overdue' | 'finished' | 'inProgress';

/** Numerator readings per percentage key (looked up as own properties only). */
const NUMERATORS: Readonly<Record<PercentageKey, readonly (readonly Term<Derived>[])[]>> = Object.freeze({
  onTime: [['onTime'], ['early', 'onTime'], ['early', 'onTime', 'within'], ['$den', '-late'], ['$den', '-late', '-overdue']],
  onTimeOrEarly: [['early', 'onTime'], ['early', 'onTime', 'within']],
  early: [['early']],
  late: [['late'], ['late', 'overdue']],
  within: [['within']],
  overdue: [['overdue'], ['late', 'overdue']],
  finished: [['finished']],
  inProgress: [['inProgress']],
});

/**
 * The keys `percentages` accepts, in display order.
 * @example
 * PERCENTAGE_KEYS // ['onTime', 'onTimeOrEarly', 'early', 'late', 'within', 'overdue', 'finished', 'inProgress']
 * checkReportTable({ finished: 10, percentages: { punctual: 90 } }) // throws InvalidInputError — not a percentage key
 */
export const PERCENTAGE_KEYS: readonly PercentageKey[] = Object.freeze(Object.keys(NUMERATORS) as PercentageKey[]);

const hasOwn = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);
const TABLE_KEYS: readonly string[] = Object.freeze(['name', ...TABLE_FIELDS, 'percentages']);

/**
 * Unknown keys of the table and of its `percentages`, as issues naming the path: a misspelt count
 * (`ontime`) must not vanish and leave every identity "unchecked".
 */
function unknownKeys(table: unknown): InputIssue[] {
  const issues: InputIssue[] = [];
  if (table === null || typeof table !== 'object' || Array.isArray(table)) return issues; // zod describes it
  for (const key of Object.keys(table)) {
    if (!TABLE_KEYS.includes(key)) issues.push({ path: [key], message: `unknown field (expected ${TABLE_KEYS.join(', ')})` });
  }
  const percentages = hasOwn(table, 'percentages') ? (table as { percentages?: unknown }).percentages : undefined;
  if (percentages !== null && typeof percentages === 'object' && !Array.isArray(percentages)) {
    for (const key of Object.keys(percentages)) {
      if (!hasOwn(NUMERATORS, key)) issues.push({ path: ['percentages', key], message: `unknown percentage (expected ${PERCENTAGE_KEYS.join(', ')})` });
    }
  }
  return issues;
}

type Derived = TableField | 'handled' | 'totalLessRefused' | '$den';

/** Denominator readings, in the order they are reported. */
const DENOMINATORS: readonly (readonly Term<Derived>[])[] = [['finished'], ['total'], ['received'], ['inProgress'], ['handled'], ['totalLessRefused']];

function decimalsOf(published: number | string): { value: number; decimals: number } {
  const text = typeof published === 'number' ? String(published) : published.replace('%', '').replace(',', '.');
  const dot = text.indexOf('.');
  return { value: Number(text), decimals: dot < 0 ? 0 : text.length - dot - 1 };
}

function rounded(x: number, decimals: number, how: PercentageReading['rounding']): number {
  const scale = 10 ** decimals;
  // A tiny epsilon absorbs binary noise (95.05 × 10 = 950.4999…).
  const scaled = x * scale;
  const r = how === 'half-up' ? Math.floor(scaled + 0.5 + 1e-9) : how === 'down' ? Math.floor(scaled + 1e-9) : Math.ceil(scaled - 1e-9);
  return r;
}

/**
 * Checks someone else's published report table: which identities fail and by how much (carried
 * over + received = total; finished + in progress (+ refused) = total; early + on time + late =
 * finished; within + overdue = in progress), and which denominator, if any, reproduces each
 * published percentage at the published rounding (half-up, down or up to the printed decimals).
 * Missing totals are derived from their parts for the percentages, never for the identities.
 * Unknown fields and percentage keys are errors (`InvalidInputError` naming the path, e.g.
 * `ontime` or `percentages.constructor`), not silently dropped; a table that gives too few counts
 * to check anything has `verdict: 'nothing-checked'` and `consistent: false`.
 *
 * @example
 * const findings = checkReportTable({ finished: 100, early: 60, onTime: 30, late: 8, percentages: { onTime: '90.0' } });
 * findings.verdict // 'inconsistent'
 * findings.identities.find((i) => i.id === 'finished-split')
 * // { id: 'finished-split', text: 'early + onTime + late = finished', left: 98, right: 100, gap: -2, holds: false, status: 'fails' }
 * findings.identities.filter((i) => i.status === 'unchecked').map((i) => i.id) // ['intake', 'outcome', 'in-progress-split']
 * findings.percentages[0].status // 'reproduced' — 90.0 = (early + onTime) ÷ finished
 * findings.percentages[0].reproducedBy[0].numerator // 'early + onTime'
 */
export function checkReportTable(table: PublishedTable): TableFindings {
  const unknown = unknownKeys(table);
  if (unknown.length > 0) throw new InvalidInputError('published table', unknown);
  const t = validate(tableSchema, table, 'published table') as PublishedTable;
  const identities: TableIdentityFinding[] = tableIdentities(t).map((identity) => {
    const outcome = evaluateIdentity(identity, (k) => t[k]);
    if (outcome) return { ...outcome, status: outcome.holds ? 'holds' : 'fails' };
    const missing = [...identity.left, ...identity.right].filter((k) => t[k as TableField] === undefined) as TableField[];
    return { id: identity.id, text: `${formatTerms(identity.left)} = ${formatTerms(identity.right)}`, status: 'unchecked', missing };
  });

  const finished = t.finished ?? sumTerms<TableField>(['early', 'onTime', 'late'], (k) => t[k]);
  const inProgress = t.inProgress ?? sumTerms<TableField>(['within', 'overdue'], (k) => t[k]);
  const total = t.total ?? sumTerms<TableField>(['carriedOver', 'received'], (k) => t[k]);
  const known: Partial<Record<Derived, number>> = { ...t };
  if (finished !== undefined) known.finished = finished;
  if (inProgress !== undefined) known.inProgress = inProgress;
  if (total !== undefined) known.total = total;
  if (finished !== undefined && inProgress !== undefined) known.handled = finished + inProgress;
  if (total !== undefined && t.refused !== undefined) known.totalLessRefused = total - t.refused;

  const percentages: PercentageFinding[] = [];
  for (const [name, raw] of Object.entries(t.percentages ?? {})) {
    const key = name as PercentageKey; // own keys of NUMERATORS only (checked above)
    const { value, decimals } = decimalsOf(raw);
    const target = Math.round(value * 10 ** decimals);
    const readings: PercentageReading[] = [];
    let nearest: PercentageReading | undefined;
    const seen = new Set<string>();
    for (const denTerms of DENOMINATORS) {
      const den = sumTerms(denTerms, (k) => known[k]);
      if (den === undefined || den <= 0) continue;
      for (const numTerms of NUMERATORS[key]) {
        const num = sumTerms(numTerms, (k) => (k === '$den' ? den : known[k]));
        if (num === undefined) continue;
        const numerator = formatTerms(numTerms).replace('$den', formatTerms(denTerms));
        const denominator = formatTerms(denTerms);
        const id = `${numerator}/${denominator}`;
        if (seen.has(id)) continue;
        seen.add(id);
        const exact = (100 * num) / den;
        const base = { numerator, denominator, numeratorValue: num, denominatorValue: den, exact };
        for (const rounding of ['half-up', 'down', 'up'] as const) {
          if (rounded(exact, decimals, rounding) === target) {
            readings.push({ ...base, rounding });
            break;
          }
        }
        if (!nearest || Math.abs(exact - value) < Math.abs(nearest.exact - value)) nearest = { ...base, rounding: 'half-up' };
      }
    }
    const status = readings.length > 0 ? 'reproduced' : nearest ? 'not-reproduced' : 'unchecked';
    percentages.push({ key, status, published: value, decimals, reproducedBy: readings, ...(readings.length === 0 && nearest ? { nearest } : {}) });
  }
  const checked = identities.filter((i) => i.status !== 'unchecked').length + percentages.filter((p) => p.status !== 'unchecked').length;
  const failed = identities.some((i) => i.status === 'fails') || percentages.some((p) => p.status === 'not-reproduced');
  const verdict: TableVerdict = failed ? 'inconsistent' : checked === 0 ? 'nothing-checked' : 'consistent';
  return { ...(t.name === undefined ? {} : { name: t.name }), identities, percentages, verdict, consistent: verdict === 'consistent', checked, basis: [basis] };
}
