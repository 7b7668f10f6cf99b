/**
 * Turning a scanner failure into a reason a person can act on. Runs only on the failure path, so
 * it may allocate and use regular expressions.
 */
import type { DossierCodeRejection } from '../errors/invalid-dossier-code-error.js';
import { MAX_AGENCY_LENGTH } from './agency.js';
import { scanCode } from './scan.js';
import type { DossierCodeScheme } from './schemes.js';

const LAYOUT = '<agency>-<YYMMDD>-<NNNN>, e.g. 000.17.22.H56-210531-0001';
/** Characters people put where `-` or `.` belongs. */
const SEPARATOR_LIKE = /[_/\\ ,:;|\u2010-\u2015\u2212]/;
const SEPARATOR_LIKE_ALL = new RegExp(SEPARATOR_LIKE.source, 'g');
const ALPHABET = /^[0-9A-Z.-]*$/;

/** The look-alikes worth naming, tried before anything else. `spec/dossier-code.md`, "Not a dossier code". */
function lookAlike(code: string): DossierCodeRejection | undefined {
  if (/^\d{1,6}\/\d{4}\/\d{1,8}$/.test(code)) return 'social-insurance-number';
  if (/^\d{10}-\d{3}$/.test(code)) return 'tax-code';
  if (/^\d+$/.test(code)) return 'bare-number';
  if (/^\d{4}-\d{2}-\d{2}([T ].*)?$/.test(code)) return 'iso-date';
  return undefined;
}

/**
 * Refines the scanner's first finding (`scanned`) into the most useful reason for this input:
 * look-alike numbers, stray spaces, lower case and wrong separators come before structure.
 */
export function diagnose(code: string, scanned: DossierCodeRejection): DossierCodeRejection {
  if (code.length === 0) return 'empty';
  const trimmed = code.trim();
  if (trimmed.length === 0) return 'empty';
  if (trimmed !== code) return 'whitespace';
  const similar = lookAlike(code);
  if (similar) return similar;
  if (!ALPHABET.test(code)) {
    if (ALPHABET.test(code.toUpperCase())) return 'lowercase';
    if (SEPARATOR_LIKE.test(code)) return 'wrong-separator';
    return 'invalid-character';
  }
  const parts = code.split('-');
  if (scanned === 'missing-part') {
    if (parts.length === 1 && /\.\d{6}\.\d+$/.test(code)) return 'wrong-separator';
    if (parts.length === 2 && /^\d{6}$/.test(parts[1] ?? '')) return 'missing-sequence';
  }
  if (scanned === 'too-many-parts') {
    const n = parts.length;
    if (/^\d{6}$/.test(parts[n - 2] ?? '') && /^\d+$/.test(parts[n - 1] ?? '')) return 'wrong-separator';
  }
  return scanned;
}

/** The sentence for a reason: what is wrong with `code` and what to do about it. */
export function explain(code: string, reason: DossierCodeRejection, scheme: DossierCodeScheme | undefined): string {
  const dash1 = code.indexOf('-');
  const dash2 = dash1 < 0 ? -1 : code.indexOf('-', dash1 + 1);
  const agency = dash1 < 0 ? code : code.slice(0, dash1);
  const date = dash2 < 0 ? code.slice(dash1 + 1) : code.slice(dash1 + 1, dash2);
  const sequence = dash2 < 0 ? '' : code.slice(dash2 + 1);
  switch (reason) {
    case 'not-a-string':
      return 'expected a string';
    case 'empty':
      return `the code is empty; a dossier code is ${LAYOUT}`;
    case 'whitespace':
      return `remove the spaces around it: ${JSON.stringify(code.trim())}`;
    case 'lowercase':
      return `dossier codes are written in capitals: ${code.toUpperCase()}`;
    case 'invalid-character': {
      const at = code.search(/[^0-9A-Z.-]/);
      return `${JSON.stringify(code[at] ?? '')} at position ${at + 1} is not allowed; a dossier code uses only 0-9, A-Z, "." and "-"`;
    }
    case 'wrong-separator': {
      const bad = SEPARATOR_LIKE.exec(code);
      if (bad) {
        const fixed = code.replace(SEPARATOR_LIKE_ALL, '-');
        const hint = typeof scanCode(fixed, scheme) === 'string' ? '' : `: ${fixed}`;
        return `${JSON.stringify(bad[0])} is not a separator: write "-" between the agency, the date and the sequence, and "." inside the agency identifier${hint}`;
      }
      const parts = code.split(/[.-]/);
      const fixed = `${parts.slice(0, -2).join('.')}-${parts[parts.length - 2]}-${parts[parts.length - 1]}`;
      return `write "-" only between the agency, the date and the sequence, and "." between the groups of the agency identifier: ${fixed}`;
    }
    case 'social-insurance-number':
      return 'this looks like a social-insurance file number (NNNNN/YYYY/NNNNN), not a dossier code';
    case 'tax-code':
      return 'this looks like the tax identification number of a branch (NNNNNNNNNN-NNN), not a dossier code';
    case 'bare-number':
      return `a bare number (a payment transaction id? a sequence alone?) is not a dossier code, which is ${LAYOUT}`;
    case 'iso-date':
      return `this is a date, not a dossier code, which is ${LAYOUT}`;
    case 'missing-part':
      return `expected three parts separated by "-": ${LAYOUT}`;
    case 'missing-sequence':
      return `the sequence is missing after the date: ${LAYOUT}`;
    case 'too-many-parts':
      return `expected exactly two "-", between the agency, the date and the sequence: ${LAYOUT}`;
    case 'missing-agency':
      return 'the agency identifier before the first "-" is empty';
    case 'empty-agency-group':
      return `the agency identifier ${JSON.stringify(agency)} has an empty group (two dots together, or a dot at an end)`;
    case 'agency-too-long':
      return `the agency identifier has ${agency.length} characters; agency identifiers have at most ${MAX_AGENCY_LENGTH} (Decision 20/2020/QĐ-TTg)`;
    case 'no-level-1-group':
      return `the agency identifier ${JSON.stringify(agency)} has no level-1 unit group (a capital letter and two letters or digits, e.g. H56 or G01) at either end`;
    case 'agency-order': {
      const where = scheme?.agencyOrder === 'highest-first' ? 'first' : 'last';
      return `scheme ${scheme?.id ?? '?'} writes the level-1 unit group (e.g. H56) ${where}, but ${JSON.stringify(agency)} does not`;
    }
    case 'date-format':
      return /^\d{8}$/.test(date)
        ? `the receipt date ${JSON.stringify(date)} has 8 digits; write it as YYMMDD: ${date.slice(2)}`
        : `the receipt date ${JSON.stringify(date)} is not 6 digits YYMMDD`;
    case 'not-a-date':
      return `the receipt date ${JSON.stringify(date)} is not a calendar date (20${date.slice(0, 2)}-${date.slice(2, 4)}-${date.slice(4, 6)} does not exist)`;
    case 'sequence-not-digits':
      return `the sequence ${JSON.stringify(sequence)} must be digits only`;
    case 'sequence-too-short':
      return `the sequence ${JSON.stringify(sequence)} has fewer than 4 digits: sequences are zero-padded, e.g. ${sequence.padStart(4, '0')}`;
    case 'sequence-too-long':
      return `the sequence ${JSON.stringify(sequence)} has more than 15 digits`;
    case 'sequence-zero':
      return 'the sequence is 0; sequences start at 1 each day';
    case 'system-code-missing':
      return `scheme ${scheme?.id ?? '?'} needs AA (2 digits identifying the owner of the centralised system) and then a sequence of at least 4 digits: ${JSON.stringify(sequence)} is too short`;
    case 'unknown-agency':
      return `the agency ${JSON.stringify(agency)} is not in the unit registry passed in`;
    case 'agency-not-active':
      return `the agency ${JSON.stringify(agency)} did not exist on the receipt date`;
  }
}

/**
 * The sentence for an agency identifier given on its own (to `formatDossierCode`, a generator or a
 * unit registry) that `scanAgency` refused, or that sits in the wrong order for `scheme`.
 */
export function explainAgency(agency: string, reason: DossierCodeRejection, scheme: DossierCodeScheme | undefined): string {
  if (reason === 'invalid-character') {
    if (/^[0-9A-Z.]+$/.test(agency.toUpperCase())) return `agency identifiers are written in capitals: ${agency.toUpperCase()}`;
    const at = agency.search(/[^0-9A-Z.]/);
    return `${JSON.stringify(agency[at] ?? '')} at position ${at + 1} of the agency identifier is not allowed; it uses only 0-9, A-Z and "." between groups`;
  }
  return explain(`${agency}-`, reason, scheme);
}
