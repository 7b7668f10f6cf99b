import { describe, expect, it } from 'vitest';
import { ioFor, main } from './main.js';
import { captureIo } from './cli.test-support.js';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const captured = captureIo();
  const code = await main(argv, captured.io);
  return { code, out: captured.out, err: captured.err };
}

describe('motcua CLI', () => {
  it('computes the 2025-08-28 appointment with its trace', async () => {
    const r = await run('deadline', '--received', '2025-08-28T16:10', '--limit', '3 ngày làm việc');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Ngày hẹn trả kết quả: 17 giờ 00, Thứ Năm, ngày 04/09/2025');
    expect(r.out).toContain('2025-09-01 skipped: Quốc khánh 2/9, statutory holiday');
    expect(r.out).toContain('Civil Code 2015 (Law 91/2015/QH13) Art. 147–148; Decree 118/2025/NĐ-CP Art. 17(3) [S]');
  });

  it('prints JSON for machines', async () => {
    const r = await run('deadline', '--received', '2025-08-28T16:10', '--limit', '3 ngày làm việc', '--mode', 'B', '--json');
    const json = JSON.parse(r.out);
    expect(json).toMatchObject({ due: '2025-09-05T17:00:00+07:00', dueDay: '2025-09-05', mode: 'B', ruleset: 'nd118-2025', provisional: false });
    expect(json.trace.length).toBeGreaterThan(3);
    expect(json.apology).toMatchObject({ timing: 'before-due', latestDay: '2025-09-04' });
  });

  it('says no apology is possible in time when the limit is shorter than the notice, instead of printing a day before the receipt', async () => {
    const sameDay = await run('deadline', '--received', '2025-08-28T10:00', '--limit', 'trong ngày');
    expect(sameDay.code).toBe(0);
    expect(sameDay.out).toMatch(/apology\s+none possible in time: the limit is shorter than the notice \(Decree 118\/2025\/NĐ-CP Art\. 19\(6\) \[P\]\)/);
    expect(sameDay.out).not.toContain('2025-08-27');
    const json = JSON.parse((await run('deadline', '--received', '2025-08-28T10:00', '--limit', 'trong ngày', '--json')).out);
    expect(json.apology).toMatchObject({ timing: 'before-due', latestDay: '2025-08-27', possible: false });
    expect((await run('deadline', '--received', '2025-08-28T16:10', '--limit', '3 ngày làm việc')).out).toMatch(/apology\s+no later than 2025-09-03/);
  });

  it('exit 1 with a clear message on bad input', async () => {
    const r = await run('deadline', '--received', '2025-02-29T10:00', '--limit', '3 ngày làm việc');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/receivedAt: Not a moment: "2025-02-29T10:00"/);
    const limit = await run('deadline', '--received', '2025-08-28T10:00', '--limit=-1 ngày làm việc');
    expect(limit.code).toBe(1);
    expect(limit.err).toMatch(/limit/);
  });

  it('exit 2 on usage errors', async () => {
    expect((await run('deadline', '--received', '2025-08-28T10:00')).code).toBe(2);
    expect((await run('deadline', '--bogus')).code).toBe(2);
    expect((await run('nonsense')).code).toBe(2);
    expect((await run()).code).toBe(2);
    const r = await run('deadline', '--limit', '3 ngày làm việc');
    expect(r.err).toContain("Run 'motcua deadline --help'");
  });

  it('exit 2 for an inherited property name given as an option value (looked up as own keys only)', async () => {
    const period = ['report', 'examples/data/dossiers.ndjson', '--from', '2025-07-01', '--to', '2025-09-30'];
    const known = '(solved-based, due-based, to-handle, decision766-progress)';
    const definition = await run(...period, '--definition', 'constructor');
    expect(definition).toMatchObject({ code: 2, out: '' });
    expect(definition.err).toContain(`motcua report: --definition: unknown definition "constructor" ${known}`);
    const handling = await run(...period, '--definition', 'toString', '--handling-time');
    expect(handling).toMatchObject({ code: 2, out: '' });
    expect(handling.err).toContain(`--definition: unknown definition "toString" ${known}`);
    const scheme = await run('evaluate', 'examples/data/evaluations.ndjson', '--scheme', 'toString');
    expect(scheme).toMatchObject({ code: 2, out: '' });
    expect(scheme.err).toContain('motcua evaluate: --scheme: unknown scheme "toString" (tt01-2018, nd118-2025, three-level)');
    const rounding = await run('evaluate', 'examples/data/evaluations.ndjson', '--rounding', 'valueOf');
    expect(rounding).toMatchObject({ code: 2, out: '' });
    expect(rounding.err).toContain('motcua evaluate: --rounding: unknown rounding "valueOf" (art15, floor, exact)');
  });

  it('has --help on every command', async () => {
    for (const cmd of ['deadline', 'calendar', 'code', 'report', 'evaluate']) {
      const r = await run(cmd, '--help');
      expect(r.code, cmd).toBe(0);
      expect(r.out, cmd).toMatch(new RegExp(`motcua ${cmd}`));
    }
    expect((await run('--help')).out).toMatch(/Commands:/);
  });

  it('lists a year’s days off and make-up days', async () => {
    const r = await run('calendar', '2026');
    expect(r.code).toBe(0);
    expect(r.out).toContain('2026-11-24');
    expect(r.out).toMatch(/2026-08-22 .*working .*make up working day/);
    expect(r.out).toMatch(/^2026: 14 weekday days off, 2 make-up/);
    const json = JSON.parse((await run('calendar', '2030', '--json')).out);
    expect(json.every((d: { provisional: boolean }) => d.provisional)).toBe(true);
  });

  it('explains one day', async () => {
    const r = await run('calendar', '--day', '2025-04-26');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/kind\s+make-up-working-day/);
    expect(r.out).toMatch(/occasion\s+30\/4 \+ 1\/5/);
    expect((await run('calendar', '--day', '2025-02-30')).code).toBe(1);
    expect((await run('calendar', '--day', '2027-02-05', '--strict')).code).toBe(1);
  });
});

describe('motcua CLI — reviewed defects', () => {
  it('progress depends on stderr being a terminal, not stdout (report big.ndjson --csv > out.csv shows it; 2> err.log does not)', () => {
    const stream = (isTTY: boolean | undefined) => ({ write: () => true, isTTY });
    expect(ioFor(stream(undefined), stream(true)).stderrIsTTY).toBe(true);
    expect(ioFor(stream(true), stream(undefined)).stderrIsTTY).toBe(false);
    expect(ioFor(stream(true), stream(false)).stderrIsTTY).toBe(false);
  });

  it('calendar <year> counts the listed days off on Monday–Friday and the listed make-up or extra working days', async () => {
    expect((await run('calendar', '2026')).out).toMatch(/^2026: 14 weekday days off, 2 make-up or extra working days\n/); // not Sunday 2026-04-26
    expect((await run('calendar', '2026', '--preset', 'enterprise')).out).toMatch(/^2026: 12 weekday days off, 0 make-up or extra working days\n/);
    for (const year of ['2018', '2020', '2025', '2026', '2030']) {
      for (const extra of [[], ['--all'], ['--preset', 'enterprise']]) {
        const out = (await run('calendar', year, ...extra)).out;
        const listed = out.split('\n').filter((l) => /^\d{4}-\d{2}-\d{2} /.test(l));
        const off = listed.filter((l) => / off /.test(l) && !/Thứ Bảy|Chủ Nhật/.test(l)).length;
        const working = listed.filter((l) => /make up working day|extra working day/.test(l)).length;
        expect(out, `${year} ${extra.join(' ')}`).toMatch(new RegExp(`^${year}: ${off} weekday days off, ${working} make-up or extra working days?`));
      }
    }
  });

  it('a single-value option given twice is a usage error naming it (every command)', async () => {
    const cases: [string[], string][] = [
      ...['received', 'limit', 'channel', 'ruleset', 'preset', 'mode', 'cutoff', 'due-time'].map((f) => [['deadline'], f] as [string[], string]),
      [['calendar', '2026'], 'preset'],
      [['calendar'], 'day'],
      ...['agency', 'received', 'sequence', 'scheme', 'system'].map((f) => [['code', 'format'], f] as [string[], string]),
      [['code', 'parse', 'H56-210531-0001'], 'scheme'],
      ...['from', 'to', 'definition', 'as-of', 'format', 'time-unit', 'check'].map((f) => [['report', 'examples/data/dossiers.ndjson'], f] as [string[], string]),
      ...['period', 'scheme', 'rounding', 'format'].map((f) => [['evaluate', 'examples/data/evaluations.ndjson'], f] as [string[], string]),
    ];
    for (const [base, flag] of cases) {
      const r = await run(...base, `--${flag}=a`, `--${flag}`, 'b');
      expect(r.code, `${base.join(' ')} --${flag}`).toBe(2);
      expect(r.err).toContain(`motcua ${base[0]}: --${flag} is given twice ("a" and "b"); give it once`);
    }
    // Options that may repeat still do.
    expect((await run('report', 'examples/data/dossiers.ndjson', '--from', '2025-07-01', '--to', '2025-09-30', '--group-by', 'unit', '--group-by', 'field')).code).toBe(0);
  });

  it('a 10-digit moment (epoch seconds) is refused by every option taking a moment, as code format does', async () => {
    const hint = '--received: Not a moment: "1756372200" (that looks like epoch seconds: give epoch milliseconds (12–13 digits) or YYYY-MM-DD)';
    const deadline = await run('deadline', '--received', '1756372200', '--limit', '3 ngày làm việc');
    expect(deadline).toEqual({ code: 1, out: '', err: `motcua deadline: ${hint}\n` });
    const code = await run('code', 'format', '--agency', 'H56', '--received', '1756372200', '--sequence', '1');
    expect(code).toEqual({ code: 1, out: '', err: `motcua code: ${hint}\n` });
    const report = await run('report', 'examples/data/dossiers.ndjson', '--from', '2025-07-01', '--to', '2025-09-30', '--as-of', '1756372200');
    expect(report.code).toBe(2); // report: a bad --from, --to or --as-of is a usage error
    expect(report.err).toContain(`motcua report: ${hint.replace('--received', '--as-of')}`);
    expect((await run('deadline', '--received', '20250828', '--limit', '3 ngày làm việc')).err).toContain('write the date as YYYY-MM-DD: 2025-08-28');
    // Epoch milliseconds are read as such everywhere.
    const ms = JSON.parse((await run('deadline', '--received', '1756372200000', '--limit', '3 ngày làm việc', '--json')).out);
    expect(ms.due).toBe('2025-09-04T17:00:00+07:00');
    const asOf = await run('report', 'examples/data/dossiers.ndjson', '--from', '2025-07-01', '--to', '2025-09-30', '--as-of', '1756372200000', '--json');
    expect(JSON.parse(asOf.out).asOf).toBe('2025-08-28T16:10:00+07:00');
  });

  it('an unknown value of a choice option is a usage error (exit 2) listing the choices, in every command', async () => {
    const deadline = ['deadline', '--received', '2025-08-28T16:10', '--limit', '3 ngày làm việc'];
    const report = ['report', 'examples/data/dossiers.ndjson', '--from', '2025-07-01', '--to', '2025-09-30'];
    const evaluate = ['evaluate', 'examples/data/evaluations.ndjson'];
    const cases: [string[], string][] = [
      [[...deadline, '--mode', 'X'], '--mode: unknown mode "X" (A, B, B-prime, C)'],
      [[...deadline, '--preset', 'foo'], '--preset: unknown preset "foo" (thanh-hoa, opencps)'],
      [[...deadline, '--channel', 'fax'], '--channel: unknown channel "fax" (in-person, online, post)'],
      [[...deadline, '--ruleset', 'nd2'], '--ruleset: unknown rule set "nd2" (local-pre-2018, nd61-2018, nd118-2025)'],
      [[...deadline, '--due-time', 'noon'], '--due-time: unknown due time "noon" (closing, end-of-day)'],
      [['calendar', '2026', '--preset', 'foo'], '--preset: unknown preset "foo" (civil-service, enterprise)'],
      [['code', 'parse', 'H56-210531-0001', '--scheme', 'nope'], '--scheme: unknown scheme "nope" (tt01-2018, qd20-2020, tt04-2025-centralised)'],
      [[...report, '--definition', 'foo'], '--definition: unknown definition "foo" (solved-based, due-based, to-handle, decision766-progress)'],
      [[...report, '--handling-time', '--time-unit', 'months'], '--time-unit: unknown unit "months" (working-days, working-hours, calendar-days)'],
      [[...report, '--format', 'xml'], '--format: unknown format "xml" (ndjson, csv)'],
      [[...evaluate, '--scheme', 'x'], '--scheme: unknown scheme "x" (tt01-2018, nd118-2025, three-level)'],
      [[...evaluate, '--rounding', 'up'], '--rounding: unknown rounding "up" (art15, floor, exact)'],
      [[...evaluate, '--group-by', 'period', '--period', 'week'], '--period: unknown period "week" (month, quarter, year)'],
      [[...evaluate, '--format', 'xml'], '--format: unknown format "xml" (ndjson, csv)'],
    ];
    for (const [argv, message] of cases) {
      const r = await run(...argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toBe(`motcua ${argv[0]}: ${message}\nRun 'motcua ${argv[0]} --help' for usage.\n`);
    }
  });

  it('bad-input messages of code, and file errors of report and evaluate, carry the motcua <command>: prefix', async () => {
    expect((await run('code', 'parse', 'XX')).err).toMatch(/^motcua code: Not a dossier code: "XX"/);
    expect((await run('code', 'format', '--agency', 'H56', '--received', '2021-05-31', '--sequence', 'x')).err).toBe('motcua code: --sequence must be a whole number from 1 (got "x")\n');
    const missing = 'no-such-dir/nope.ndjson';
    expect((await run('report', missing, '--from', '2025-07-01', '--to', '2025-09-30')).err).toMatch(/^motcua report: cannot read no-such-dir\/nope\.ndjson: .*ENOENT/);
    expect((await run('report', '--check', missing)).err).toMatch(/^motcua report: cannot read no-such-dir\/nope\.ndjson: .*ENOENT/);
    expect((await run('evaluate', missing)).err).toMatch(/^motcua evaluate: cannot read no-such-dir\/nope\.ndjson: .*ENOENT/);
  });

  it('calendar --day refuses --all, which goes with a year', async () => {
    const r = await run('calendar', '--day', '2025-04-26', '--all');
    expect(r.code).toBe(2);
    expect(r.err).toContain('motcua calendar: --all goes with a year, not --day');
  });
});
