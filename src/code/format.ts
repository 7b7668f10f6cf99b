import * as z from 'zod/mini';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { integerIn } from '../errors/schemas.js';
import { ymdFromDay, type DayNumber } from '../time/day-number.js';
import { dayOfMoment } from '../time/moment.js';
import { parseMoment, type MomentInput } from '../time/parse.js';
import { scanAgency, FIRST_IS_LEVEL1, LAST_IS_LEVEL1 } from './agency.js';
import { explainAgency } from './explain.js';
import { MAX_SEQUENCE } from './scan.js';
import { checkSchemeInForce, findScheme, requireScheme, type DossierCodeScheme, type DossierCodeSchemeId } from './schemes.js';
import { validate } from '../errors/validate.js';

/** What a dossier code is made of. */
export interface DossierCodeInput {
  /**
   * The receiving agency's identifier as written in codes, e.g. `000.17.22.H56` (level-1 group
   * last) or `H56.22.17.000` (first). Written as given, never reordered.
   */
  readonly agency: string;
  /** When the dossier was received; the code carries its Vietnamese day (UTC+7). */
  readonly receivedAt: MomentInput;
  /** The sequence of the agency's receipts that day: 1, 2, … (widens past 9999, never wraps). */
  readonly sequence: number;
  /**
   * The scheme to write. Without it: the plain `<agency>-<YYMMDD>-<NNNN>` layout common to
   * `tt01-2018` and `qd20-2020`, the agency in whatever order it is written.
   */
  readonly scheme?: DossierCodeSchemeId;
  /** `AA`, two digits of the centralised system's owner; required by `tt04-2025-centralised` only. */
  readonly systemCode?: string;
  /**
   * Write the code even though `scheme` did not govern the receipt day (its `validFrom` …
   * `validTo`), e.g. when back-filling legacy data with the scheme a past system really used.
   * Default `false`: such a code throws `SchemeNotInForceError`. Ignored without a `scheme`.
   */
  readonly allowOutsideValidity?: boolean;
}

const inputSchema = z.strictObject({
  agency: z.string(),
  receivedAt: z.custom<MomentInput>((v) => typeof v === 'string' || typeof v === 'number' || v instanceof Date, 'expected a string, epoch ms or a Date'),
  sequence: integerIn(1, MAX_SEQUENCE),
  scheme: z.optional(z.string()),
  systemCode: z.optional(z.string()),
  allowOutsideValidity: z.optional(z.boolean()),
});

const WHAT = 'dossier code input';

/** `'00'` … `'99'`, so the date part costs no padding calls. */
const TWO_DIGITS: readonly string[] = Object.freeze(Array.from({ length: 100 }, (_, i) => (i < 10 ? `0${i}` : `${i}`)));
/** Zero padding for sequences shorter than 4 digits, by length. */
const PADDING: readonly string[] = Object.freeze(['0000', '000', '00', '0', '']);

function fail(path: string, message: string): never {
  throw new InvalidInputError(WHAT, [{ path: [path], message }]);
}

/**
 * Checks an agency identifier for a scheme (shared with the generator). Throws
 * `InvalidInputError` at `path` naming the problem.
 */
export function checkAgency(agency: string, scheme: DossierCodeScheme | undefined, path = 'agency'): void {
  const flags = scanAgency(agency, agency.length);
  if (typeof flags === 'string') fail(path, explainAgency(agency, flags, scheme));
  const order = scheme === undefined ? 'either' : scheme.agencyOrder;
  if ((order === 'lowest-first' && (flags & LAST_IS_LEVEL1) === 0) || (order === 'highest-first' && (flags & FIRST_IS_LEVEL1) === 0)) {
    fail(path, explainAgency(agency, 'agency-order', scheme));
  }
}

/** Checks the `systemCode` against the scheme (shared with the generator). */
export function checkSystemCode(systemCode: string | undefined, scheme: DossierCodeScheme | undefined): void {
  if (scheme !== undefined && scheme.systemCode) {
    if (systemCode === undefined || !/^\d{2}$/.test(systemCode)) {
      fail('systemCode', `scheme ${scheme.id} needs systemCode: 2 digits identifying the owner of the centralised system (Circular 04/2025/TT-VPCP Art. 23(2))`);
    }
  } else if (systemCode !== undefined) {
    fail('systemCode', 'systemCode belongs to scheme tt04-2025-centralised only');
  }
}

/**
 * The `YYMMDD` of a day, or throws when its year is outside 2000–2099 (the two-digit year of
 * Circular 01/2018/TT-VPCP Art. 19 [P] cannot say).
 */
export function yymmdd(day: DayNumber): string {
  const { year, month, day: date } = ymdFromDay(day);
  if (year < 2000 || year > 2099) fail('receivedAt', `the YYMMDD date part covers the years 2000–2099, not ${year}`);
  return (TWO_DIGITS[year - 2000] as string) + (TWO_DIGITS[month] as string) + (TWO_DIGITS[date] as string);
}

/** The last part: `AA` (if any) and the sequence zero-padded to 4 digits, wider when needed. */
export function sequencePart(sequence: number, systemCode: string | undefined): string {
  const digits = `${sequence}`;
  const padded = digits.length >= 4 ? digits : (PADDING[digits.length] as string) + digits;
  return systemCode === undefined ? padded : systemCode + padded;
}

/**
 * Writes a dossier code (mã số hồ sơ): `<agency>-<YYMMDD>-<NNNN>` (or `…-<AA><NNNN…>` under
 * `tt04-2025-centralised`), the date being the Vietnamese day of `receivedAt`, the sequence
 * zero-padded to 4 digits and widening past 9999, never wrapping. Only `0-9 A-Z . -` appear:
 * Code 39-safe, as printed on receipt slips.
 *
 * With a `scheme`, the receipt day must be within the scheme's validity (`validFrom` …
 * `validTo`): a `tt04-2025-centralised` code for 2025, or a `tt01-2018` code for 2026, throws
 * `SchemeNotInForceError` unless `allowOutsideValidity: true` (back-filling legacy data). Without
 * a scheme the plain layout is written for any day 2000–2099, with no validity check.
 *
 * Basis: Circular 01/2018/TT-VPCP Art. 19 [P]; Circular 04/2025/TT-VPCP Art. 23(2) [P]; widening
 * past 9999 [X] (`spec/dossier-code.md`).
 *
 * @throws {InvalidInputError} naming the field: an unknown field, an agency that is not an
 *   identifier (or not in the scheme's order), a sequence that is not a whole number ≥ 1, a year
 *   outside 2000–2099, …
 * @throws {UnknownDossierCodeSchemeError} for a `scheme` id motcua does not know.
 * @throws {SchemeNotInForceError} for a `scheme` that did not govern the receipt day.
 * @throws {InvalidMomentError} for a `receivedAt` that is not a real instant.
 * @example
 * formatDossierCode({ agency: '000.17.22.H56', receivedAt: '2021-05-31T08:15', sequence: 1 })
 * // '000.17.22.H56-210531-0001'
 * formatDossierCode({ agency: 'H56', receivedAt: '2026-03-01', sequence: 12345,
 *                     scheme: 'tt04-2025-centralised', systemCode: '12' })
 * // 'H56-260301-1212345'
 */
export function formatDossierCode(input: DossierCodeInput): string {
  let scheme: DossierCodeScheme | undefined;
  if (isWellTyped(input)) {
    scheme = input.scheme === undefined ? undefined : findScheme(input.scheme);
  } else {
    validate(inputSchema, input, WHAT); // throws, listing every problem (unknown fields too)
    scheme = input.scheme === undefined ? undefined : requireScheme(input.scheme);
  }
  const agency = input.agency;
  checkAgency(agency, scheme);
  checkSystemCode(input.systemCode, scheme);
  const day = dayOfMoment(parseMoment(input.receivedAt, ['receivedAt']));
  const date = yymmdd(day);
  if (scheme !== undefined && input.allowOutsideValidity !== true) checkSchemeInForce(scheme, day);
  return `${agency}-${date}-${sequencePart(input.sequence, input.systemCode)}`;
}

/**
 * The cheap check of `inputSchema` on the hot path; zod runs only when it fails, for the message.
 * Unknown fields are caught by counting: the own keys must all be known ones.
 */
function isWellTyped(input: DossierCodeInput): boolean {
  if (typeof input !== 'object' || input === null) return false;
  const { agency, receivedAt, sequence, scheme, systemCode, allowOutsideValidity } = input;
  let known = 3;
  if (scheme !== undefined) known++;
  if (systemCode !== undefined) known++;
  if (allowOutsideValidity !== undefined) known++;
  return (
    typeof agency === 'string' &&
    receivedAt !== undefined &&
    typeof sequence === 'number' && Number.isInteger(sequence) && sequence >= 1 && sequence <= MAX_SEQUENCE &&
    (scheme === undefined || findScheme(scheme) !== undefined) &&
    (systemCode === undefined || typeof systemCode === 'string') &&
    (allowOutsideValidity === undefined || typeof allowOutsideValidity === 'boolean') &&
    Object.keys(input).length === known
  );
}
