// Runs every bench/*.bench.mjs against the built package (dist/), one after the other, in this
// process. Usage: npm run bench [-- name-filter]
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2];
const files = readdirSync(here).filter((f) => f.endsWith('.bench.mjs') && (!filter || f.includes(filter))).sort();
console.log(`motcua benchmarks — node ${process.version}, ${files.length} file(s)`);
for (const file of files) {
  const mod = await import(pathToFileURL(join(here, file)).href);
  await mod.default();
}
