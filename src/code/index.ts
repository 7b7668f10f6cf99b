/**
 * Dossier codes (mã số hồ sơ): schemes as cited data, strict parsing, formatting, and generation
 * from an atomic `SequenceStore` (`spec/dossier-code.md`). PostgreSQL storage is in `motcua/postgres`.
 * @module
 */
export {
  dossierCodeSchemes, DOSSIER_CODE_SCHEME_IDS, tt01_2018, qd20_2020, tt04_2025_centralised, schemesInForceOn,
  type DossierCodeScheme, type DossierCodeSchemeId, type AgencyOrder,
} from './schemes.js';
export { formatDossierCode, type DossierCodeInput } from './format.js';
export { parseDossierCode, type ParsedDossierCode, type ParsedAgency, type ParseDossierCodeOptions } from './parse.js';
export { isDossierCode } from './is.js';
export { MAX_SEQUENCE } from './scan.js';
export { MAX_AGENCY_LENGTH } from './agency.js';
export { createDossierCodeGenerator, type DossierCodeGenerator, type DossierCodeGeneratorOptions } from './generator.js';
export { checkSequenceKey, type SequenceStore } from './sequence-store.js';
export { memorySequenceStore, type MemorySequenceStore } from './memory-store.js';
export { createUnitRegistry, type AgencyUnit, type UnitRegistry } from './unit-registry.js';
export { InvalidDossierCodeError, type DossierCodeRejection } from '../errors/invalid-dossier-code-error.js';
export { SequenceStoreError } from '../errors/sequence-store-error.js';
export { SchemeNotInForceError } from '../errors/scheme-not-in-force-error.js';
export { UnknownDossierCodeSchemeError } from '../errors/unknown-dossier-code-scheme-error.js';
