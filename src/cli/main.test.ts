import { describe, expect, it } from 'vitest';
import { main } from './main.js';
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
    expect(rounding.err).toContain('motcua evaluate: --rounding must be art15, floor, exact');
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
    expect(r.out).toMatch(/^2026: 15 weekday days off, 2 make-up/);
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
