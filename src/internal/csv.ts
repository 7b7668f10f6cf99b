import { InvalidInputError } from '../errors/invalid-input-error.js';

// The one CSV line parser of the library: used by the metrics and satisfaction CSV readers and by
// both CLI commands, and re-exported from `motcua/metrics` and `motcua/satisfaction`. Core-safe:
// no Node-only module.

/**
 * Splits one CSV line (RFC 4180 quoting: `"a, b"`, `""` for a quote) into its cells. A record must
 * fit on one line. Throws `InvalidInputError` for an unterminated quote.
 *
 * @example
 * parseCsvLine('A,"UBND xã ""A""",2') // ['A', 'UBND xã "A"', '2']
 */
export function parseCsvLine(line: string): string[] {
  const cells: string[] = [];
  let i = 0;
  const n = line.length;
  for (;;) {
    if (line.charCodeAt(i) === 34) {
      let cell = '';
      let j = i + 1;
      for (;;) {
        const q = line.indexOf('"', j);
        if (q < 0) throw new InvalidInputError('CSV line', [{ path: [cells.length], message: 'unterminated quoted cell' }]);
        cell += line.slice(j, q);
        if (line.charCodeAt(q + 1) === 34) {
          cell += '"';
          j = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      cells.push(cell);
      if (i < n && line.charCodeAt(i) !== 44) throw new InvalidInputError('CSV line', [{ path: [cells.length - 1], message: 'text after a closing quote' }]);
    } else {
      const comma = line.indexOf(',', i);
      const end = comma < 0 ? n : comma;
      cells.push(line.slice(i, end).trim());
      i = end;
    }
    if (i >= n) return cells;
    i++; // the comma
    if (i === n) {
      cells.push('');
      return cells;
    }
  }
}
