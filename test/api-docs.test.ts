// The API reference cannot silently lose its documentation: typedoc (typedoc.json, with
// `validation.notDocumented`) must build the reference of every entry point without one warning
// — every export, property and signature has a doc comment. (Every runtime export's @example is
// executed by jsdoc-examples.test.ts.)
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('the API reference (typedoc)', () => {
  it('documents every export and member, with no warning', () => {
    const typedoc = join(root, 'node_modules', 'typedoc', 'bin', 'typedoc');
    const r = spawnSync(process.execPath, [typedoc, '--emit', 'none', '--treatWarningsAsErrors', '--logLevel', 'Warn'], { cwd: root, encoding: 'utf8' });
    const output = `${r.stdout}${r.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
    expect(output.split('\n').filter((l) => /\[(warning|error)\]/.test(l))).toEqual([]);
    expect(r.status).toBe(0);
  }, 120_000);
});
