import type { Readable } from 'node:stream';
import { formatCitation } from '../../citation/citation.js';
import { csvEvaluationReader } from '../../satisfaction/csv.js';
import type { Evaluation } from '../../satisfaction/evaluation.js';
import { roundingPolicies, type RoundingPolicy } from '../../satisfaction/rounding.js';
import { evaluationSchemes, threeLevelQuestions } from '../../satisfaction/scheme-presets.js';
import {
  createEvaluationAccumulator, GROUP_DIMENSIONS,
  type EvaluationSummary, type GroupDimension, type GroupSummary, type QuestionSummary,
} from '../../satisfaction/summary.js';
import type { PeriodUnit } from '../../satisfaction/period.js';
import { oneOf, readArgs as readOptions } from '../args.js';
import { UsageError, type CliIo, type Command } from '../command.js';
import { inputFormat, printBadLines, readInput, type LineFormat, type LineHandlers } from '../line-input.js';

const ROUNDING: Readonly<Record<string, RoundingPolicy>> = {
  art15: roundingPolicies.art15,
  floor: roundingPolicies.floorOneDecimal,
  exact: roundingPolicies.exact,
};
const PERIODS: readonly PeriodUnit[] = ['month', 'quarter', 'year'];
/** How many bad lines are printed before "… and N more". */
const MAX_REPORTED = 20;
/** Lines between progress updates on a terminal. */
const PROGRESS_EVERY = 100_000;

const HELP = `motcua evaluate — summarize citizen evaluations (đánh giá mức độ hài lòng)

Usage:
  motcua evaluate <file> [--group-by <dims>] [--period month|quarter|year]
                  [--scheme <id>] [--rounding art15|floor|exact]
                  [--format ndjson|csv] [--skip-invalid] [--json]

Reads evaluation forms as a stream (- for standard input) and prints, per group: the number of
forms, count / mean / score / distribution of each index, the total and band of each assessment
(units: nine indices, max 18; officials: indices 1, 2, 3, 4, 7, max 10 — Circular 01/2018/TT-VPCP
Art. 15), and the share of each satisfaction level with the number of forms as denominator.

Input:
  NDJSON  one form per line (*.ndjson, *.jsonl, or --format ndjson), e.g.
          {"unit":"UBND xã A","at":"2025-07-03T10:15","answers":{"4":2},"levels":{"overall":"hai-long"},
           "facts":{"limit":3,"used":2,"supplementationRequests":0,"misconductPetition":false}}
          fields: kind (form | unit), dossier, unit, procedure, field, officer, at, answers, levels, facts
  CSV     a header row, then one form per line (*.csv, or --format csv). Columns, in any order:
          dossier, unit, procedure, field, officer, at; the scheme's question keys (tt01-2018: 1 … 9,
          cells 0 / 1 / 2); convenience, overall (rat-hai-long | hai-long | khong-hai-long, or the
          labels Rất hài lòng | Hài lòng | Không hài lòng); limit, used, supplementationRequests,
          applicantFaultRequests, misconductPetition (true | false). Empty cell = not given.
  See docs/satisfaction.md for the full schema.

Options:
  --group-by <dims>   comma-separated: ${GROUP_DIMENSIONS.join(', ')} (repeatable; default: all together)
  --period <unit>     length of a period for --group-by period (default quarter, as Art. 15 reports)
  --scheme <id>       ${Object.keys(evaluationSchemes).join(' | ')} (default tt01-2018)
  --rounding <id>     art15: one decimal, halves up (default, Art. 15) | floor: one decimal, down [X] | exact
  --format <f>        ndjson | csv (default: from the file extension; ndjson otherwise)
  --skip-invalid      report bad lines on stderr but summarize the rest (exit 0; --json: invalidLines)
  --json              the summary as JSON (with its mergeable state)
  -h, --help          this help

Exit codes: 0 ok; 1 bad input (bad lines listed with their numbers on stderr; an empty input, NDJSON
or CSV, is a bad line 1); 2 usage (an unknown option or value, an option that does not apply).
When stderr is a terminal, it shows progress every 100,000 lines (a bar for a file, a count for -).

Examples:
  motcua evaluate examples/data/evaluations.ndjson --group-by unit,period
  motcua evaluate slips.csv --group-by officer --json
`;

const OPTIONS = {
  'group-by': { type: 'string', multiple: true },
  period: { type: 'string' },
  scheme: { type: 'string' },
  rounding: { type: 'string' },
  format: { type: 'string' },
  'skip-invalid': { type: 'boolean' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

interface Settings {
  readonly file: string;
  readonly format: LineFormat;
  readonly groupBy: GroupDimension[];
  readonly period: PeriodUnit;
  readonly schemeId: string;
  readonly rounding: RoundingPolicy;
  readonly skipInvalid: boolean;
  readonly json: boolean;
}

function readArgs(argv: readonly string[]): Settings | 'help' {
  const { positionals, values } = readOptions(argv, OPTIONS);
  if (values.help) return 'help';
  if (positionals.length !== 1) {
    throw new UsageError(positionals.length === 0 ? 'missing <file>: motcua evaluate <file> (- for standard input)' : 'give one file');
  }
  const file = positionals[0]!;
  const groupBy = (values['group-by'] ?? []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '')
    .map((dim) => oneOf('--group-by', 'dimension', dim, GROUP_DIMENSIONS));
  if (new Set(groupBy).size !== groupBy.length) throw new UsageError('--group-by: a dimension is listed twice');
  if (values.period !== undefined && !groupBy.includes('period')) throw new UsageError('--period goes with --group-by period');
  const period = oneOf('--period', 'period', values.period ?? 'quarter', PERIODS);
  const schemeId = oneOf('--scheme', 'scheme', values.scheme ?? 'tt01-2018', Object.keys(evaluationSchemes));
  const roundingId = oneOf('--rounding', 'rounding', values.rounding ?? 'art15', Object.keys(ROUNDING));
  return {
    file, format: inputFormat(file, values.format), groupBy, period, schemeId, rounding: ROUNDING[roundingId]!,
    skipInvalid: values['skip-invalid'] === true, json: values.json === true,
  };
}

function pct(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

function keyText(g: GroupSummary): string {
  const parts = Object.entries(g.key).map(([dim, value]) => `${dim} ${value}`);
  return parts.length ? parts.join(' · ') : 'all forms';
}

function levelLine(q: QuestionSummary, forms: number): string {
  return `  ${q.key.padEnd(12)} ${q.distribution.map((d) => `${d.label} ${pct(d.share)}`).join(' · ')} (of ${forms} forms)\n`;
}

function describeGroup(summary: EvaluationSummary, g: GroupSummary): string {
  let text = `${keyText(g)} — ${g.forms} form(s)${g.unitRecords ? `, ${g.unitRecords} unit record(s)` : ''}\n`;
  const scheme = evaluationSchemes[summary.scheme]!;
  for (const a of scheme.assessments) {
    const s = g.assessments[a.id]!;
    text += s.total === undefined
      ? `  ${a.id.padEnd(8)} no data\n`
      : `  ${a.id.padEnd(8)} ${s.total} of ${s.max}${s.band ? `: ${s.band.label}` : ''} (indices ${s.indices.join(', ')})\n`;
  }
  const scored = g.questions.some((q) => q.sum !== undefined);
  text += scored ? '  index    count  mean    score  answers (points: count)\n' : '  question         count  answers\n';
  for (const q of g.questions) {
    if (scored) {
      const dist = q.distribution.map((d) => `${d.points ?? d.value}: ${d.count}`).join(' · ');
      const mean = q.mean === undefined ? '–' : q.mean.toFixed(3);
      const score = q.score === undefined ? '–' : String(q.score);
      text += `  ${q.key.padEnd(8)} ${String(q.count).padStart(5)}  ${mean.padEnd(6)}  ${score.padEnd(5)}  ${dist}\n`;
    } else {
      text += `  ${q.key.padEnd(16)} ${String(q.count).padStart(5)}  ${q.distribution.map((d) => `${d.label} ${d.count}`).join(' · ')}\n`;
    }
  }
  for (const l of g.levels) if (l.count > 0) text += levelLine(l, g.forms);
  if (g.notSatisfied.count > 0) text += `  not satisfied on some question: ${g.notSatisfied.count} (${pct(g.notSatisfied.share)})\n`;
  const t = g.timing;
  if (t.earlier + t.equal + t.later > 0) text += `  timing from facts: earlier ${t.earlier} · equal ${t.equal} · later ${t.later}\n`;
  return text;
}

function describeSummary(summary: EvaluationSummary): string {
  const scheme = evaluationSchemes[summary.scheme]!;
  let text = `scheme ${scheme.id} — ${formatCitation(scheme.basis)}; rounding ${summary.rounding}; ${summary.forms} form(s)\n`;
  if (summary.groupBy.length) text += `grouped by ${summary.groupBy.join(', ')}${summary.groupBy.includes('period') ? ` (${summary.period})` : ''}\n`;
  for (const g of summary.groups) text += `\n${describeGroup(summary, g)}`;
  return text;
}

async function run(settings: Settings, io: CliIo, stdin: () => Readable): Promise<number> {
  const scheme = evaluationSchemes[settings.schemeId]!;
  const accumulator = createEvaluationAccumulator({
    scheme,
    groupBy: settings.groupBy,
    period: settings.period,
    rounding: settings.rounding,
  });
  const handlers: LineHandlers = {
    json(value) {
      accumulator.add(value as Evaluation);
    },
    csvHeader(header) {
      const read = csvEvaluationReader(header, scheme, threeLevelQuestions);
      return (cells) => accumulator.add(read(cells));
    },
  };
  const outcome = await readInput(
    { command: 'evaluate', file: settings.file, stdin, format: settings.format, maxReported: MAX_REPORTED, progressEvery: PROGRESS_EVERY },
    handlers,
    io,
  );
  if (outcome === 1) return 1;
  if (printBadLines(io, settings.file, outcome, settings.skipInvalid)) return 1;
  const summary = accumulator.result();
  io.out(settings.json ? `${JSON.stringify({ ...summary, invalidLines: outcome.badCount })}\n` : describeSummary(summary));
  return 0;
}

/**
 * Builds the `evaluate` command; `stdin` supplies the stream read for the file `-` (injected for
 * tests; the default is `process.stdin`).
 */
export function createEvaluateCommand(stdin: () => Readable = () => process.stdin): Command {
  return {
    name: 'evaluate',
    summary: 'summarize citizen evaluations: index scores, bands, satisfaction shares',
    help: HELP,
    async run(argv: readonly string[], io: CliIo): Promise<number> {
      const settings = readArgs(argv);
      if (settings === 'help') {
        io.out(HELP);
        return 0;
      }
      return run(settings, io, stdin);
    },
  };
}

/** `motcua evaluate <file>`: summarize evaluation forms (NDJSON or CSV) per unit, procedure, field, officer, period. */
export const evaluateCommand: Command = createEvaluateCommand();

export default evaluateCommand;
