import { scanCode } from './scan.js';
import { schemeOf, type ParseDossierCodeOptions } from './parse.js';

/**
 * Whether `code` is a well-formed dossier code (under `options.scheme` if given): the cheap check
 * behind `parseDossierCode`, with no result object. Never throws because of `code`: any value that
 * is not a dossier code — not a string, malformed, a look-alike — gives `false`. Does not consult a
 * registry (a `registry` option is accepted and ignored) and does not look at scheme validity
 * dates (`parseDossierCode(...).schemeInForce` does).
 *
 * Misused options are a programming or configuration mistake and are reported, not answered with
 * `false` for every code: an unknown `scheme` id throws `UnknownDossierCodeSchemeError` (listing
 * the known ids), an unknown option field `InvalidInputError`.
 *
 * Basis: as `parseDossierCode` — Circular 01/2018/TT-VPCP Art. 19 [P].
 *
 * @example
 * isDossierCode('000.17.22.H56-210531-0001') // true
 * isDossierCode('000.17.22.H56-210231-0001') // false — 31 February
 * isDossierCode('12345/2024/00001') // false — a social-insurance file number
 * isDossierCode(42) // false
 * isDossierCode('H56-210531-0001', { scheme: 'nope' }) // throws UnknownDossierCodeSchemeError
 */
export function isDossierCode(code: unknown, options?: ParseDossierCodeOptions): boolean {
  const scheme = schemeOf(options); // checks the options even when `code` is not a string
  return typeof code === 'string' && typeof scanCode(code, scheme) !== 'string';
}
