// Test support: turns documentation code (the guides' ```ts blocks, the sources' JSDoc @example
// blocks) into checks. A statement followed by a comment whose text starts with a literal value
// asserts that the statement's expression deep-equals the value; `// throws X` asserts a throw.
import ts from 'typescript';

/** The comment text could start with a literal: a quote, a digit, a keyword value, a bracket. */
export const LITERAL_START = /^(?:'|"|`|-?\d|true\b|false\b|null\b|undefined\b|\[|\{)/;
/** A line that is a statement, not an expression whose value could be asserted. */
export const STATEMENT_START =
  /^(?:const|let|var|import|export|return|throw|if|else|for|while|do|switch|try|catch|finally|function|class|interface|type|await\s+using)\b|^[}{]/;

/** The literal at the start of a comment: a quoted string or bracketed value scanned to its end, else the first word. */
export function leadingLiteral(comment: string): string {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < comment.length; i++) {
    const c = comment[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) {
        quote = '';
        if (depth === 0) return comment.slice(0, i + 1);
      }
    } else if (c === "'" || c === '"' || c === '`') quote = c;
    else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') {
      if (--depth === 0) return comment.slice(0, i + 1);
    } else if (depth === 0 && /\s/.test(c)) return comment.slice(0, i);
  }
  return comment;
}

/** Whether `source` is one JS value written only with literals (no identifiers, calls or elisions such as `…`). */
export function isLiteralValue(source: string): boolean {
  const file = ts.createSourceFile('literal.ts', `(${source});`, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const diagnostics = (file as unknown as { parseDiagnostics: readonly unknown[] }).parseDiagnostics;
  if (diagnostics.length > 0 || file.statements.length !== 1) return false;
  const statement = file.statements[0]!;
  if (!ts.isExpressionStatement(statement)) return false;
  const ok = (node: ts.Node): boolean => {
    if (ts.isParenthesizedExpression(node)) return ok(node.expression);
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isNumericLiteral(node)) return true;
    if (node.kind === ts.SyntaxKind.TrueKeyword || node.kind === ts.SyntaxKind.FalseKeyword || node.kind === ts.SyntaxKind.NullKeyword) return true;
    if (ts.isIdentifier(node)) return ['undefined', 'NaN', 'Infinity'].includes(node.text);
    if (ts.isPrefixUnaryExpression(node)) return node.operator === ts.SyntaxKind.MinusToken && ok(node.operand);
    if (ts.isArrayLiteralExpression(node)) return node.elements.every(ok);
    if (ts.isObjectLiteralExpression(node)) {
      return node.properties.every(
        (p) => ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name) || ts.isNumericLiteral(p.name)) && ok(p.initializer),
      );
    }
    return false;
  };
  return ok(statement.expression);
}

/**
 * The value a comment asserts, as source text, or undefined when the comment is prose. The comment
 * (without `//`) must be a literal, optionally followed by commentary introduced by ` — `, ` – `,
 * a second `//` or a parenthesis: `'2025-09-04' — 30/8 … 2/9 off`, `1.5 (1.45 rounded half up)`.
 */
export function assertedLiteral(comment: string): string | undefined {
  const text = comment.trim();
  if (!LITERAL_START.test(text)) return undefined;
  const literal = leadingLiteral(text);
  const rest = text.slice(literal.length).trim();
  if (rest !== '' && !/^(?:—|–|\/\/|\()/.test(rest)) return undefined;
  return isLiteralValue(literal) ? literal : undefined;
}

/** What a `// throws …` comment documents: the error class (`InvalidInputError`) or code (`INVALID_INPUT`), if named. */
export function documentedThrow(comment: string): { name?: string } | undefined {
  const m = /^throws\b(?:\s+(?:an?\s+)?([A-Za-z_$][\w$]*))?/.exec(comment.trim());
  if (!m) return undefined;
  const name = m[1];
  return name !== undefined && (/Error$/.test(name) || /^[A-Z][A-Z0-9_]+$/.test(name)) ? { name } : {};
}

export interface Instrumented {
  /** The code with each asserting statement rewritten into a call of `__expect` / `__expectThrow`. */
  readonly code: string;
  /** How many value assertions and documented throws were found. */
  readonly asserts: number;
  readonly throws: number;
}

/**
 * Rewrites documentation code into checks, using the TypeScript parser (so that a statement may span
 * several lines and need no semicolon). The comment that asserts is either on the statement's last
 * line, or a whole-line comment on the line right after it (for a long expression):
 *
 *     cal.addWorkingDays('2025-08-28', 3) // '2025-09-04'
 *     formatDossierCode({ agency: '000.17.22.H56', receivedAt: '2021-05-31T08:15', sequence: 1 })
 *     // '000.17.22.H56-210531-0001'
 *     parseLimit('ba ngày') // throws InvalidInputError
 *
 * `__expect(actual, expected, line)` and `await __expectThrow(async () => { … }, name, line)` must be
 * in scope where the code runs; `line` is the 1-based line in `code`. The code is run as the body of
 * an async function (top-level `await` allowed).
 */
export function instrument(code: string): Instrumented {
  const prefix = 'async function __example() {\n';
  const text = `${prefix}${code}\n}`;
  const file = ts.createSourceFile('example.ts', text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const lineOf = (pos: number) => file.getLineAndCharacterOfPosition(pos).line; // 0-based in text = 1-based in code
  const edits: { start: number; end: number; text: string }[] = [];
  let asserts = 0;
  let throws = 0;

  /** The `//` comment that follows a statement on its last line, or alone on the next line. */
  const commentAfter = (node: ts.Statement): string | undefined => {
    const trailing = ts.getTrailingCommentRanges(text, node.end)?.[0];
    if (trailing) return trailing.kind === ts.SyntaxKind.SingleLineCommentTrivia ? text.slice(trailing.pos + 2, trailing.end) : undefined;
    const next = ts.getLeadingCommentRanges(text, node.end)?.[0];
    if (!next || next.kind !== ts.SyntaxKind.SingleLineCommentTrivia) return undefined;
    if (lineOf(next.pos) !== lineOf(node.end) + 1) return undefined;
    return text.slice(next.pos + 2, next.end);
  };

  const visit = (node: ts.Node): void => {
    if (ts.isExpressionStatement(node) || ts.isVariableStatement(node)) {
      const comment = commentAfter(node);
      const line = lineOf(node.getStart(file));
      const thrown = comment === undefined ? undefined : documentedThrow(comment);
      if (thrown) {
        throws++;
        edits.push({
          start: node.getStart(file),
          end: node.end,
          text: `await __expectThrow(async () => { ${node.getText(file)} }, ${JSON.stringify(thrown.name ?? null)}, ${line});`,
        });
        return;
      }
      const literal = comment === undefined || !ts.isExpressionStatement(node) ? undefined : assertedLiteral(comment);
      if (literal !== undefined && ts.isExpressionStatement(node)) {
        asserts++;
        edits.push({ start: node.getStart(file), end: node.end, text: `__expect((${node.expression.getText(file)}), (${literal}), ${line});` });
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);

  let out = text;
  for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return { code: out.slice(prefix.length, -2), asserts, throws };
}
