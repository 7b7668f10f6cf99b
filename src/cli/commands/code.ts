import { formatDossierCode } from '../../code/format.js';
import { parseDossierCode, type ParsedDossierCode } from '../../code/parse.js';
import { dossierCodeSchemes, DOSSIER_CODE_SCHEME_IDS, type DossierCodeSchemeId } from '../../code/schemes.js';
import { formatCitation } from '../../citation/citation.js';
import { MotcuaError } from '../../errors/motcua-error.js';
import { SchemeNotInForceError } from '../../errors/scheme-not-in-force-error.js';
import { formatVietnameseDay } from '../../time/format.js';
import { momentOption, oneOf, onlyOptions, readArgs, type ArgValues } from '../args.js';
import { badInput, UsageError, type CliIo, type Command } from '../command.js';

const HELP = `motcua code — dossier codes (mã số hồ sơ)

Usage:
  motcua code parse <code> [--scheme <id>] [--json]
  motcua code format --agency <id> --received <moment> --sequence <n>
                     [--scheme <id>] [--system <AA>] [--allow-outside-validity] [--json]

parse    reads a code: agency (groups, level-1 unit), receipt day, sequence, scheme, and
         whether the scheme was in force on the receipt day (reported, never rejected).
         Exit 1 with the reason on stderr when it is not a dossier code.
format   writes a code; the date part is the Vietnamese day of --received. With --scheme,
         the receipt day must be within the scheme's validity dates (exit 1 otherwise).

Options:
  --agency <id>      agency identifier as written in codes, e.g. 000.17.22.H56
  --received <when>  YYYY-MM-DD, YYYY-MM-DDTHH:mm (Vietnamese time), ISO with an offset, or epoch
                     milliseconds (12 or 13 digits; 20210531 is refused: write 2021-05-31; so are
                     10 digits, epoch seconds)
  --sequence <n>     the day's sequence, 1, 2, … (widens past 9999)
  --scheme <id>      ${DOSSIER_CODE_SCHEME_IDS.join(' | ')}
                     (parse: read under this scheme only; a centralised code must name it)
  --system <AA>      two digits of the centralised system's owner (tt04-2025-centralised)
  --allow-outside-validity
                     format: write under --scheme even on a day it does not govern
                     (back-filling legacy data)
  --json             machine-readable output
  -h, --help         this help

Examples:
  motcua code parse 000.17.22.H56-210531-0001
  motcua code format --agency 000.17.22.H56 --received 2021-05-31T08:15 --sequence 1
`;

const OPTIONS = {
  agency: { type: 'string' },
  received: { type: 'string' },
  sequence: { type: 'string' },
  scheme: { type: 'string' },
  system: { type: 'string' },
  'allow-outside-validity': { type: 'boolean' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = ArgValues<typeof OPTIONS>;

/** The `--scheme` value, or a usage error listing the schemes (an unknown value is a usage mistake). */
function schemeOption(values: Values): DossierCodeSchemeId | undefined {
  return values.scheme === undefined ? undefined : oneOf('--scheme', 'scheme', values.scheme, DOSSIER_CODE_SCHEME_IDS);
}

function describeParsed(p: ParsedDossierCode): string {
  const scheme = dossierCodeSchemes[p.scheme];
  const main = scheme.basis[0];
  const validity = scheme.validTo === undefined ? `from ${scheme.validFrom}` : `${scheme.validFrom} to ${scheme.validTo}`;
  const rows: [string, string][] = [
    ['code', p.code],
    ['scheme', `${p.scheme}${main ? ` — ${formatCitation(main)}` : ''}`],
    [
      'agency',
      `${p.agency.id} (level-1 unit ${p.agency.level1}; groups ${p.agency.order === 'lowest-first' ? 'lowest' : 'highest'} level first: ${p.agency.groups.join(' · ')})`,
    ],
    ['received', `${p.receivedDate} (${formatVietnameseDay(p.receivedOn)})`],
    ['in force', p.schemeInForce ? `yes (${validity})` : `no — ${p.scheme} governs receipts ${validity}; the code is dated ${p.receivedDate}`],
  ];
  if (p.systemCode !== undefined) rows.push(['system', `${p.systemCode} (owner of the centralised system)`]);
  rows.push(['sequence', String(p.sequence)]);
  return rows.map(([k, v]) => `${k.padEnd(9)} ${v}\n`).join('');
}

function runParse(positionals: string[], values: Values, io: CliIo): number {
  onlyOptions(values, ['scheme', 'json'], "'motcua code parse'");
  if (positionals.length !== 1) {
    throw new UsageError(positionals.length === 0 ? 'missing <code>: motcua code parse <code>' : 'give one code at a time');
  }
  const code = positionals[0] as string;
  const scheme = schemeOption(values);
  const parsed = parseDossierCode(code, scheme === undefined ? undefined : { scheme });
  if (values.json) {
    const { unit: _unit, ...rest } = parsed;
    io.out(`${JSON.stringify(rest)}\n`);
  } else {
    io.out(describeParsed(parsed));
  }
  return 0;
}

function runFormat(positionals: string[], values: Values, io: CliIo): number {
  onlyOptions(values, ['agency', 'received', 'sequence', 'scheme', 'system', 'allow-outside-validity', 'json'], "'motcua code format'");
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}`);
  const missing = (['agency', 'received', 'sequence'] as const).filter((k) => values[k] === undefined);
  if (missing.length > 0) throw new UsageError(`missing ${missing.map((k) => `--${k}`).join(', ')}`);
  const scheme = schemeOption(values);
  const sequenceText = values.sequence as string;
  if (!/^\d{1,15}$/.test(sequenceText)) return badInput(io, 'code', `--sequence must be a whole number from 1 (got ${JSON.stringify(sequenceText)})`);
  const received = momentOption('--received', values.received as string);
  let code: string;
  try {
    code = formatDossierCode({
      agency: values.agency as string,
      receivedAt: received,
      sequence: Number(sequenceText),
      ...(scheme === undefined ? {} : { scheme }),
      ...(values.system === undefined ? {} : { systemCode: values.system }),
      ...(values['allow-outside-validity'] ? { allowOutsideValidity: true } : {}),
    });
  } catch (error) {
    if (error instanceof SchemeNotInForceError) {
      return badInput(io, 'code', error.message.replace('pass allowOutsideValidity: true', 'pass --allow-outside-validity'));
    }
    throw error;
  }
  io.out(values.json ? `${JSON.stringify({ code })}\n` : `${code}\n`);
  return 0;
}

/** `motcua code parse|format`: read and write dossier codes. */
export const codeCommand: Command = {
  name: 'code',
  summary: 'parse and format dossier codes (mã số hồ sơ)',
  help: HELP,
  async run(argv: readonly string[], io: CliIo): Promise<number> {
    const { positionals, values } = readArgs(argv, OPTIONS);
    if (values.help) {
      io.out(HELP);
      return 0;
    }
    const [sub, ...rest] = positionals;
    try {
      if (sub === 'parse') return runParse(rest, values, io);
      if (sub === 'format') return runFormat(rest, values, io);
    } catch (error) {
      if (error instanceof MotcuaError) return badInput(io, 'code', error.message);
      throw error;
    }
    throw new UsageError(sub === undefined ? 'missing sub-command: parse or format' : `unknown sub-command ${JSON.stringify(sub)}: parse or format`);
  },
};

export default codeCommand;
