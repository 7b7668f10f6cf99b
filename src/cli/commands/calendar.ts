import { vnCalendar } from '../../calendar/vn-calendar.js';
import { withOfficialSources } from '../../calendar/sources/index.js';
import type { DayInfo } from '../../calendar/day-kind.js';
import { formatCitation } from '../../citation/citation.js';
import { readArgs, table } from '../args.js';
import { UsageError, type CliIo, type Command } from '../command.js';

const HELP = `motcua calendar — the civil-service working calendar

Usage:
  motcua calendar <year> [--all] [--json]     days off and make-up working days of a year
  motcua calendar --day <YYYY-MM-DD> [--json]  explain one day

Options:
  --day <day>        the day to explain
  --all              also list weekends inside a break
  --preset <p>       civil-service (default) | enterprise
  --strict           refuse years without official data instead of projecting them
  --json             machine-readable output
  -h, --help         this help

Examples:
  motcua calendar 2026
  motcua calendar --day 2025-04-26
`;

const OPTIONS = {
  day: { type: 'string' },
  all: { type: 'boolean' },
  preset: { type: 'string' },
  strict: { type: 'boolean' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

function line(d: DayInfo): string {
  const what = d.kind.replace(/-/g, ' ');
  return `${d.date}  ${d.weekday.padEnd(9)} ${(d.working ? 'working' : 'off').padEnd(8)} ${what.padEnd(20)} ${d.occasion ?? ''}${d.provisional ? '  [provisional]' : ''}\n`;
}

/** `motcua calendar`: list a year's notable days or explain one day. */
export const calendarCommand: Command = {
  name: 'calendar',
  summary: 'list a year’s days off and make-up days, or explain one day',
  help: HELP,
  async run(argv: readonly string[], io: CliIo): Promise<number> {
    const { values, positionals } = readArgs(argv, OPTIONS);
    if (values.help) {
      io.out(HELP);
      return 0;
    }
    if (values.preset !== undefined && values.preset !== 'civil-service' && values.preset !== 'enterprise') {
      throw new UsageError(`--preset must be civil-service or enterprise, got ${JSON.stringify(values.preset)}`);
    }
    const cal = vnCalendar({ ...(values.preset ? { preset: values.preset as 'civil-service' | 'enterprise' } : {}), ...(values.strict ? { strict: true } : {}) });
    if (values.day !== undefined) {
      if (positionals.length > 0) throw new UsageError('give either a year or --day, not both');
      const info = withOfficialSources(cal.dayInfo(values.day));
      if (values.json) {
        io.out(`${JSON.stringify(info, null, 2)}\n`);
        return 0;
      }
      io.out(table([
        ['day', `${info.date} (${info.weekday})`],
        ['working', info.working ? 'yes' : 'no'],
        ['kind', info.kind],
        ...(info.occasion ? [['occasion', info.occasion] as const] : []),
        ['origin', info.origin + (info.status ? ` (${info.status})` : '')],
        ...(info.basis ? [['basis', formatCitation(info.basis)] as const] : []),
        ...info.sources.map((s, i) => [i === 0 ? 'sources' : '', s] as const),
        ...(info.note ? [['note', info.note] as const] : []),
        ['provisional', info.provisional ? 'yes — no complete official notice for this year' : 'no'],
      ]));
      return 0;
    }
    if (positionals.length !== 1 || !/^\d{4}$/.test(positionals[0]!)) {
      throw new UsageError(positionals.length === 0 ? 'give a year (motcua calendar 2026) or --day' : `expected a year, got ${JSON.stringify(positionals.join(' '))}`);
    }
    const days = cal.notableDays(Number(positionals[0])).filter((d) => values.all || d.kind !== 'weekly-rest').map(withOfficialSources);
    if (values.json) {
      io.out(`${JSON.stringify(days, null, 2)}\n`);
      return 0;
    }
    const off = days.filter((d) => !d.working && d.kind !== 'weekly-rest').length;
    const makeUp = days.filter((d) => d.working).length;
    io.out(`${positionals[0]}: ${off} weekday days off, ${makeUp} make-up or extra working day${makeUp === 1 ? '' : 's'}${days.some((d) => d.provisional) ? ' (provisional: projected from the Labour Code)' : ''}\n\n`);
    for (const d of days) io.out(line(d));
    return 0;
  },
};
