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

/** The library: platform-neutral (browsers, edge runtimes, Node ≥ 18), ESM + CJS with declarations. */
const library = defineConfig({
  entry: entries,
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  splitting: true,
  treeshake: true,
  target: 'es2022',
  platform: 'neutral',
  external: ['pg'],
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

export default [library, cli];
