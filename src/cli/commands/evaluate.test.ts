import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../command.js';
import { createEvaluateCommand, evaluateCommand } from './evaluate.js';
import { runStreaming, tempFiles } from '../cli.test-support.js';

const SAMPLE = join(import.meta.dirname, '../../../examples/data/evaluations.ndjson');
const file = tempFiles('motcua-evaluate-');

const run = (argv: string[], stdin?: string, stderrIsTTY = false) => runStreaming(evaluateCommand, createEvaluateCommand, argv, stdin, stderrIsTTY);

describe('motcua evaluate — NDJSON', () => {
  it('summarizes the sample file per unit and quarter, readable', async () => {
    const r = await run([SAMPLE, '--group-by', 'unit,period']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('scheme tt01-2018 — Circular 01/2018/TT-VPCP Art. 13–15 [P]; rounding art15-half-up-1; 10 form(s)');
    expect(r.out).toContain('unit UBND xã Tân Phú · period 2025-Q3 — 5 form(s), 1 unit record(s)');
    expect(r.out).toContain('  unit     13.2 of 18: Tốt (indices 1, 2, 3, 4, 5, 6, 7, 8, 9)');
    expect(r.out).toContain('  overall      Rất hài lòng 40.0% · Hài lòng 40.0% · Không hài lòng 20.0% (of 5 forms)');
  });

  it('prints JSON with the mergeable state', async () => {
    const r = await run([SAMPLE, '--group-by', 'unit', '--group-by', 'period', '--json']);
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.out);
    expect(summary).toMatchObject({ scheme: 'tt01-2018', groupBy: ['unit', 'period'], period: 'quarter', forms: 10 });
    expect(summary.groups).toHaveLength(4);
    expect(summary.groups[2]).toMatchObject({ key: { unit: 'UBND xã Tân Phú', period: '2025-Q3' }, total: 13.2, band: { id: 'tot' } });
    expect(summary.state.version).toBe(1);
  });

  it('applies --rounding and --period', async () => {
    const r = JSON.parse((await run([SAMPLE, '--group-by', 'unit,period', '--period', 'year', '--rounding', 'floor', '--json'])).out);
    expect(r.rounding).toBe('floor-1');
    expect(r.groups.map((g: { key: { period: string } }) => g.key.period)).toEqual(['2025', '2025']);
  });

  it('reads standard input with -', async () => {
    const r = await run(['-', '--json'], '{"answers":{"1":2}}\n\n{"answers":{"1":1}}\n');
    expect(JSON.parse(r.out).groups[0]).toMatchObject({ forms: 2, total: 1.5 });
  });

  it('rejects bad lines with their numbers, exit 1, nothing on stdout', async () => {
    const path = await file('bad.ndjson', [
      '{"unit":"A","answers":{"1":2}}',
      '{"unit":"A","answers":{"1":3}}',
      'not json',
      '',
      '{"unit":"A","answers":{"10":1}}',
      '{"unit":"A","levels":{"overall":"ok"}}',
      '[1]',
    ].join('\n'));
    const r = await run([path]);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    const lines = r.err.trim().split('\n');
    expect(lines[0]).toMatch(/^line 2: answers\.1: Answer 3 is not allowed for "1" \(allowed: 2, 1, 0\)$/);
    expect(lines[1]).toMatch(/^line 3: not JSON/);
    expect(lines[2]).toMatch(/^line 5: answers\.10: Unknown index "10"/);
    expect(lines[3]).toMatch(/^line 6: levels\.overall: /);
    expect(lines[4]).toMatch(/^line 7: Invalid evaluation/);
    expect(lines[5]).toBe(`5 invalid line(s) in ${path}`);
  });

  it('an unknown field is a bad line with its number (NDJSON is strict, as CSV columns are)', async () => {
    const path = await file('typo.ndjson', '{"unit":"A","answers":{"1":2}}\n{"unit":"A","answer":{"1":2}}\n{"unit":"A","facts":{"limit":3,"used":2,"supplementations":1}}\n');
    const r = await run([path]);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    const lines = r.err.trim().split('\n');
    expect(lines[0]).toBe('line 2: Invalid evaluation: answer: unknown field "answer" (did you mean answers?); allowed: kind, dossier, unit, procedure, field, officer, at, answers, levels, facts');
    expect(lines[1]).toBe('line 3: Invalid evaluation: facts.supplementations: unknown field "supplementations"; allowed: limit, used, steps, supplementationRequests, applicantFaultRequests, misconductPetition');
  });

  it('--skip-invalid reports bad lines and summarizes the rest', async () => {
    const path = await file('some-bad.ndjson', '{"answers":{"1":2}}\n{"answers":{"1":9}}\n');
    const r = await run([path, '--skip-invalid', '--json']);
    expect(r.code).toBe(0);
    expect(r.err).toContain('line 2:');
    expect(r.err).toContain('(skipped)');
    expect(JSON.parse(r.out).forms).toBe(1);
  });

  it('--json counts the skipped lines in invalidLines, as motcua report --json does', async () => {
    const path = await file('some-bad2.ndjson', '{"answers":{"1":2}}\n{"answers":{"1":9}}\nnot json\n');
    expect(JSON.parse((await run([path, '--skip-invalid', '--json'])).out)).toMatchObject({ forms: 1, invalidLines: 2 });
    expect(JSON.parse((await run([SAMPLE, '--json'])).out).invalidLines).toBe(0);
  });

  it('an empty input is bad input (exit 1) in NDJSON as in CSV, as in motcua report', async () => {
    for (const name of ['empty.ndjson', 'empty2.csv']) {
      const path = await file(name, '');
      const r = await run([path, '--json']);
      expect(r.code, name).toBe(1);
      expect(r.out).toBe('');
      expect(r.err).toMatch(/^line 1: (no records|missing CSV header): the input is empty \(expected .*\n1 invalid line\(s\)/);
    }
    expect((await run(['-'], '\n\n')).code).toBe(1);
  });

  it('caps the list of bad lines', async () => {
    const path = await file('many-bad.ndjson', Array.from({ length: 25 }, () => '{"answers":{"1":9}}').join('\n'));
    const r = await run([path]);
    expect(r.err).toContain('line 20:');
    expect(r.err).not.toContain('line 21:');
    expect(r.err).toContain('… and 5 more');
  });

  it('a missing grouping field is a bad line', async () => {
    const path = await file('nounit.ndjson', '{"answers":{"1":2}}\n');
    const r = await run([path, '--group-by', 'unit']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^line 1: Invalid evaluation: unit: required to group by unit/);
  });

  it('exit 1 for a file that cannot be read', async () => {
    const r = await run([join(tmpdir(), 'motcua-no-such-dir', 'nope.ndjson')]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^motcua evaluate: cannot read .*nope\.ndjson: .*ENOENT/);
  });
});

describe('motcua evaluate — CSV', () => {
  it('reads a documented header and the rows (labels or ids for levels)', async () => {
    const path = await file('slips.csv', [
      '\uFEFFunit,officer,at,1,3,4,7,convenience,overall,limit,used,supplementationRequests',
      'UBND xã A,cb1,2025-07-03,,,2,,Rất hài lòng,hai-long,3,2,0',
      '"UBND xã A",cb2,2025-07-04,1,1,2,1,,Không hài lòng,,,',
    ].join('\r\n'));
    const r = await run([path, '--group-by', 'unit', '--json']);
    expect(r.err).toBe('');
    const g = JSON.parse(r.out).groups[0];
    expect(g).toMatchObject({ key: { unit: 'UBND xã A' }, forms: 2, notSatisfied: { count: 1, share: 0.5 } });
    expect(g.questions[0]).toMatchObject({ key: '1', count: 2, sum: 3, score: 1.5 });
  });

  it('rejects an unknown column (stops at the header) and bad rows with line numbers', async () => {
    const header = await file('header.csv', 'unit,index1\nA,2\n');
    const h = await run([header]);
    expect(h.code).toBe(1);
    expect(h.err).toMatch(/^line 1: Invalid CSV header: header\.1: unknown column "index1"/);

    const rows = await file('rows.csv', 'unit,1\nA,2\nA,5\nA,2,3\n"A,2\n');
    const r = await run([rows]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/line 3: answers\.1: Answer "5" is not allowed/);
    expect(r.err).toMatch(/line 4: Invalid CSV record: 3 cells for 2 columns/);
    expect(r.err).toMatch(/line 5: Invalid CSV line: 0: unterminated quoted cell/);
  });

  it('--format csv overrides the extension; an empty CSV has no header', async () => {
    const path = await file('slips.txt', 'unit,4\nA,2\n');
    expect(JSON.parse((await run([path, '--format', 'csv', '--json'])).out).forms).toBe(1);
    const empty = await file('empty.csv', '');
    expect((await run([empty])).err).toMatch(/missing CSV header/);
  });
});

describe('motcua evaluate — other schemes and usage', () => {
  it('summarizes Decree 118 criteria (no points: distributions only)', async () => {
    const r = await run(['-', '--scheme', 'nd118-2025'], '{"answers":{"returnTime":"hai-long","staffAttitude":"rat-hai-long"}}\n');
    expect(r.code).toBe(0);
    expect(r.out).toContain('scheme nd118-2025 — Decree 118/2025/NĐ-CP Art. 33(1) [P]');
    expect(r.out).toMatch(/returnTime\s+1 {2}Rất hài lòng 0 · Hài lòng 1 · Không hài lòng 0/);
  });

  it('prints help', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('motcua evaluate <file>');
    expect(evaluateCommand.name).toBe('evaluate');
  });

  it('throws UsageError for usage mistakes', async () => {
    await expect(run([])).rejects.toThrow(/missing <file>/);
    await expect(run(['a', 'b'])).rejects.toThrow(UsageError);
    await expect(run([SAMPLE, '--group-by', 'agency'])).rejects.toThrow(/unknown dimension "agency"/);
    await expect(run([SAMPLE, '--group-by', 'unit,unit'])).rejects.toThrow(/twice/);
    await expect(run([SAMPLE, '--group-by', 'period', '--period', 'week'])).rejects.toThrow(new UsageError('--period: unknown period "week" (month, quarter, year)'));
    await expect(run([SAMPLE, '--scheme', 'x'])).rejects.toThrow(/unknown scheme/);
    await expect(run([SAMPLE, '--rounding', 'up'])).rejects.toThrow(/--rounding/);
    for (const inherited of ['toString', 'constructor', '__proto__']) {
      await expect(run([SAMPLE, '--scheme', inherited])).rejects.toThrow(new UsageError(`--scheme: unknown scheme "${inherited}" (tt01-2018, nd118-2025, three-level)`));
      await expect(run([SAMPLE, '--rounding', inherited])).rejects.toThrow(new UsageError(`--rounding: unknown rounding "${inherited}" (art15, floor, exact)`));
    }
    await expect(run([SAMPLE, '--format', 'xml'])).rejects.toThrow(/--format/);
    await expect(run([SAMPLE, '--bogus'])).rejects.toThrow(UsageError);
  });

  it('shows progress when stderr is a terminal for long inputs: a count for standard input, a bar for a file', async () => {
    const text = '{"answers":{"1":2}}\n'.repeat(100_000);
    const r = await run(['-', '--json'], text, true);
    expect(r.code).toBe(0);
    expect(r.err).toContain('read 100,000 lines');
    const path = await file('long.ndjson', text);
    expect((await run([path, '--json'], undefined, true)).err).toContain('] 100% 100,000 lines\n');
    expect((await run([path, '--json'])).err).toBe('');
  });

  it('refuses --period without --group-by period, where it does not apply (exit 2)', async () => {
    await expect(run([SAMPLE, '--period', 'month'])).rejects.toThrow(new UsageError('--period goes with --group-by period'));
    await expect(run([SAMPLE, '--group-by', 'unit', '--period', 'month'])).rejects.toThrow(new UsageError('--period goes with --group-by period'));
  });
});
