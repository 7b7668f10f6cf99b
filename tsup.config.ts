import { defineConfig } from 'tsup';

/** Entry points: the root and one per domain module (subpath exports in package.json). */
export const entries = {
  index: 'src/index.ts',
  'time/index': 'src/time/index.ts',
  'calendar/index': 'src/calendar/index.ts',
  'deadline/index': 'src/deadline/index.ts',
  'code/index': 'src/code/index.ts',
  'postgres/index': 'src/adapters/postgres/index.ts',
};

export default defineConfig({
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
