// The guides' code cannot rot: every ```ts block of the guides below is type-checked against the
// built declarations (the package imports itself by name, as a consumer would) and run against
// the built package. A line `expression; // <value>` or `expression; // <value> — comment`, where
// <value> is a literal (string, number, boolean, null, array or object of literals), asserts that
// the expression deep-equals the value. Every ```sh line starting with `motcua ` is run with the
// built CLI and must exit 0 (or the code named by a trailing `# exit N`).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leadingLiteral, LITERAL_START, STATEMENT_START } from './support/snippets.js';

const root = fileURLToPath(new URL('..', import.meta.url));
/** Guides whose snippets are checked (the older guides predate this check and hold fragments). */
const GUIDES = ['getting-started.md', 'legal-basis.md', 'migrating.md', 'calendar.md', 'metrics.md', 'deadline.md', 'dossier-codes.md', 'lifecycle.md', 'satisfaction.md'];

interface Block {
  readonly guide: string;
  readonly lang: string;
  readonly line: number; // 1-based line of the first code line
  readonly code: string;
}

function blocks(guide: string): Block[] {
  const lines = readFileSync(join(root, 'docs', guide), 'utf8').split('\n');
  const found: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\w*)\s*$/.exec(lines[i]!);
    if (!open) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && !/^```\s*$/.test(lines[end]!)) end++;
    found.push({ guide, lang: open[1]!, line: start + 1, code: lines.slice(start, end).join('\n') });
    i = end;
  }
  return found;
}

/** Rewrites `expr; // value — note` lines into assertions; returns the code and the number of checks. */
function instrument(block: Block): { code: string; checks: number } {
  let checks = 0;
  const lines = block.code.split('\n').map((text, i) => {
    const m = /^(\s*)(.+?);\s*\/\/\s*(.+)$/.exec(text);
    if (!m) return text;
    const [, indent, expression, comment] = m as unknown as [string, string, string, string];
    if (STATEMENT_START.test(expression.trim())) return text;
    if (!LITERAL_START.test(comment)) return text;
    const expected = leadingLiteral(comment);
    checks++;
    return `${indent}__expect((${expression}), (${expected}), ${JSON.stringify(`docs/${block.guide}:${block.line + i}`)});`;
  });
  const preamble =
    `import { isDeepStrictEqual as __equal } from 'node:util';\n` +
    `const __expect = (actual, expected, where) => { if (!__equal(actual, expected)) throw new Error(where + ': expected ' + JSON.stringify(expected) + ', got ' + JSON.stringify(actual)); console.log('ok ' + where); };\n`;
  return { code: preamble + lines.join('\n'), checks };
}

const snippets = GUIDES.flatMap(blocks).filter((b) => b.lang === 'ts' || b.lang === 'typescript');
const commands = GUIDES.flatMap(blocks)
  .filter((b) => b.lang === 'sh')
  .flatMap((b) => b.code.split('\n').map((text, i) => ({ guide: b.guide, line: b.line + i, text })))
  .filter((c) => c.text.startsWith('motcua '));

let scratch: string;
const fileOf = (b: Block) => join(scratch, `${b.guide.replace(/\.md$/, '')}-${b.line}`);
beforeAll(() => {
  mkdirSync(join(root, '.tmp'), { recursive: true });
  // Inside the package (.tmp/ is git-ignored): `motcua` resolves to it through its exports map.
  scratch = mkdtempSync(join(root, '.tmp', 'docs-'));
  for (const b of snippets) writeFileSync(`${fileOf(b)}.ts`, b.code);
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('guides: TypeScript snippets', () => {
  it('has snippets to check', () => {
    for (const guide of GUIDES) expect(snippets.filter((b) => b.guide === guide).length, guide).toBeGreaterThan(0);
  });

  it('type-checks every snippet against dist/*.d.ts', () => {
    writeFileSync(
      join(scratch, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022', lib: ['ES2022'], module: 'NodeNext', moduleResolution: 'NodeNext', strict: true,
          noUncheckedIndexedAccess: true, noEmit: true, skipLibCheck: true, types: ['node'],
        },
        include: ['*.ts'],
      }),
    );
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    const r = spawnSync(process.execPath, [tsc, '-p', scratch], { cwd: root, encoding: 'utf8' });
    // Map scratch file names back to the guide and line of the snippet.
    const errors = r.stdout.replaceAll(scratch, '').split('\n').filter((l) => l.includes('error TS'));
    expect(errors).toEqual([]);
    expect(r.status).toBe(0);
  }, 60_000);

  for (const block of snippets) {
    it(`runs docs/${block.guide}:${block.line}`, async () => {
      const { code, checks } = instrument(block);
      const js = await transform(code, { loader: 'ts', format: 'esm', target: 'node18' });
      const file = `${fileOf(block)}.mjs`;
      writeFileSync(file, js.code);
      const r = spawnSync(process.execPath, [file], { cwd: root, encoding: 'utf8', env: { ...process.env, TZ: 'America/Los_Angeles' } });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout.split('\n').filter((l) => l.startsWith('ok ')).length).toBe(checks);
    });
  }
});

describe('guides: CLI lines', () => {
  const bin = join(root, 'dist', 'cli', 'bin.js');
  for (const command of commands) {
    it(`runs docs/${command.guide}:${command.line}: ${command.text}`, () => {
      const [line, exit] = command.text.split(/\s+#\s*exit\s+(\d+)/);
      const args = [...line!.slice('motcua '.length).matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
      const r = spawnSync(process.execPath, [bin, ...args.filter((a) => !a.startsWith('#'))], { cwd: root, encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(exit === undefined ? 0 : Number(exit));
    });
  }
});

/** GitHub's heading anchor: lower case, punctuation dropped, each space a hyphen. */
const slug = (heading: string) => heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');

describe('guides: relative links', () => {
  for (const guide of [...GUIDES, 'README.md']) {
    it(`resolves every relative link and anchor of docs/${guide}`, () => {
      const text = readFileSync(join(root, 'docs', guide), 'utf8').replace(/^```[\s\S]*?^```/gm, '');
      const broken: string[] = [];
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/.test(target!)) continue; // external
        const [file, anchor] = target!.split('#') as [string, string | undefined];
        const path = file === '' ? join(root, 'docs', guide) : join(root, 'docs', file);
        if (!existsSync(path)) {
          broken.push(target!);
          continue;
        }
        if (file.endsWith('/')) continue;
        const body = readFileSync(path, 'utf8');
        if (anchor && !body.split('\n').some((l) => /^#{1,6} /.test(l) && slug(l.replace(/^#+ /, '')) === anchor)) broken.push(target!);
      }
      expect(broken).toEqual([]);
    });
  }
});
