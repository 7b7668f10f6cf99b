import * as z from 'zod/mini';
import { checkSequenceKey, type SequenceStore } from '../../code/sequence-store.js';
import { InvalidInputError } from '../../errors/invalid-input-error.js';
import { SequenceStoreError } from '../../errors/sequence-store-error.js';
import { validate } from '../../errors/validate.js';
import type { DayNumber } from '../../time/day-number.js';
import { formatDay } from '../../time/format.js';
import { DEFAULT_SEQUENCE_TABLE, quoteTable, sequenceTableDdl } from './ddl.js';

/**
 * What the store needs of a `pg` `Pool`, `PoolClient` or `Client`: `query(text, values)`. Typed
 * structurally so that `motcua/postgres` carries no type dependency on `pg`.
 */
export interface Queryable {
  /** Runs one parameterised statement (`$1`, `$2`, …), as `pg`'s `Pool#query` and `Client#query` do. */
  query(text: string, values?: unknown[]): Promise<{
    /** The rows the statement returned. */
    rows: unknown[];
  }>;
}

/** Options of `postgresSequenceStore`: a pool, or one client (e.g. inside your transaction). */
export type PostgresSequenceStoreOptions =
  | {
      /** A `pg` Pool: each allocation is one statement on any pooled connection. */
      readonly pool: Queryable;
      /** Not with `pool`. */
      readonly client?: undefined;
      /** The table, optionally schema-qualified (`schema.table`); default `motcua_dossier_sequence`. */
      readonly table?: string;
    }
  | {
      /** One `pg` client or PoolClient, e.g. inside the caller's transaction. */
      readonly client: Queryable;
      /** Not with `client`. */
      readonly pool?: undefined;
      /** The table, optionally schema-qualified (`schema.table`); default `motcua_dossier_sequence`. */
      readonly table?: string;
    };

/** A `SequenceStore` on PostgreSQL. */
export interface PostgresSequenceStore extends SequenceStore {
  /** The quoted table it uses. */
  readonly table: string;
  /** The last sequence allocated for `agency` on `day`; 0 if none. */
  current(agency: string, day: DayNumber): Promise<number>;
  /** Creates the table if it does not exist (`sequenceTableDdl`). */
  ensureTable(): Promise<void>;
}

const queryable = z.custom<Queryable>(
  (v) => typeof v === 'object' && v !== null && typeof (v as Queryable).query === 'function',
  'expected a pg Pool, PoolClient or Client (an object with query(text, values))',
);
const optionsSchema = z.strictObject({
  pool: z.optional(queryable),
  client: z.optional(queryable),
  table: z.optional(z.string()),
});

/** PostgreSQL's "undefined_table". */
const UNDEFINED_TABLE = '42P01';

/**
 * A `SequenceStore` on PostgreSQL. Each allocation is one atomic statement,
 *
 * ```sql
 * INSERT INTO t AS s (agency, day, last_value) VALUES ($1, $2, 1)
 * ON CONFLICT (agency, day) DO UPDATE SET last_value = s.last_value + 1, updated_at = now()
 * RETURNING s.last_value
 * ```
 *
 * so any number of processes and servers allocating for the same agency and day get 1, 2, 3, …
 * each once — the shared-storage counter `spec/dossier-code.md` asks for ([X]: an in-process lock
 * breaks with two servers). Given a `pool`, each allocation commits on its own; given a `client`
 * inside your transaction, the number is taken with your transaction and given back if it rolls
 * back (no gap), at the price of holding that agency-day row until you commit. Needs the `pg`
 * package (an optional peer dependency) and the table of `sequenceTableDdl()`. It never retries:
 * a connection error reaches the caller, who alone knows whether retrying is safe.
 *
 * @example
 * import pg from 'pg';
 * import { createDossierCodeGenerator } from 'motcua/code';
 * import { postgresSequenceStore } from 'motcua/postgres';
 *
 * const store = postgresSequenceStore({ pool: new pg.Pool({ connectionString: process.env.DATABASE_URL }) });
 * await store.ensureTable();
 * const codes = createDossierCodeGenerator({ agency: '000.17.22.H56', store });
 * await codes.next(new Date()); // e.g. '000.17.22.H56-250902-0001'
 */
export function postgresSequenceStore(options: PostgresSequenceStoreOptions): PostgresSequenceStore {
  const checked = validate(optionsSchema, options, 'postgres sequence store options');
  const db = checked.pool ?? checked.client;
  if (db === undefined || (checked.pool !== undefined && checked.client !== undefined)) {
    throw new InvalidInputError('postgres sequence store options', [{ path: [], message: 'give exactly one of pool or client' }]);
  }
  const tableName = checked.table ?? DEFAULT_SEQUENCE_TABLE;
  const table = quoteTable(tableName);
  const allocateSql =
    `INSERT INTO ${table} AS s (agency, day, last_value) VALUES ($1, $2::date, 1) ` +
    'ON CONFLICT (agency, day) DO UPDATE SET last_value = s.last_value + 1, updated_at = now() ' +
    'RETURNING s.last_value';
  const currentSql = `SELECT last_value FROM ${table} WHERE agency = $1 AND day = $2::date`;

  const run = async (sql: string, values: unknown[]): Promise<unknown[]> => {
    try {
      return (await db.query(sql, values)).rows;
    } catch (error) {
      if ((error as { code?: unknown }).code === UNDEFINED_TABLE) {
        throw new SequenceStoreError(
          `The sequence table ${table} does not exist: create it with sequenceTableDdl(${JSON.stringify(tableName)}) or store.ensureTable()`,
        );
      }
      throw error;
    }
  };
  const lastValue = (rows: unknown[]): number => {
    const row = rows[0] as { last_value?: unknown } | undefined;
    return row === undefined ? 0 : Number(row.last_value);
  };

  return Object.freeze({
    table,
    async allocate(agency: string, day: DayNumber): Promise<number> {
      checkSequenceKey(agency, day);
      return lastValue(await run(allocateSql, [agency, formatDay(day)]));
    },
    async current(agency: string, day: DayNumber): Promise<number> {
      checkSequenceKey(agency, day);
      return lastValue(await run(currentSql, [agency, formatDay(day)]));
    },
    async ensureTable(): Promise<void> {
      await db.query(sequenceTableDdl(tableName));
    },
  });
}
