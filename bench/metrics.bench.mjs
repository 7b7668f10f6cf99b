// Benchmarks of the metrics module: classifyTimeliness against a naive allocating classifier,
// report-accumulator and handling-time (Decision 766 indicator 2.2) throughput, and `motcua
// report` on a generated 1 M-row NDJSON file (wall time and peak RSS of a child process).
// Timings are printed, never asserted.
// Targets (design.md): classifyTimeliness ≥ 5 M/s; motcua report on 1 M rows ≤ 10 s, peak RSS ≤ 300 MB.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classifyTimeliness, timelinessCode, createReportAccumulator, createHandlingTimeAccumulator, standardTimeliness } from '../dist/metrics/index.js';
import { measure, report, consume, rng } from './harness.mjs';
import { generateDossiers } from '../scripts/generate-dossiers.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ROWS = Number(process.env.MOTCUA_BENCH_ROWS ?? 1_000_000);

const N = 4096;
const MASK = N - 1;
const random = rng(11);
const DAY = 86_400_000;
const start = Date.parse('2025-01-01T00:00:00+07:00');
const records = Array.from({ length: N }, (_, i) => {
  const receivedAt = start + Math.floor(random() * 300 * DAY);
  const originalDueMs = receivedAt + Math.floor(1 + random() * 20) * DAY;
  const r = { receivedAt, originalDueMs, supplementRequests: random() < 0.1 ? 2 : 0, channel: 'online', unit: `UBND xã ${i % 40}` };
  if (random() < 0.8) Object.assign(r, { finishedAt: receivedAt + Math.floor(random() * 25 * DAY), finishKind: 'decided' });
  return r;
});
const asOf = Date.parse('2025-12-31T23:59:59+07:00');
const options = { asOf, policy: standardTimeliness };

/** What a first implementation does: Date objects, string dates, a result object per call. */
function naiveClassify(r, now) {
  const due = new Date(r.originalDueMs);
  const dueDay = new Date(r.originalDueMs + 7 * 3_600_000).toISOString().slice(0, 10);
  if (r.finishedAt !== undefined && r.finishedAt <= now) {
    const fin = new Date(r.finishedAt);
    const finDay = new Date(r.finishedAt + 7 * 3_600_000).toISOString().slice(0, 10);
    if (fin.getTime() > due.getTime()) return { status: 'finished', label: 'late' };
    return { status: 'finished', label: finDay < dueDay ? 'early' : 'on-time' };
  }
  return { status: 'open', label: new Date(now).getTime() > due.getTime() ? 'overdue' : 'within' };
}

async function cliRun(file) {
  const argv = ['report', file, '--from', '2025-01-01', '--to', '2025-12-31', '--json'];
  const main = ['dist/cli/main.js', 'dist/cli/bin.js'].map((f) => join(root, f)).find((f) => existsSync(f)) ?? join(root, 'dist/cli/main.js');
  const timeV = existsSync('/usr/bin/time');
  let command;
  let args;
  let tmp;
  if (existsSync(main)) {
    command = process.execPath;
    args = [main, ...argv];
  } else {
    // No built CLI yet: bundle the command module and run it in a child process.
    const { build } = await import('esbuild');
    tmp = mkdtempSync(join(tmpdir(), 'motcua-bench-'));
    await build({ entryPoints: [join(root, 'src/cli/commands/report.ts')], bundle: true, platform: 'node', format: 'esm', outfile: join(tmp, 'report.mjs'), logLevel: 'error' });
    writeFileSync(join(tmp, 'runner.mjs'), `
      import { reportCommand } from './report.mjs';
      let bytes = 0;
      const io = { out: (t) => void (bytes += t.length), err: (t) => process.stderr.write(t), stderrIsTTY: false, now: () => Date.now() };
      const t0 = performance.now();
      const code = await reportCommand.run(process.argv.slice(3), io);
      const ms = performance.now() - t0;
      console.log(JSON.stringify({ code, ms, maxRssKb: process.resourceUsage().maxRSS, outBytes: bytes }));
    `);
    command = process.execPath;
    args = [join(tmp, 'runner.mjs'), ...argv];
  }
  const t0 = performance.now();
  const child = timeV ? spawnSync('/usr/bin/time', ['-v', command, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 }) : spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
  const wallMs = performance.now() - t0;
  if (tmp) rmSync(tmp, { recursive: true, force: true });
  const rssFromTime = /Maximum resident set size \(kbytes\): (\d+)/.exec(child.stderr ?? '');
  let inner;
  try {
    inner = JSON.parse(child.stdout.trim().split('\n').at(-1));
  } catch {
    inner = undefined;
  }
  const maxRssKb = rssFromTime ? Number(rssFromTime[1]) : inner?.maxRssKb;
  return { status: child.status, wallMs, maxRssKb, via: existsSync(main) ? main.slice(root.length + 1) : 'bundled src/cli/commands/report.ts', stderr: child.status === 0 ? '' : child.stderr };
}

export default async function () {
  const rows = [
    { name: 'classifyTimeliness (label)', opsPerSec: measure((i) => classifyTimeliness(records[i & MASK], options)) },
    { name: 'timelinessCode (int)', opsPerSec: measure((i) => timelinessCode(records[i & MASK], asOf, standardTimeliness)) },
    { name: 'naive allocating classifier', opsPerSec: measure((i) => naiveClassify(records[i & MASK], asOf)) },
  ];
  const acc = createReportAccumulator({ from: '2025-01-01', to: '2025-12-31', groupBy: ['unit'] });
  rows.push({ name: 'accumulator add (checked)', opsPerSec: measure((i) => acc.add(records[i & MASK])) });
  for (const timeUnit of ['working-days', 'calendar-days']) {
    const handling = createHandlingTimeAccumulator({ from: '2025-01-01', to: '2025-12-31', groupBy: ['unit'], timeUnit });
    rows.push({ name: `handling-time add (${timeUnit})`, opsPerSec: measure((i) => handling.add(records[i & MASK])) });
  }
  const shards = Array.from({ length: 8 }, () => {
    const a = createReportAccumulator({ from: '2025-01-01', to: '2025-12-31', groupBy: ['unit'] });
    for (const r of records) a.add(r);
    return a.state();
  });
  rows.push({
    name: 'merge 8 shard states + result', opsPerSec: measure(() => {
      const a = createReportAccumulator({ from: '2025-01-01', to: '2025-12-31', groupBy: ['unit'] });
      for (const s of shards) a.merge(s);
      consume(a.result().total.counts.finished);
    }, { batch: 10 }),
  });
  report('metrics', rows, {
    'classifyTimeliness (label)': { minOpsPerSec: 5e6, vs: [{ baseline: 'naive allocating classifier', minRatio: 1 }] },
    'timelinessCode (int)': { minOpsPerSec: 5e6 },
  });

  const dir = mkdtempSync(join(tmpdir(), 'motcua-dossiers-'));
  const file = join(dir, 'dossiers.ndjson');
  try {
    const g0 = performance.now();
    await generateDossiers(ROWS, file, 1);
    console.log(`\n## motcua report on ${ROWS.toLocaleString('en')} NDJSON rows (generated in ${((performance.now() - g0) / 1000).toFixed(1)} s)`);
    const r = await cliRun(file);
    if (r.status !== 0) console.log(`run failed (exit ${r.status}): ${r.stderr.slice(0, 500)}`);
    const mb = r.maxRssKb === undefined ? undefined : r.maxRssKb / 1024;
    console.log(`via ${r.via}: wall ${(r.wallMs / 1000).toFixed(2)} s, peak RSS ${mb === undefined ? '?' : `${mb.toFixed(0)} MB`}`);
    console.log(`${r.wallMs <= 10_000 ? 'MET ' : 'MISS'}  wall ≤ 10 s`);
    if (mb !== undefined) console.log(`${mb <= 300 ? 'MET ' : 'MISS'}  peak RSS ≤ 300 MB`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
