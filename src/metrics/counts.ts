/**
 * The integer counters of one report group (the mergeable state). Totals (`received`, `finished`,
 * `inProgress`, `dueInPeriod`) are counted independently of their parts, so the identities are
 * real checks, not sums restated.
 */
export interface ReportCounts {
  /** In progress at the start of the period, received before it (tồn kỳ trước chuyển sang). */
  carriedOver: number;
  /** Received in the period (tiếp nhận trong kỳ), all channels, refused at reception included. */
  received: number;
  /** Of `received`: filed online. */
  receivedOnline: number;
  /** Of `received`: filed in person at the one-stop desk. */
  receivedInPerson: number;
  /** Of `received`: filed by public postal service. */
  receivedPost: number;
  /** Received in the period and refused at reception (removed from the flow). */
  refusedAtReception: number;
  /** Finished in the period with a finish kind the definition does not count (removed from the flow). */
  notCounted: number;
  /** Finished in the period (đã giải quyết). */
  finished: number;
  /** Of `finished`: before the appointment (trước hạn). */
  early: number;
  /** Of `finished`: on the appointment day, not after the appointment moment (đúng hạn). */
  onTime: number;
  /** Of `finished`: after the appointment (trễ hạn). */
  late: number;
  /** In progress at the end of the period (đang giải quyết). */
  inProgress: number;
  /** In progress within the limit (trong hạn), due soon included. */
  within: number;
  /** Of `within`: due within the policy's threshold (sắp trễ). */
  dueSoon: number;
  /** In progress past the appointment (quá hạn). */
  overdue: number;
  /** Dossiers whose appointment falls in the period (due-based definitions). */
  dueInPeriod: number;
  /** Of those: finished by the appointment (or still within it at the end). */
  dueInPeriodMet: number;
  /** Of those: finished late or still open past it. */
  dueInPeriodMissed: number;
}

/** A counter's name. */
export type CountKey = keyof ReportCounts;

/**
 * The counters in display order (the keys of `ReportCounts`).
 * @example
 * COUNT_KEYS.slice(7, 11) // ['finished', 'early', 'onTime', 'late']
 * const report = buildPeriodReport([], { from: '2025-09-01', to: '2025-09-30' });
 * Object.keys(report.total.counts).join() === COUNT_KEYS.join() // true — a row's counters, in this order
 */
export const COUNT_KEYS: readonly CountKey[] = Object.freeze([
  'carriedOver', 'received', 'receivedOnline', 'receivedInPerson', 'receivedPost', 'refusedAtReception', 'notCounted',
  'finished', 'early', 'onTime', 'late', 'inProgress', 'within', 'dueSoon', 'overdue',
  'dueInPeriod', 'dueInPeriodMet', 'dueInPeriodMissed',
] as const);

/** All counters at zero. */
export function zeroCounts(): ReportCounts {
  return {
    carriedOver: 0, received: 0, receivedOnline: 0, receivedInPerson: 0, receivedPost: 0, refusedAtReception: 0, notCounted: 0,
    finished: 0, early: 0, onTime: 0, late: 0, inProgress: 0, within: 0, dueSoon: 0, overdue: 0,
    dueInPeriod: 0, dueInPeriodMet: 0, dueInPeriodMissed: 0,
  };
}

/** Adds `b` into `a` (mutates `a`). */
export function addCounts(a: ReportCounts, b: Readonly<ReportCounts>): void {
  for (const k of COUNT_KEYS) a[k] += b[k];
}

/** A term of a formula: a counter, or a counter to subtract (`'-late'`). */
export type Term<K extends string = CountKey> = K | `-${K}`;

/** The value of a sum of terms, or `undefined` when a term's value is unknown. */
export function sumTerms<K extends string>(terms: readonly Term<K>[], value: (key: K) => number | undefined): number | undefined {
  let total = 0;
  for (const t of terms) {
    const negative = t.startsWith('-');
    const v = value((negative ? t.slice(1) : t) as K);
    if (v === undefined) return undefined;
    total += negative ? -v : v;
  }
  return total;
}

/** Renders a sum of terms: `early + onTime − late`. */
export function formatTerms(terms: readonly string[]): string {
  return terms.map((t, i) => (t.startsWith('-') ? `${i ? ' ' : ''}− ${t.slice(1)}` : `${i ? ' + ' : ''}${t}`)).join('');
}
