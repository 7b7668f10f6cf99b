/**
 * Scanning an agency identifier (mã định danh cơ quan) inside a dossier code, permissively:
 * 1–n groups of letters and digits separated by `.`, at most 35 characters, with a group that
 * looks like a level-1 unit (`[A-Z][0-9A-Z]{2}`, e.g. `H56`, `G01`) at one end.
 * Basis: Circular 01/2018/TT-VPCP Art. 19 [P] with QCVN 102:2016/BTTTT [P] (level-1 group last);
 * Decision 20/2020/QĐ-TTg [S] (up to 35 characters `0-9 A-Z .`, level-1 group first); real
 * identifiers have fewer groups and letters in lower groups [X] (`spec/dossier-code.md`).
 */
import type { DossierCodeRejection } from '../errors/invalid-dossier-code-error.js';

/**
 * Decision 20/2020/QĐ-TTg [S]: an electronic agency identifier has at most 35 characters.
 * @example
 * MAX_AGENCY_LENGTH // 35
 * isDossierCode(`H56.${'1'.repeat(MAX_AGENCY_LENGTH - 4)}-250815-0042`) // true — 35 characters
 * isDossierCode(`H56.${'1'.repeat(MAX_AGENCY_LENGTH - 3)}-250815-0042`) // false — 36: rejected as `agency-too-long`
 */
export const MAX_AGENCY_LENGTH = 35;

/** Flag in `scanAgency`'s result: the first group looks like a level-1 unit. */
export const FIRST_IS_LEVEL1 = 1;
/** Flag in `scanAgency`'s result: the last group looks like a level-1 unit. */
export const LAST_IS_LEVEL1 = 2;

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}
function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
}

/** Whether `s[start, end)` looks like a level-1 unit code: a capital letter and two letters or digits. */
function isLevel1(s: string, start: number, end: number): boolean {
  return end - start === 3 && isUpper(s.charCodeAt(start)) && isAlnum(s.charCodeAt(start + 1)) && isAlnum(s.charCodeAt(start + 2));
}

/**
 * Scans the agency identifier `s[0, end)`. Returns the flags `FIRST_IS_LEVEL1 | LAST_IS_LEVEL1`
 * (at least one is set), or why it is not an agency identifier. Allocates nothing.
 */
export function scanAgency(s: string, end: number): number | DossierCodeRejection {
  if (end === 0) return 'missing-agency';
  if (end > MAX_AGENCY_LENGTH) return 'agency-too-long';
  let groupStart = 0;
  let firstEnd = -1;
  for (let i = 0; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === 46) {
      if (i === groupStart) return 'empty-agency-group';
      if (firstEnd < 0) firstEnd = i;
      groupStart = i + 1;
    } else if (!isAlnum(c)) {
      return 'invalid-character';
    }
  }
  if (groupStart === end) return 'empty-agency-group';
  if (firstEnd < 0) firstEnd = end;
  const flags = (isLevel1(s, 0, firstEnd) ? FIRST_IS_LEVEL1 : 0) | (isLevel1(s, groupStart, end) ? LAST_IS_LEVEL1 : 0);
  return flags === 0 ? 'no-level-1-group' : flags;
}
