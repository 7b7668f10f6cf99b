import { formatCitation } from '../../citation/citation.js';
import { computeDeadline, type DeadlineInput } from '../../deadline/compute-deadline.js';
import { apologyWindow } from '../../deadline/desk.js';
import { formatLimit } from '../../deadline/limit.js';
import type { Channel, CountingMode, DeadlinePolicyInput, DueTime } from '../../deadline/policy.js';
import { presets, type PresetId } from '../../deadline/presets.js';
import { rulesets, type RulesetId } from '../../deadline/rulesets.js';
import { formatVietnameseMoment } from '../../time/format.js';
import { momentOption, oneOf, readArgs, table, type ArgValues } from '../args.js';
import { UsageError, type CliIo, type Command } from '../command.js';

const HELP = `motcua deadline — the appointment (ngày hẹn trả kết quả) and why

Usage:
  motcua deadline --received <moment> --limit <limit> [options]

Options:
  --received <when>   receipt of the complete dossier: YYYY-MM-DDTHH:mm (Vietnamese time),
                      an ISO string with an offset, or epoch milliseconds (12 or 13 digits;
                      10 digits, epoch seconds, and 20250828 are refused)
  --limit <limit>     "3 ngày làm việc", "08 giờ làm việc", "30 ngày", "01 tháng", "trong ngày",
                      "5 working days", "0,25 ngày làm việc"
  --channel <c>       in-person (default) | online | post
  --ruleset <id>      nd61-2018 | nd118-2025 | local-pre-2018 (default: by the receipt day)
  --preset <id>       thanh-hoa | opencps (reproduce a peer system)
  --mode <m>          A | B | B-prime | C (default: the rule set's, A)
  --cutoff <c>        15:00 | none | closing-60 (modes B, B-prime, C)
  --due-time <t>      closing | end-of-day
  --json              machine-readable output (the Deadline with its trace)
  -h, --help          this help

Examples:
  motcua deadline --received 2025-08-28T16:10 --limit "3 ngày làm việc"
  motcua deadline --received 2025-08-28T16:10 --limit "3 ngày làm việc" --mode B
  motcua deadline --received 2025-04-24T17:30 --limit "2 ngày làm việc" --preset thanh-hoa --json
`;

/** The keys of `record`: the choices of an option, complete by type. */
function choices<K extends string>(record: Readonly<Record<K, unknown>>): K[] {
  return Object.keys(record) as K[];
}

const MODES = choices<CountingMode>({ A: 1, B: 1, 'B-prime': 1, C: 1 });
const CHANNELS = choices<Channel>({ 'in-person': 1, online: 1, post: 1 });
const DUE_TIMES = choices<DueTime>({ closing: 1, 'end-of-day': 1 });

const OPTIONS = {
  received: { type: 'string' },
  limit: { type: 'string' },
  channel: { type: 'string' },
  ruleset: { type: 'string' },
  preset: { type: 'string' },
  mode: { type: 'string' },
  cutoff: { type: 'string' },
  'due-time': { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * The `computeDeadline` input of the options (`--received` and `--limit` given): choice values
 * checked here (an unknown one is a usage error listing the choices), the rest by the library.
 */
function deadlineInput(values: ArgValues<typeof OPTIONS>): DeadlineInput {
  const policy: DeadlinePolicyInput = {
    ...(values.mode !== undefined ? { mode: oneOf('--mode', 'mode', values.mode, MODES) } : {}),
    ...(values.cutoff !== undefined ? { cutoff: values.cutoff } : {}),
    ...(values['due-time'] !== undefined ? { dueTime: oneOf('--due-time', 'due time', values['due-time'], DUE_TIMES) } : {}),
  };
  return {
    receivedAt: momentOption('--received', values.received!),
    limit: values.limit!,
    ...(values.channel !== undefined ? { channel: oneOf('--channel', 'channel', values.channel, CHANNELS) } : {}),
    ...(values.ruleset !== undefined ? { ruleset: oneOf('--ruleset', 'rule set', values.ruleset, choices<RulesetId>(rulesets)) } : {}),
    ...(values.preset !== undefined ? { preset: oneOf('--preset', 'preset', values.preset, choices<PresetId>(presets)) } : {}),
    ...(Object.keys(policy).length > 0 ? { policy } : {}),
  };
}

/** `motcua deadline`: compute an appointment and print it with its trace. */
export const deadlineCommand: Command = {
  name: 'deadline',
  summary: 'compute an appointment (ngày hẹn trả) with the rules applied and their citations',
  help: HELP,
  async run(argv: readonly string[], io: CliIo): Promise<number> {
    const { values, positionals } = readArgs(argv, OPTIONS);
    if (values.help) {
      io.out(HELP);
      return 0;
    }
    if (positionals.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}`);
    const missing = (['received', 'limit'] as const).filter((k) => values[k] === undefined);
    if (missing.length > 0) throw new UsageError(`missing ${missing.map((k) => `--${k}`).join(' and ')}`);
    const deadline = computeDeadline(deadlineInput(values));
    if (values.json) {
      io.out(`${JSON.stringify({ ...deadline.toJSON(), apology: apologyWindow(deadline) }, null, 2)}\n`);
      return 0;
    }
    const apology = apologyWindow(deadline);
    io.out(`Ngày hẹn trả kết quả: ${formatVietnameseMoment(deadline.dueMs)}\n\n`);
    io.out(table([
      ['due', deadline.dueWallTime],
      ['received', `${deadline.receivedAt} (${deadline.channel})`],
      ['counted from', deadline.startedAt],
      ['limit', `${formatLimit(deadline.limit)} — mode ${deadline.mode}`],
      ['rule set', `${deadline.ruleset.id}: ${deadline.ruleset.name}`],
      ...(deadline.preset ? [['preset', `${deadline.preset.id}: ${deadline.preset.name}`] as const] : []),
      ['apology', apology.timing === 'after-due' ? `after ${apology.earliestAt}`
        : apology.possible ? `no later than ${apology.latestDay} (${formatCitation(apology.basis)})`
        : `none possible in time: the limit is shorter than the notice (${formatCitation(apology.basis)})`],
      ['provisional', deadline.provisional ? 'yes — a calendar year without a complete notice was used' : 'no'],
    ]));
    io.out('\nWhy:\n');
    deadline.trace.forEach((step, i) => {
      io.out(`${String(i + 1).padStart(3)}. ${step.message}\n${step.basis ? `     ${formatCitation(step.basis)}\n` : ''}`);
    });
    return 0;
  },
};
