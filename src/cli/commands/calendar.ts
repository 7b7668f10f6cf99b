import { vnCalendar } from '../../calendar/vn-calendar.js';
import { withOfficialSources } from '../../calendar/sources/index.js';
import type { DayInfo } from '../../calendar/day-kind.js';
import { formatCitation } from '../../citation/citation.js';
import { weekdayOf } from '../../time/day-number.js';
import { parseDay } from '../../time/parse.js';
import { oneOf, readArgs, table } from '../args.js';
import { UsageError, type CliIo, type Command } from '../command.js';

const HELP = `motcua calendar — the civil-service working calendar

Usage:
  motcua calendar <year> [--all] [--json]     days off and make-up working days of a year
  motcua calendar --day <YYYY-MM-DD> [--json]  explain one day

The year's first line counts the listed days off that fall Monday to Friday (a holiday on a
Sunday is listed, its compensation day is counted) and the listed make-up or extra working days
(kinds make-up-working-day, extra-working-day; not the days listed as ordinary working days).

Options:
  --day <day>        the day to explain
  --all              also list weekends inside a break (with a year only)
  --preset <p>       civil-service (default) | enterprise
  --strict           refuse years without official data instead of projecting them
  --json             machine-readable output
  -h, --help         this help

Examples:
  motcua calendar 2026
  motcua calendar --day 2025-04-26
`;

/** The `--preset` values. */
const PRESETS = ['civil-service', 'enterprise'] as const;

const OPTIONS = {
  day: { type: 'string' },
  all: { type: 'boolean' },
  preset: { type: 'string' },
  strict: { type: 'boolean' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * The year's summary counts, from the listed days: days off on Monday–Friday (whatever their kind),
 * and make-up or extra working days (not days listed as ordinary working days).
 */
function yearCounts(days: readonly DayInfo[]): { weekdaysOff: number; extraWorking: number } {
  const weekday = (d: DayInfo) => ![0, 6].includes(weekdayOf(parseDay(d.date)));
  return {
    weekdaysOff: days.filter((d) => !d.working && weekday(d)).length,
    extraWorking: days.filter((d) => d.kind === 'make-up-working-day' || d.kind === 'extra-working-day').length,
  };
}

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
    const preset = values.preset === undefined ? undefined : oneOf('--preset', 'preset', values.preset, PRESETS);
    const cal = vnCalendar({ ...(preset ? { preset } : {}), ...(values.strict ? { strict: true } : {}) });
    if (values.day !== undefined) {
      if (positionals.length > 0) throw new UsageError('give either a year or --day, not both');
      if (values.all) throw new UsageError('--all goes with a year, not --day');
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
    const { weekdaysOff, extraWorking } = yearCounts(days);
    io.out(`${positionals[0]}: ${weekdaysOff} weekday days off, ${extraWorking} make-up or extra working day${extraWorking === 1 ? '' : 's'}${days.some((d) => d.provisional) ? ' (provisional: projected from the Labour Code)' : ''}\n\n`);
    for (const d of days) io.out(line(d));
    return 0;
  },
};
