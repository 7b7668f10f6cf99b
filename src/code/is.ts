import { scanCode } from './scan.js';
import { schemeOf, type ParseDossierCodeOptions } from './parse.js';

/**
 * Whether `code` is a well-formed dossier code (under `options.scheme` if given): the cheap check
 * behind `parseDossierCode`, with no result object and no error. Does not consult a registry.
 *
 * Basis: as `parseDossierCode` — Circular 01/2018/TT-VPCP Art. 19 [P].
 *
 * @example
 * isDossierCode('000.17.22.H56-210531-0001') // true
 * isDossierCode('000.17.22.H56-210231-0001') // false — 31 February
 * isDossierCode('12345/2024/00001') // false — a social-insurance file number
 */
export function isDossierCode(code: unknown, options?: Pick<ParseDossierCodeOptions, 'scheme'>): boolean {
  return typeof code === 'string' && typeof scanCode(code, schemeOf(options)) !== 'string';
}
