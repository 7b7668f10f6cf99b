import { describe, expect, it } from 'vitest';
import { UsageError } from '../command.js';
import { codeCommand } from './code.js';
import { captureIo } from '../cli.test-support.js';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const captured = captureIo();
  const code = await codeCommand.run(argv, captured.io);
  return { code, out: captured.out, err: captured.err };
}

describe('motcua code parse', () => {
  it('prints a readable table', async () => {
    const r = await run('parse', '000.17.22.H56-210531-0001');
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toBe(
      [
        'code      000.17.22.H56-210531-0001',
        'scheme    tt01-2018 — Circular 01/2018/TT-VPCP Art. 19(1) [P]',
        'agency    000.17.22.H56 (level-1 unit H56; groups lowest level first: 000 · 17 · 22 · H56)',
        'received  2021-05-31 (Thứ Hai, ngày 31/05/2021)',
        'in force  yes (2019-01-06 to 2025-06-30)',
        'sequence  1',
        '',
      ].join('\n'),
    );
  });

  it('prints JSON with --json', async () => {
    const r = await run('parse', 'H56.22.17.000-260301-120001', '--scheme', 'tt04-2025-centralised', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({
      code: 'H56.22.17.000-260301-120001',
      scheme: 'tt04-2025-centralised',
      agency: { id: 'H56.22.17.000', groups: ['H56', '22', '17', '000'], level1: 'H56', order: 'highest-first' },
      receivedOn: 20513,
      receivedDate: '2026-03-01',
      sequence: 1,
      systemCode: '12',
      schemeInForce: true,
    });
  });

  it('says when the scheme read did not govern the receipt day, without rejecting the code', async () => {
    const r = await run('parse', '000.17.22.H56-260301-0001');
    expect(r.code).toBe(0);
    expect(r.out).toContain('in force  no — tt01-2018 governs receipts 2019-01-06 to 2025-06-30; the code is dated 2026-03-01\n');
    const json = await run('parse', 'H56-250301-120001', '--scheme', 'tt04-2025-centralised', '--json');
    expect(JSON.parse(json.out)).toMatchObject({ scheme: 'tt04-2025-centralised', schemeInForce: false });
  });

  it('exits 1 with the reason on stderr for a bad code', async () => {
    const r = await run('parse', '000.17.22.H56-210231-0001');
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^motcua code: Not a dossier code: "000\.17\.22\.H56-210231-0001" \(the receipt date "210231" is not a calendar date/);
    expect((await run('parse', '12345/2024/00001')).err).toMatch(/social-insurance file number/);
  });

  it('treats an unknown --scheme as a usage mistake (exit 2), listing the schemes', async () => {
    const schemes = /--scheme: unknown scheme "nope" \(tt01-2018, qd20-2020, tt04-2025-centralised\)/;
    await expect(run('parse', 'H56-210531-0001', '--scheme', 'nope')).rejects.toThrow(UsageError);
    await expect(run('parse', 'H56-210531-0001', '--scheme', 'nope')).rejects.toThrow(schemes);
    await expect(run('format', '--agency', 'H56', '--received', '2021-05-31', '--sequence', '1', '--scheme', 'nope')).rejects.toThrow(schemes);
  });

  it('throws UsageError for usage mistakes', async () => {
    await expect(run('parse')).rejects.toThrow(UsageError);
    await expect(run('parse', 'A', 'B')).rejects.toThrow(/one code at a time/);
    await expect(run('parse', 'H56-210531-0001', '--agency', 'H56')).rejects.toThrow(/--agency does not apply/);
    await expect(run('parse', 'H56-210531-0001', '--bogus')).rejects.toThrow(UsageError);
    await expect(run()).rejects.toThrow(/missing sub-command/);
    await expect(run('check')).rejects.toThrow(/unknown sub-command "check"/);
  });
});

describe('motcua code format', () => {
  it('prints the code', async () => {
    const r = await run('format', '--agency', '000.17.22.H56', '--received', '2021-05-31T08:15', '--sequence', '1');
    expect(r).toEqual({ code: 0, out: '000.17.22.H56-210531-0001\n', err: '' });
    const ms = String(Date.UTC(2021, 4, 30, 17, 30)); // 00:30 on 31 May in Vietnam
    expect((await run('format', '--agency', 'H56', '--received', ms, '--sequence', '10000')).out).toBe('H56-210531-10000\n');
  });

  it('prints JSON and writes centralised codes', async () => {
    const r = await run(
      'format', '--agency', 'H56', '--received', '2026-03-01', '--sequence', '7',
      '--scheme', 'tt04-2025-centralised', '--system', '12', '--json',
    );
    expect(JSON.parse(r.out)).toEqual({ code: 'H56-260301-120007' });
  });

  it('exits 1 with a message on stderr for bad input', async () => {
    const bad = async (...extra: string[]) => {
      const r = await run('format', ...extra);
      expect(r.code).toBe(1);
      expect(r.out).toBe('');
      return r.err;
    };
    expect(await bad('--agency', '000.17.22.h56', '--received', '2021-05-31', '--sequence', '1')).toMatch(/capitals/);
    expect(await bad('--agency', 'H56', '--received', '2021-02-29', '--sequence', '1')).toMatch(/Not a moment/);
    expect(await bad('--agency', 'H56', '--received', '2021-05-31', '--sequence', 'x1')).toMatch(/--sequence must be a whole number/);
    expect(await bad('--agency', 'H56', '--received', '2021-05-31', '--sequence', '0')).toMatch(/sequence/);
  });

  it('reads --received digits as epoch ms only when they clearly are (12–13 digits), never 20210531 as 1970', async () => {
    const bad = async (received: string) => {
      const r = await run('format', '--agency', 'H56', '--received', received, '--sequence', '1');
      expect(r.code).toBe(1);
      expect(r.out).toBe('');
      return r.err;
    };
    expect(await bad('20210531')).toBe('motcua code: --received: Not a moment: "20210531" (write the date as YYYY-MM-DD: 2021-05-31)\n');
    expect(await bad('1622419200')).toMatch(/looks like epoch seconds: give epoch milliseconds \(12–13 digits\) or YYYY-MM-DD/);
    expect(await bad('210531')).toMatch(/write YYYY-MM-DD/);
    expect(await bad('12345678901234')).toMatch(/write YYYY-MM-DD/);
    expect((await run('format', '--agency', 'H56', '--received', '946684800000', '--sequence', '1')).out).toBe('H56-000101-0001\n');
  });

  it('refuses a --scheme outside its validity dates unless --allow-outside-validity', async () => {
    const args = ['format', '--agency', 'H56', '--received', '2025-03-01', '--sequence', '1', '--scheme', 'tt04-2025-centralised', '--system', '12'];
    const r = await run(...args);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/governs receipts from 2026-01-25; the receipt day 2025-03-01 is before it applies.*pass --allow-outside-validity\.\n$/);
    expect(await run(...args, '--allow-outside-validity')).toEqual({ code: 0, out: 'H56-250301-120001\n', err: '' });
    await expect(run('parse', 'H56-210531-0001', '--allow-outside-validity')).rejects.toThrow(/does not apply/);
  });

  it('throws UsageError for missing options', async () => {
    await expect(run('format', '--agency', 'H56')).rejects.toThrow(/missing --received, --sequence/);
    await expect(run('format', 'H56')).rejects.toThrow(/unexpected argument/);
  });
});

describe('motcua code --help', () => {
  it('prints the help and exits 0', async () => {
    const r = await run('--help');
    expect(r.code).toBe(0);
    expect(r.out).toBe(codeCommand.help);
    expect(r.out).toMatch(/motcua code parse <code>/);
    expect((await run('parse', '-h')).out).toBe(codeCommand.help);
  });
});
