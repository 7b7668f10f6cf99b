// docs/spec/ is the team's domain specification (../shared/spec), copied into the repository so
// that the citations `spec/<file>.md, "<section>"` in traces, reports and doc comments resolve for
// every reader. The copy must not drift from the source while the source is at hand.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = join(root, '..', 'shared', 'spec');
const copy = join(root, 'docs', 'spec');

describe('docs/spec', () => {
  it.runIf(existsSync(shared))('is the shared spec, file for file', () => {
    const files = readdirSync(shared).filter((f) => f.endsWith('.md')).sort();
    expect(readdirSync(copy).sort()).toEqual(files);
    for (const f of files) expect(readFileSync(join(copy, f), 'utf8'), f).toBe(readFileSync(join(shared, f), 'utf8'));
  });

  it('holds every spec file the sources cite', () => {
    const cited = new Set<string>();
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        if (e.isDirectory()) walk(join(dir, e.name));
        else if (e.name.endsWith('.ts')) for (const m of readFileSync(join(dir, e.name), 'utf8').matchAll(/spec\/([a-z-]+\.md)/g)) cited.add(m[1]!);
      }
    };
    walk(join(root, 'src'));
    expect(cited.size).toBeGreaterThan(3);
    for (const f of cited) expect(existsSync(join(copy, f)), f).toBe(true);
  });
});
