import * as z from 'zod/mini';
import { validate } from '../../errors/validate.js';

/** The table `postgresSequenceStore` uses unless told otherwise. */
export const DEFAULT_SEQUENCE_TABLE = 'motcua_dossier_sequence';

/** A table name: `name` or `schema.name`, each an unquoted PostgreSQL identifier (≤ 63 characters). */
const tableSchema = z.string().check(
  z.regex(
    /^[A-Za-z_][A-Za-z0-9_]{0,62}(\.[A-Za-z_][A-Za-z0-9_]{0,62})?$/,
    'expected a table name such as motcua_dossier_sequence or my_schema.dossier_sequence (letters, digits, _)',
  ),
);

/** The table name, validated and double-quoted for SQL, e.g. `"public"."motcua_dossier_sequence"`. */
export function quoteTable(table: string = DEFAULT_SEQUENCE_TABLE): string {
  return validate(tableSchema, table, 'sequence table name')
    .split('.')
    .map((part) => `"${part}"`)
    .join('.');
}

/**
 * The DDL of the table behind `postgresSequenceStore`: one row per agency and receipt day holding
 * the last sequence handed out (Circular 01/2018/TT-VPCP Art. 19 [P]: the sequence restarts at 1
 * each day). Idempotent (`CREATE TABLE IF NOT EXISTS`); run it in a migration, or call
 * `store.ensureTable()`.
 *
 * @example
 * sequenceTableDdl()
 * // CREATE TABLE IF NOT EXISTS "motcua_dossier_sequence" (
 * //   agency     text        NOT NULL,
 * //   day        date        NOT NULL,
 * //   last_value bigint      NOT NULL CHECK (last_value >= 1),
 * //   updated_at timestamptz NOT NULL DEFAULT now(),
 * //   PRIMARY KEY (agency, day)
 * // )
 */
export function sequenceTableDdl(table: string = DEFAULT_SEQUENCE_TABLE): string {
  return [
    `CREATE TABLE IF NOT EXISTS ${quoteTable(table)} (`,
    '  agency     text        NOT NULL,',
    '  day        date        NOT NULL,',
    '  last_value bigint      NOT NULL CHECK (last_value >= 1),',
    '  updated_at timestamptz NOT NULL DEFAULT now(),',
    '  PRIMARY KEY (agency, day)',
    ')',
  ].join('\n');
}
