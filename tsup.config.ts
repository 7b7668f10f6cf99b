import { defineConfig } from 'tsup';

/** Entry points: the root and one per domain module (subpath exports in package.json). */
export const entries = {
  index: 'src/index.ts',
  'time/index': 'src/time/index.ts',
  'calendar/index': 'src/calendar/index.ts',
  'calendar/sources/index': 'src/calendar/sources/index.ts',
  'deadline/index': 'src/deadline/index.ts',
  'code/index': 'src/code/index.ts',
  'lifecycle/index': 'src/lifecycle/index.ts',
  'postgres/index': 'src/adapters/postgres/index.ts',
  'satisfaction/index': 'src/satisfaction/index.ts',
  'metrics/index': 'src/metrics/index.ts',
};

/** The library as ESM: platform-neutral (browsers, edge runtimes, Node ≥ 18), with declarations. */
const esm = defineConfig({
  entry: entries,
  format: ['esm'],
  dts: true,
  clean: true,
  sourcemap: true,
  splitting: true,
  treeshake: true,
  target: 'es2022',
  platform: 'neutral',
  external: ['pg'],
});

/**
 * The library as CommonJS, for `require()` on Node. nanoid 5 is ESM-only, and Node before 20.19
 * (18 included, which the package supports) cannot `require()` an ES module: the CJS build carries
 * nanoid's Node version inside instead of requiring it.
 */
const cjs = defineConfig({
  ...esm,
  format: ['cjs'],
  clean: false,
  platform: 'node',
  noExternal: ['nanoid'],
});

/** The `motcua` command: Node only, ESM, with a shebang. */
const cli = defineConfig({
  entry: { 'cli/bin': 'src/cli/bin.ts' },
  format: ['esm'],
  dts: false,
  clean: false,
  sourcemap: true,
  target: 'node18',
  platform: 'node',
  external: ['pg'],
  banner: { js: '#!/usr/bin/env node' },
});

export default [esm, cjs, cli];
