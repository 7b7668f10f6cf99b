// The package as it would be published, checked on the build `npm test` makes before the suite:
// lint of package.json and its exports (publint), types under every module resolution a Node
// consumer uses (@arethetypeswrong/cli), the browser bundle size, no Node-only module reachable
// from the core entries, the same API under require() and import(), and sideEffects: false.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string;
  sideEffects?: unknown;
  exports: Record<string, unknown>;
};
/** Subpaths that import Node-only modules on purpose: the PostgreSQL adapter (pg). The CLI is not an export. */
const NODE_ONLY_SUBPATHS = new Set(['./postgres']);
const codeSubpaths = Object.keys(pkg.exports).filter((s) => s !== './package.json');

/** The design target (../shared/design.md, "Targets"): calendar + deadline + code, minified + gzip (1 KB = 1024 bytes). */
const TARGET_BYTES = 25 * 1024;
/**
 * Regression ceiling, not the target: 31 KB. History: 35,842 bytes on 2026-11-22 (session 1);
 * 29,812 after the official data's sources and notes moved to `motcua/calendar/sources` (the days
 * now ship as a compact table, ≈ 1 KB gz) and the boundary schemas replaced zod's separate checks
 * with one refine each (zod/mini 23 → 18 KB minified); 30,614 after every boundary got messages
 * saying what was expected, with "did you mean" for unknown fields (+0.8 KB); ≈ 30,700 after the
 * deadline input's unknown-field hint moved onto the shared message and office hours got one typed
 * check. Raised from 30 KB to 31 KB then: clear errors were the integrators' main complaint, and a
 * ceiling 20 bytes above the figure fails on the next line of code. Lower it as the bundle shrinks;
 * never raise it without saying why here. 31,966 (session 3) after the review of the public
 * boundary: custom rule-set and preset objects are validated field by field (a partial one crashed
 * with a TypeError, and `preset: {}` turned make-up Saturdays off silently), office hours are
 * checked at every entry (a weekday without windows put appointments at Sunday 00:00), and
 * non-object options are typed errors (+1.2 KB). Raised to 32 KB for that: design principle 5
 * ("fail loudly on bad input") is the library's promise; the 25 KB target is the open decision
 * of issue #8.
 */
const CEILING_BYTES = 32 * 1024;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const NODE_IMPORT = /(?:from\s*|import\s*\(?\s*|require\s*\(\s*)["']node:/;

let scratch: string;
beforeAll(() => {
  mkdirSync(join(root, '.tmp'), { recursive: true });
  scratch = mkdtempSync(join(root, '.tmp', 'package-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the built package', () => {
  it('is built (npm test runs the build before the suite)', () => {
    for (const subpath of codeSubpaths) {
      const dir = subpath === '.' ? 'dist' : join('dist', subpath.slice(2));
      for (const file of ['index.js', 'index.cjs', 'index.d.ts', 'index.d.cts']) expect(existsSync(join(root, dir, file)), `${dir}/${file}`).toBe(true);
    }
  });

  it('passes publint (strict: warnings are errors)', async () => {
    const { messages } = await publint({ pkgDir: root, strict: true, level: 'suggestion' });
    const shown = messages.map((m) => `${m.type} ${m.code}: ${formatMessage(m, pkg) ?? ''}`);
    for (const line of shown.filter((l) => l.startsWith('suggestion'))) console.log(`publint ${line}`);
    expect(shown.filter((l) => !l.startsWith('suggestion'))).toEqual([]);
  });

  it('has correct types under node16 (CJS and ESM) and bundler resolution (attw --pack, profile node16)', () => {
    // node10 cannot resolve subpath exports at all; the node16 profile leaves it out.
    const attw = join(root, 'node_modules', '@arethetypeswrong', 'cli', 'dist', 'index.js');
    const r = spawnSync(process.execPath, [attw, '--pack', '.', '--profile', 'node16', '--format', 'json'], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(r.stderr.replace(/npm warn .*\n?/gi, '')).toBe('');
    const report = JSON.parse(r.stdout) as { analysis: { problems: { kind: string; entrypoint?: string; resolutionKind?: string }[] } };
    const problems = report.analysis.problems.filter((p) => p.resolutionKind !== 'node10');
    expect(problems).toEqual([]);
    expect(r.status).toBe(0);
  }, 120_000);

  it('loads every subpath with require() where Node cannot require an ES module (Node 18, Node 20 before 20.19)', () => {
    // --no-experimental-require-module gives this Node the behaviour of Node 18: a require() that
    // reaches an ES module (nanoid 5, say) throws ERR_REQUIRE_ESM.
    const script = `for (const s of ${JSON.stringify(codeSubpaths)}) { const m = require(s === '.' ? '${pkg.name}' : '${pkg.name}' + s.slice(1)); if (Object.keys(m).length === 0) throw new Error(s); }
const { createDossier } = require('${pkg.name}/lifecycle');
process.stdout.write(createDossier({ procedure: 'P', field: 'F', unit: 'U', limit: '3 ngày làm việc' }).id);`;
    const r = spawnSync(process.execPath, ['--no-experimental-require-module', '-e', script], { cwd: root, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^[\w-]{21}$/); // a nanoid, generated inside the CJS build
  });

  it('declares sideEffects: false', () => {
    expect(pkg.sideEffects).toBe(false);
  });

  it('exposes the same export names through require() and import(), for every subpath', () => {
    const script = join(scratch, 'names.mjs');
    writeFileSync(
      script,
      `import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const out = {};
for (const subpath of ${JSON.stringify(codeSubpaths)}) {
  const spec = subpath === '.' ? ${JSON.stringify(pkg.name)} : ${JSON.stringify(pkg.name)} + subpath.slice(1);
  out[subpath] = { cjs: Object.keys(require(spec)).sort(), esm: Object.keys(await import(spec)).sort() };
}
console.log(JSON.stringify(out));
`,
    );
    const r = spawnSync(process.execPath, [script], { cwd: root, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const names = JSON.parse(r.stdout) as Record<string, { cjs: string[]; esm: string[] }>;
    for (const subpath of codeSubpaths) {
      const { cjs, esm } = names[subpath]!;
      expect(esm.length, subpath).toBeGreaterThan(0);
      expect(cjs, `require('${pkg.name}${subpath.slice(1)}') vs import()`).toEqual(esm);
    }
    // The root re-exports the public API of the domain modules explicitly.
    expect(names['.']!.esm).toEqual(expect.arrayContaining(['vnCalendar', 'computeDeadline', 'formatDossierCode', 'parseDossierCode', 'MotcuaError']));
  });
});

describe('in a browser', () => {
  /** Minified and gzipped size of a browser bundle of `contents` (esbuild, as a consumer's bundler would). */
  async function bundleSize(contents: string, external: string[] = []): Promise<{ minified: number; gzipped: number }> {
    const result = await build({
      stdin: { contents, resolveDir: root, loader: 'js' },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      external,
      write: false,
      logLevel: 'silent',
    });
    const bundle = result.outputFiles[0]!.contents;
    return { minified: bundle.length, gzipped: gzipSync(bundle).length };
  }

  it(`bundles calendar + deadline + code to ≤ 25 KB min+gzip — target NOT met yet (about 31 KB); regression ceiling ${CEILING_BYTES / 1024} KB`, async () => {
    const everything = `export * from '${pkg.name}/calendar'; export * from '${pkg.name}/deadline'; export * from '${pkg.name}/code';`;
    const { minified, gzipped } = await bundleSize(everything);
    // The same without zod, for a host that already bundles zod 4 (npm dedupes it): motcua's own share.
    const own = await bundleSize(everything, ['zod', 'zod/*']);
    console.log(
      `core bundle (calendar + deadline + code, every export): ${kb(minified)} minified, ${kb(gzipped)} min+gzip ` +
        `(${gzipped} bytes) — target ${kb(TARGET_BYTES)}: ${gzipped <= TARGET_BYTES ? 'met' : `NOT met, ${kb(gzipped - TARGET_BYTES)} over`}; ` +
        `ceiling ${kb(CEILING_BYTES)}; without zod (a host that already has it) ${kb(own.gzipped)}`,
    );
    expect(own.gzipped).toBeLessThan(gzipped - 4 * 1024); // zod/mini is really left out of the second figure
    expect(gzipped).toBeLessThanOrEqual(CEILING_BYTES);
  });

  it('would notice a Node-only import (the check below is not vacuous)', async () => {
    const failed = await build({ stdin: { contents: "import { readFileSync } from 'node:fs'; export const f = readFileSync;", resolveDir: root }, bundle: true, platform: 'browser', write: false, logLevel: 'silent' }).then(
      () => false,
      () => true,
    );
    expect(failed).toBe(true);
  });

  // Each core entry, bundled for the browser with nothing external: esbuild refuses a Node
  // built-in on platform 'browser', and the output must not import one either.
  for (const subpath of codeSubpaths.filter((s) => !NODE_ONLY_SUBPATHS.has(s))) {
    const entry = subpath === '.' ? 'dist/index.js' : `dist/${subpath.slice(2)}/index.js`;
    it(`reaches no Node-only module from ${entry}`, async () => {
      const result = await build({
        entryPoints: [join(root, entry)],
        bundle: true,
        format: 'esm',
        platform: 'browser',
        write: false,
        logLevel: 'silent',
      });
      expect(result.errors).toEqual([]);
      expect(result.outputFiles[0]!.text).not.toMatch(NODE_IMPORT);
    });
  }
});
