/**
 * The dossier code schemes (mã số hồ sơ), as data: their layout, how the agency identifier orders
 * its groups, their legal basis and the receipt dates they cover. `spec/dossier-code.md`.
 */
import { cite, formatCitation, type Citation } from '../citation/citation.js';
import { SchemeNotInForceError } from '../errors/scheme-not-in-force-error.js';
import { UnknownDossierCodeSchemeError } from '../errors/unknown-dossier-code-scheme-error.js';
import type { DayNumber } from '../time/day-number.js';
import { formatDay } from '../time/format.js';
import { parseDay, type DayInput } from '../time/parse.js';

/**
 * How an agency identifier orders its groups.
 * - `lowest-first`: QCVN 102:2016/BTTTT order, the level-1 unit (`M` + two characters, e.g. `H56`)
 *   last: `000.17.22.H56`.
 * - `highest-first`: Decision 20/2020/QĐ-TTg order, the level-1 unit first: `H56.22.17.000`.
 * - `either`: the scheme does not say; the parser finds the level-1 group at either end.
 */
export type AgencyOrder = 'lowest-first' | 'highest-first' | 'either';

/** Identifier of a built-in scheme. */
export type DossierCodeSchemeId = 'tt01-2018' | 'qd20-2020' | 'tt04-2025-centralised';

/** One dossier code scheme. All are `<agency>-<YYMMDD>-<sequence>`; they differ as described. */
export interface DossierCodeScheme {
  /** Stable id, e.g. `qd20-2020`. */
  readonly id: DossierCodeSchemeId;
  /** A one-line description. */
  readonly title: string;
  /** How the agency identifier orders its groups. */
  readonly agencyOrder: AgencyOrder;
  /**
   * Whether the last part starts with `AA`, two digits identifying the owner of a nationwide
   * centralised system, before the sequence.
   */
  readonly systemCode: boolean;
  /** Minimum digits of the sequence (zero-padded); longer sequences widen, never wrap. */
  readonly minSequenceDigits: number;
  /** First receipt day (`YYYY-MM-DD`, Vietnamese time) the scheme governs. */
  readonly validFrom: string;
  /** Last receipt day it governs, or `undefined` while it is in force. */
  readonly validTo: string | undefined;
  /** Legal basis of each part of the scheme. */
  readonly basis: readonly Citation[];
}

function scheme(value: DossierCodeScheme): DossierCodeScheme {
  Object.freeze(value.basis);
  return Object.freeze(value);
}

/**
 * Circular 01/2018/TT-VPCP Art. 19 [P]: `<agency>-<YYMMDD>-<NNNN>`, the agency identifier written
 * `V1V2V3.Z1Z2.Y1Y2.MX1X2` in QCVN 102:2016/BTTTT order (lowest level first, level-1 unit last).
 * Governs receipts from the circular's entry into force (2019-01-06) to the end of Decree 61/2018
 * (2025-06-30).
 *
 * @example
 * // A ward office of Thanh Hóa (H56), 31/5/2021, first dossier of the day:
 * formatDossierCode({ agency: '000.17.22.H56', receivedAt: '2021-05-31T08:15', sequence: 1, scheme: 'tt01-2018' }) // '000.17.22.H56-210531-0001'
 * tt01_2018.agencyOrder // 'lowest-first'
 */
export const tt01_2018: DossierCodeScheme = scheme({
  id: 'tt01-2018',
  title: 'Circular 01/2018/TT-VPCP Art. 19: <agency lowest level first>-<YYMMDD>-<NNNN>',
  agencyOrder: 'lowest-first',
  systemCode: false,
  minSequenceDigits: 4,
  validFrom: '2019-01-06',
  validTo: '2025-06-30',
  basis: [
    cite('Circular 01/2018/TT-VPCP', 'Art. 19(1)', 'P',
      'code = agency identifier, receipt date YYMMDD, 4-digit sequence restarting each day'),
    cite('QCVN 102:2016/BTTTT', undefined, 'P',
      'unit code groups ordered from the lowest level to the highest; level-1 unit M + 2 characters last'),
    cite('Decree 61/2018/NĐ-CP', 'Art. 26', 'P',
      'the code is issued by the one-stop information system; the agency part is the agency competent to receive'),
    cite('Circular 01/2018/TT-VPCP', 'Art. 19(2)', 'P',
      'barcodes and QR codes may accompany the code: alphabet 0-9 A-Z . - is Code 39-safe'),
  ],
});

/**
 * The base scheme from 2025-07-01 (Decree 118/2025/NĐ-CP, Circular 03/2025/TT-VPCP Art. 13), read
 * as writing the agency identifier in Decision 20/2020/QĐ-TTg order, highest level first [U]: the
 * article's base format was not read; a State Treasury specification shows this order.
 *
 * @example
 * formatDossierCode({ agency: 'H56.22.17.000', receivedAt: '2025-08-15T09:30', sequence: 42, scheme: 'qd20-2020' }) // 'H56.22.17.000-250815-0042'
 * qd20_2020.agencyOrder // 'highest-first'
 */
export const qd20_2020: DossierCodeScheme = scheme({
  id: 'qd20-2020',
  title: 'Circular 03/2025/TT-VPCP Art. 13 read with Decision 20/2020/QĐ-TTg: <agency highest level first>-<YYMMDD>-<NNNN>',
  agencyOrder: 'highest-first',
  systemCode: false,
  minSequenceDigits: 4,
  validFrom: '2025-07-01',
  validTo: undefined,
  basis: [
    cite('Circular 03/2025/TT-VPCP', 'Art. 13', 'U',
      'base format not read; a State Treasury specification shows <agency in Decision 20/2020 order>-YYMMDD-XXXX'),
    cite('Decision 20/2020/QĐ-TTg', undefined, 'S',
      'electronic agency identifiers: up to 35 characters 0-9 A-Z ., highest level first'),
    cite('Decision 09/2025/QĐ-TTg', undefined, 'S',
      'ministry level-1 codes re-listed (G01 … G22)'),
  ],
});

/**
 * Circular 04/2025/TT-VPCP Art. 23(2), adding Art. 13(3) to Circular 03/2025 [P], in force from
 * 2026-01-25: for procedures served by a nationwide centralised system the last part is `AA`, two
 * digits from the identifier of the agency owning the system, then a sequence of at least 4 digits,
 * as many as needed. The article does not restate the agency order [U]: either end is accepted.
 * Without the scheme named, such a code reads as a plain code with a long sequence: name it.
 *
 * @example
 * const parsed = parseDossierCode('H56.22.17.000-260301-120001', { scheme: 'tt04-2025-centralised' });
 * parsed.systemCode // '12' — the agency owning the nationwide system
 * parsed.sequence // 1
 */
export const tt04_2025_centralised: DossierCodeScheme = scheme({
  id: 'tt04-2025-centralised',
  title: 'Circular 04/2025/TT-VPCP Art. 23(2): <agency>-<YYMMDD>-<AA><NNNN…> for nationwide centralised systems',
  agencyOrder: 'either',
  systemCode: true,
  minSequenceDigits: 4,
  validFrom: '2026-01-25',
  validTo: undefined,
  basis: [
    cite('Circular 04/2025/TT-VPCP', 'Art. 23(2) (adds Art. 13(3) to Circular 03/2025/TT-VPCP)', 'P',
      'AA = 2 digits from the identifier of the system owner; sequence of at least 4 digits, as many as needed'),
    cite('Circular 04/2025/TT-VPCP', 'Art. 23(2)', 'U',
      'agency group order not restated: both orders accepted'),
  ],
});

/**
 * Every built-in scheme by id, oldest first.
 * @example
 * dossierCodeSchemes['qd20-2020'] === qd20_2020 // true
 * dossierCodeSchemes['tt01-2018'].validTo // '2025-06-30' — the last receipt day under Decree 61/2018
 */
export const dossierCodeSchemes: Readonly<Record<DossierCodeSchemeId, DossierCodeScheme>> = Object.freeze({
  'tt01-2018': tt01_2018,
  'qd20-2020': qd20_2020,
  'tt04-2025-centralised': tt04_2025_centralised,
});

/**
 * The scheme ids, oldest first.
 * @example
 * DOSSIER_CODE_SCHEME_IDS // ['tt01-2018', 'qd20-2020', 'tt04-2025-centralised']
 * DOSSIER_CODE_SCHEME_IDS.map((id) => dossierCodeSchemes[id].validFrom) // ['2019-01-06', '2025-07-01', '2026-01-25']
 */
export const DOSSIER_CODE_SCHEME_IDS: readonly DossierCodeSchemeId[] = Object.freeze(
  Object.keys(dossierCodeSchemes) as DossierCodeSchemeId[],
);

/**
 * Receipt day (`YYYY-MM-DD`) from which agency identifiers whose group order cannot be told from
 * their shape (one group, or a level-1-looking group at both ends) are read highest level first:
 * Decree 118/2025/NĐ-CP replaced Decree 61/2018 on 2025-07-01 [S]; the order it implies is [U].
 */
export const HIGHEST_FIRST_FROM = qd20_2020.validFrom;

/** The scheme with this id, or `undefined`. */
export function findScheme(id: string): DossierCodeScheme | undefined {
  return Object.prototype.hasOwnProperty.call(dossierCodeSchemes, id)
    ? dossierCodeSchemes[id as DossierCodeSchemeId]
    : undefined;
}

/**
 * The scheme with this id, or throws `UnknownDossierCodeSchemeError` (at `path`) listing the
 * known ids: an unknown id is a programming or configuration mistake.
 */
export function requireScheme(id: unknown, path: readonly (string | number)[] = ['scheme']): DossierCodeScheme {
  const scheme = typeof id === 'string' ? findScheme(id) : undefined;
  if (scheme === undefined) throw new UnknownDossierCodeSchemeError(id, DOSSIER_CODE_SCHEME_IDS, path);
  return scheme;
}

/** Each scheme's validity as day numbers, computed once: `[first, last]` (last `Infinity` while in force). */
const VALIDITY: ReadonlyMap<DossierCodeScheme, readonly [number, number]> = new Map(
  DOSSIER_CODE_SCHEME_IDS.map((id) => {
    const s = dossierCodeSchemes[id];
    return [s, [parseDay(s.validFrom), s.validTo === undefined ? Infinity : parseDay(s.validTo)] as const];
  }),
);

/** Whether `scheme` governs receipts on the day number `day` (its `validFrom` … `validTo`, inclusive). */
export function isSchemeInForce(scheme: DossierCodeScheme, day: DayNumber): boolean {
  const range = VALIDITY.get(scheme);
  return range !== undefined && day >= range[0] && day <= range[1];
}

/**
 * Throws `SchemeNotInForceError` when `scheme` did not govern the receipt day `day`, explaining its
 * dates and naming the schemes that did. Used by `formatDossierCode` and generators unless their
 * caller opts out with `allowOutsideValidity: true`.
 */
export function checkSchemeInForce(scheme: DossierCodeScheme, day: DayNumber): void {
  if (isSchemeInForce(scheme, day)) return;
  const date = formatDay(day);
  const main = scheme.basis[0];
  const span = scheme.validTo === undefined ? `from ${scheme.validFrom}` : `from ${scheme.validFrom} to ${scheme.validTo}`;
  const side = day < parseDay(scheme.validFrom) ? 'before it applies' : 'after it ceased to apply';
  const inForce = DOSSIER_CODE_SCHEME_IDS.filter((id) => isSchemeInForce(dossierCodeSchemes[id], day));
  throw new SchemeNotInForceError(
    scheme.id,
    date,
    scheme.validFrom,
    scheme.validTo,
    inForce,
    `receivedAt: scheme ${scheme.id}${main ? ` (${formatCitation(main)})` : ''} governs receipts ${span}; ` +
      `the receipt day ${date} is ${side}. ` +
      (inForce.length > 0 ? `Schemes in force on ${date}: ${inForce.join(', ')}. ` : `No built-in scheme governs ${date}. `) +
      'To write it anyway (back-filling legacy data), pass allowOutsideValidity: true.',
  );
}

/**
 * The schemes whose validity covers the Vietnamese day of `receivedOn`, oldest first. A dossier
 * keeps the rules in force on the day it was received (`spec/README.md`); several may be in force
 * at once (the centralised variant sits beside the base scheme). Parsing reports validity
 * (`schemeInForce`) without rejecting, since codes outside their scheme's dates exist in the wild
 * [X]; formatting refuses a scheme outside its dates unless told `allowOutsideValidity: true`.
 *
 * @example
 * schemesInForceOn('2021-05-31').map((s) => s.id) // ['tt01-2018']
 * schemesInForceOn('2026-03-01').map((s) => s.id) // ['qd20-2020', 'tt04-2025-centralised']
 */
export function schemesInForceOn(receivedOn: DayInput): readonly DossierCodeScheme[] {
  const day = parseDay(receivedOn, ['receivedOn']);
  return DOSSIER_CODE_SCHEME_IDS.map((id) => dossierCodeSchemes[id]).filter((s) => isSchemeInForce(s, day));
}
