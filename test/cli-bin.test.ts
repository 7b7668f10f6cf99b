// The built `motcua` executable (dist/cli/bin.js, built by `npm test` before the suite) as a
// person runs it: exit codes, stdout and stderr of a real process.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../dist/cli/bin.js', import.meta.url));
const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, TZ: 'America/Los_Angeles' } });

describe('dist/cli/bin.js', () => {
  it('is built', () => expect(existsSync(bin)).toBe(true));

  it('computes the README example', () => {
    const r = run('deadline', '--received', '2025-08-28T16:10', '--limit', '3 ngày làm việc');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('due           2025-09-04T17:00:00+07:00');
    expect(r.stderr).toBe('');
  });

  it('prints what docs/getting-started.md shows (every sample line, in order; "…" stands for lines left out)', () => {
    const guide = readFileSync(fileURLToPath(new URL('../docs/getting-started.md', import.meta.url)), 'utf8');
    const sample = /The first prints the appointment and why:\n\n```\n([\s\S]*?)```/.exec(guide)?.[1];
    expect(sample).toBeDefined();
    const out = run('deadline', '--received', '2025-08-28T16:10', '--limit', '3 ngày làm việc').stdout.split('\n');
    let at = 0;
    for (const line of sample!.split('\n').filter((l) => l.trim() !== '' && l.trim() !== '…')) {
      const found = out.indexOf(line, at);
      expect(found, `sample line not in the output (in order): ${line}`).toBeGreaterThanOrEqual(0);
      at = found + 1;
    }
  });

  it('stops quietly when its reader closes the pipe early (motcua … | head)', async () => {
    // `calendar --all` writes a line per day (over a hundred writes): the pipe closes in between.
    const child = spawn(process.execPath, [bin, 'calendar', '2026', '--all'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy()); // read one chunk, then hang up
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(err).not.toMatch(/EPIPE|unexpected error/);
    expect(code).toBe(0);
  });

  it('exits 1 on bad input and 2 on usage errors', () => {
    const bad = run('deadline', '--received', 'yesterday', '--limit', '3 ngày làm việc');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/Not a moment/);
    expect(run('deadline').status).toBe(2);
    expect(run('--version').stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
