import * as z from 'zod/mini';
import { InvalidDossierCodeError, type DossierCodeRejection } from '../errors/invalid-dossier-code-error.js';
import type { DayNumber } from '../time/day-number.js';
import { diagnose, explain } from './explain.js';
import { scanCode } from './scan.js';
import { findScheme, isSchemeInForce, qd20_2020, requireScheme, tt01_2018, type DossierCodeScheme, type DossierCodeSchemeId } from './schemes.js';
import { validate } from '../errors/validate.js';
import { notActiveDetail, type AgencyUnit, type UnitRegistry } from './unit-registry.js';

/** The agency part of a parsed code. */
export interface ParsedAgency {
  /** The identifier exactly as written, e.g. `000.17.22.H56`. */
  readonly id: string;
  /** Its groups as written, e.g. `['000', '17', '22', 'H56']`. */
  readonly groups: readonly string[];
  /** The level-1 unit group (province `H..`, ministry `G..`, …), e.g. `H56`. */
  readonly level1: string;
  /** How the code orders the groups: level-1 last (QCVN 102:2016) or first (Decision 20/2020). */
  readonly order: 'lowest-first' | 'highest-first';
}

/** What a dossier code says. */
export interface ParsedDossierCode {
  /** The code itself. */
  readonly code: string;
  /**
   * The scheme it was read under: the one asked for, else the plain scheme of its agency order
   * (`tt01-2018` level-1 last, `qd20-2020` level-1 first).
   */
  readonly scheme: DossierCodeSchemeId;
  /**
   * Whether `scheme` governed the receipt day (its `validFrom` … `validTo`). `false` is reported,
   * never rejected: old and odd codes exist in the wild [X] — e.g. a `tt01-2018`-order code dated
   * 2026, or a code dated before 2019-01-06.
   */
  readonly schemeInForce: boolean;
  /** The agency identifier and its groups. */
  readonly agency: ParsedAgency;
  /** The receipt day (Vietnamese time) as a day number. */
  readonly receivedOn: DayNumber;
  /** The receipt day as `YYYY-MM-DD`. */
  readonly receivedDate: string;
  /** The sequence of that agency's receipts on that day (1, 2, …). */
  readonly sequence: number;
  /** `AA`, the owner of the centralised system, under `tt04-2025-centralised`; else `undefined`. */
  readonly systemCode: string | undefined;
  /** The unit from the registry passed in, if any; else `undefined`. */
  readonly unit: AgencyUnit | undefined;
}

/** Options of `parseDossierCode` and `isDossierCode`. */
export interface ParseDossierCodeOptions {
  /**
   * Read the code under this scheme only. Without it, any plain scheme is accepted and the agency
   * order decides which is reported; a centralised code (`tt04-2025-centralised`) must be named,
   * since its `AA` prefix cannot be told from a long sequence (`spec/dossier-code.md`).
   */
  readonly scheme?: DossierCodeSchemeId;
  /**
   * A registry of units: when given, the agency must be in it and must have existed on the
   * receipt day. Never needed to parse (codes of dissolved units stay valid).
   */
  readonly registry?: UnitRegistry;
}

const optionsSchema = z.strictObject({
  scheme: z.optional(z.string()),
  registry: z.optional(z.custom<UnitRegistry>(isRegistry, 'expected a registry made by createUnitRegistry')),
});

function isRegistry(value: unknown): boolean {
  return typeof value === 'object' && value !== null &&
    typeof (value as UnitRegistry).get === 'function' && typeof (value as UnitRegistry).existedOn === 'function';
}

/**
 * Resolves and checks the options (cheap on the common paths): an unknown field or a registry
 * that is not one throws `InvalidInputError`, an unknown scheme id `UnknownDossierCodeSchemeError`.
 */
export function schemeOf(options: ParseDossierCodeOptions | undefined): DossierCodeScheme | undefined {
  if (options === undefined) return undefined;
  if (typeof options === 'object' && options !== null) {
    const id = options.scheme;
    const registry = options.registry;
    let known = 0;
    if (id !== undefined) known++;
    if (registry !== undefined) known++;
    if ((id === undefined || typeof id === 'string') && (registry === undefined || isRegistry(registry)) && Object.keys(options).length === known) {
      return id === undefined ? undefined : requireScheme(id);
    }
  }
  const checked = validate(optionsSchema, options, 'dossier code options');
  return checked.scheme === undefined ? undefined : requireScheme(checked.scheme);
}

function reject(code: unknown, reason: DossierCodeRejection, scheme: DossierCodeScheme | undefined): never {
  if (typeof code !== 'string') {
    throw new InvalidDossierCodeError(code, 'not-a-string', `expected a string, got ${code === null ? 'null' : typeof code}`);
  }
  const refined = diagnose(code, reason);
  throw new InvalidDossierCodeError(code, refined, explain(code, refined, scheme));
}

/**
 * Reads a dossier code (mã số hồ sơ): the agency with its groups and level-1 unit, the receipt day
 * and the sequence. Strict on the date (a real calendar date, Vietnamese time) and the sequence (at
 * least 4 digits, not 0); permissive on the agency part (1–n groups, either order, letters in lower
 * groups) and never checked against a list of current units.
 *
 * Basis: Circular 01/2018/TT-VPCP Art. 19 [P]; Circular 04/2025/TT-VPCP Art. 23(2) [P];
 * Decision 20/2020/QĐ-TTg [S]; real identifiers [X] (`spec/dossier-code.md`).
 *
 * The result says whether the scheme read governed the receipt day (`schemeInForce`); a code
 * outside its scheme's dates is reported, not rejected.
 *
 * @throws {InvalidDossierCodeError} with a `reason` such as `not-a-date`, `missing-sequence`,
 *   `wrong-separator`, `lowercase` or `social-insurance-number`, and a message saying what to do.
 * @throws {UnknownDossierCodeSchemeError} for an `options.scheme` motcua does not know.
 * @throws {InvalidInputError} for other malformed options (an unknown field, a registry that is not one).
 * @example
 * const parsed = parseDossierCode('000.17.22.H56-210531-0001');
 * parsed.agency.level1 // 'H56'
 * parsed.receivedDate // '2021-05-31'
 * parsed.sequence // 1
 * parsed.scheme // 'tt01-2018'
 * parsed.schemeInForce // true
 */
export function parseDossierCode(code: string, options?: ParseDossierCodeOptions): ParsedDossierCode {
  const scheme = schemeOf(options);
  if (typeof code !== 'string') reject(code, 'not-a-string', scheme);
  const scan = scanCode(code, scheme);
  if (typeof scan === 'string') reject(code, scan, scheme);

  const dash1 = scan.agencyEnd;
  const dash2 = scan.dateEnd;
  const id = code.slice(0, dash1);
  const groups = id.split('.');
  const lowestFirst = scan.lowestFirst;
  const level1 = (lowestFirst ? groups[groups.length - 1] : groups[0]) as string;
  const central = scheme !== undefined && scheme.systemCode;

  const registry = options === undefined ? undefined : options.registry;
  let unit: AgencyUnit | undefined;
  if (registry !== undefined) {
    unit = registry.get(id);
    if (unit === undefined) reject(code, 'unknown-agency', scheme);
    if (!registry.existedOn(id, scan.day)) {
      throw new InvalidDossierCodeError(code, 'agency-not-active', notActiveDetail(registry, id, scan.day));
    }
  }
  const read = scheme !== undefined ? scheme : lowestFirst ? tt01_2018 : qd20_2020;
  return {
    code,
    scheme: read.id,
    schemeInForce: isSchemeInForce(read, scan.day),
    agency: { id, groups, level1, order: lowestFirst ? 'lowest-first' : 'highest-first' },
    receivedOn: scan.day,
    receivedDate: `20${code.slice(dash1 + 1, dash1 + 3)}-${code.slice(dash1 + 3, dash1 + 5)}-${code.slice(dash1 + 5, dash2)}`,
    sequence: scan.sequence,
    systemCode: central ? code.slice(dash2 + 1, dash2 + 3) : undefined,
    unit,
  };
}
