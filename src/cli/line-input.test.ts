import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { InvalidDossierRecordError } from '../errors/invalid-dossier-record-error.js';
import type { CliIo } from './command.js';
import { printBadLines, readLines, type LineHandlers } from './line-input.js';
import { TEST_NOW } from './cli.test-support.js';

function collect(): { handlers: LineHandlers; seen: unknown[] } {
  const seen: unknown[] = [];
  return {
    seen,
    handlers: {
      json(value, line) {
        if (value !== null && typeof value === 'object' && 'bad' in value) throw new InvalidDossierRecordError('bad row', [line, 'bad']);
        seen.push([line, value]);
      },
      csvHeader(header) {
        if (header.includes('nope')) throw new InvalidInputError('CSV header', [{ path: ['header', header.indexOf('nope')], message: 'unknown column "nope"' }]);
        return (cells, line) => {
          if (cells.length !== header.length) throw new InvalidInputError('CSV record', [{ path: [], message: `${cells.length} cells for ${header.length} columns` }]);
          seen.push([line, cells]);
        };
      },
    },
  };
}

const from = (text: string) => Readable.from([text]);

describe('readLines — the input loop shared by motcua report and motcua evaluate', () => {
  it('NDJSON: BOM, CRLF and blank lines; not-JSON and rejected lines listed with their numbers', async () => {
    const { handlers, seen } = collect();
    const out = await readLines(from('\uFEFF{"a":1}\r\n\r\nnot json\r\n{"bad":1}\r\n[2]\r\n'), handlers, { format: 'ndjson' });
    expect(seen).toEqual([[1, { a: 1 }], [5, [2]]]);
    expect(out.badCount).toBe(2);
    expect(out.lines).toBe(5);
    expect(out.bad[0]).toMatch(/^line 3: not JSON/);
    expect(out.bad[1]).toBe('line 4.bad: Invalid dossier record: bad row'); // the error's path already starts with the line
  });

  it('CSV: the header builds the reader; quoted cells; a bad record is a bad line', async () => {
    const { handlers, seen } = collect();
    const out = await readLines(from('\uFEFFunit,n\n"UBND xã ""A""",1\nB\n"C,2\n'), handlers, { format: 'csv' });
    expect(seen).toEqual([[2, ['UBND xã "A"', '1']]]);
    expect(out.bad).toEqual(['line 3: Invalid CSV record: 1 cells for 2 columns', 'line 4: Invalid CSV line: 0: unterminated quoted cell']);
  });

  it('CSV: a bad header stops the run at line 1', async () => {
    const { handlers, seen } = collect();
    const out = await readLines(from('unit,nope\nA,1\nB,2\n'), handlers, { format: 'csv' });
    expect(out).toMatchObject({ bad: ['line 1: Invalid CSV header: header.1: unknown column "nope"'], badCount: 1 });
    expect(seen).toEqual([]);
  });

  it('an empty input (nothing but blank lines) is a bad line 1 in both formats, saying what was expected', async () => {
    for (const text of ['', '\n\r\n  \n', '\uFEFF']) {
      const csv = await readLines(from(text), collect().handlers, { format: 'csv' });
      expect(csv).toMatchObject({ bad: ['line 1: missing CSV header: the input is empty (expected a header row, then one record per line)'], badCount: 1 });
      const ndjson = await readLines(from(text), collect().handlers, { format: 'ndjson' });
      expect(ndjson).toMatchObject({ bad: ['line 1: no records: the input is empty (expected one JSON record per line)'], badCount: 1 });
    }
    // A CSV header alone is not empty: no records, nothing bad.
    expect((await readLines(from('unit,n\n'), collect().handlers, { format: 'csv' })).badCount).toBe(0);
  });

  it('keeps the first maxReported bad lines and counts the rest; other errors propagate', async () => {
    const out = await readLines(from('x\n'.repeat(5)), collect().handlers, { format: 'ndjson', maxReported: 2 });
    expect(out.bad).toHaveLength(2);
    expect(out.badCount).toBe(5);
    const boom: LineHandlers = { json() { throw new TypeError('bug'); }, csvHeader: () => () => undefined };
    await expect(readLines(from('{}\n'), boom, { format: 'ndjson' })).rejects.toThrow(TypeError);
  });

  it('reports progress every N lines with the bytes read', async () => {
    const calls: [number, number][] = [];
    await readLines(from('{}\n'.repeat(10)), collect().handlers, { format: 'ndjson', progressEvery: 4, onProgress: (l, b) => calls.push([l, b]) });
    expect(calls.map(([l]) => l)).toEqual([4, 8]);
    expect(calls[0]![1]).toBe(30);
  });

  it('printBadLines prints the list, the remainder and the count; says whether to stop', () => {
    let err = '';
    const io: CliIo = { out: () => undefined, err: (t) => void (err += t), stderrIsTTY: false, now: () => TEST_NOW };
    expect(printBadLines(io, 'f', { bad: ['line 1: x'], badCount: 3, lines: 3 }, false)).toBe(true);
    expect(err).toBe('line 1: x\n… and 2 more\n3 invalid line(s) in f\n');
    expect(printBadLines(io, 'f', { bad: ['line 1: x'], badCount: 1, lines: 1 }, true)).toBe(false);
    expect(printBadLines(io, 'f', { bad: [], badCount: 0, lines: 1 }, false)).toBe(false);
  });
});
