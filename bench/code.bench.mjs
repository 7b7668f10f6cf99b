// Dossier codes: parseDossierCode and formatDossierCode through the public API, against a naive
// regex-split parser and a naive template-string formatter (Date + padStart) in the same run.
// Targets (design.md): parseDossierCode ≥ 1 M/s, formatDossierCode ≥ 2 M/s; parse ≥ 1× the naive
// parser is a sanity check of ours (it validates more and builds a richer result). With MOTCUA_PG_URL set,
// also prints PostgreSQL allocation throughput with 8 concurrent clients (printed, no target).
import { formatDossierCode, isDossierCode, parseDossierCode } from '../dist/code/index.js';
import { measure, report } from './harness.mjs';

const AGENCIES = ['000.17.22.H56', '000.00.14.H56', 'H56.22.17.000', 'G01.99', 'T02.BD.22.H29', 'H56'];
const N = 1024;

function inputs() {
  const base = Date.UTC(2019, 0, 6, 1, 30); // 08:30 Vietnamese time
  const list = [];
  for (let i = 0; i < N; i++) {
    list.push({
      agency: AGENCIES[i % AGENCIES.length],
      receivedAt: base + ((i * 7919) % 2400) * 86_400_000 + (i % 9) * 3_600_000,
      sequence: 1 + ((i * 131) % 12000),
    });
  }
  return list;
}

/** Baseline parser: one regular expression, split, and a Date round trip to check the date. */
const NAIVE = /^([0-9A-Z]+(?:\.[0-9A-Z]+)*)-(\d{2})(\d{2})(\d{2})-(\d{4,})$/;
function naiveParse(code) {
  const m = NAIVE.exec(code);
  if (!m) throw new Error(`bad code ${code}`);
  const year = 2000 + Number(m[2]);
  const month = Number(m[3]);
  const day = Number(m[4]);
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) throw new Error(`bad date ${code}`);
  const groups = m[1].split('.');
  return { agency: m[1], groups, year, month, day, sequence: Number(m[5]) };
}

/** Baseline formatter: shift to UTC+7, read the date with getUTC*, pad with padStart. */
function naiveFormat({ agency, receivedAt, sequence }) {
  const d = new Date(receivedAt + 7 * 3_600_000);
  const yy = String(d.getUTCFullYear() % 100).padStart(2, '0');
  const mm = String(d.getUTCMonth() + 1).padStart(2, '0');
  const dd = String(d.getUTCDate()).padStart(2, '0');
  return `${agency}-${yy}${mm}${dd}-${String(sequence).padStart(4, '0')}`;
}

async function postgresThroughput(url) {
  const { default: pg } = await import('pg');
  const { postgresSequenceStore } = await import('../dist/postgres/index.js');
  const table = `motcua_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const clients = [];
  try {
    await postgresSequenceStore({ client: admin, table }).ensureTable();
    for (let i = 0; i < 8; i++) {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      clients.push(c);
    }
    const rows = [];
    for (const [name, sameKey] of [['8 clients, same agency and day', true], ['8 clients, 8 agencies', false]]) {
      const stores = clients.map((client) => postgresSequenceStore({ client, table }));
      const until = performance.now() + 2000;
      let ops = 0;
      const start = performance.now();
      await Promise.all(
        stores.map(async (store, i) => {
          const agency = sameKey ? '000.17.22.H56' : `000.17.2${i}.H56`;
          while (performance.now() < until) {
            await store.allocate(agency, 20000 + (sameKey ? 0 : 1));
            ops++;
          }
        }),
      );
      rows.push({ name: `postgres allocate (${name})`, opsPerSec: (ops * 1000) / (performance.now() - start) });
    }
    report('PostgreSQL SequenceStore allocation throughput (printed, no target)', rows);
  } finally {
    await admin.query(`DROP TABLE IF EXISTS "${table}"`).catch(() => {});
    await Promise.all([admin, ...clients].map((c) => c.end()));
  }
}

export default async function codeBench() {
  const list = inputs();
  const codes = list.map((x) => formatDossierCode(x));
  for (let i = 0; i < N; i++) {
    const a = parseDossierCode(codes[i]);
    const b = naiveParse(codes[i]);
    if (a.sequence !== b.sequence || a.agency.id !== b.agency || naiveFormat(list[i]) !== codes[i]) {
      throw new Error(`baseline disagrees on ${codes[i]}`);
    }
  }
  const isoInputs = list.map((x) => ({ ...x, receivedAt: new Date(x.receivedAt + 7 * 3_600_000).toISOString().slice(0, 10) }));

  const rows = [
    { name: 'parseDossierCode', opsPerSec: measure((i) => parseDossierCode(codes[i & (N - 1)]).sequence) },
    { name: 'isDossierCode', opsPerSec: measure((i) => (isDossierCode(codes[i & (N - 1)]) ? 1 : 0)) },
    { name: 'naive regex parser', opsPerSec: measure((i) => naiveParse(codes[i & (N - 1)]).sequence) },
    { name: 'formatDossierCode (epoch ms)', opsPerSec: measure((i) => formatDossierCode(list[i & (N - 1)])) },
    { name: 'formatDossierCode (YYYY-MM-DD)', opsPerSec: measure((i) => formatDossierCode(isoInputs[i & (N - 1)])) },
    { name: 'naive template formatter', opsPerSec: measure((i) => naiveFormat(list[i & (N - 1)])) },
  ];
  report('Dossier codes: parse and format', rows, {
    parseDossierCode: { minOpsPerSec: 1e6, vs: [{ baseline: 'naive regex parser', minRatio: 1 }] },
    'formatDossierCode (epoch ms)': { minOpsPerSec: 2e6 },
    'formatDossierCode (YYYY-MM-DD)': { minOpsPerSec: 2e6 },
  });

  const url = process.env.MOTCUA_PG_URL;
  if (url) await postgresThroughput(url);
  else console.log('\n(PostgreSQL allocation throughput not measured: MOTCUA_PG_URL is not set; see .ci/postgres.sh)');
}
