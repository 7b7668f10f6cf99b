import { exec } from 'node:child_process';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDossierCodeGenerator } from '../../code/generator.js';
import { parseDossierCode } from '../../code/parse.js';
import { InvalidInputError, SequenceStoreError } from '../../errors/index.js';
import { parseDay } from '../../time/parse.js';
import { postgresSequenceStore, sequenceTableDdl, type Queryable } from './index.js';

const url = process.env.MOTCUA_PG_URL;
const restartCmd = process.env.MOTCUA_PG_RESTART_CMD;
if (!url) {
  console.warn(
    'SKIPPED: the PostgreSQL SequenceStore tests need a server and MOTCUA_PG_URL is not set. ' +
      'Start one with: eval "$(bash .ci/postgres.sh)" (.ci/run always does).',
  );
} else if (!restartCmd) {
  console.warn('SKIPPED: the server-restart test needs MOTCUA_PG_RESTART_CMD (printed by .ci/postgres.sh).');
}

/** A table name of its own for each run, so runs never see each other's counters. */
const table = `motcua_seq_test_${process.pid}_${Date.now().toString(36)}`;
const DAY = parseDay('2025-09-02');

describe('sequenceTableDdl and options (no server needed)', () => {
  it('gives idempotent DDL with a quoted, validated table name', () => {
    expect(sequenceTableDdl()).toBe(
      [
        'CREATE TABLE IF NOT EXISTS "motcua_dossier_sequence" (',
        '  agency     text        NOT NULL,',
        '  day        date        NOT NULL,',
        '  last_value bigint      NOT NULL CHECK (last_value >= 1),',
        '  updated_at timestamptz NOT NULL DEFAULT now(),',
        '  PRIMARY KEY (agency, day)',
        ')',
      ].join('\n'),
    );
    expect(sequenceTableDdl('one_stop.dossier_seq')).toMatch(/^CREATE TABLE IF NOT EXISTS "one_stop"\."dossier_seq" \(/);
    for (const bad of ['', 'x; DROP TABLE y', 'a.b.c', '"q"', '1abc', 'a'.repeat(64)]) {
      expect(() => sequenceTableDdl(bad)).toThrow(InvalidInputError);
    }
  });

  it('allocates with one atomic statement, the day as a date', async () => {
    const seen: { text: string; values: unknown[] | undefined }[] = [];
    const fake: Queryable = {
      async query(text, values) {
        seen.push({ text, values });
        return { rows: [{ last_value: '7' }] };
      },
    };
    const store = postgresSequenceStore({ pool: fake, table: 'seq' });
    expect(await store.allocate('000.17.22.H56', DAY)).toBe(7);
    expect(seen).toEqual([
      {
        text:
          'INSERT INTO "seq" AS s (agency, day, last_value) VALUES ($1, $2::date, 1) ' +
          'ON CONFLICT (agency, day) DO UPDATE SET last_value = s.last_value + 1, updated_at = now() RETURNING s.last_value',
        values: ['000.17.22.H56', '2025-09-02'],
      },
    ]);
  });

  it('validates its options and keys', async () => {
    const fake: Queryable = { query: async () => ({ rows: [] }) };
    expect(() => postgresSequenceStore({} as never)).toThrow(/exactly one of pool or client/);
    expect(() => postgresSequenceStore({ pool: fake, client: fake } as never)).toThrow(/exactly one of pool or client/);
    expect(() => postgresSequenceStore({ pool: {} as Queryable })).toThrow(InvalidInputError);
    expect(() => postgresSequenceStore({ pool: fake, table: 'bad name' })).toThrow(InvalidInputError);
    // A misspelt option must not silently fall back to the default table.
    expect(() => postgresSequenceStore({ pool: fake, tabel: 'one_stop.seq' } as never)).toThrow(/tabel: unknown field "tabel" \(did you mean table\?\)/);
    const store = postgresSequenceStore({ client: fake });
    await expect(store.allocate('', DAY)).rejects.toThrow(InvalidInputError);
    await expect(store.allocate('H56', 1.5)).rejects.toThrow(InvalidInputError);
    await expect(store.allocate('H56', 1.5)).rejects.toThrow(/day: expected an integer day number/);
    await expect(store.current('', DAY)).rejects.toThrow(/agency: expected a non-empty agency identifier/);
    expect(await store.current('H56', DAY)).toBe(0);
  });

  it('accepts pg Pools, PoolClients and Clients by type', () => {
    const types = (pool: pg.Pool, client: pg.Client, poolClient: pg.PoolClient) => [
      postgresSequenceStore({ pool }),
      postgresSequenceStore({ client }),
      postgresSequenceStore({ client: poolClient }),
    ];
    expect(typeof types).toBe('function');
  });
});

/** Errors a restart or a dropped connection causes; only the test harness retries on them. */
function isTransient(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown };
  const code = typeof e.code === 'string' ? e.code : '';
  const message = typeof e.message === 'string' ? e.message : '';
  return (
    ['57P01', '57P02', '57P03', 'ECONNREFUSED', 'ECONNRESET', 'EPIPE'].includes(code) ||
    code.startsWith('08') ||
    /Connection terminated|connection error|not queryable|terminating connection|database system is (starting up|shutting down)/i.test(message)
  );
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.skipIf(!url)('postgresSequenceStore on a real PostgreSQL server (MOTCUA_PG_URL)', () => {
  let pool: pg.Pool;

  beforeAll(async () => {
    pool = new pg.Pool({ connectionString: url, max: 4 });
    pool.on('error', () => {}); // idle clients dropped by a server restart are replaced on demand
    await postgresSequenceStore({ pool, table }).ensureTable();
  });

  afterAll(async () => {
    if (!pool) return;
    await pool.query(`DROP TABLE IF EXISTS "${table}", "${table}_ledger"`).catch(() => {});
    await pool.end();
  });

  it('counts from 1 per agency and day, and says where a counter stands', async () => {
    const store = postgresSequenceStore({ pool, table });
    expect(await store.allocate('000.17.22.H56', DAY)).toBe(1);
    expect(await store.allocate('000.17.22.H56', DAY)).toBe(2);
    expect(await store.allocate('000.17.22.H56', DAY + 1)).toBe(1);
    expect(await store.allocate('000.00.14.H56', DAY)).toBe(1);
    expect(await store.current('000.17.22.H56', DAY)).toBe(2);
    expect(await store.current('000.17.22.H56', DAY - 1)).toBe(0);
    const rows = await pool.query(`SELECT agency, to_char(day, 'YYYY-MM-DD') AS day, last_value FROM "${table}" ORDER BY agency, day`);
    expect(rows.rows).toEqual([
      { agency: '000.00.14.H56', day: '2025-09-02', last_value: '1' },
      { agency: '000.17.22.H56', day: '2025-09-02', last_value: '2' },
      { agency: '000.17.22.H56', day: '2025-09-03', last_value: '1' },
    ]);
  });

  it('says how to create a missing table', async () => {
    const store = postgresSequenceStore({ pool, table: `${table}_missing` });
    await expect(store.allocate('H56', DAY)).rejects.toThrow(SequenceStoreError);
    await expect(store.allocate('H56', DAY)).rejects.toThrow(/sequenceTableDdl\(".*_missing"\)/);
  });

  it('takes the number with the caller’s transaction and gives it back on rollback (no gap)', async () => {
    const client = await pool.connect();
    try {
      const store = postgresSequenceStore({ client, table });
      await client.query('BEGIN');
      expect(await store.allocate('H56.TX', DAY)).toBe(1);
      await client.query('ROLLBACK');
      await client.query('BEGIN');
      expect(await store.allocate('H56.TX', DAY)).toBe(1);
      await client.query('COMMIT');
      expect(await store.allocate('H56.TX', DAY)).toBe(2);
    } finally {
      client.release();
    }
  });

  it('8 concurrent clients × 2,000 codes for the same agency and day: 16,000 distinct codes, no gaps', async () => {
    const clients = await Promise.all(
      Array.from({ length: 8 }, async () => {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        return client;
      }),
    );
    try {
      const agency = '000.99.98.H56';
      const perClient = await Promise.all(
        clients.map(async (client) => {
          const codes = createDossierCodeGenerator({ agency, store: postgresSequenceStore({ client, table }) });
          const got: string[] = [];
          for (let i = 0; i < 2000; i++) got.push(await codes.next('2025-09-02T09:30'));
          return got;
        }),
      );
      const all = perClient.flat();
      expect(all).toHaveLength(16_000);
      expect(new Set(all).size).toBe(16_000);
      const sequences = all.map((code) => parseDossierCode(code).sequence).sort((a, b) => a - b);
      expect(sequences).toEqual(Array.from({ length: 16_000 }, (_, i) => i + 1));
      expect(all).toContain('000.99.98.H56-250902-16000'); // widened past 9999
      for (const got of perClient) expect(got).toHaveLength(2000);
      expect(await postgresSequenceStore({ pool, table }).current(agency, DAY)).toBe(16_000);
    } finally {
      await Promise.all(clients.map((c) => c.end()));
    }
  }, 120_000);

  it.skipIf(!restartCmd)(
    'a server restart in the middle loses nothing and repeats nothing',
    async () => {
      // Each allocation runs in a transaction that also records the number in a ledger, so its
      // outcome is decidable: if COMMIT's answer is lost in the restart, the ledger (read from the
      // restarted server, when no old backend can still commit) says whether it happened.
      const ledger = `"${table}_ledger"`;
      await pool.query(`CREATE TABLE ${ledger} (sequence bigint PRIMARY KEY, worker int NOT NULL, attempt text NOT NULL)`);
      const agency = 'H56.RESTART';
      const workers = 8;
      const perWorker = 500;
      const restartAfter = 1000;

      const restartPool = new pg.Pool({ connectionString: url, max: workers });
      // A restart terminates connections: idle ones report it on the pool, checked-out ones on
      // the client (even between two queries); the harness sees it in the failing query instead.
      restartPool.on('error', () => {});
      restartPool.on('connect', (client) => client.on('error', () => {}));
      const withRetry = async <T>(fn: () => Promise<T>): Promise<T> => {
        for (;;) {
          try {
            return await fn();
          } catch (error) {
            if (!isTransient(error)) throw error;
            await sleep(50);
          }
        }
      };
      const startTime = async () =>
        withRetry(async () => (await restartPool.query('SELECT pg_postmaster_start_time()::text AS t')).rows[0].t as string);

      const before = await startTime();
      const obtained: number[] = [];
      let transientErrors = 0;
      let inDoubtCommitted = 0;
      let inDoubtRolledBack = 0;
      let restart: Promise<void> | undefined;
      let obtainedWhenRestartDone = -1;

      let attempts = 0;
      const obtainOne = async (worker: number): Promise<number> => {
        for (;;) {
          // The ledger row names its attempt: after a rollback the same number may be allocated and
          // committed by another attempt, and the in-doubt check must not mistake that row for ours.
          const attempt = `${worker}:${++attempts}`;
          let client: pg.PoolClient | undefined;
          let sequence: number | undefined;
          let committing = false;
          try {
            client = await restartPool.connect();
            await client.query('BEGIN');
            sequence = await postgresSequenceStore({ client, table }).allocate(agency, DAY);
            await client.query(`INSERT INTO ${ledger} (sequence, worker, attempt) VALUES ($1, $2, $3)`, [sequence, worker, attempt]);
            committing = true;
            await client.query('COMMIT');
            client.release();
            return sequence;
          } catch (error) {
            client?.release(true);
            if (!isTransient(error)) throw error;
            transientErrors++;
            if (committing && sequence !== undefined) {
              const n = sequence;
              const found = await withRetry(() => restartPool.query(`SELECT 1 FROM ${ledger} WHERE sequence = $1 AND attempt = $2`, [n, attempt]));
              if (found.rowCount === 1) {
                inDoubtCommitted++;
                return n;
              }
              inDoubtRolledBack++;
            }
            await sleep(20);
          }
        }
      };

      try {
        await Promise.all(
          Array.from({ length: workers }, async (_, worker) => {
            for (let i = 0; i < perWorker; i++) {
              obtained.push(await obtainOne(worker));
              if (obtained.length >= restartAfter && restart === undefined) {
                restart = new Promise<void>((resolve, reject) =>
                  exec(restartCmd as string, (error, _stdout, stderr) => {
                    obtainedWhenRestartDone = obtained.length;
                    if (error) reject(new Error(`restart command failed: ${stderr || error.message}`));
                    else resolve();
                  }),
                );
              }
            }
          }),
        );
        await restart;

        const total = workers * perWorker;
        const after = await startTime();
        expect(after).not.toBe(before); // the server really restarted …
        expect(obtainedWhenRestartDone).toBeGreaterThanOrEqual(restartAfter);
        expect(obtainedWhenRestartDone).toBeLessThan(total); // … in the middle of the allocations
        expect(transientErrors).toBeGreaterThan(0); // and the clients saw it

        // Repeats nothing: every number obtained once.
        expect(obtained).toHaveLength(total);
        expect(new Set(obtained).size).toBe(total);
        // Loses nothing: the numbers are exactly 1..total, the counter stands at total, and the
        // ledger holds every number obtained and no other.
        expect([...obtained].sort((a, b) => a - b)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
        expect(await withRetry(() => postgresSequenceStore({ pool: restartPool, table }).current(agency, DAY))).toBe(total);
        const counted = await withRetry(() => restartPool.query(`SELECT count(*)::int AS n, max(sequence)::int AS top FROM ${ledger}`));
        expect(counted.rows[0]).toEqual({ n: total, top: total });
        console.info(
          `restart test: ${total} numbers, restart finished after ${obtainedWhenRestartDone}; ${transientErrors} transient errors, ` +
            `${inDoubtCommitted} in-doubt commits found committed, ${inDoubtRolledBack} found rolled back`,
        );
      } finally {
        await restart?.catch(() => {});
        await restartPool.end();
      }
    },
    120_000,
  );
});
