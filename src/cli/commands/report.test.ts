import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../command.js';
import { createReportCommand, reportCommand } from './report.js';
import { captureIo, runStreaming, tempFiles } from '../cli.test-support.js';
import { parseMoment } from '../../time/parse.js';

const DATA = join(import.meta.dirname, '../../../examples/data');
const NDJSON = join(DATA, 'dossiers.ndjson');
const CSV = join(DATA, 'dossiers.csv');
const TABLE = join(DATA, 'published-table.json');
const Q3 = ['--from', '2025-07-01', '--to', '2025-09-30'];
const file = tempFiles('motcua-report-');

const run = (argv: string[], stdin?: string, stderrIsTTY = false) => runStreaming(reportCommand, createReportCommand, argv, stdin, stderrIsTTY);

describe('motcua report — NDJSON and CSV', () => {
  it('prints a readable table of the sample, per unit, with rates and their parts', async () => {
    const r = await run([NDJSON, ...Q3]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('definition solved-based');
    expect(r.out).toMatch(/UBND xã Tân Phú\s+2\s+7\s+4\s+2\s+1\s+5\s+3\s+1\s+1\s+3\s+1\s+2\s+1\n/);
    expect(r.out).toMatch(/total\s+2\s+9\s+6\s+2\s+1\s+5\s+3\s+1\s+1\s+5\s+3\s+2\s+1\n/);
    expect(r.out).toContain('on time or early 4/5 = 80.0%');
  });

  it('reads the CSV sample to the same report', async () => {
    const a = JSON.parse((await run([NDJSON, ...Q3, '--json'])).out);
    const b = JSON.parse((await run([CSV, ...Q3, '--json'])).out);
    expect(b.groups).toEqual(a.groups);
    expect(a.state.version).toBe(1);
  });

  it('applies --definition and --group-by, and prints CSV', async () => {
    const r = JSON.parse((await run([NDJSON, ...Q3, '--definition', 'to-handle', '--group-by', 'field', '--json'])).out);
    expect(r.groupBy).toEqual(['field']);
    expect(r.total.rates[0]).toMatchObject({ id: 'late', numerator: 3, denominator: 10, definition: 'to-handle' });
    const csv = (await run([NDJSON, ...Q3, '--group-by', 'procedure', '--csv'])).out.trim().split('\n');
    expect(csv[0]).toMatch(/^procedure,carriedOver,received,/);
    expect(csv.at(-1)).toMatch(/^total,2,9,/);
    expect(csv).toHaveLength(5);
  });

  it('reads standard input with -', async () => {
    const r = await run(['-', ...Q3, '--json'], '{"unit":"A","channel":"online","received":"2025-07-02T08:00","appointment":"2025-07-05T17:00","finished":"2025-07-03T08:00","finishKind":"decided"}\n');
    expect(JSON.parse(r.out).total.counts).toMatchObject({ received: 1, finished: 1, early: 1 });
  });
});

describe('motcua report — the returned and pendingSupplementSince columns', () => {
  // 1: decided on time, result returned late; 2: decided, returned on the appointment day;
  // 3: waiting on a single supplementation request since 3/9 (portal status 5).
  const rows: readonly Readonly<Record<string, string>>[] = [
    { unit: 'A', channel: 'online', received: '2025-09-01T08:00', appointment: '2025-09-05T17:00', finished: '2025-09-05T16:00', finishKind: 'decided', returned: '2025-09-08T09:00' },
    { unit: 'A', channel: 'online', received: '2025-09-01T08:00', appointment: '2025-09-05T17:00', finished: '2025-09-04T10:00', finishKind: 'decided', returned: '2025-09-05T09:00' },
    { unit: 'A', channel: 'online', received: '2025-09-01T08:00', appointment: '2025-09-05T17:00', status: '5', supplementations: '1', pendingSupplementSince: '2025-09-03T10:00' },
  ];
  const columns = ['unit', 'channel', 'received', 'appointment', 'finished', 'finishKind', 'returned', 'status', 'supplementations', 'pendingSupplementSince'] as const;
  const csv = [columns.join(','), ...rows.map((r) => columns.map((c) => r[c] ?? '').join(','))].join('\n');
  const ndjson = rows.map((r) => JSON.stringify(r)).join('\n');

  for (const [format, name, text] of [['NDJSON', 'returned.ndjson', ndjson], ['CSV', 'returned.csv', csv]] as const) {
    it(`${format}: due-based judges the return (met 1 of 3), Decision 766 finishes the pending request at its moment (3 of 3)`, async () => {
      const path = await file(name, `${text}\n`);
      const due = JSON.parse((await run([path, ...Q3, '--definition', 'due-based', '--json'])).out);
      expect(due.total.counts).toMatchObject({ dueInPeriod: 3, dueInPeriodMet: 1, dueInPeriodMissed: 2, finished: 2, late: 1, onTime: 1, inProgress: 1 });
      const d766 = JSON.parse((await run([path, ...Q3, '--definition', 'decision766-progress', '--json'])).out);
      expect(d766.total.counts).toMatchObject({ finished: 3, early: 2, onTime: 1, inProgress: 0 });
      expect(d766.total.rates[0]).toMatchObject({ id: 'progress', numerator: 3, denominator: 3 });
      const solved = JSON.parse((await run([path, ...Q3, '--json'])).out);
      expect(solved.total.counts).toMatchObject({ finished: 2, early: 1, onTime: 1, inProgress: 1, overdue: 1 });
    });
  }

  it('a return before the finish is a bad line naming the field', async () => {
    const path = await file('returned-early.ndjson', `${JSON.stringify({ ...rows[0], returned: '2025-09-05T15:00' })}\n`);
    const r = await run([path, ...Q3]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('line 1.returnedAt: Invalid dossier record: returnedAt is before finishedAt');
  });
});

describe('motcua report — bad input', () => {
  const good = '{"unit":"A","channel":"online","received":"2025-07-02T08:00","appointment":"2025-07-05T17:00"}';
  it('rejects bad rows with their line numbers (exit 1)', async () => {
    const path = await file('bad.ndjson', `${good}\n{"unit":"A","channel":"fax","received":"2025-07-02T08:00","appointment":"2025-07-05T17:00"}\nnot json\n\n${good}\n`);
    const r = await run([path, ...Q3]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('line 2.channel: Invalid dossier record: channel must be');
    expect(r.err).toContain('line 3: not JSON');
    expect(r.err).toContain('2 invalid line(s)');
    expect(r.out).toBe('');
  });
  it('--skip-invalid counts them and reports the rest', async () => {
    const path = await file('bad2.ndjson', `${good}\n{"unit":"A"}\n${good}\n`);
    const r = await run([path, ...Q3, '--skip-invalid', '--json']);
    expect(r.code).toBe(0);
    expect(r.err).toContain('1 invalid line(s)');
    const out = JSON.parse(r.out);
    expect(out.invalidLines).toBe(1);
    expect(out.total.counts.received).toBe(2);
  });
  it('an unknown NDJSON field is a bad line with its number, as an unknown CSV column is', async () => {
    const path = await file('typo.ndjson', `${good}\n{"unit":"A","channel":"online","received":"2025-07-02T08:00","appointment":"2025-07-05T17:00","supplementation":3}\n`);
    const r = await run([path, ...Q3]);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toContain('line 2.supplementation: Invalid dossier record: unknown field "supplementation"');
    expect(r.err).toContain('1 invalid line(s)');
  });
  it('a bad CSV header stops at line 1', async () => {
    const path = await file('bad.csv', 'unit,recieved\nA,2025-07-02\n');
    const r = await run([path, ...Q3]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('line 1: header.1: Invalid dossier record: unknown column "recieved"');
  });
  it('usage errors', async () => {
    await expect(run([NDJSON])).rejects.toThrow(UsageError);
    await expect(run([NDJSON, ...Q3, '--definition', 'x'])).rejects.toThrow(/--definition/);
    for (const inherited of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      await expect(run([NDJSON, ...Q3, '--definition', inherited])).rejects.toThrow(new UsageError(`--definition: unknown definition "${inherited}" (solved-based, due-based, to-handle, decision766-progress)`));
      await expect(run([NDJSON, ...Q3, '--definition', inherited, '--handling-time'])).rejects.toThrow(UsageError);
    }
    await expect(run([NDJSON, ...Q3, '--group-by', 'officer'])).rejects.toThrow(/--group-by/);
    await expect(run([NDJSON, '--from', '2025-09-30', '--to', '2025-07-01'])).rejects.toThrow(/ends before it starts/);
    await expect(run([NDJSON, ...Q3, '--json', '--csv'])).rejects.toThrow(UsageError);
  });
  it('a missing file is exit 1', async () => {
    const r = await run([join(tmpdir(), 'motcua-no-such-dir', 'nope.ndjson'), ...Q3]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('cannot read');
  });
  it('shows a progress bar when stderr is a terminal only, on stderr', async () => {
    const lines = Array.from({ length: 120_000 }, () => good).join('\n');
    const path = await file('many.ndjson', lines);
    const tty = await run([path, ...Q3, '--json'], undefined, true);
    expect(tty.err).toContain('] 100% 120,000 lines');
    expect(JSON.parse(tty.out).total.counts.received).toBe(120_000);
    const pipe = await run([path, ...Q3, '--json']);
    expect(pipe.err).toBe('');
  });
  it('standard input (size unknown) shows a line count instead of a bar when stderr is a terminal', async () => {
    const stdin = `${Array.from({ length: 60_000 }, () => good).join('\n')}\n`;
    const tty = await run(['-', ...Q3, '--csv'], stdin, true);
    expect(tty.code).toBe(0);
    expect(tty.err).toBe('\rread 50,000 lines\rread 60,000 lines\n');
    expect((await run(['-', ...Q3, '--csv'], stdin)).err).toBe('');
  });
  it('an empty input is bad input (exit 1) in NDJSON as in CSV; --skip-invalid reports nothing', async () => {
    for (const name of ['empty.ndjson', 'empty.csv']) {
      const path = await file(name, '\n');
      const r = await run([path, ...Q3]);
      expect(r.code, name).toBe(1);
      expect(r.out).toBe('');
      expect(r.err).toMatch(/^line 1: (no records|missing CSV header): the input is empty \(expected /);
      const skipped = await run([path, ...Q3, '--skip-invalid', '--json']);
      expect(skipped.code).toBe(0);
      expect(JSON.parse(skipped.out)).toMatchObject({ invalidLines: 1, total: { counts: { received: 0 } } });
    }
  });
  it('--as-of refuses epoch seconds and reads epoch milliseconds', async () => {
    await expect(run([NDJSON, ...Q3, '--as-of', '1756372200'])).rejects.toThrow(new UsageError('--as-of: Not a moment: "1756372200" (that looks like epoch seconds: give epoch milliseconds (12–13 digits) or YYYY-MM-DD)'));
    const ms = JSON.parse((await run([NDJSON, ...Q3, '--as-of', '1756372200000', '--json'])).out);
    const text = JSON.parse((await run([NDJSON, ...Q3, '--as-of', '2025-08-28T16:10', '--json'])).out);
    expect(ms).toEqual(text);
  });
});

describe('motcua report --handling-time (Decision 766 indicator 2.2)', () => {
  // P1: Fri 29/8/2025 16:00 → Wed 3/9 09:00: Fri 1 h, 30/8 … 2/9 off, Wed 2 h = 3 h = 0.375 wd;
  //     filed online on 1/9 (a holiday) 10:00 → Thu 4/9 10:00: Wed 8 h + Thu 3 h = 11 h = 1.375 wd.
  // P2: Mon 8/9 08:00 → Tue 9/9 10:00 = 7 + 3 = 10 h, 60 paused minutes taken off the end: 9 h = 1.125 wd;
  //     one still open at the end of September; one decided in June: not counted.
  const rows = [
    { unit: 'A', procedure: 'P1', channel: 'in-person', received: '2025-08-29T16:00', appointment: '2025-09-05T17:00', finished: '2025-09-03T09:00', finishKind: 'decided' },
    { unit: 'A', procedure: 'P1', channel: 'online', received: '2025-09-01T10:00', appointment: '2025-09-08T17:00', finished: '2025-09-04T10:00', finishKind: 'decided' },
    { unit: 'A', procedure: 'P2', channel: 'online', received: '2025-09-08T08:00', appointment: '2025-09-12T17:00', finished: '2025-09-09T10:00', finishKind: 'decided', pausedMinutes: 60 },
    { unit: 'A', procedure: 'P2', channel: 'online', received: '2025-09-22T08:00', appointment: '2025-10-03T17:00' },
    { unit: 'A', procedure: 'P2', channel: 'online', received: '2025-06-02T08:00', appointment: '2025-06-06T17:00', finished: '2025-06-04T08:00', finishKind: 'decided' },
  ];
  const ndjson = `${rows.map((r) => JSON.stringify(r)).join('\n')}\n`;

  it('prints a table per procedure (the default grouping) with the definition in words', async () => {
    const path = await file('handling.ndjson', ndjson);
    const r = await run([path, ...Q3, '--handling-time']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Average handling time (Decision 766 indicator 2.2) of dossiers received 2025-07-01 → 2025-09-30, finished by 2025-09-30T23:59:59+07:00');
    expect(r.out).toContain('in working days of 8 h; policy standard (definition solved-based); paused time excluded; a local estimate — no points formula is given');
    expect(r.out).toMatch(/procedure\s+finished\s+in progress\s+total\s+average\n/);
    expect(r.out).toMatch(/P1\s+2\s+0\s+1\.75\s+0\.88\n/);
    expect(r.out).toMatch(/P2\s+1\s+1\s+1\.13\s+1\.13\n/);
    expect(r.out).toMatch(/total\s+3\s+1\s+2\.88\s+0\.96\n/);
  });

  it('--json, --time-unit, --group-by, and the definition’s policy', async () => {
    const path = await file('handling2.ndjson', ndjson);
    const j = JSON.parse((await run([path, ...Q3, '--handling-time', '--time-unit', 'working-hours', '--json'])).out);
    expect(j.groups).toEqual([
      { key: { procedure: 'P1' }, finished: 2, inProgress: 0, total: 14, average: 7 },
      { key: { procedure: 'P2' }, finished: 1, inProgress: 1, total: 9, average: 9 },
    ]);
    expect(j).toMatchObject({ timeUnit: 'working-hours', estimate: true, invalidLines: 0, state: { indicator: '2.2', version: 1 } });
    const all = JSON.parse((await run([path, ...Q3, '--handling-time', '--group-by', 'unit', '--json'])).out);
    expect(all.groups).toEqual([{ key: { unit: 'A' }, finished: 3, inProgress: 1, total: 2.875, average: 2.875 / 3 }]);
    // due-based: finished = result returned; none of these rows was returned, so all are open.
    const due = JSON.parse((await run([path, ...Q3, '--handling-time', '--definition', 'due-based', '--json'])).out);
    expect(due.total).toMatchObject({ finished: 0, inProgress: 4, average: null });
    expect(due.policy).toBe('result-returned');
  });

  it('usage errors', async () => {
    const path = await file('handling3.ndjson', ndjson);
    await expect(run([path, ...Q3, '--time-unit', 'working-hours'])).rejects.toThrow(/--time-unit goes with --handling-time/);
    await expect(run([path, ...Q3, '--handling-time', '--time-unit', 'months'])).rejects.toThrow(/--time-unit: unknown unit "months"/);
    await expect(run([path, ...Q3, '--handling-time', '--csv'])).rejects.toThrow(/not --csv/);
  });
});

describe('motcua report --check', () => {
  it('finds the broken identity with its gap and the denominator of each percentage (exit 1)', async () => {
    const r = await run(['--check', TABLE]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('INCONSISTENT');
    expect(r.out).toContain('FAILS early + onTime + late = finished: 3003 vs 3005 (gap -2)');
    expect(r.out).toContain('ok    onTime 95.0% = (early + onTime) ÷ (total) = 2989/3146');
  });
  it('prints JSON, and exit 0 for a consistent table', async () => {
    const path = await file('ok.json', JSON.stringify({ finished: 10, early: 5, onTime: 4, late: 1, percentages: { onTime: 90 } }));
    const r = await run(['--check', path, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).consistent).toBe(true);
  });
  it('a table that gives too few counts to check anything is not "consistent" (exit 1)', async () => {
    const path = await file('thin.json', JSON.stringify({ name: 'thin', finished: 10 }));
    const r = await run(['--check', path]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('thin: NOTHING CHECKED');
    const j = JSON.parse((await run(['--check', path, '--json'])).out);
    expect(j).toMatchObject({ verdict: 'nothing-checked', consistent: false, checked: 0 });
  });
  it('a misspelt field or percentage key is exit 1 naming it', async () => {
    const path = await file('typo-table.json', JSON.stringify({ finished: 10, early: 5, ontime: 4, late: 1 }));
    const r = await run(['--check', path]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('ontime: unknown field');
    const proto = await file('proto-table.json', '{"finished":10,"percentages":{"constructor":50}}');
    const p = await run(['--check', proto]);
    expect(p.code).toBe(1);
    expect(p.err).toContain('percentages.constructor: unknown percentage');
  });
  it('an empty list is nothing to check: exit 1 with a message, nothing on stdout', async () => {
    const path = await file('empty-list.json', '[]');
    for (const extra of [[], ['--json']]) {
      const r = await run(['--check', path, ...extra]);
      expect(r).toEqual({ code: 1, out: '', err: `motcua report: nothing to check: ${path} holds an empty list (expected a table of counts and percentages, or a list of tables)\n` });
    }
  });
  it('reads a table file starting with a UTF-8 BOM', async () => {
    const path = await file('bom-table.json', `\uFEFF${JSON.stringify({ finished: 10, early: 5, onTime: 4, late: 1, percentages: { onTime: 90 } })}`);
    const r = await run(['--check', path, '--json']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).consistent).toBe(true);
  });
  it('reads a percentage with a decimal comma as Vietnamese tables print it; a text that is no percentage says what is expected', async () => {
    const table = { finished: 10, early: 5, onTime: 4, late: 1 };
    const comma = await file('comma-table.json', JSON.stringify({ ...table, percentages: { onTime: '90,0', late: '10,0%' } }));
    const r = await run(['--check', comma, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).percentages).toMatchObject([{ key: 'onTime', published: 90, decimals: 1, status: 'reproduced' }, { key: 'late', published: 10, decimals: 1 }]);
    const bad = await file('bad-percent.json', JSON.stringify([table, { ...table, percentages: { onTime: '90 %' } }]));
    const b = await run(['--check', bad]);
    expect(b).toMatchObject({ code: 1, out: '' });
    expect(b.err).toBe('motcua report: table 1: Invalid published table: percentages.onTime: expected a number or a percentage text like "95.0", "95,0" or "95.0%", got "90 %"\n');
  });
  it('refuses options that do not apply to --check (exit 2, naming the option)', async () => {
    for (const extra of [['--csv'], ['--from', '2025-01-01'], ['--handling-time'], ['--skip-invalid'], ['--group-by', 'unit'], ['--as-of', '2025-09-30']]) {
      await expect(run(['--check', TABLE, ...extra])).rejects.toThrow(new UsageError(`${extra[0]} does not apply to --check`));
    }
  });
  it('a table with bad values is exit 1 with the path', async () => {
    const path = await file('bad-table.json', JSON.stringify({ finished: -3 }));
    const r = await run(['--check', path]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('finished');
  });
});

describe('motcua report — the current period is judged now (spec/metrics.md: "or now for the current period")', () => {
  // One dossier received Mon 2026-11-16, due Mon 2026-11-30 17:00, still open.
  const row = '{"unit":"UBND xã A","channel":"online","received":"2026-11-16T09:00","appointment":"2026-11-30T17:00"}\n';
  const runAt = async (now: string, args: string[]) => {
    const path = await file('current.ndjson', row);
    const captured = captureIo(false, parseMoment(now));
    const code = await reportCommand.run([path, '--json', ...args], captured.io);
    return { code, report: JSON.parse(captured.out) as { asOf: string; total: { counts: { within: number; overdue: number } } } };
  };

  it('while the period runs, open dossiers are judged at the current moment, so one due next week is within its limit', async () => {
    const { code, report } = await runAt('2026-11-22T10:00', ['--from', '2026-11-01', '--to', '2026-11-30']);
    expect(code).toBe(0);
    expect(report.asOf).toBe('2026-11-22T10:00:00+07:00');
    expect(report.total.counts).toMatchObject({ within: 1, overdue: 0 });
  });

  it('a period that is over is judged at its end; --as-of still decides when given', async () => {
    const over = await runAt('2026-12-05T10:00', ['--from', '2026-11-01', '--to', '2026-11-30']);
    expect(over.report.asOf).toBe('2026-11-30T23:59:59+07:00');
    expect(over.report.total.counts).toMatchObject({ within: 0, overdue: 1 }); // due 30/11 17:00, still open at the end
    const given = await runAt('2026-11-22T10:00', ['--from', '2026-11-01', '--to', '2026-11-30', '--as-of', '2026-11-30']);
    expect(given.report.asOf).toBe('2026-11-30T23:59:59+07:00');
  });
});
