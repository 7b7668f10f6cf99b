// Writes N synthetic dossier rows as NDJSON (the `motcua report` input schema, docs/metrics.md) for
// the benchmark. Dev-only. Usage: node scripts/generate-dossiers.mjs <N> <out.ndjson> [seed]
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { rng } from '../bench/harness.mjs';

const pad = (n) => String(n).padStart(2, '0');
/** Vietnamese wall time of an epoch-ms moment, `YYYY-MM-DDTHH:mm`. */
function wall(ms) {
  const d = new Date(ms + 7 * 3_600_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** Writes `n` rows to `path`; resolves when the file is flushed. */
export async function generateDossiers(n, path, seed = 1) {
  const random = rng(seed);
  const units = Array.from({ length: 40 }, (_, i) => `UBND xã ${i + 1}`);
  const fields = ['Hộ tịch', 'Đất đai', 'Chứng thực', 'Kinh doanh', 'Xây dựng'];
  const procedures = Array.from({ length: 30 }, (_, i) => `Thủ tục ${i + 1}`);
  const channels = ['in-person', 'online', 'online', 'post'];
  const start = Date.parse('2025-01-01T00:00:00+07:00');
  const year = 365 * 86_400_000;
  const out = createWriteStream(path);
  let buffer = '';
  for (let i = 0; i < n; i++) {
    const received = start + Math.floor(random() * year);
    const limitDays = 1 + Math.floor(random() * 20);
    const appointment = received + limitDays * 86_400_000;
    const row = {
      code: `000.00.25.H${String(i % 99).padStart(2, '0')}-${i}`,
      unit: units[Math.floor(random() * units.length)],
      field: fields[Math.floor(random() * fields.length)],
      procedure: procedures[Math.floor(random() * procedures.length)],
      channel: channels[Math.floor(random() * channels.length)],
      received: wall(received),
      appointment: wall(appointment),
      supplementations: random() < 0.9 ? 0 : random() < 0.7 ? 1 : 2,
    };
    const roll = random();
    if (roll < 0.02) row.status = 3;
    else if (roll < 0.9) {
      row.finished = wall(received + Math.floor(random() * limitDays * 1.2 * 86_400_000));
      row.finishKind = roll < 0.88 ? 'decided' : 'withdrawn';
    }
    buffer += `${JSON.stringify(row)}\n`;
    if (buffer.length > 1 << 16) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const n = Number(process.argv[2] ?? 1000);
  const path = process.argv[3] ?? 'dossiers.ndjson';
  await generateDossiers(n, path, Number(process.argv[4] ?? 1));
  console.log(`wrote ${n} rows to ${path}`);
}
