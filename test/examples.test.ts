// The programs in examples/ as an integrator runs them, against the built package (`npm test`
// builds before the suite): each imports `motcua` by name, which Node resolves through the
// package's own exports map (self-reference) to dist/.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createContext, runInContext } from 'node:vm';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const example = (path: string) => join(root, 'examples', path);
/** Runs a file with node under a host time zone far from Vietnam's: the output must not depend on it. */
const run = (file: string, ...args: string[]) =>
  spawnSync(process.execPath, [file, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, TZ: 'America/Los_Angeles' } });

// Scratch files live inside the package (.tmp/ is git-ignored) so that `motcua` still resolves to it.
let scratch: string;
beforeAll(() => {
  mkdirSync(join(root, '.tmp'), { recursive: true });
  scratch = mkdtempSync(join(root, '.tmp', 'examples-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('examples/node-esm/calendar-facts.mjs', () => {
  it('prints the calendar facts (npm run example)', () => {
    const r = run(example('node-esm/calendar-facts.mjs'));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toEqual([
      'Thứ Bảy, ngày 26/04/2025: working day (make-up-working-day, 30/4 + 1/5)',
      'Thứ Hai, ngày 01/09/2025: day off (statutory-holiday, Quốc khánh 2/9)',
      'Thứ Hai, ngày 27/04/2026: day off (compensation-day, Giỗ Tổ Hùng Vương)',
      'Thứ Ba, ngày 24/11/2026: day off (statutory-holiday, Ngày Văn hóa Việt Nam (24/11))',
      'Thứ Hai, ngày 04/02/2030: day off (statutory-holiday, Tết Nguyên đán) [provisional]',
      '3 working days after 2025-08-28: 2025-09-04',
      'working days from 2026-04-23 to 2026-05-05: 5',
    ]);
  });
});

describe('examples/node-cjs/deadline.cjs', () => {
  it('computes the appointment through require() with its trace, and catches a bad limit', () => {
    const r = run(example('node-cjs/deadline.cjs'));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('due 2026-05-05T17:00:00+07:00 (rule set nd118-2025, mode A)');
    expect(r.stdout).toContain('- 2026-04-27 skipped: Giỗ Tổ Hùng Vương, compensation day — Labour Code 2019 (Law 45/2019/QH14) Art. 111(3) [S]');
    expect(lines.at(-2)).toBe('working days in (23/4, 5/5]: 5');
    expect(lines.at(-1)).toBe('rejected: INVALID_INPUT at limit');
  });
});

describe('examples/report-from-csv/report.mjs', () => {
  it('reports examples/data/dossiers.csv as `motcua report` does', () => {
    const r = run(example('report-from-csv/report.mjs'));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Solved-based (đã giải quyết), 2025-07-01 → 2025-09-30 (open dossiers judged at 2025-09-30T23:59:59+07:00)');
    expect(r.stdout).toContain(
      'UBND xã Tân Phú: carried over 2, received 7 (refused 1); finished 5 (early 3, on time 1, late 1); in progress 3 (within 1, overdue 2)\n' +
        '  on time or early 4/5 = 80.0%; early 3/5 = 60.0%; late 1/5 = 20.0%; overdue in progress 2/3 = 66.7%',
    );
    expect(r.stdout).toContain('UBND xã Phú Lộc: carried over 0, received 2 (refused 0); finished 0 (early 0, on time 0, late 0); in progress 2 (within 2, overdue 0)');
    expect(r.stdout).toContain('total: carried over 2, received 9 (refused 1); finished 5 (early 3, on time 1, late 1); in progress 5 (within 3, overdue 2)');
    expect(r.stdout.trim().split('\n').at(-1)).toBe('13 rows read, 0 skipped');
  });

  it('takes another file, period and definition; lists and skips bad rows with their line numbers', () => {
    const csv = join(scratch, 'export.csv');
    writeFileSync(
      csv,
      '\uFEFFunit,channel,received,appointment,finished,status\r\n' +
        'UBND xã A,online,2025-09-01T08:00,2025-09-05T17:00,2025-09-05T16:00,10\r\n' +
        'UBND xã A,fax,2025-09-02T08:00,2025-09-05T17:00,,4\r\n' +
        '"UBND xã ""A""",1,2025-09-03T08:00,2025-09-08T17:00,,4\r\n',
    );
    const r = run(example('report-from-csv/report.mjs'), csv, '--from', '2025-09-01', '--to', '2025-09-30', '--definition', 'to-handle');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^To handle \(phải giải quyết\), 2025-09-01 → 2025-09-30/);
    expect(r.stdout).toContain('UBND xã A: carried over 0, received 1 (refused 0); finished 1 (early 0, on time 1, late 0)');
    expect(r.stdout).toContain('UBND xã "A": carried over 0, received 1 (refused 0); finished 0 (early 0, on time 0, late 0); in progress 1 (within 0, overdue 1)');
    expect(r.stdout).toContain('total: carried over 0, received 2 (refused 0); finished 1 (early 0, on time 1, late 0); in progress 1 (within 0, overdue 1)\n  late or overdue 1/2 = 50.0%');
    expect(r.stdout).toContain('2 rows read, 1 skipped');
    expect(r.stdout).toContain('skipped: INVALID_DOSSIER_RECORD line 3.channel: Invalid dossier record: channel must be in-person, online, post (or 1, 2, 3)');
  });
});

describe('examples/typescript/deadline-check.ts', () => {
  it('type-checks against the built declarations (dist/*.d.ts through the exports map)', () => {
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    const r = spawnSync(process.execPath, [tsc, '-p', example('typescript'), '--listFiles'], { cwd: root, encoding: 'utf8' });
    expect(r.stdout.split('\n').filter((l) => l.startsWith('error') || l.includes('error TS'))).toEqual([]);
    expect(r.status).toBe(0);
    const files = r.stdout.split('\n').map((f) => f.replaceAll('\\', '/'));
    expect(files.some((f) => f.endsWith('/dist/index.d.ts'))).toBe(true);
    expect(files.some((f) => f.includes('/src/'))).toBe(false);
  }, 60_000);

  it('runs (types stripped) against the ESM build', async () => {
    const out = join(scratch, 'deadline-check.mjs');
    await build({ entryPoints: [example('typescript/deadline-check.ts')], outfile: out, format: 'esm', platform: 'node', logLevel: 'silent' });
    const r = run(out);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toEqual([
      '2025-08-28T16:10 + 3 ngày làm việc: due 2025-09-04T17:00:00+07:00; at 2025-09-01T10:00: on-track',
      '2025-08-28T16:10 + 3 ngày làm việc: due 2025-09-04T17:00:00+07:00; at 2025-09-04T10:00: due-soon',
      '2025-08-28T16:10 + 3 ngày làm việc: due 2025-09-04T17:00:00+07:00; at 2025-09-05T08:00: overdue',
      'rejected: INVALID_MOMENT at receivedAt',
    ]);
  });
});

describe('examples/browser/main.js', () => {
  it('bundles for the browser (esbuild, minified) and writes its text into the page', async () => {
    const result = await build({
      entryPoints: [example('browser/main.js')],
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
      // tsup's split entries import shared chunks for evaluation order; sideEffects: false lets
      // esbuild drop the ones whose exports are unused (every module of the package is pure).
      logOverride: { 'ignored-bare-import': 'silent' },
    });
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    const bundle = result.outputFiles[0]!.text;
    expect(bundle).not.toMatch(/\bnode:/);
    expect(bundle).not.toMatch(/^\s*(import|export)\b/m); // self-contained: runs as a classic script too

    const output = { textContent: 'Loading…' };
    const document = { getElementById: (id: string) => (id === 'output' ? output : null) };
    runInContext(bundle, createContext({ document, console }), { timeout: 10_000 });
    expect(output.textContent.split('\n')).toEqual([
      'H56.22.17.000-250828-0042 (qd20-2020): due 2025-09-04T17:00:00+07:00 under nd118-2025',
      '2025-04-26 is a working day (make-up Saturday)',
      '2025-09-01 is a day off (Quốc khánh 2/9)',
    ]);
  });
});

describe('examples/http-server/server.mjs', () => {
  interface ServerModule {
    startServer(port?: number): Promise<Server>;
  }
  let server: Server;
  let base: string;
  beforeAll(async () => {
    const mod = (await import(pathToFileURL(example('http-server/server.mjs')).href)) as ServerModule;
    server = await mod.startServer(0);
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))));

  const get = async (path: string) => {
    const res = await fetch(base + path);
    return { status: res.status, type: res.headers.get('content-type'), body: (await res.json()) as Record<string, unknown> };
  };
  const limit = encodeURIComponent('3 ngày làm việc');

  it('answers a good request with 200 and the appointment as JSON', async () => {
    const r = await get(`/deadline?received=2025-08-28T16:10&limit=${limit}`);
    expect(r.status).toBe(200);
    expect(r.type).toBe('application/json; charset=utf-8');
    expect(r.body).toEqual({ due: '2025-09-04T17:00:00+07:00', dueDay: '2025-09-04', ruleset: 'nd118-2025', mode: 'A', provisional: false });
  });

  it('explains itself on request, and marks a provisional answer', async () => {
    const r = await get(`/deadline?received=2030-01-30T08:00&limit=${limit}&channel=online&explain=1`);
    expect(r.status).toBe(200);
    expect(r.body.provisional).toBe(true);
    expect(r.body.trace).toEqual(expect.arrayContaining([expect.stringMatching(/Tết Nguyên đán/)]));
  });

  it('answers bad input with 400, the error code and the path', async () => {
    const moment = await get(`/deadline?received=2025-02-30T08:00&limit=${limit}`);
    expect(moment.status).toBe(400);
    expect(moment.body).toMatchObject({ error: 'INVALID_MOMENT', path: ['receivedAt'] });
    const badLimit = await get('/deadline?received=2025-08-28T16:10&limit=3%20tu%E1%BA%A7n');
    expect(badLimit.status).toBe(400);
    expect(badLimit.body).toMatchObject({ error: 'INVALID_INPUT', path: ['limit'] });
    expect(badLimit.body.message).toMatch(/unknown unit/);
    const channel = await get(`/deadline?received=2025-08-28T16:10&limit=${limit}&channel=fax`);
    expect(channel.body).toMatchObject({ error: 'INVALID_INPUT', path: ['channel'] });
    const missing = await get('/deadline');
    expect(missing.status).toBe(400);
  });

  it('answers other paths with 404 and other methods with 405', async () => {
    expect((await get('/deadlines')).status).toBe(404);
    const post = await fetch(`${base}/deadline`, { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });
});
