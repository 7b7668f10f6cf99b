import { readFile } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { formatCitation } from '../../citation/citation.js';
import { MotcuaError } from '../../errors/motcua-error.js';
import { createReportAccumulator, type PeriodReport, type ReportAccumulator, type ReportRow } from '../../metrics/accumulator.js';
import { checkReportTable, type PublishedTable, type TableFindings } from '../../metrics/check-table.js';
import { COUNT_KEYS } from '../../metrics/counts.js';
import { reportDefinitions } from '../../metrics/definitions.js';
import { REPORT_DIMENSIONS, type ReportDimension } from '../../metrics/groups.js';
import { createHandlingTimeAccumulator, HANDLING_TIME_UNITS, type HandlingTimeReport, type HandlingTimeRow, type HandlingTimeUnit } from '../../metrics/handling-time.js';
import type { DossierRecord } from '../../metrics/record.js';
import { csvDossierReader, dossierRecordFromRow, ROW_COLUMNS, type DossierRow } from '../../metrics/row.js';
import { momentAt } from '../../time/moment.js';
import { parseDay, type MomentInput } from '../../time/parse.js';
import { momentOption, oneOf, onlyOptions, readArgs as readOptions } from '../args.js';
import { badInput, UsageError, type CliIo, type Command } from '../command.js';
import { inputFormat, printBadLines, readInput, type LineFormat, type LineHandlers } from '../line-input.js';

/** How many bad lines are printed before "… and N more". */
const MAX_REPORTED = 20;
/** Lines between progress updates on a terminal. */
const PROGRESS_EVERY = 50_000;

const HELP = `motcua report — period report of dossier timeliness (Biểu II.06a: tình hình, kết quả giải quyết TTHC)

Usage:
  motcua report <file> --from <day> --to <day> [--definition <id>] [--group-by unit|field|procedure]
                [--as-of <moment>] [--format ndjson|csv] [--skip-invalid] [--json | --csv]
  motcua report <file> --from <day> --to <day> --handling-time [--time-unit <unit>] [--definition <id>]
                [--group-by …] [--as-of <moment>] [--format ndjson|csv] [--skip-invalid] [--json]
  motcua report --check <table.json> [--json]

Reads one dossier per line as a stream (bounded memory; - for standard input) and prints, per group:
carried over, received (online; in person and by post), finished (early / on time / late), in
progress at the end of the period (within / overdue), refused at reception, and the definition's
rates, each with its numerator and denominator. The identities (carried over + received = finished
+ in progress + removed; early + on time + late = finished; within + overdue = in progress) are
checked on every row.

Input (one row per dossier; NDJSON keys or CSV header names; see docs/metrics.md):
  ${ROW_COLUMNS.join(', ')}
  required: unit, channel (in-person | online | post, or 1 | 2 | 3), received, appointment;
  a finished row needs finishKind (decided | returned | stopped | refused | withdrawn) or status 7–10;
  returned = result handed to the applicant (the finish under due-based); pendingSupplementSince =
  the supplementation request awaited (finished at that moment under decision766-progress).
  Times: 2025-09-05T17:00 (Vietnamese time) or ISO with an offset.

Options:
  --from <day>, --to <day>  the period, both days included (YYYY-MM-DD)
  --definition <id>   ${Object.keys(reportDefinitions).join(' | ')} (default solved-based)
  --group-by <dim>    ${REPORT_DIMENSIONS.join(' | ')} (repeatable or comma-separated; default unit)
  --as-of <moment>    judge open dossiers at this moment instead of the period's end (default: now
                      while the period runs, else its end; a date only means the end of that day);
                      digits only are epoch milliseconds (12–13 digits; 10, epoch seconds, are refused)
  --format <f>        ndjson | csv (default: from the file extension; ndjson otherwise)
  --skip-invalid      report and count bad lines on stderr but build the report from the rest
  --json              the report as JSON (with its mergeable state)
  --csv               one CSV row per group and a total row
  --handling-time     instead, the average handling time (Decision 766 indicator 2.2, no points): per
                      procedure (default grouping), the dossiers received in the period and finished by
                      --as-of (default as for the report), from receipt to the finish of the definition's
                      policy, paused time (pausedMinutes) excluded; open ones counted apart
  --time-unit <unit>  ${HANDLING_TIME_UNITS.join(' | ')} (default working-days: working time
                      inside 07:00–11:30, 13:30–17:00 on the working calendar ÷ 8 h)
  --check <file>      check a published table (JSON: counts and percentages, or a list of tables):
                      which identities fail and by how much, which denominator reproduces each
                      percentage (95, "95.0", "95,0", "95.0%"); exit 1 if the table is inconsistent
                      or nothing could be checked (an empty list too); only --json goes with it
  -h, --help          this help

Exit codes: 0 ok; 1 bad input (bad lines with their numbers on stderr; an empty input, NDJSON or CSV,
is a bad line 1), or a table that is inconsistent or gives too few counts to check anything; 2 usage
(an unknown option or value, an option that does not apply, a bad --from, --to or --as-of).
When stderr is a terminal, it shows a progress bar every 50,000 lines (a line count for standard input).

Examples:
  motcua report examples/data/dossiers.ndjson --from 2025-07-01 --to 2025-09-30
  motcua report examples/data/dossiers.csv --from 2025-07-01 --to 2025-09-30 --definition to-handle --group-by field
  motcua report examples/data/dossiers.ndjson --from 2025-07-01 --to 2025-09-30 --handling-time --time-unit working-hours
  motcua report --check examples/data/published-table.json
`;

const OPTIONS = {
  from: { type: 'string' },
  to: { type: 'string' },
  definition: { type: 'string' },
  'group-by': { type: 'string', multiple: true },
  'as-of': { type: 'string' },
  format: { type: 'string' },
  'skip-invalid': { type: 'boolean' },
  json: { type: 'boolean' },
  csv: { type: 'boolean' },
  'handling-time': { type: 'boolean' },
  'time-unit': { type: 'string' },
  check: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

interface Settings {
  readonly file: string;
  readonly from: string;
  readonly to: string;
  readonly definition: string;
  readonly groupBy: ReportDimension[];
  readonly asOf: string | undefined;
  readonly format: LineFormat;
  readonly skipInvalid: boolean;
  readonly output: 'text' | 'json' | 'csv';
  /** `--handling-time`: its unit; absent for the period report. */
  readonly timeUnit: HandlingTimeUnit | undefined;
}

type Parsed = Settings | { readonly check: string; readonly json: boolean } | 'help';

function readArgs(argv: readonly string[]): Parsed {
  const { positionals, values } = readOptions(argv, OPTIONS);
  if (values.help) return 'help';
  if (values.check !== undefined) {
    onlyOptions(values, ['check', 'json'], '--check');
    if (positionals.length > 0) throw new UsageError('--check takes the table file; give no other file');
    return { check: values.check, json: values.json === true };
  }
  if (values.json && values.csv) throw new UsageError('give --json or --csv, not both');
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'missing <file>: motcua report <file> --from <day> --to <day>' : 'give one file');
  if (values.from === undefined || values.to === undefined) throw new UsageError('--from and --to are required (YYYY-MM-DD)');
  const file = positionals[0]!;
  const definition = oneOf('--definition', 'definition', values.definition ?? 'solved-based', Object.keys(reportDefinitions));
  const handlingTime = values['handling-time'] === true;
  if (values['time-unit'] !== undefined && !handlingTime) throw new UsageError('--time-unit goes with --handling-time');
  const timeUnit = oneOf('--time-unit', 'unit', values['time-unit'] ?? 'working-days', HANDLING_TIME_UNITS);
  if (handlingTime && values.csv) throw new UsageError('--handling-time prints a table or --json, not --csv');
  const groupBy = (values['group-by'] ?? [handlingTime ? 'procedure' : 'unit']).flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '')
    .map((dim) => oneOf('--group-by', 'dimension', dim, REPORT_DIMENSIONS));
  if (new Set(groupBy).size !== groupBy.length) throw new UsageError('--group-by: a dimension is listed twice');
  return {
    file, from: values.from, to: values.to, definition, groupBy, asOf: values['as-of'], format: inputFormat(file, values.format),
    skipInvalid: values['skip-invalid'] === true, output: values.json ? 'json' : values.csv ? 'csv' : 'text',
    timeUnit: handlingTime ? timeUnit : undefined,
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function pct(value: number | null): string {
  return value === null ? '–' : `${(value * 100).toFixed(1)}%`;
}

function keyText(row: ReportRow): string {
  const parts = Object.values(row.key);
  return parts.length ? parts.join(' · ') : 'all';
}

const TABLE_COLUMNS = [
  ['carried', 'carriedOver'], ['received', 'received'], ['online', 'receivedOnline'], ['in person', 'receivedInPerson'], ['post', 'receivedPost'],
  ['finished', 'finished'], ['early', 'early'], ['on time', 'onTime'], ['late', 'late'],
  ['in progress', 'inProgress'], ['within', 'within'], ['overdue', 'overdue'], ['refused', 'refusedAtReception'],
] as const;

/** The readable table: one line per group, the total, then the rates with their parts. */
export function describeReport(report: PeriodReport): string {
  let text = `Period report ${report.from} → ${report.to}, open dossiers judged at ${report.asOf}\n`;
  text += `definition ${report.definition.id} — ${report.definition.description}\n`;
  text += `basis: ${report.definition.basis.map(formatCitation).join('; ')}\n\n`;
  const rows = [...report.groups, report.total];
  const labels = rows.map((r, i) => (i === rows.length - 1 ? 'total' : keyText(r)));
  const head = report.groupBy.length ? report.groupBy.join(' · ') : 'group';
  const w0 = Math.max(head.length, ...labels.map((l) => l.length));
  const widths = TABLE_COLUMNS.map(([name, key]) => Math.max(name.length, ...rows.map((r) => String(r.counts[key]).length)));
  text += `${head.padEnd(w0)}  ${TABLE_COLUMNS.map(([name], i) => name.padStart(widths[i]!)).join('  ')}\n`;
  rows.forEach((r, j) => {
    text += `${labels[j]!.padEnd(w0)}  ${TABLE_COLUMNS.map(([, key], i) => String(r.counts[key]).padStart(widths[i]!)).join('  ')}\n`;
  });
  text += '\nrates (numerator / denominator):\n';
  rows.forEach((r, j) => {
    text += `  ${labels[j]!.padEnd(w0)}  ${r.rates.map((x) => `${x.label} ${x.numerator}/${x.denominator} = ${pct(x.value)}`).join(' · ')}\n`;
  });
  return text;
}

const UNIT_NAMES: Readonly<Record<HandlingTimeUnit, string>> = { 'working-days': 'working days', 'working-hours': 'working hours', 'calendar-days': 'calendar days' };

/** The readable handling-time table: finished, in progress, total and average per group, then the total. */
export function describeHandlingTime(report: HandlingTimeReport, definition: string): string {
  const per = report.hoursPerWorkingDay === undefined ? '' : ` of ${report.hoursPerWorkingDay} h`;
  let text = `Average handling time (Decision 766 indicator 2.2) of dossiers received ${report.from} → ${report.to}, finished by ${report.asOf}\n`;
  text += `in ${UNIT_NAMES[report.timeUnit]}${per}; policy ${report.policy} (definition ${definition}); paused time ${report.pausedTime === 'exclude' ? 'excluded' : 'included'}; a local estimate — no points formula is given\n`;
  text += `average = total ÷ finished\n  total:    ${report.definition.numerator}\n  finished: ${report.definition.denominator}\n`;
  text += `basis: ${report.definition.basis.map(formatCitation).join('; ')}\n\n`;
  const rows: HandlingTimeRow[] = [...report.groups, report.total];
  const labels = rows.map((r, i) => (i === rows.length - 1 ? 'total' : Object.values(r.key).join(' · ') || 'all'));
  const head = report.groupBy.length ? report.groupBy.join(' · ') : 'group';
  const cells = rows.map((r) => [String(r.finished), String(r.inProgress), r.total.toFixed(2), r.average === null ? '–' : r.average.toFixed(2)]);
  const names = ['finished', 'in progress', 'total', 'average'];
  const w0 = Math.max(head.length, ...labels.map((l) => l.length));
  const widths = names.map((n, i) => Math.max(n.length, ...cells.map((c) => c[i]!.length)));
  text += `${head.padEnd(w0)}  ${names.map((n, i) => n.padStart(widths[i]!)).join('  ')}\n`;
  rows.forEach((_, j) => (text += `${labels[j]!.padEnd(w0)}  ${cells[j]!.map((c, i) => c.padStart(widths[i]!)).join('  ')}\n`));
  return text;
}

function csvCell(value: string | number): string {
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The report as CSV: the grouping columns, every counter, each rate's numerator / denominator / value. */
export function reportCsv(report: PeriodReport): string {
  const rates = report.total.rates;
  const header = [...report.groupBy, ...COUNT_KEYS, ...rates.flatMap((r) => [`${r.id}Numerator`, `${r.id}Denominator`, `${r.id}Rate`]), 'definition'];
  const line = (row: ReportRow, total: boolean) => [
    ...report.groupBy.map((d, i) => (total ? (i === 0 ? 'total' : '') : row.key[d] ?? '')),
    ...COUNT_KEYS.map((k) => row.counts[k]),
    ...row.rates.flatMap((r) => [r.numerator, r.denominator, r.value === null ? '' : r.value]),
    report.definition.id,
  ].map(csvCell).join(',');
  return `${header.map(csvCell).join(',')}\n${report.groups.map((g) => `${line(g, false)}\n`).join('')}${line(report.total, true)}\n`;
}

function describeFindings(f: TableFindings): string {
  const verdict = f.verdict === 'consistent' ? 'consistent' : f.verdict === 'inconsistent' ? 'INCONSISTENT' : 'NOTHING CHECKED (too few counts given)';
  let text = `${f.name ?? 'table'}: ${verdict}\n`;
  for (const i of f.identities) {
    if (i.status === 'unchecked') text += `  ?     ${i.text} (missing ${i.missing.join(', ')})\n`;
    else text += `  ${i.status === 'holds' ? 'ok   ' : 'FAILS'} ${i.text}: ${i.left} vs ${i.right}${i.holds ? '' : ` (gap ${i.gap > 0 ? '+' : ''}${i.gap})`}\n`;
  }
  for (const p of f.percentages) {
    const published = `${p.published.toFixed(p.decimals)}%`;
    if (p.status === 'unchecked') {
      text += `  ?     ${p.key} ${published}: no reading can be computed (missing counts)\n`;
    } else if (p.reproducedBy.length) {
      text += `  ok    ${p.key} ${published} = ${p.reproducedBy.map((r) => `(${r.numerator}) ÷ (${r.denominator}) = ${r.numeratorValue}/${r.denominatorValue}${r.rounding === 'half-up' ? '' : ` rounded ${r.rounding}`}`).join(' or ')}\n`;
    } else {
      const n = p.nearest;
      text += `  FAILS ${p.key} ${published}: no reading reproduces it${n ? `; nearest (${n.numerator}) ÷ (${n.denominator}) = ${n.exact.toFixed(p.decimals + 2)}%` : ''}\n`;
    }
  }
  return text;
}

/** The tables of a `--check` file (`list`: the file holds a list), or what is wrong with the file. */
type TableFile = { readonly tables: readonly unknown[]; readonly list: boolean } | string;

/** Reads a `--check` file: JSON (a leading UTF-8 BOM ignored), one table or a non-empty list of them. */
async function readTableFile(file: string): Promise<TableFile> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return `cannot read ${file}: ${messageOf(error)}`;
  }
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return `${file} is not JSON: ${messageOf(error)}`;
  }
  if (!Array.isArray(value)) return { tables: [value], list: false };
  if (value.length === 0) return `nothing to check: ${file} holds an empty list (expected a table of counts and percentages, or a list of tables)`;
  return { tables: value, list: true };
}

async function runCheck(file: string, json: boolean, io: CliIo): Promise<number> {
  const read = await readTableFile(file);
  if (typeof read === 'string') return badInput(io, 'report', read);
  const findings: TableFindings[] = [];
  for (const [i, t] of read.tables.entries()) {
    try {
      findings.push(checkReportTable(t as PublishedTable));
    } catch (error) {
      if (!(error instanceof MotcuaError)) throw error;
      return badInput(io, 'report', `${read.list ? `table ${i}: ` : ''}${error.message}`);
    }
  }
  io.out(json ? `${JSON.stringify(read.list ? findings : findings[0])}\n` : findings.map(describeFindings).join('\n'));
  return findings.every((f) => f.consistent) ? 0 : 1;
}

/** Where the rows go: the period report's or the handling-time accumulator, and how its result is printed. */
interface Sink {
  add(record: DossierRecord, path: readonly (string | number)[]): void;
  print(badCount: number): string;
}

/**
 * The moment open dossiers are judged at: `--as-of`, else now when the period is the current one
 * ("unfinished dossiers are judged at the end of the period, or now for the current period":
 * spec/metrics.md, Decision 766 indicator 2.1 [X]); a past period is judged at its end (the
 * library's default). Judged at the end of a period still running, a dossier due after now would
 * count as overdue before it is late.
 */
function asOfOption(settings: Settings, now: number): MomentInput | undefined {
  if (settings.asOf !== undefined) return momentOption('--as-of', settings.asOf);
  const start = momentAt(parseDay(settings.from, ['from']));
  const end = momentAt(parseDay(settings.to, ['to']) + 1);
  return now >= start && now < end ? now : undefined;
}

function sinkOf(settings: Settings, now: number): Sink {
  const asOf = asOfOption(settings, now);
  const period = { from: settings.from, to: settings.to, groupBy: settings.groupBy, ...(asOf === undefined ? {} : { asOf }) };
  const skipped = (badCount: number) => (badCount ? `\n${badCount} invalid line(s) skipped\n` : '');
  if (settings.timeUnit !== undefined) {
    const accumulator = createHandlingTimeAccumulator({ ...period, timeUnit: settings.timeUnit, policy: reportDefinitions[settings.definition]!.policy });
    return {
      add: (record, path) => accumulator.add(record, path),
      print(badCount) {
        const report = accumulator.result();
        return settings.output === 'json' ? `${JSON.stringify({ ...report, invalidLines: badCount })}\n` : `${describeHandlingTime(report, settings.definition)}${skipped(badCount)}`;
      },
    };
  }
  const accumulator: ReportAccumulator = createReportAccumulator({ ...period, definition: settings.definition });
  return {
    add: (record, path) => accumulator.add(record, path),
    print(badCount) {
      const report = accumulator.result();
      if (settings.output === 'json') return `${JSON.stringify({ ...report, invalidLines: badCount })}\n`;
      return settings.output === 'csv' ? reportCsv(report) : `${describeReport(report)}${skipped(badCount)}`;
    },
  };
}

async function run(settings: Settings, io: CliIo, stdin: () => Readable): Promise<number> {
  let sink: Sink;
  try {
    sink = sinkOf(settings, io.now());
  } catch (error) {
    if (!(error instanceof MotcuaError)) throw error;
    throw new UsageError(error.message);
  }
  const handlers: LineHandlers = {
    json(value, line) {
      const path = [line];
      sink.add(dossierRecordFromRow(value as DossierRow, path), path);
    },
    csvHeader(header) {
      const read = csvDossierReader(header);
      return (cells, line) => {
        const path = [line];
        sink.add(read(cells, path), path);
      };
    },
  };
  const outcome = await readInput(
    { command: 'report', file: settings.file, stdin, format: settings.format, maxReported: MAX_REPORTED, progressEvery: PROGRESS_EVERY },
    handlers,
    io,
  );
  if (outcome === 1) return 1;
  if (printBadLines(io, settings.file, outcome, settings.skipInvalid)) return 1;
  io.out(sink.print(outcome.badCount));
  return 0;
}

/**
 * Builds the `report` command; `stdin` supplies the stream read for the file `-` (injected for
 * tests; the default is `process.stdin`).
 */
export function createReportCommand(stdin: () => Readable = () => process.stdin): Command {
  return {
    name: 'report',
    summary: 'period report of early / on-time / late dossiers (II.06a), --handling-time (Decision 766 2.2), or --check a published table',
    help: HELP,
    async run(argv: readonly string[], io: CliIo): Promise<number> {
      const settings = readArgs(argv);
      if (settings === 'help') {
        io.out(HELP);
        return 0;
      }
      if ('check' in settings) return runCheck(settings.check, settings.json, io);
      return run(settings, io, stdin);
    },
  };
}

/** `motcua report <file>`: the period report of a dossier file (NDJSON or CSV), or `--check` a published table. */
export const reportCommand: Command = createReportCommand();

export default reportCommand;
