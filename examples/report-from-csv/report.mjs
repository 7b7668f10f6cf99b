// A period report (Biểu II.06a columns) from a CSV export of an existing one-stop system, with
// motcua/metrics: the file is read line by line (node:readline), each row is mapped onto a
// dossier record and fed to a mergeable accumulator, so memory stays flat however long the file.
//   node examples/report-from-csv/report.mjs [file.csv] [--from 2025-07-01] [--to 2025-09-30] [--definition solved-based]
// The same report from the command line: motcua report examples/data/dossiers.csv --from … --to …
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createReportAccumulator, csvDossierReader, parseCsvLine } from 'motcua/metrics'; // parseCsvLine: RFC 4180 cells of one line ("" quotes)
import { MotcuaError } from 'motcua';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i < 0 ? fallback : args.splice(i, 2)[1];
};
const from = option('from', '2025-07-01');
const to = option('to', '2025-09-30');
const definition = option('definition', 'solved-based');
const file = args[0] ?? fileURLToPath(new URL('../data/dossiers.csv', import.meta.url));

const report = createReportAccumulator({ from, to, definition, groupBy: ['unit'] });
const invalid = [];
let read; // built from the header row: unknown columns are an error, not silently dropped
let lineNumber = 0;
for await (const line of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) {
  lineNumber++;
  if (line.trim() === '') continue;
  try {
    if (read === undefined) read = csvDossierReader(parseCsvLine(line.replace(/^\uFEFF/, '')));
    else report.add(read(parseCsvLine(line), [`line ${lineNumber}`]), [`line ${lineNumber}`]);
  } catch (error) {
    if (!(error instanceof MotcuaError) || read === undefined) throw error; // a bad header stops the run
    invalid.push(`${error.code} ${error.message}`); // a bad row is listed and skipped
  }
}

const result = report.result(); // identities checked: carried over + received = finished + in progress + …
const percent = (rate) => (rate.value === null ? '–' : `${(rate.value * 100).toFixed(1)}%`);
console.log(`${result.definition.name}, ${result.from} → ${result.to} (open dossiers judged at ${result.asOf})`);
for (const row of [...result.groups, { ...result.total, key: { unit: 'total' } }]) {
  const c = row.counts;
  const rates = row.rates.map((r) => `${r.label} ${r.numerator}/${r.denominator} = ${percent(r)}`).join('; ');
  console.log(
    `${row.key.unit}: carried over ${c.carriedOver}, received ${c.received} (refused ${c.refusedAtReception}); ` +
      `finished ${c.finished} (early ${c.early}, on time ${c.onTime}, late ${c.late}); ` +
      `in progress ${c.inProgress} (within ${c.within}, overdue ${c.overdue})\n  ${rates}`,
  );
}
console.log(`${report.records} rows read, ${invalid.length} skipped`);
for (const message of invalid) console.log(`  skipped: ${message}`);
