// Test support: finds the JSDoc `@example` blocks of the library's sources, with the file, line and
// the symbol each documents.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface JsdocExample {
  /** Path relative to the repository root, e.g. `src/time/format.ts`. */
  readonly file: string;
  /** 1-based line of the first code line of the example. */
  readonly line: number;
  /** The documented symbol: `formatDay`, `WorkCalendar.addWorkingDays`, … (`?` when not recognised). */
  readonly symbol: string;
  /** The top-level name the symbol belongs to (`WorkCalendar` for a method). */
  readonly topLevel: string;
  /** The example's code, without the comment's `*` margin and without code fences. */
  readonly code: string;
}

/** Source files of the library: not tests, test support, the CLI or the adapters. */
export function librarySources(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      const rel = relative(root, path).replaceAll('\\', '/');
      if (entry.isDirectory()) {
        if (rel === 'src/cli' || rel === 'src/adapters') continue;
        walk(path);
      } else if (/\.ts$/.test(entry.name) && !/\.test\.ts$|\.test-support\.ts$|\.d\.ts$/.test(entry.name)) out.push(rel);
    }
  };
  walk(join(root, 'src'));
  return out.sort();
}

const DECLARATION =
  /^export\s+(?:default\s+)?(?:declare\s+)?(?:abstract\s+)?(?:async\s+)?(?:function\*?|class|const|let|var|interface|type|enum)\s+([A-Za-z_$][\w$]*)/;
const MEMBER = /^(?:(?:public|protected|private|static|readonly|async|get|set|override)\s+)*(\*?\s*[A-Za-z_$][\w$]*)\s*[?!]?\s*[(<:=]/;

/** The symbol declared right after a comment that ends at `end` (an offset in `text`). */
function symbolAfter(text: string, end: number): { symbol: string; topLevel: string } {
  const after = text.slice(end).split('\n').map((l) => l.trim()).find((l) => l !== '') ?? '';
  const top = DECLARATION.exec(after) ?? /^(?:declare\s+)?(?:async\s+)?(?:function\*?|class|const|let|interface|type)\s+([A-Za-z_$][\w$]*)/.exec(after);
  if (top) return { symbol: top[1]!, topLevel: top[1]! };
  const member = MEMBER.exec(after);
  // A member: qualify it with the closest enclosing class or interface declared before it.
  const owners = [...text.slice(0, end).matchAll(/^(?:export\s+)?(?:declare\s+)?(?:abstract\s+)?(?:class|interface)\s+([A-Za-z_$][\w$]*)/gm)];
  const owner = owners.at(-1)?.[1];
  if (member && owner) return { symbol: `${owner}.${member[1]!.replace(/^\*\s*/, '')}`, topLevel: owner };
  return { symbol: member?.[1] ?? '?', topLevel: owner ?? '?' };
}

/** Every `@example` of the JSDoc comments of one file. */
export function examplesOf(root: string, file: string): JsdocExample[] {
  const text = readFileSync(join(root, file), 'utf8');
  const found: JsdocExample[] = [];
  for (const comment of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
    const startLine = text.slice(0, comment.index).split('\n').length; // 1-based line of `/**`
    // The comment's lines without the ` * ` margin (one space after the star is part of the margin).
    const lines = comment[0].split('\n').map((l, i) => {
      if (i === 0) return l.replace(/^\/\*\*\s?/, '').replace(/\s*\*\/$/, '');
      return l.replace(/^\s*\*\/$/, '').replace(/^\s*\*(?!\/) ?/, '').replace(/\s*\*\/$/, '');
    });
    const { symbol, topLevel } = symbolAfter(text, comment.index + comment[0].length);
    for (let i = 0; i < lines.length; i++) {
      if (!/^\s*@example\b/.test(lines[i]!)) continue;
      let end = i + 1;
      while (end < lines.length && !/^\s*@\w/.test(lines[end]!)) end++;
      const body = lines.slice(i + 1, end);
      const first = body.findIndex((l) => l.trim() !== '' && !/^\s*```/.test(l));
      if (first < 0) continue;
      const code = body
        .slice(first)
        .filter((l) => !/^\s*```\w*\s*$/.test(l))
        .join('\n')
        .trimEnd();
      found.push({ file, line: startLine + i + 1 + first, symbol, topLevel, code });
      i = end - 1;
    }
  }
  return found;
}
