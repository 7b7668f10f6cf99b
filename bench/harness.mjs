// Shared benchmark harness: measures ops/s of a function over a fixed wall-clock budget after a
// warm-up, and prints rows with ratios against a named baseline measured in the same run.
// Timings are printed, never asserted.

/** A deterministic pseudo-random generator (mulberry32) for reproducible benchmark inputs. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Sink that keeps results alive so the JIT cannot drop the measured work. */
export let sink = 0;
export function consume(value) {
  sink = (sink + (typeof value === 'number' ? value : typeof value === 'string' ? value.length : 1)) | 0;
}

/**
 * Runs `fn(i)` in batches until `ms` milliseconds have passed; returns operations per second.
 * `fn` should perform one operation per call.
 */
export function measure(fn, { ms = 1000, warmupMs = 300, batch = 1000 } = {}) {
  const run = (budget) => {
    let ops = 0;
    const start = performance.now();
    let now = start;
    while (now - start < budget) {
      for (let i = 0; i < batch; i++) consume(fn(ops + i));
      ops += batch;
      now = performance.now();
    }
    return (ops * 1000) / (now - start);
  };
  run(warmupMs);
  return run(ms);
}

function fmt(opsPerSec) {
  if (opsPerSec >= 1e6) return `${(opsPerSec / 1e6).toFixed(2)} M ops/s`;
  if (opsPerSec >= 1e3) return `${(opsPerSec / 1e3).toFixed(1)} k ops/s`;
  return `${opsPerSec.toFixed(0)} ops/s`;
}

/**
 * Prints a titled table. `rows` are `{ name, opsPerSec }`; `targets` maps a row name to
 * `{ minOpsPerSec?, vs?: { baseline, minRatio? } }` and prints whether each target was met; a
 * comparison without `minRatio` prints the ratio alone (informational, no target).
 */
export function report(title, rows, targets = {}) {
  console.log(`\n## ${title}`);
  const width = Math.max(...rows.map((r) => r.name.length));
  const byName = new Map(rows.map((r) => [r.name, r]));
  for (const row of rows) console.log(`${row.name.padEnd(width)}  ${fmt(row.opsPerSec).padStart(16)}`);
  const verdicts = [];
  for (const [name, target] of Object.entries(targets)) {
    const row = byName.get(name);
    if (!row) continue;
    if (target.minOpsPerSec !== undefined) {
      const ok = row.opsPerSec >= target.minOpsPerSec;
      verdicts.push(`${ok ? 'MET ' : 'MISS'}  ${name}: ${fmt(row.opsPerSec)} (target ≥ ${fmt(target.minOpsPerSec)})`);
    }
    for (const vs of target.vs ?? []) {
      const base = byName.get(vs.baseline);
      if (!base) continue;
      const ratio = row.opsPerSec / base.opsPerSec;
      if (vs.minRatio === undefined) {
        verdicts.push(`INFO  ${name} / ${vs.baseline} = ${ratio.toFixed(2)}×`);
        continue;
      }
      const ok = ratio >= vs.minRatio;
      verdicts.push(`${ok ? 'MET ' : 'MISS'}  ${name} / ${vs.baseline} = ${ratio.toFixed(1)}× (target ≥ ${vs.minRatio}×)`);
    }
  }
  if (verdicts.length) console.log(verdicts.join('\n'));
  return verdicts;
}
