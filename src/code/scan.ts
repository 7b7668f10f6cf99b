/**
 * The allocation-free scanner behind `parseDossierCode` and `isDossierCode`: one pass over the
 * string, strict on the date and the sequence, permissive on the agency part
 * (`spec/dossier-code.md`, "Agency identifiers").
 */
import type { DossierCodeRejection } from '../errors/invalid-dossier-code-error.js';
import { dayFromYmd, isValidYmd } from '../time/day-number.js';
import { parseDay } from '../time/parse.js';
import { FIRST_IS_LEVEL1, LAST_IS_LEVEL1, scanAgency } from './agency.js';
import { HIGHEST_FIRST_FROM, type DossierCodeScheme } from './schemes.js';

/**
 * Longest sequence (15 digits) that stays an exact JavaScript integer. Past 9999 sequences widen,
 * never wrap [X: real systems widen] (`spec/dossier-code.md`, "Sequences in practice").
 * @example
 * MAX_SEQUENCE // 999999999999999
 * parseDossierCode('H56.22.17.000-250815-999999999999999').sequence === MAX_SEQUENCE // true
 * isDossierCode('H56.22.17.000-250815-1000000000000000') // false — 16 digits
 */
export const MAX_SEQUENCE = 999_999_999_999_999;
const MAX_SEQUENCE_DIGITS = 15;

/**
 * Receipt day from which an identifier whose group order its shape does not tell is read highest
 * level first (Decree 118/2025/NĐ-CP, 2025-07-01 [S]; the order itself is [U]).
 */
const HIGHEST_FIRST_DAY = parseDay(HIGHEST_FIRST_FROM);

/** Where the parts of a well-formed code are. */
export interface Scan {
  /** Index of the first `-` (end of the agency identifier). */
  readonly agencyEnd: number;
  /** Index of the second `-` (end of the date). */
  readonly dateEnd: number;
  /** Whether the level-1 group is the last group (QCVN 102:2016 order). */
  readonly lowestFirst: boolean;
  /** Receipt day number (Vietnamese time). */
  readonly day: number;
  readonly sequence: number;
}

function digitsAt(s: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    value = value * 10 + c;
  }
  return value;
}

/**
 * Scans `code` under `scheme` (or any plain scheme when `undefined`). Returns where the parts are,
 * or the first reason it is not a code (refined for people by `diagnose`).
 */
export function scanCode(code: string, scheme: DossierCodeScheme | undefined): Scan | DossierCodeRejection {
  const n = code.length;
  const dash1 = code.indexOf('-');
  if (dash1 < 0) return 'missing-part';
  const dash2 = code.indexOf('-', dash1 + 1);
  if (dash2 < 0) return 'missing-part';
  if (code.indexOf('-', dash2 + 1) >= 0) return 'too-many-parts';

  const agency = scanAgency(code, dash1);
  if (typeof agency === 'string') return agency;

  if (dash2 - dash1 !== 7) return 'date-format';
  const yy = digitsAt(code, dash1 + 1, dash1 + 3);
  const mm = digitsAt(code, dash1 + 3, dash1 + 5);
  const dd = digitsAt(code, dash1 + 5, dash2);
  if (yy < 0 || mm < 0 || dd < 0) return 'date-format';
  if (!isValidYmd(2000 + yy, mm, dd)) return 'not-a-date';
  const day = dayFromYmd(2000 + yy, mm, dd);

  let seqStart = dash2 + 1;
  if (seqStart === n) return 'missing-sequence';
  if (scheme !== undefined && scheme.systemCode) {
    if (digitsAt(code, seqStart, n) < 0) return 'sequence-not-digits';
    if (n - seqStart < 2 + scheme.minSequenceDigits) return 'system-code-missing';
    seqStart += 2;
  }
  const seqLength = n - seqStart;
  if (seqLength > MAX_SEQUENCE_DIGITS) return digitsAt(code, seqStart, n) < 0 ? 'sequence-not-digits' : 'sequence-too-long';
  const sequence = digitsAt(code, seqStart, n);
  if (sequence < 0) return 'sequence-not-digits';
  if (seqLength < (scheme === undefined ? 4 : scheme.minSequenceDigits)) return 'sequence-too-short';
  if (sequence === 0) return 'sequence-zero';

  const order = scheme === undefined ? 'either' : scheme.agencyOrder;
  let lowestFirst: boolean;
  if (order === 'lowest-first') {
    if ((agency & LAST_IS_LEVEL1) === 0) return 'agency-order';
    lowestFirst = true;
  } else if (order === 'highest-first') {
    if ((agency & FIRST_IS_LEVEL1) === 0) return 'agency-order';
    lowestFirst = false;
  } else if (agency === LAST_IS_LEVEL1) {
    lowestFirst = true;
  } else if (agency === FIRST_IS_LEVEL1) {
    lowestFirst = false;
  } else {
    lowestFirst = day < HIGHEST_FIRST_DAY;
  }
  return { agencyEnd: dash1, dateEnd: dash2, lowestFirst, day, sequence };
}
