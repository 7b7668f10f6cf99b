/**
 * `motcua/postgres`: a `SequenceStore` for dossier codes on PostgreSQL (needs the optional peer
 * dependency `pg`). See `docs/dossier-codes.md`.
 * @module
 */
export { postgresSequenceStore, type PostgresSequenceStore, type PostgresSequenceStoreOptions, type Queryable } from './store.js';
export { sequenceTableDdl, DEFAULT_SEQUENCE_TABLE } from './ddl.js';
